#!/usr/bin/env python3
"""Serves a folder over HTTP on 127.0.0.1 at a free port, for the installer tests.

    serve.py DIR PORT_FILE    writes the port to PORT_FILE once it listens; stops on SIGTERM,
                              or by itself after 10 minutes
"""

import functools
import http.server
import os
import signal
import sys
import threading


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


def main(directory, port_file):
    handler = functools.partial(QuietHandler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    threading.Timer(600, server.shutdown).start()
    with open(port_file + ".part", "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(port_file + ".part", port_file)
    server.serve_forever()
    os._exit(0)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

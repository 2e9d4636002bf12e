#!/usr/bin/env python3
"""Release archives and their checksums, the same on Linux, macOS and Windows (scripts/dist.sh).

    archive.py pack DIR NAME BINARY FILE...   DIR/NAME.tar.gz (.zip if BINARY ends in .exe),
                                              holding NAME/ with BINARY and the FILEs
    archive.py sums DIR                       DIR/SHA256SUMS for every cemr-*.tar.gz and
                                              cemr-*.zip in DIR, in `sha256sum` format

Archives are reproducible: entries in a fixed order, owner 0, fixed permissions, and every
time stamp at SOURCE_DATE_EPOCH (default: the time of the last git commit).
"""

import gzip
import hashlib
import io
import os
import subprocess
import sys
import tarfile
import time
import zipfile


def epoch():
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True)
        return int(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int(time.time())


def entries(name, binary, files):
    """(path in the archive, bytes, mode): the binary first, then the other files."""
    base = os.path.basename(binary)
    yield f"{name}/{base}", read(binary), 0o755
    for path in files:
        yield f"{name}/{os.path.basename(path)}", read(path), 0o644


def read(path):
    with open(path, "rb") as f:
        return f.read()


def pack(out_dir, name, binary, files):
    os.makedirs(out_dir, exist_ok=True)
    mtime = epoch()
    windows = binary.endswith(".exe")
    path = os.path.join(out_dir, name + (".zip" if windows else ".tar.gz"))
    buffer = io.BytesIO()
    if windows:
        stamp = time.gmtime(max(mtime, 315532800))[:6]  # zip time stamps start in 1980
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            folder = zipfile.ZipInfo(name + "/", stamp)
            folder.external_attr = (0o40755 << 16) | 0x10
            z.writestr(folder, b"")
            for arcname, data, mode in entries(name, binary, files):
                info = zipfile.ZipInfo(arcname, stamp)
                info.external_attr = (0o100000 | mode) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
    else:
        raw = io.BytesIO()
        with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as t:
            folder = tarfile.TarInfo(name)
            folder.type, folder.mode, folder.mtime = tarfile.DIRTYPE, 0o755, mtime
            t.addfile(folder)
            for arcname, data, mode in entries(name, binary, files):
                info = tarfile.TarInfo(arcname)
                info.size, info.mode, info.mtime = len(data), mode, mtime
                t.addfile(info, io.BytesIO(data))
        with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=mtime) as gz:
            gz.write(raw.getvalue())
    write_atomically(path, buffer.getvalue())
    print(f"archive.py: {path} ({len(buffer.getvalue())} bytes)")


def sums(out_dir):
    names = sorted(
        n for n in os.listdir(out_dir) if n.startswith("cemr-") and (n.endswith(".tar.gz") or n.endswith(".zip"))
    )
    if not names:
        sys.exit(f"archive.py: no cemr-*.tar.gz or cemr-*.zip in {out_dir}")
    lines = [f"{hashlib.sha256(read(os.path.join(out_dir, n))).hexdigest()}  {n}\n" for n in names]
    write_atomically(os.path.join(out_dir, "SHA256SUMS"), "".join(lines).encode())
    print(f"archive.py: {os.path.join(out_dir, 'SHA256SUMS')} ({len(names)} archives)")


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as f:
        f.write(data)
    os.replace(temporary, path)


def main(argv):
    if len(argv) >= 5 and argv[1] == "pack":
        pack(argv[2], argv[3], argv[4], argv[5:])
    elif len(argv) == 3 and argv[1] == "sums":
        sums(argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)

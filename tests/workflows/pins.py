"""Every action a workflow or action.yml uses is pinned by a 40-digit commit, with its version
in a comment on the same line (`uses: owner/name@<commit> # v1.2.3`); local actions (./) aside.

    python pins.py FILE...     (with ruamel.yaml, from target/lint-tools/venv)
"""

import re
import sys

from ruamel.yaml import YAML

PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def uses_of(document):
    """The `uses:` values of every step and reusable-workflow job."""
    jobs = (document.get("jobs") or {}).values()
    steps = [s for job in jobs for s in (job.get("steps") or [])]
    steps += (document.get("runs") or {}).get("steps") or []
    values = [s["uses"] for s in steps if "uses" in s]
    values += [job["uses"] for job in jobs if "uses" in job]
    return values


def main(files):
    bad = []
    count = 0
    for path in files:
        text = open(path, encoding="utf-8").read()
        for uses in uses_of(YAML(typ="safe").load(text)):
            count += 1
            if uses.startswith("./"):
                continue
            line = re.search(rf"uses:\s*{re.escape(uses)}(.*)$", text, re.MULTILINE)
            if not PINNED.match(uses) or not line or not re.match(r"^\s+# v\d", line.group(1)):
                bad.append(f"{path}: uses: {uses}{line.group(1) if line else ''}")
    for b in bad:
        print(f"not pinned by commit with a version comment: {b}")
    print(f"pins: {count} uses in {len(files)} files, {len(bad)} not pinned")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])

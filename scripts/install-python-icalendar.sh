#!/usr/bin/env bash
# Installs Python's icalendar package (PyPI, pinned in tests/ics/requirements.txt) into
# target/ics-check/, a virtual environment outside the tracked files, only if those versions
# are not there yet. Prints the environment's python.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=target/ics-check
REQUIREMENTS=tests/ics/requirements.txt
if [ -x "$VENV/bin/python" ] && cmp -s "$REQUIREMENTS" "$VENV/requirements.txt"; then
    echo "$VENV/bin/python"
    exit 0
fi
rm -rf "$VENV"
python3 -m venv "$VENV" >&2
"$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$REQUIREMENTS" >&2
"$VENV/bin/pip" check >&2
cp "$REQUIREMENTS" "$VENV/requirements.txt"
echo "$VENV/bin/python"

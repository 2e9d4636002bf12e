#!/usr/bin/env bash
# Installs openpyxl (PyPI, pinned with its one dependency) into target/openpyxl/, a virtual
# environment outside the tracked files, only if that version is not there yet. Prints the
# environment's python. tests/xlsx/check.py reads cemr's workbooks with it: a reader
# independent of the one the Rust tests use (calamine).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=3.1.5
VENV=target/openpyxl
if [ -x "$VENV/bin/python" ] && "$VENV/bin/pip" show openpyxl 2>/dev/null | grep -qx "Version: $VERSION"; then
    echo "$VENV/bin/python"
    exit 0
fi
python3 -m venv "$VENV" >&2
"$VENV/bin/pip" install --quiet --disable-pip-version-check "openpyxl==$VERSION" "et-xmlfile==2.0.0" >&2
echo "$VENV/bin/python"

#!/usr/bin/env bash
# Installs moz-fluent-linter (PyPI, pinned) into target/fluent-linter/, a virtual environment
# outside the tracked files, only if that version is not there yet. Prints the linter's path.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=0.4.10
VENV=target/fluent-linter
if [ -x "$VENV/bin/moz-fluent-lint" ] && "$VENV/bin/pip" show moz-fluent-linter 2>/dev/null | grep -qx "Version: $VERSION"; then
    echo "$VENV/bin/moz-fluent-lint"
    exit 0
fi
python3 -m venv "$VENV" >&2
"$VENV/bin/pip" install --quiet --disable-pip-version-check "moz-fluent-linter==$VERSION" >&2
echo "$VENV/bin/moz-fluent-lint"

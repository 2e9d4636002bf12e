#!/usr/bin/env bash
# Installs libfaketime for tests/clock/ahead.sh, only if it is missing.
# Debian/Ubuntu CI images; needs root (or sudo).
set -euo pipefail
if command -v faketime >/dev/null 2>&1; then
    echo "faketime: already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y faketime

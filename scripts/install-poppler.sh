#!/usr/bin/env bash
# Installs poppler-utils (pdfinfo, pdftotext) for the browser test, only if it is missing.
# Debian/Ubuntu CI images; needs root (or sudo).
set -euo pipefail
if command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
    echo "poppler-utils: already installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y poppler-utils

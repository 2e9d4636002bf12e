#!/usr/bin/env bash
# Installs the site's accessibility check (axe-core and puppeteer-core from npm, every version
# pinned by tests/browser/axe/package-lock.json) into target/axe/, outside the tracked files,
# only if that lock is not installed there yet. Prints the folder. puppeteer-core downloads no
# browser: the check drives Debian's chromium (scripts/install-chromium.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE=tests/browser/axe
DIR=target/axe
if [ -d "$DIR/node_modules/axe-core" ] && cmp -s "$SOURCE/package-lock.json" "$DIR/package-lock.json"; then
    echo "$DIR"
    exit 0
fi
mkdir -p "$DIR"
cp "$SOURCE/package.json" "$SOURCE/package-lock.json" "$DIR/"
(cd "$DIR" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
echo "$DIR"

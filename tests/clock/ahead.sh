#!/usr/bin/env bash
# Runs the whole test suite with the system clock moved ahead (libfaketime), so that a test
# that depends on the real date fails here and not on some later day. No test may read the
# clock: dates come from --today, and "now" is only used by the date-in-future check, whose
# fixtures lie far in the future (2999).
# Usage: tests/clock/ahead.sh [OFFSET…]   (default: +400d +3650d)
set -euo pipefail
cd "$(dirname "$0")/../.."
offsets=("$@")
[ ${#offsets[@]} -gt 0 ] || offsets=(+400d +3650d)

# Build the test binaries with the real clock (cargo itself is not run under faketime),
# and list them from cargo's own report.
mapfile -t binaries < <(cargo test --locked --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        print(m["executable"])')
[ ${#binaries[@]} -gt 0 ] || { echo "error: no test binaries were built" >&2; exit 1; }

for offset in "${offsets[@]}"; do
    echo "== the test suite with the clock at $(faketime -f "$offset" date +%F) ($offset)"
    for binary in "${binaries[@]}"; do
        # FAKETIME_DONT_RESET keeps child processes (the cemr binary the tests run) on the
        # same moved clock.
        if ! FAKETIME_DONT_RESET=1 faketime -f "$offset" "$binary" --quiet >"$binary.faketime.log" 2>&1; then
            echo "FAILED: $(basename "$binary") with the clock at $offset" >&2
            cat "$binary.faketime.log" >&2
            exit 1
        fi
        grep -E '^test result' "$binary.faketime.log" | sed "s|^|$(basename "$binary"): |"
    done
done

#!/usr/bin/env bash
# From "no cemr" to a validate result on the example plans, two ways (BENCHMARKS.md):
#   1. install.sh against the release archive served from 127.0.0.1 (after scripts/dist.sh),
#      then what the workflow `cemr init` writes runs (`cemr validate`, `cemr diff`): 5 times,
#      each into a new empty folder;
#   2. `cargo install --path .` into a new empty target folder (crates already downloaded),
#      then `cemr validate`: once (skip with --no-cargo).
# Prints wall-clock seconds and, for the build, the CPU seconds it used (user + system).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
cargo_too=1
[ "${1:-}" = "--no-cargo" ] && cargo_too=0
[ -f target/dist/SHA256SUMS ] || { echo "install.sh: run scripts/dist.sh first" >&2; exit 2; }

work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
python3 tests/install/serve.py target/dist "$work/port" &
server=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$work/port")"

echo "installer (loopback) + validate + diff, $runs runs:"
for run in $(seq "$runs"); do
    TIMEFORMAT="  run $run: %R s wall, %U s user, %S s system"
    time {
        CEMR_INSTALL_DIR="$work/bin$run" CEMR_DOWNLOAD_URL="$base" sh install.sh >/dev/null
        "$work/bin$run/cemr" validate --strict >/dev/null
        "$work/bin$run/cemr" diff HEAD~1 HEAD --format markdown >/dev/null
    }
done

if [ "$cargo_too" = 1 ]; then
    echo "cargo install --path . (new target folder) + validate:"
    TIMEFORMAT="  total: %R s wall, %U s user, %S s system"
    time {
        cargo install --locked --quiet --path . --root "$work/cargo" --target-dir "$work/target"
        "$work/cargo/bin/cemr" validate --strict >/dev/null
    }
fi

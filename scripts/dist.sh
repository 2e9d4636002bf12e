#!/usr/bin/env bash
# Builds the release archive of cemr for one target into target/dist/ and rewrites
# target/dist/SHA256SUMS over every archive there.
#
#   scripts/dist.sh [TARGET]      TARGET: a Rust target triple; default: this computer's
#
# The archive is target/dist/cemr-{version}-{os}-{arch}.tar.gz (.zip on Windows), holding one
# folder cemr-{version}-{os}-{arch}/ with the binary, README.md and the licence files. The binary
# is built with the `dist` profile (Cargo.toml). Linux binaries are static (musl targets are
# static by default; on a gnu target, +crt-static does the same) and checked to be so with
# readelf; Windows binaries link the C runtime statically.
#
# CEMR_RELEASE_COMMIT (the release workflow and .ci/run set it): the commit being released, so
# that `cemr init` pins the cemr action by hash (build.rs).
# DIST_CARGO_BUILD: the cargo command that builds (default `build`); the release workflow uses
# `zigbuild` (cargo-zigbuild) for the Linux targets, whose C code (mimalloc) needs a musl C
# compiler for the target.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-$(rustc -vV | sed -n 's/^host: //p')}"
case "$target" in
    x86_64-*) arch=x86_64 ;;
    aarch64-*) arch=aarch64 ;;
    *) echo "dist.sh: no release archives for the architecture of $target" >&2; exit 2 ;;
esac
rustflags=""
case "$target" in
    *-linux-gnu) os=linux; rustflags="-C target-feature=+crt-static" ;;
    *-linux-musl) os=linux ;;
    *-apple-darwin) os=macos ;;
    *-windows-msvc) os=windows; rustflags="-C target-feature=+crt-static" ;;
    *) echo "dist.sh: no release archives for $target" >&2; exit 2 ;;
esac

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
name="cemr-$version-$os-$arch"
exe=""
[ "$os" = windows ] && exe=".exe"

# --target keeps the flags off build scripts and proc macros, which cannot link statically.
echo "dist.sh: building $name ($target)"
RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }$rustflags" \
    cargo "${DIST_CARGO_BUILD:-build}" --locked --profile dist --target "$target" --bin cemr
binary="${CARGO_TARGET_DIR:-target}/$target/dist/cemr$exe"

# Static: no program interpreter and no shared library needed; stripped: no symbol table.
# readelf (binutils) comes with gcc and reads the ELF of any architecture; `file` may be missing.
if [ "$os" = linux ]; then
    if readelf -lW "$binary" | grep -q "Requesting program interpreter" ||
        readelf -dW "$binary" | grep -q "(NEEDED)"; then
        echo "dist.sh: $binary is not static:" >&2
        readelf -lW "$binary" | grep "program interpreter" >&2 || true
        readelf -dW "$binary" | grep "(NEEDED)" >&2 || true
        exit 1
    fi
    if readelf -SW "$binary" | grep -q " \.symtab "; then
        echo "dist.sh: $binary is not stripped (it has a symbol table)" >&2
        exit 1
    fi
fi

# python3, or python where python3 is missing or only a stub (Windows).
python=python3
python3 -c "" 2>/dev/null || python=python
"$python" scripts/archive.py pack target/dist "$name" "$binary" README.md LICENSE-MIT LICENSE-APACHE
"$python" scripts/archive.py sums target/dist

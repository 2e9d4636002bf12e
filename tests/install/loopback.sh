#!/usr/bin/env bash
# install.sh against release files served from 127.0.0.1, without the internet: the archive that
# scripts/dist.sh made in target/dist is installed and runs; a changed byte, a missing archive, a
# missing checksum, an unknown computer and a bad version are refused with nothing installed.
#
#   tests/install/loopback.sh        (after scripts/dist.sh)
#
# The installer runs under dash, the plain POSIX shell, with curl, and once with wget only.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
case "$(uname -m)" in x86_64 | amd64) arch=x86_64 ;; aarch64 | arm64) arch=aarch64 ;; *) arch="$(uname -m)" ;; esac
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=macos ;; *) os="$(uname -s)" ;; esac
archive="cemr-$version-$os-$arch.tar.gz"
[ -f "target/dist/$archive" ] && [ -f target/dist/SHA256SUMS ] || {
    echo "loopback.sh: target/dist/$archive or SHA256SUMS is missing; run scripts/dist.sh first" >&2
    exit 2
}
shell="$(command -v dash || command -v sh)"

work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The release folders the server offers.
root="$work/www"
mkdir -p "$root/genuine" "$root/tampered" "$root/no-archive" "$root/no-sums" "$root/unlisted"
cp "target/dist/$archive" target/dist/SHA256SUMS "$root/genuine/"
cp "target/dist/$archive" target/dist/SHA256SUMS "$root/tampered/"
python3 - "$root/tampered/$archive" <<'EOF'
import sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
data[len(data) // 2] ^= 0x01
open(path, "wb").write(bytes(data))
EOF
cp target/dist/SHA256SUMS "$root/no-archive/"
cp "target/dist/$archive" "$root/no-sums/"
cp "target/dist/$archive" "$root/unlisted/"
grep -v " $archive\$" target/dist/SHA256SUMS >"$root/unlisted/SHA256SUMS" || true
echo "0000000000000000000000000000000000000000000000000000000000000000  cemr-0.0.0-linux-x86_64.tar.gz" >>"$root/unlisted/SHA256SUMS"

python3 tests/install/serve.py "$root" "$work/port" &
server=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || { echo "loopback.sh: the server did not start" >&2; exit 1; }
base="http://127.0.0.1:$(cat "$work/port")"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAILED: $1" >&2; }

# install DIR URL [PATH]: runs install.sh; its output goes to $work/out, its status is returned.
install() {
    local dir="$1" url="$2" path="${3:-$PATH}"
    set +e
    env -i HOME="$work/home" PATH="$path" CEMR_INSTALL_DIR="$dir" CEMR_DOWNLOAD_URL="$url" \
        ${CEMR_VERSION:+CEMR_VERSION="$CEMR_VERSION"} "$shell" install.sh >"$work/out" 2>&1
    local status=$?
    set -e
    return "$status"
}

# refused NAME DIR: the last install failed, said why (grep pattern $3) and left DIR as it was.
refused() {
    local name="$1" dir="$2" pattern="$3" before="$4"
    if grep -q "$pattern" "$work/out" && grep -q "nothing was installed" "$work/out" &&
        [ "$(ls -A "$dir" 2>/dev/null || echo absent)" = "$before" ]; then
        pass "$name"
    else
        fail "$name: $(cat "$work/out")"
    fi
}

# 1. The genuine release: installed, runs, and checks the example plans.
if install "$work/bin" "$base/genuine" && [ "$("$work/bin/cemr" --version)" = "cemr $version" ] &&
    grep -q "checksum verified" "$work/out"; then
    pass "the genuine archive is installed and reports cemr $version"
else
    fail "genuine archive: $(cat "$work/out")"
fi
if "$work/bin/cemr" -C "$repo" validate --strict >"$work/validate" 2>&1; then
    pass "the installed cemr validates the example plans"
else
    fail "the installed cemr on the example plans: $(cat "$work/validate")"
fi
if [ "$(ls -A "$work/bin")" = "cemr" ]; then pass "only cemr is in the install folder"; else fail "install folder: $(ls -A "$work/bin")"; fi

# 2. Again over the installed one, with wget only (no curl on the PATH).
tools="$work/tools"
mkdir "$tools"
for tool in uname mktemp rm mkdir awk cut tr tar gzip sha256sum cp chmod mv cat wget; do
    ln -s "$(command -v "$tool")" "$tools/$tool"
done
if install "$work/bin" "$base/genuine/" "$tools" && [ "$("$work/bin/cemr" --version)" = "cemr $version" ]; then
    pass "wget instead of curl, over an installed cemr, base URL with a trailing slash"
else
    fail "wget: $(cat "$work/out")"
fi

# 3. One byte changed: refused; an installed cemr stays as it was, nothing is added.
mkdir "$work/kept"
printf 'the cemr installed before\n' >"$work/kept/cemr"
if install "$work/kept" "$base/tampered"; then fail "a tampered archive was installed"; fi
refused "a changed byte in the archive is refused" "$work/kept" "checksum of $archive is wrong" "cemr"
[ "$(cat "$work/kept/cemr")" = "the cemr installed before" ] || fail "the installed cemr was changed"

# 4. No archive, no SHA256SUMS, no line for the archive: refused, no install folder made.
if install "$work/none" "$base/no-archive"; then fail "installed without an archive"; fi
refused "a missing archive is refused" "$work/none" "could not download $base/no-archive/$archive" absent
if install "$work/none" "$base/no-sums"; then fail "installed without SHA256SUMS"; fi
refused "a missing SHA256SUMS is refused" "$work/none" "could not download $base/no-sums/SHA256SUMS" absent
if install "$work/none" "$base/unlisted"; then fail "installed without a checksum"; fi
refused "an archive without a checksum line is refused" "$work/none" "SHA256SUMS has no checksum for $archive" absent

# 5. A computer there is no build for (uname says so): refused before any download.
fake="$work/fake-uname"
mkdir "$fake"
cat >"$fake/uname" <<'EOF'
#!/bin/sh
case "$1" in -s) echo Plan9 ;; *) echo mips ;; esac
EOF
chmod +x "$fake/uname"
if install "$work/none" "$base/genuine" "$fake:$PATH"; then fail "installed on an unknown computer"; fi
refused "an unknown platform is refused" "$work/none" "no prebuilt cemr for this computer (Plan9, mips)" absent

# 6. A version that is not one (it would become part of a URL and a path).
if CEMR_VERSION="../../x" install "$work/none" "$base/genuine"; then fail "installed a bad version"; fi
refused "a malformed CEMR_VERSION is refused" "$work/none" "CEMR_VERSION must be a version" absent

echo "installer tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

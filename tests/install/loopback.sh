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

# 2. Again over the installed one, with wget only (no curl on the PATH), where wget exists.
if command -v wget >/dev/null 2>&1; then
    tools="$work/tools"
    mkdir "$tools"
    for tool in uname mktemp rm mkdir awk cut tr tar gzip cp chmod mv cat wget sha256sum shasum perl openssl; do
        if command -v "$tool" >/dev/null 2>&1; then ln -s "$(command -v "$tool")" "$tools/$tool"; fi
    done
    if install "$work/bin" "$base/genuine/" "$tools" && [ "$("$work/bin/cemr" --version)" = "cemr $version" ]; then
        pass "wget instead of curl, over an installed cemr, base URL with a trailing slash"
    else
        fail "wget: $(cat "$work/out")"
    fi
else
    echo "skipped: no wget here, so install.sh with wget only is not tried"
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

# 7. The action's Linux/macOS step (action.yml, step id `unix`), as the runner runs it: bash
# with -e and pipefail, the input in CEMR_VERSION, the runner's variables set.
python3 - action.yml unix >"$work/action-step.sh" <<'PY'
import sys
# The literal block after `run: |` in the step with the given id (no YAML library needed).
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
start = lines.index(f"      id: {sys.argv[2]}")
run = next(i for i in range(start, len(lines)) if lines[i].startswith("      run: |"))
body = []
for line in lines[run + 1:]:
    if line.strip() and not line.startswith("        "):
        break
    body.append(line[8:])
print("\n".join(body).rstrip())
PY
default_version="$(sed -n '/^  version:/,/default:/s/^ *default: "\(.*\)"$/\1/p' action.yml)"
# action INPUT URL: runs the step with the input `version`; output in $work/out.
action() {
    set +e
    env -i HOME="$work/home" PATH="$PATH" CEMR_VERSION="$1" CEMR_DOWNLOAD_URL="$2" \
        RUNNER_TOOL_CACHE="$work/toolcache" RUNNER_ARCH=X64 GITHUB_ACTION_PATH="$repo" \
        GITHUB_PATH="$work/github-path" GITHUB_OUTPUT="$work/github-output" \
        bash --noprofile --norc -eo pipefail "$work/action-step.sh" >"$work/out" 2>&1
    local status=$?
    set -e
    return "$status"
}
cached="$work/toolcache/cemr/$version/x64"
if action "$default_version" "$base/genuine" && [ "$("$cached/cemr" --version)" = "cemr $version" ] &&
    [ -f "$cached.complete" ] && [ "$(cat "$work/github-path")" = "$cached" ] &&
    [ "$(cat "$work/github-output")" = "version=$version" ]; then
    pass "the action installs its default version ($default_version) into the tool cache and onto the PATH"
else
    fail "the action: $(cat "$work/out")"
fi
if action "v$version" "$base/no-archive" && grep -q "in the tool cache" "$work/out" &&
    [ "$(sed -n 2p "$work/github-path")" = "$cached" ]; then
    pass "the action takes cemr from the tool cache the second time (input with a leading v)"
else
    fail "the action from the tool cache: $(cat "$work/out")"
fi
rm -rf "$work/toolcache" "$work/github-path" "$work/github-output"
if action "1.0; touch $work/injected" "$base/genuine"; then fail "the action accepted a bad version"; fi
if grep -q "::error title=cemr::the input 'version' must be a cemr version" "$work/out" &&
    [ ! -e "$work/toolcache" ] && [ ! -e "$work/github-path" ] && [ ! -e "$work/injected" ]; then
    pass "the action refuses a version input that is not a version, and writes nothing"
else
    fail "the action with a bad version: $(cat "$work/out")"
fi
if action "$version" "$base/tampered"; then fail "the action installed a tampered archive"; fi
if grep -q "checksum of $archive is wrong" "$work/out" && [ ! -e "$cached/cemr" ] && [ ! -e "$cached.complete" ] &&
    [ ! -e "$work/github-path" ]; then
    pass "the action refuses a tampered archive and puts nothing on the PATH"
else
    fail "the action with a tampered archive: $(cat "$work/out")"
fi

echo "installer tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/bin/sh
# Installs cemr on Linux or macOS without Rust:
#
#   curl -fsSL https://github.com/cemr-tools/cemr/releases/latest/download/install.sh | sh
#
# It downloads the release archive for this computer and the release's SHA256SUMS, checks the
# archive's SHA-256 checksum, and only then puts the `cemr` program in the install folder. On
# any problem it says what went wrong, installs nothing and exits with a non-zero status.
#
# Settings (environment variables):
#   CEMR_VERSION       the version to install (default: the version this installer came with)
#   CEMR_INSTALL_DIR   where to put `cemr` (default: ~/.local/bin)
#   CEMR_DOWNLOAD_URL  the address of the release's files (default: the GitHub release of
#                      CEMR_VERSION), e.g. a mirror inside your organisation
#
# Needs: curl or wget; tar; sha256sum, shasum or openssl. On Windows, use install.ps1.
set -eu

# The project's home and this installer's version: the same as `repository` and `version` in
# Cargo.toml (tests/distribution.rs checks).
repository="https://github.com/cemr-tools/cemr"
released_version="0.1.0"

say() { printf 'cemr installer: %s\n' "$*"; }
fail() {
    printf 'cemr installer: error: %s\n' "$*" >&2
    printf 'cemr installer: nothing was installed.\n' >&2
    exit 1
}

version="${CEMR_VERSION:-$released_version}"
version="${version#v}"
case "$version" in
    "" | *[!0-9A-Za-z.+-]* | [!0-9]*) fail "CEMR_VERSION must be a version such as $released_version, not '$version'" ;;
esac

kernel="$(uname -s)"
machine="$(uname -m)"
case "$kernel" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) fail "on Windows, use install.ps1 in PowerShell (see $repository#install)" ;;
    *) os="" ;;
esac
case "$machine" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) arch="" ;;
esac
if [ -z "$os" ] || [ -z "$arch" ]; then
    fail "there is no prebuilt cemr for this computer ($kernel, $machine). With Rust installed, build it: cargo install cemr --locked"
fi

if [ -n "${CEMR_INSTALL_DIR:-}" ]; then
    install_dir="$CEMR_INSTALL_DIR"
elif [ -n "${HOME:-}" ]; then
    install_dir="$HOME/.local/bin"
else
    fail "HOME is not set: set CEMR_INSTALL_DIR to the folder to install cemr in"
fi

base_url="${CEMR_DOWNLOAD_URL:-$repository/releases/download/v$version}"
base_url="${base_url%/}"
archive="cemr-$version-$os-$arch.tar.gz"
folder="cemr-$version-$os-$arch"

if command -v curl >/dev/null 2>&1; then
    download() { curl --fail --silent --show-error --location --retry 2 --output "$2" "$1"; }
elif command -v wget >/dev/null 2>&1; then
    download() { wget --quiet --output-document="$2" "$1"; }
else
    fail "neither curl nor wget is installed; install one of them and try again"
fi

if command -v sha256sum >/dev/null 2>&1; then
    sha256() { sha256sum "$1" | cut -d ' ' -f 1; }
elif command -v shasum >/dev/null 2>&1; then
    sha256() { shasum -a 256 "$1" | cut -d ' ' -f 1; }
elif command -v openssl >/dev/null 2>&1; then
    sha256() { openssl dgst -sha256 -r "$1" | cut -d ' ' -f 1; }
else
    fail "cannot check the download: none of sha256sum, shasum or openssl is installed"
fi

work="$(mktemp -d 2>/dev/null || mktemp -d -t cemr-install)" || fail "cannot create a temporary folder"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "downloading cemr $version for $os $arch from $base_url"
download "$base_url/SHA256SUMS" "$work/SHA256SUMS" ||
    fail "could not download $base_url/SHA256SUMS (is $version a released version?)"
download "$base_url/$archive" "$work/$archive" ||
    fail "could not download $base_url/$archive (is there a release of cemr $version for $os $arch?)"

# A line of SHA256SUMS is "<64 hex digits>  <file name>" (or " *<file name>").
expected="$(awk -v file="$archive" '$2 == file || $2 == "*" file { print tolower($1); exit }' "$work/SHA256SUMS")"
case "$expected" in
    "" | *[!0-9a-f]*) fail "SHA256SUMS has no checksum for $archive" ;;
esac
[ "${#expected}" -eq 64 ] || fail "SHA256SUMS has no checksum for $archive"
actual="$(sha256 "$work/$archive" | tr 'A-F' 'a-f')"
if [ "$actual" != "$expected" ]; then
    fail "the checksum of $archive is wrong (expected $expected, got $actual): the download is damaged or was changed"
fi
say "checksum verified: $archive"

mkdir "$work/unpacked"
tar -xzf "$work/$archive" -C "$work/unpacked" || fail "could not unpack $archive"
binary="$work/unpacked/$folder/cemr"
[ -f "$binary" ] || fail "$archive has no $folder/cemr"

mkdir -p "$install_dir" || fail "cannot create the folder $install_dir"
# Copy next to the old program, then rename over it: never a half-written cemr.
staged="$install_dir/.cemr.install.$$"
if ! { cp "$binary" "$staged" && chmod 755 "$staged" && mv -f "$staged" "$install_dir/cemr"; }; then
    rm -f "$staged"
    fail "cannot write $install_dir/cemr"
fi

say "installed $("$install_dir/cemr" --version 2>/dev/null || echo "cemr $version") as $install_dir/cemr"
case ":${PATH:-}:" in
    *":$install_dir:"*) ;;
    *) say "$install_dir is not on your PATH; add it, e.g. in ~/.profile: export PATH=\"$install_dir:\$PATH\"" ;;
esac

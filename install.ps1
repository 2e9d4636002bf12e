# Installs cemr on Windows without Rust. In PowerShell:
#
#   powershell -ExecutionPolicy Bypass -c "irm https://github.com/cemr-tools/cemr/releases/latest/download/install.ps1 | iex"
#
# It downloads the release archive for this computer and the release's SHA256SUMS, checks the
# archive's SHA-256 checksum, and only then puts cemr.exe in the install folder and that folder
# on your PATH. On any problem it says what went wrong and installs nothing.
#
# Settings (environment variables):
#   CEMR_VERSION         the version to install (default: the version this installer came with)
#   CEMR_INSTALL_DIR     where to put cemr.exe (default: %LOCALAPPDATA%\cemr\bin)
#   CEMR_DOWNLOAD_URL    the address of the release's files (default: the GitHub release of
#                        CEMR_VERSION), e.g. a mirror inside your organisation
#   CEMR_NO_MODIFY_PATH  if set, your PATH is left as it is
#
# Works in Windows PowerShell 5.1 and PowerShell 7. On Linux and macOS, use install.sh.

# Everything runs inside a script block, so that `irm | iex` leaves the caller's session as it
# was; an error stops the script (and fails it when run as a file).
& {
    Set-StrictMode -Version 2.0
    $ErrorActionPreference = 'Stop'
    $ProgressPreference = 'SilentlyContinue'  # Invoke-WebRequest is many times faster without it

    # The project's home and this installer's version: the same as `repository` and `version` in
    # Cargo.toml (tests/distribution.rs checks).
    $Repository = 'https://github.com/cemr-tools/cemr'
    $ReleasedVersion = '0.1.0'

    function Fail([string] $Message) {
        throw "cemr installer: error: $Message`ncemr installer: nothing was installed."
    }
    function Say([string] $Message) {
        Write-Host "cemr installer: $Message"
    }

    $Version = $env:CEMR_VERSION
    if (-not $Version) { $Version = $ReleasedVersion }
    $Version = $Version -replace '^v', ''
    if ($Version -notmatch '^[0-9][0-9A-Za-z.+-]*\z') {
        Fail "CEMR_VERSION must be a version such as $ReleasedVersion, not '$Version'"
    }

    if ($PSVersionTable.PSVersion.Major -ge 6 -and -not $IsWindows) {
        Fail 'on Linux and macOS, use install.sh'
    }
    # A 32-bit PowerShell on a 64-bit Windows reports the real architecture in PROCESSOR_ARCHITEW6432.
    $Machine = $env:PROCESSOR_ARCHITEW6432
    if (-not $Machine) { $Machine = $env:PROCESSOR_ARCHITECTURE }
    switch ($Machine) {
        'AMD64' { $Arch = 'x86_64' }
        'ARM64' { $Arch = 'aarch64' }
        default {
            Fail "there is no prebuilt cemr for this computer (Windows, $Machine). With Rust installed, build it: cargo install cemr --locked"
        }
    }

    $InstallDir = $env:CEMR_INSTALL_DIR
    if (-not $InstallDir) {
        if (-not $env:LOCALAPPDATA) { Fail 'LOCALAPPDATA is not set: set CEMR_INSTALL_DIR to the folder to install cemr in' }
        $InstallDir = Join-Path (Join-Path $env:LOCALAPPDATA 'cemr') 'bin'
    }
    $BaseUrl = $env:CEMR_DOWNLOAD_URL
    if (-not $BaseUrl) { $BaseUrl = "$Repository/releases/download/v$Version" }
    $BaseUrl = $BaseUrl.TrimEnd('/')
    $Folder = "cemr-$Version-windows-$Arch"
    $Archive = "$Folder.zip"

    # Windows PowerShell 5.1 may not offer TLS 1.2 by default; GitHub requires it.
    if ($PSVersionTable.PSVersion.Major -lt 6) {
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    }

    $Work = Join-Path ([IO.Path]::GetTempPath()) ("cemr-install-" + [Guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $Work | Out-Null
    try {
        Say "downloading cemr $Version for windows $Arch from $BaseUrl"
        $Sums = Join-Path $Work 'SHA256SUMS'
        $Zip = Join-Path $Work $Archive
        try {
            Invoke-WebRequest -Uri "$BaseUrl/SHA256SUMS" -OutFile $Sums -UseBasicParsing
        } catch {
            Fail "could not download $BaseUrl/SHA256SUMS (is $Version a released version?): $($_.Exception.Message)"
        }
        try {
            Invoke-WebRequest -Uri "$BaseUrl/$Archive" -OutFile $Zip -UseBasicParsing
        } catch {
            Fail "could not download $BaseUrl/$Archive (is there a release of cemr $Version for windows $Arch?): $($_.Exception.Message)"
        }

        # A line of SHA256SUMS is "<64 hex digits>  <file name>" (or " *<file name>").
        $Expected = $null
        foreach ($Line in Get-Content -LiteralPath $Sums) {
            if ($Line -match '^([0-9A-Fa-f]{64}) [ *](.+)$' -and $Matches[2].Trim() -eq $Archive) {
                $Expected = $Matches[1].ToLowerInvariant()
                break
            }
        }
        if (-not $Expected) { Fail "SHA256SUMS has no checksum for $Archive" }
        $Actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $Zip).Hash.ToLowerInvariant()
        if ($Actual -ne $Expected) {
            Fail "the checksum of $Archive is wrong (expected $Expected, got $Actual): the download is damaged or was changed"
        }
        Say "checksum verified: $Archive"

        $Unpacked = Join-Path $Work 'unpacked'
        try {
            Expand-Archive -LiteralPath $Zip -DestinationPath $Unpacked
        } catch {
            Fail "could not unpack ${Archive}: $($_.Exception.Message)"
        }
        $Binary = Join-Path (Join-Path $Unpacked $Folder) 'cemr.exe'
        if (-not (Test-Path -LiteralPath $Binary -PathType Leaf)) { Fail "$Archive has no $Folder\cemr.exe" }

        # Copy next to the old program, then rename over it: never a half-written cemr.exe.
        $Target = Join-Path $InstallDir 'cemr.exe'
        $Staged = Join-Path $InstallDir ".cemr.install.$PID.exe"
        try {
            New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
            Copy-Item -LiteralPath $Binary -Destination $Staged -Force
            Move-Item -LiteralPath $Staged -Destination $Target -Force
        } catch {
            Remove-Item -LiteralPath $Staged -Force -ErrorAction SilentlyContinue
            Fail "cannot write ${Target} (is cemr running?): $($_.Exception.Message)"
        }
        $Reported = & $Target --version
        Say "installed $Reported as $Target"
    } finally {
        Remove-Item -LiteralPath $Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    $UserPath = [Environment]::GetEnvironmentVariable('Path', 'User')
    if (-not $UserPath) { $UserPath = '' }
    $OnPath = @($UserPath -split ';' | Where-Object { $_.TrimEnd('\') -ieq $InstallDir.TrimEnd('\') }).Count -gt 0
    if ($OnPath) {
        return
    }
    if ($env:CEMR_NO_MODIFY_PATH) {
        Say "$InstallDir is not on your PATH; add it to use cemr from any folder"
        return
    }
    $NewPath = if ($UserPath) { "$UserPath;$InstallDir" } else { $InstallDir }
    [Environment]::SetEnvironmentVariable('Path', $NewPath, 'User')
    $env:Path = "$env:Path;$InstallDir"
    Say "added $InstallDir to your PATH; open a new terminal to use cemr"
}

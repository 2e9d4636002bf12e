# install.ps1 against release files served from 127.0.0.1, on Windows (ci.yml runs it after
# scripts/dist.sh): the genuine archive is installed and runs; a changed byte, a missing archive
# and an unknown computer are refused with nothing installed. The Windows twin of
# tests/install/loopback.sh.
#
#   pwsh -NoProfile -File tests/install/loopback.ps1
Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
$Repo = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $Repo

$Version = ((Get-Content Cargo.toml | Select-String -Pattern '^version = "(.*)"$' | Select-Object -First 1).Matches[0].Groups[1].Value)
$Arch = if ($env:PROCESSOR_ARCHITECTURE -eq 'ARM64') { 'aarch64' } else { 'x86_64' }
$Archive = "cemr-$Version-windows-$Arch.zip"
if (-not (Test-Path "target\dist\$Archive") -or -not (Test-Path 'target\dist\SHA256SUMS')) {
    throw "target\dist\$Archive or SHA256SUMS is missing; run scripts/dist.sh first"
}

$Work = Join-Path ([IO.Path]::GetTempPath()) ("cemr-loopback-" + [Guid]::NewGuid().ToString('N'))
$Root = Join-Path $Work 'www'
foreach ($Name in 'genuine', 'tampered', 'no-archive') { New-Item -ItemType Directory -Path (Join-Path $Root $Name) | Out-Null }
foreach ($Name in 'genuine', 'tampered') {
    Copy-Item -Path @("target\dist\$Archive", 'target\dist\SHA256SUMS') -Destination (Join-Path $Root $Name)
}
Copy-Item -Path 'target\dist\SHA256SUMS' -Destination (Join-Path $Root 'no-archive')
$Tampered = Join-Path (Join-Path $Root 'tampered') $Archive
$Bytes = [IO.File]::ReadAllBytes($Tampered)
$Bytes[[int]($Bytes.Length / 2)] = $Bytes[[int]($Bytes.Length / 2)] -bxor 1
[IO.File]::WriteAllBytes($Tampered, $Bytes)

$PortFile = Join-Path $Work 'port'
$Python = (Get-Command -Name @('python', 'python3') -ErrorAction SilentlyContinue | Select-Object -First 1).Source
$Server = Start-Process -FilePath $Python -ArgumentList @('tests/install/serve.py', $Root, $PortFile) -PassThru -NoNewWindow
$Passed = 0
$Failed = 0
try {
    for ($i = 0; $i -lt 100 -and -not (Test-Path $PortFile); $i++) { Start-Sleep -Milliseconds 100 }
    if (-not (Test-Path $PortFile)) { throw 'the server did not start' }
    $Base = "http://127.0.0.1:$((Get-Content $PortFile -Raw).Trim())"

    # Runs install.ps1 in a new PowerShell with the given environment; returns its exit code and
    # leaves its output in $Work\out.
    function Install([string] $Dir, [string] $Url, [hashtable] $Extra = @{}) {
        $Saved = @{}
        $Vars = @{ CEMR_INSTALL_DIR = $Dir; CEMR_DOWNLOAD_URL = $Url; CEMR_NO_MODIFY_PATH = '1' } + $Extra
        foreach ($Key in $Vars.Keys) {
            $Saved[$Key] = [Environment]::GetEnvironmentVariable($Key)
            [Environment]::SetEnvironmentVariable($Key, $Vars[$Key])
        }
        try {
            $Shell = (Get-Process -Id $PID).Path
            & $Shell -NoProfile -ExecutionPolicy Bypass -File (Join-Path $Repo 'install.ps1') *> (Join-Path $Work 'out')
            return $LASTEXITCODE
        } finally {
            foreach ($Key in $Saved.Keys) { [Environment]::SetEnvironmentVariable($Key, $Saved[$Key]) }
        }
    }
    function Check([bool] $Ok, [string] $Name) {
        if ($Ok) {
            $script:Passed++
            Write-Host "ok: $Name"
        } else {
            $script:Failed++
            Write-Host "FAILED: ${Name}: $(Get-Content (Join-Path $Work 'out') -Raw)"
        }
    }
    function Said([string] $Text) { (Get-Content (Join-Path $Work 'out') -Raw).Contains($Text) }

    $Bin = Join-Path $Work 'bin'
    $Code = Install $Bin "$Base/genuine"
    $Reported = if (Test-Path (Join-Path $Bin 'cemr.exe')) { & (Join-Path $Bin 'cemr.exe') --version } else { '' }
    Check ($Code -eq 0 -and $Reported -eq "cemr $Version" -and (Said 'checksum verified')) "the genuine archive is installed and reports cemr $Version"
    & (Join-Path $Bin 'cemr.exe') -C $Repo validate --strict *> (Join-Path $Work 'out')
    Check ($LASTEXITCODE -eq 0) 'the installed cemr validates the example plans'

    $Kept = Join-Path $Work 'kept'
    New-Item -ItemType Directory -Path $Kept | Out-Null
    Set-Content -LiteralPath (Join-Path $Kept 'cemr.exe') -Value 'the cemr installed before'
    $Code = Install $Kept "$Base/tampered"
    $Left = @(Get-ChildItem -LiteralPath $Kept -Force).Count
    $Same = (Get-Content -LiteralPath (Join-Path $Kept 'cemr.exe') -Raw).Trim() -eq 'the cemr installed before'
    Check ($Code -ne 0 -and (Said "checksum of $Archive is wrong") -and (Said 'nothing was installed') -and $Left -eq 1 -and $Same) 'a changed byte in the archive is refused'

    $None = Join-Path $Work 'none'
    $Code = Install $None "$Base/no-archive"
    Check ($Code -ne 0 -and (Said "could not download $Base/no-archive/$Archive") -and -not (Test-Path $None)) 'a missing archive is refused'

    $Code = Install $None "$Base/genuine" @{ PROCESSOR_ARCHITECTURE = 'MIPS'; PROCESSOR_ARCHITEW6432 = '' }
    Check ($Code -ne 0 -and (Said 'no prebuilt cemr for this computer (Windows, MIPS)') -and -not (Test-Path $None)) 'an unknown platform is refused'
} finally {
    Stop-Process -Id $Server.Id -Force -ErrorAction SilentlyContinue
    Remove-Item -LiteralPath $Work -Recurse -Force -ErrorAction SilentlyContinue
}
Write-Host "installer tests: $Passed passed, $Failed failed"
if ($Failed -ne 0) { exit 1 }

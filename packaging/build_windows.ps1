<#
.SYNOPSIS
    Builds FGC Desktop for Windows: the program folder, then the installer.

.DESCRIPTION
    1. Makes a clean virtual environment in build\venv and installs the app (with the
       team-server driver) and PyInstaller into it.
    2. Runs PyInstaller on packaging\fgc-desktop.spec, giving dist\fgc-desktop\.
    3. Checks the built console program prints the version of the code it was built from.
    4. Runs Inno Setup's compiler on packaging\fgc-desktop.iss, giving
       dist\fgc-desktop-<version>-setup.exe.

    Needs Python 3.11 (64-bit) and Inno Setup 6. Run from any folder:
        powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1

.PARAMETER Python
    The Python to make the virtual environment with (default: py -3.11 if the launcher
    is there, else python).

.PARAMETER SkipInstaller
    Stop after the program folder is built and checked.
#>
param(
    [string]$Python = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Step {
    param([string]$What, [scriptblock]$Command)
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)." }
}

function Find-InnoSetupCompiler {
    $onPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $places = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    foreach ($place in $places) {
        if (Test-Path $place) { return $place }
    }
    throw "Inno Setup 6 is not installed. Install it (for example: choco install innosetup), then run this again."
}

if (-not $Python) {
    $Python = if (Get-Command "py" -ErrorAction SilentlyContinue) { "py -3.11" } else { "python" }
}
$Venv = Join-Path $Root "build\venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"

if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
Invoke-Step "Making build\venv with $Python" { Invoke-Expression "$Python -m venv `"$Venv`"" }
Invoke-Step "Installing the app and PyInstaller" {
    & $VenvPython -m pip install --quiet --upgrade pip
    if ($LASTEXITCODE -eq 0) { & $VenvPython -m pip install --quiet ".[postgres]" pyinstaller }
}

$Started = Get-Date
Invoke-Step "Building dist\fgc-desktop" {
    & $VenvPython -m PyInstaller --noconfirm --clean packaging\fgc-desktop.spec
}
Write-Host ("Built in {0:N0} s." -f ((Get-Date) - $Started).TotalSeconds)

$Version = (& $VenvPython -c "import fgc_desktop; print(fgc_desktop.__version__)").Trim()
$Console = Join-Path $Root "dist\fgc-desktop\fgc-desktop.exe"
$Printed = (& $Console --version | Out-String).Trim()
if ($Printed -ne "FGC Desktop $Version") {
    throw "The built program printed '$Printed', not 'FGC Desktop $Version'."
}
Write-Host "The built program is FGC Desktop $Version."

if ($SkipInstaller) { return }
$Iscc = Find-InnoSetupCompiler
Invoke-Step "Making the installer with $Iscc" {
    & $Iscc "/DAppVersion=$Version" "packaging\fgc-desktop.iss"
}
Write-Host "Installer: dist\fgc-desktop-$Version-setup.exe"

; Inno Setup 6 script: turns dist\fgc-desktop (built by packaging\fgc-desktop.spec) into
; one installer, dist\fgc-desktop-<version>-setup.exe.
;
; Build:  ISCC.exe packaging\fgc-desktop.iss   (packaging\build_windows.ps1 does it all)
;
; Setup asks whether to install for the current user only (no administrator needed) or
; for everyone on the computer. IT can choose without a question:
;   fgc-desktop-<version>-setup.exe /VERYSILENT /ALLUSERS       (every user, Program Files)
;   fgc-desktop-<version>-setup.exe /VERYSILENT /CURRENTUSER    (this user, no admin)
; Uninstalling removes the program only: the database, backups and settings stay in
; %LOCALAPPDATA%\FGC Desktop, since they are the service's records.

#define AppName "FGC Desktop"
#define AppExe "fgc-desktop-window.exe"
#define BuildDir AddBackslash(SourcePath) + "..\dist\fgc-desktop"
#define AppExePath BuildDir + "\" + AppExe

#ifnexist AppExePath
  #error Build dist\fgc-desktop first: pyinstaller --noconfirm packaging\fgc-desktop.spec
#endif
; The version comes from the built program, which PyInstaller stamped from
; fgc_desktop.__version__; ISCC /DAppVersion=... overrides it.
#ifndef AppVersion
  #define AppVersion GetFileProductVersionString(AppExePath)
#endif

[Setup]
AppId={{D707ECA4-831E-42A2-917F-5014C5A4281B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FGC Desktop contributors
VersionInfoVersion={#GetVersionNumbersString(AppExePath)}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=fgc-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=fgc-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An older version's libraries must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Plan and record family group conferences"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

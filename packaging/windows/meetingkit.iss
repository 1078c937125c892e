; MeetingKit installer for Windows: installs for the signed-in person only, with no admin rights.
;
; Build the folder first (python packaging\build.py makes dist\MeetingKit), then, with Inno Setup
; 6.3 or later:
;     iscc packaging\windows\meetingkit.iss
; The installer is written to dist\MeetingKit-<version>-setup.exe. The version is read from
; MeetingKit.exe (its version resource comes from meetingkit.__version__); to override it:
;     iscc /DAppVersion=1.2.3 packaging\windows\meetingkit.iss
;
; What it does: copies the program to %LOCALAPPDATA%\Programs\MeetingKit (no UAC prompt), adds a
; Start menu shortcut (and, if ticked, one on the desktop), and registers an uninstaller under
; the person's own account (Settings > Apps), and makes review packs (.mkreview) and partners'
; replies (.mkreply) open in MeetingKit with its icon, for that person only (HKCU\Software\Classes;
; meetingkit/file_types.py lists the same keys, and the portable build writes them itself). Uninstalling removes the program but keeps the
; person's meetings in %LOCALAPPDATA%\MeetingKit unless they say yes to deleting them.

#define AppName "MeetingKit"
#define AppExeName "MeetingKit.exe"
; BuildDir is relative to this file.
#ifndef BuildDir
  #define BuildDir "..\..\dist\MeetingKit"
#endif
#define AppExePath AddBackslash(SourcePath) + BuildDir + "\" + AppExeName
#ifnexist AppExePath
  #error MeetingKit.exe is not built yet: run python packaging\build.py first.
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExePath, "ProductVersion")
#endif
; Windows wants four plain numbers here (1.2.3.0), even for a version such as 1.2.3rc1.
#define AppNumericVersion GetVersionNumbersString(AppExePath)

[Setup]
; The AppId identifies MeetingKit to Windows across versions: never change it.
AppId={{2CED3232-1CB9-41F0-A716-612B5589F48A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MeetingKit developers
AppComments=Accessible patient-safety meetings: plain-language papers, turn-taking, minutes and actions. Works offline.
VersionInfoVersion={#AppNumericVersion}
; No admin rights: install into the person's own profile, and never offer to elevate.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\MeetingKit
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsedUserAreasWarning=no
; Qt 6 needs 64-bit Windows 10 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=MeetingKit-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\meetingkit.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Ask Windows to close a running MeetingKit before replacing its files.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
; Tell Explorer the file types changed, so double-clicking works and the icons show at once.
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Put a MeetingKit icon on the desktop"; GroupDescription: "Shortcuts:"; Flags: unchecked

[Files]
; The whole one-folder build. Nothing is written outside {app} and the Start menu.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs; Excludes: "portable.txt,MeetingKit-data\*"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "Plan and run accessible patient-safety meetings"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; With PrivilegesRequired=lowest, HKA is HKEY_CURRENT_USER: no admin rights needed.
Root: HKA; Subkey: "Software\Classes\.mkreview"; ValueType: string; ValueName: ""; ValueData: "MeetingKit.ReviewPack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\MeetingKit.ReviewPack"; ValueType: string; ValueName: ""; ValueData: "MeetingKit review pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\MeetingKit.ReviewPack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"",0"
Root: HKA; Subkey: "Software\Classes\MeetingKit.ReviewPack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.mkreply"; ValueType: string; ValueName: ""; ValueData: "MeetingKit.Reply"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\MeetingKit.Reply"; ValueType: string; ValueName: ""; ValueData: "MeetingKit reply from a partner"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\MeetingKit.Reply\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"",0"
Root: HKA; Subkey: "Software\Classes\MeetingKit.Reply\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "Open MeetingKit now"; Flags: nowait postinstall skipifsilent

[Code]
// Uninstalling keeps the person's data (meetings, minutes, actions and backups in
// %LOCALAPPDATA%\MeetingKit, and the window settings in HKCU\Software\MeetingKit) unless they
// choose to delete it. The question defaults to "No". A silent uninstall keeps the data unless
// it is run with /DELETEDATA.

function CommandLineHas(const Switch: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Switch) = 0 then
      Result := True;
end;

function UserDataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\MeetingKit');
end;

function WantsDataDeleted(): Boolean;
begin
  if UninstallSilent then
    Result := CommandLineHas('/DELETEDATA')
  else
    Result := MsgBox('Do you also want to delete your MeetingKit data?' + #13#10 + #13#10 +
      'This deletes every committee, meeting, set of minutes and action, and their backups, in:' +
      #13#10 + UserDataFolder() + #13#10 + #13#10 +
      'It cannot be undone. Choose No to keep them (for example to install MeetingKit again).',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(UserDataFolder()) then
    if WantsDataDeleted() then
    begin
      DelTree(UserDataFolder(), True, True, True);
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\MeetingKit');
    end;
end;

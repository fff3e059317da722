; BalintDesk per-user installer (NSIS 3, Unicode, Modern UI 2).
;
; Needs no admin rights: installs into %LOCALAPPDATA%\Programs\BalintDesk, puts a shortcut in
; the user's Start menu and registers the uninstaller under HKCU. Running it again over an
; existing install upgrades in place. The user's data (%APPDATA%\BalintDesk) is never touched.
;
; Compile (Windows or Linux, makensis 3.x):
;   makensis -DVERSION=0.1.0 -DPAYLOAD=dist\balintdesk [-DOUTFILE=...] [-DVIVERSION=0.1.0.0]
;            [-DEXENAME=balintdesk.exe] [-DICON=balintdesk.ico] packaging\windows\balintdesk.nsi
; PAYLOAD is PyInstaller's onedir output (balintdesk.exe + _internal\). No VC++ redistributable
; is installed: PyInstaller bundles vcruntime140*.dll with Python, PySide6 ships its msvcp140*.dll,
; and the Universal CRT is part of Windows 10 and later.
;
; Deployment by IT: "BalintDesk-<ver>-windows-x64-setup.exe /S" installs silently for the
; user running it; "/D=C:\path" (last argument, no quotes) picks another folder.

Unicode true
ManifestDPIAware true
ManifestSupportedOS Win10
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass the version: makensis -DVERSION=x.y.z ..."
!endif
!ifndef PAYLOAD
  !error "Pass the PyInstaller onedir folder: makensis -DPAYLOAD=dist\balintdesk ..."
!endif
!ifndef OUTFILE
  !define OUTFILE "BalintDesk-${VERSION}-windows-x64-setup.exe"
!endif
!ifndef VIVERSION
  ; VIProductVersion must be a.b.c.d; build_installer.py passes it for versions like 1.0.0rc1.
  !searchparse /noerrors "${VERSION}" "" _V1 "." _V2 "." _V3
  !define VIVERSION "${_V1}.${_V2}.${_V3}.0"
!endif

!define APPNAME "BalintDesk"
!ifndef EXENAME
  ; The name PyInstaller gave the program (packaging/balintdesk.spec: name="balintdesk").
  !define EXENAME "balintdesk.exe"
!endif
!define PUBLISHER "BalintDesk"
!define UNINSTNAME "Uninstall BalintDesk.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\BalintDesk"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
; An earlier install (possibly elsewhere) wins, so an upgrade lands on top of it.
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VIVERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APPNAME} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "This will install ${APPNAME} ${VERSION} for you alone; it needs no administrator rights.$\r$\n$\r$\nIf ${APPNAME} is already installed it is upgraded in place. Your group's data and your private notes are kept.$\r$\n$\r$\nClick Next to continue."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${APPNAME} now"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${APPNAME} will be removed from this computer.$\r$\n$\r$\nYour data is NOT deleted: the group's database, its backups and your encrypted private notes stay in %APPDATA%\${APPNAME}, and are used again if you reinstall. Delete that folder yourself only if you are sure you no longer need them."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

; The program's .exe cannot be opened for writing while it runs (Windows locks a running
; image), which tells us, without any plugin, whether *this* install is in use.
!macro WaitForAppClosed UN
Function ${UN}WaitForAppClosed
  Push $0
  loop:
    IfFileExists "$INSTDIR\${EXENAME}" 0 done
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXENAME}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
        "${APPNAME} is running. Please close it (File > Quit, or close its window and the room display), then click Retry." \
        /SD IDCANCEL IDRETRY loop
      DetailPrint "${APPNAME} is still running; nothing was changed."
      Pop $0
      Abort
    ${EndIf}
    FileClose $0
  done:
  Pop $0
FunctionEnd
!macroend
!insertmacro WaitForAppClosed ""
!insertmacro WaitForAppClosed "un."

Function .onInit
  SetShellVarContext current
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APPNAME} needs 64-bit Windows 10 (version 1809) or Windows 11." /SD IDOK
    Abort
  ${EndIf}
  ${IfNot} ${AtLeastBuild} 17763
    MessageBox MB_OK|MB_ICONSTOP "${APPNAME} needs Windows 10 version 1809 or later, or Windows 11." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Section "BalintDesk" SecMain
  SectionIn RO
  SetShellVarContext current
  Call WaitForAppClosed

  SetOutPath "$INSTDIR"
  ; Upgrade: drop the previous version's library folder first, so no stale module or Qt
  ; plugin of the old version is loaded by the new one. Only program files live here.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"

  WriteUninstaller "$INSTDIR\${UNINSTNAME}"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0 \
    SW_SHOWNORMAL "" "${APPNAME}: roster, rota, phase timer and private notes for a Balint group"

  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXENAME},0"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\${UNINSTNAME}"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTNAME}" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
  SetShellVarContext current
  SetRegView 64
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.WaitForAppClosed

  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  ; Only what the installer put here; RMDir without /r leaves a folder the user filled.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXENAME}"
  Delete "$INSTDIR\balintdesk-cli.exe"  ; in case a later spec adds the console twin
  Delete "$INSTDIR\${UNINSTNAME}"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "${UNINSTKEY}"
  ; Deliberately kept: %APPDATA%\BalintDesk (database, backups, encrypted notes) and any
  ; key the doctor chose to keep in Windows Credential Manager.
  DetailPrint "Your data in %APPDATA%\${APPNAME} was kept."
SectionEnd

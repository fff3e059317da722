"""Build the Windows per-user installer from PyInstaller's onedir bundle with makensis.

From packaging/build.py (after PyInstaller made dist/BalintDesk):

    from windows.build_installer import build_installer   # packaging/ is on sys.path
    setup_exe = build_installer(dist / "balintdesk", version, dist)

or on the command line:

    python packaging/windows/build_installer.py --payload dist/balintdesk \
        --version 0.1.0 --out-dir dist

Also works on Linux with Debian's nsis (the payload must still be a Windows bundle for the
result to be of any use). Prints the installer's path; raises / exits non-zero on failure.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NSI = HERE / "balintdesk.nsi"
EXE = "balintdesk.exe"  # packaging/balintdesk.spec: name="balintdesk"
# Runtime DLLs the bundle must carry itself, so no VC++ redistributable is needed on the PC:
# PyInstaller collects vcruntime140*.dll next to python3XX.dll, PySide6's wheel brings
# msvcp140*.dll. The Universal CRT (ucrtbase.dll) is part of Windows 10 and later.
REQUIRED_RUNTIME = ("vcruntime140.dll",)


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidate = Path(base) / "NSIS" / "makensis.exe"
            if candidate.is_file():
                return str(candidate)
    raise SystemExit(
        "makensis not found: install NSIS 3 (Windows: `choco install nsis` or "
        "https://nsis.sourceforge.io; Debian/Ubuntu: `apt-get install nsis`)"
    )


def vi_version(version: str) -> str:
    """VIProductVersion wants a.b.c.d: '1.2.3rc1' -> '1.2.3.0', '1.2' -> '1.2.0.0'."""
    parts = [int(p) for p in re.findall(r"\d+", version.split("+")[0])[:3]]
    parts += [0] * (4 - len(parts))
    return ".".join(str(p) for p in parts[:4])


def check_payload(payload: Path) -> str:
    """The program's file name as found (any case); exits if the bundle is unusable."""
    exes = [p.name for p in payload.glob("*.exe") if p.name.lower() == EXE]
    if not exes:
        raise SystemExit(f"{payload / EXE} is missing: run PyInstaller (onedir) first")
    names = {p.name.lower() for p in payload.rglob("*.dll")}
    missing = [dll for dll in REQUIRED_RUNTIME if dll not in names]
    if missing:
        raise SystemExit(
            f"the bundle lacks {', '.join(missing)}: the installer ships no VC++ runtime, "
            "so the bundle must carry it (check the PyInstaller build)"
        )
    return exes[0]


def build_installer(payload: Path, version: str, out_dir: Path, icon: Path | None = None) -> Path:
    payload = payload.resolve()
    exe = check_payload(payload)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = (out_dir / f"BalintDesk-{version}-windows-x64-setup.exe").resolve()
    flag = "/" if os.name == "nt" else "-"
    cmd = [
        find_makensis(),
        f"{flag}V2",
        f"{flag}WX",
        f"{flag}DVERSION={version}",
        f"{flag}DVIVERSION={vi_version(version)}",
        f"{flag}DPAYLOAD={payload}",
        f"{flag}DEXENAME={exe}",
        f"{flag}DOUTFILE={out}",
    ]
    if icon is not None:
        cmd.append(f"{flag}DICON={icon.resolve()}")
    cmd.append(str(NSI))
    subprocess.run(cmd, check=True)
    if not out.is_file():
        raise SystemExit(f"makensis finished but {out} is missing")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--payload", type=Path, default=Path("dist/balintdesk"))
    ap.add_argument("--version", required=True)
    ap.add_argument("--out-dir", type=Path, default=Path("dist"))
    ap.add_argument("--icon", type=Path, help="a .ico for the installer and uninstaller (optional)")
    args = ap.parse_args(argv)
    print(build_installer(args.payload, args.version, args.out_dir, args.icon))
    return 0


if __name__ == "__main__":
    sys.exit(main())

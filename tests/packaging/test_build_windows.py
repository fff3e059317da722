"""packaging/build.py's Windows path, run on Linux: the .ico drawn from the SVG, then the
per-user NSIS installer built by build_windows() from a dummy one-folder bundle, exactly as
`python packaging/build.py` does after PyInstaller on Windows. Debian's nsis compiles the
same script Windows' NSIS does, so this checks the wiring (icon, names, makensis options)
without a Windows machine. The macOS path needs hdiutil and codesign: only the release
workflow runs it.

makensis comes with tests/run.sh's packaging step; under CI=true its absence fails.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("makensis") is None and os.environ.get("CI") != "true",
    reason="makensis (Debian's nsis) is not installed; tests/run.sh installs it",
)


@pytest.fixture
def build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """packaging/build.py as a module, its dist/ and build/ folders in tmp_path."""
    spec = importlib.util.spec_from_file_location(
        "balintdesk_build", ROOT / "packaging" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "DIST", tmp_path / "dist")
    monkeypatch.setattr(module, "BUNDLE", tmp_path / "dist" / "balintdesk")
    monkeypatch.setattr(module, "ICONS", tmp_path / "build" / "icons")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))  # build.py adds packaging/ folders
    return module


def dummy_bundle(folder: Path) -> None:
    """What PyInstaller leaves on Windows, in miniature."""
    internal = folder / "_internal"
    (internal / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    (folder / "balintdesk.exe").write_bytes(b"MZ dummy balintdesk.exe")
    for name in ("python311.dll", "vcruntime140.dll", "base_library.zip"):
        (internal / name).write_bytes(b"dummy")
    (internal / "PySide6" / "plugins" / "platforms" / "qwindows.dll").write_bytes(b"dummy")


def test_windows_icon_and_installer_are_built_from_the_bundle(build, monkeypatch, qapp):
    with monkeypatch.context() as windows:
        windows.setattr(sys, "platform", "win32")  # only make_icon asks which OS this is
        build.make_icon()
    ico = build.ICONS / "balintdesk.ico"
    reserved, kind, count = struct.unpack("<HHH", ico.read_bytes()[:6])
    assert (reserved, kind) == (0, 1) and count >= 5, "an .ico with several sizes"

    dummy_bundle(build.BUNDLE)
    assert build.build_windows("1.2.3") == 0
    setup = build.DIST / "BalintDesk-1.2.3-windows-x64-setup.exe"
    assert setup.read_bytes()[:2] == b"MZ", "a Windows executable, named with the version"
    assert setup.stat().st_size > 50_000


def test_a_bundle_without_its_runtime_is_refused(build):
    """The installer must not ship a bundle that would need the VC++ redistributable."""
    dummy_bundle(build.BUNDLE)
    (build.BUNDLE / "_internal" / "vcruntime140.dll").unlink()
    with pytest.raises(SystemExit):
        build.build_windows("1.2.3")
    assert not list(build.DIST.glob("*-setup.exe"))

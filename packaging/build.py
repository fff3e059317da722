"""Build BalintDesk's bundle and the installer for this OS:  python packaging/build.py

1. the app icon for the OS (Windows .ico, macOS .icns) drawn from the SVG;
2. PyInstaller with packaging/balintdesk.spec -> dist/balintdesk/ (one folder), and on
   macOS dist/BalintDesk.app;
3. the installer, named with the version:
   - Linux: dist/balintdesk_<version>_amd64.deb made with dpkg-deb, then lintian on it
     when lintian is installed (warnings and errors fail the build; overrides are in
     packaging/linux/lintian-overrides);
   - Windows: dist/BalintDesk-<version>-windows-x64-setup.exe, a per-user NSIS installer
     (packaging/windows/build_installer.py; needs NSIS 3's makensis);
   - macOS: dist/BalintDesk-<version>-macos-<arch>.dmg (packaging/macos/build_dmg.sh:
     signed and notarised when the APPLE_* variables are set, else said so and unsigned).

Needs the project installed in the Python that runs this (`pip install -e .` and
`pip install pyinstaller`), and on Linux dpkg-deb (dpkg-dev) and, for the check, lintian.
Options: --skip-pyinstaller reuses dist/balintdesk; --no-lintian skips the check.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "balintdesk"
MAC_APP = DIST / "BalintDesk.app"
ICONS = BUILD / "icons"  # packaging/balintdesk.spec reads the icons from here
ICON_SVG = ROOT / "resources" / "icons" / "balintdesk.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

MAINTAINER = "BalintDesk maintainers <balintdesk@example.org>"
# What PySide6's xcb and Wayland platform plugins and Qt's GUI libraries load from the
# system (ldd on the bundle's plugins; the spec leaves these out of the bundle so that
# they match the running desktop). Names exist on Debian 12 and Ubuntu 22.04 and later.
DEPENDS = [
    "libxcb-cursor0",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libfontconfig1",
    "libcups2",  # the print dialog, for the recovery key (qt_filter.py)
    "libfreetype6",
    "libdbus-1-3",
    # Renamed for the 64-bit time_t move (Ubuntu 24.04, Debian 13).
    "libglib2.0-0t64 | libglib2.0-0",
]
RECOMMENDS = ["gnome-keyring | kwalletmanager", "fonts-dejavu-core | fonts-liberation2"]


def say(text: str) -> None:
    print(f"\n==> {text}", flush=True)


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from balintdesk import __version__

    return __version__


def build_date() -> dt.datetime:
    """SOURCE_DATE_EPOCH, else the last commit's time, else now: the same tree builds the
    same dates into the changelog, man page and metainfo."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        try:
            epoch = subprocess.run(
                ["git", "log", "-1", "--format=%ct"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            epoch = ""
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC)


def check_dependencies() -> str | None:
    """Why this Python must not be bundled, or None. The bundle ships whatever is
    installed here, so a version pyproject.toml excludes (PySide6 6.12.0 frees None
    under Python 3.11) must stop the build, not reach users."""
    import tomllib
    from importlib import metadata

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for line in project["project"]["dependencies"]:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            return f"{requirement.name} is not installed (pip install -e .)"
        if not requirement.specifier.contains(installed, prereleases=True):
            return f"{requirement.name} {installed} is installed; pyproject.toml wants {line}"
    return None


def make_icon() -> None:
    """The icon the spec gives the .exe (Windows) or the .app (macOS): build/icons/."""
    sys.path.insert(0, str(PACKAGING / "windows"))
    sys.path.insert(0, str(PACKAGING / "macos"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if sys.platform == "win32":
        from make_ico import write_ico

        write_ico(ICONS / "balintdesk.ico")
    elif sys.platform == "darwin":
        from make_icns import write_icns

        write_icns(ICONS / "BalintDesk.icns")


def run_pyinstaller() -> None:
    # The catalogue compiled from the .ts files (resources/translations/compiled/, bundled
    # with resources/): loading it costs about 3 ms where parsing the .ts costs about 10
    # (tests/bench/test_bench_catalogue.py).
    say("Translations (packaging/translations.py --compile)")
    subprocess.run(
        [sys.executable, str(PACKAGING / "translations.py"), "--compile"], cwd=ROOT, check=True
    )
    say("PyInstaller (packaging/balintdesk.spec)")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(PACKAGING / "balintdesk.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
        ],
        cwd=ROOT,
        check=True,
    )


def scrub_runpaths(bundle: Path) -> None:
    """Drop RUNPATH/RPATH entries that name folders on the build machine.

    A pyenv or self-built Python links its extension modules with RUNPATH set to its own
    lib folder (/root/.pyenv/versions/3.11.7/lib here): on a user's computer that is a
    search path outside the package, which lintian rightly calls an error. Entries
    relative to $ORIGIN (Qt's, PySide6's) are kept.
    """
    if not sys.platform.startswith("linux"):
        return
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        print("patchelf is missing (apt-get install patchelf): build-machine RUNPATHs stay")
        return
    changed = 0
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        found = subprocess.run(
            [patchelf, "--print-rpath", str(path)], capture_output=True, text=True
        )
        entries = [e for e in found.stdout.strip().split(":") if e]
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if found.returncode != 0 or kept == entries:
            continue
        if kept:
            subprocess.run([patchelf, "--set-rpath", ":".join(kept), str(path)], check=True)
        else:
            subprocess.run([patchelf, "--remove-rpath", str(path)], check=True)
        changed += 1
    print(f"RUNPATH: removed build-machine folders from {changed} file(s)")


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# --- Linux .deb ------------------------------------------------------------------------------


def render_icons(target: Path) -> None:
    """hicolor PNGs of the SVG icon, drawn by Qt's own SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"{ICON_SVG} is not a valid SVG")
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not image.save(str(folder / "balintdesk.png"), "PNG"):
            raise SystemExit(f"could not write the {size}px icon")
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICON_SVG, scalable / "balintdesk.svg")


def gzip_n(source: bytes, dest: Path) -> None:
    """gzip -9n: no name, no time stamp, so the file is reproducible (lintian asks it)."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(source)
    dest.write_bytes(buffer.getvalue())


def changelog(ver: str, when: dt.datetime) -> str:
    stamp = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    return (
        f"balintdesk ({ver}) unstable; urgency=medium\n\n"
        "  * Release built from the BalintDesk repository; see its git history.\n\n"
        f" -- {MAINTAINER}  {stamp}\n"
    )


def copyright_text(year: int) -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: BalintDesk\n"
        "Comment: The bundle under /opt/balintdesk also holds Python, Qt (PySide6) and the\n"
        " Python libraries BalintDesk uses, each under its own licence; their licence\n"
        " files are kept in the bundle where the upstream wheels ship them.\n\n"
        "Files: *\n"
        f"Copyright: {year} BalintDesk maintainers\n"
        "License: proprietary\n"
        " All rights reserved.\n\n"
        "Files: opt/balintdesk/_internal/PySide6/* opt/balintdesk/_internal/shiboken6/*\n"
        "Copyright: The Qt Company Ltd. and other contributors\n"
        "License: LGPL-3\n"
        " On Debian systems the full text of the GNU Lesser General Public License\n"
        " version 3 is in /usr/share/common-licenses/LGPL-3.\n"
    )


def normalise_modes(root: Path) -> None:
    """Directories 0755; ELF executables and scripts with #! 0755; everything else 0644
    (shared libraries too, as Debian policy wants)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        head = path.read_bytes()[:4]
        executable = head[:2] == b"#!" or (
            head == b"\x7fELF" and ".so" not in path.name and os.access(path, os.X_OK)
        )
        path.chmod(0o755 if executable else 0o644)


def glibc_needed(bundle: Path) -> str:
    """The newest GLIBC_2.x symbol version any ELF file in the bundle asks for: the
    bundle runs only where glibc is at least that (the build machine's, at most)."""
    newest = (2, 17)
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if data[:4] == b"\x7fELF":
                for match in re.finditer(rb"GLIBC_2\.(\d+)(?:\.(\d+))?\x00", data):
                    newest = max(newest, (2, int(match.group(1))))
    return f"{newest[0]}.{newest[1]}"


def installed_size_kib(root: Path) -> int:
    return (tree_size(root) + 1023) // 1024


def md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}")
    return "\n".join(lines) + "\n"


def build_deb(ver: str) -> Path:
    say("Debian package")
    when = build_date()
    stage = BUILD / "deb"
    root = stage / "root"
    if stage.exists():
        shutil.rmtree(stage)
    opt = root / "opt" / "balintdesk"
    shutil.copytree(BUNDLE, opt, symlinks=True)

    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    # Absolute, as Debian policy 10.5 wants for a link between top-level folders. The
    # bootloader finds its _internal folder through /proc/self/exe, so a link is enough.
    (usr_bin / "balintdesk").symlink_to("/opt/balintdesk/balintdesk")

    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / "balintdesk.desktop", share / "applications" / "balintdesk.desktop")
    render_icons(share / "icons" / "hicolor")
    (share / "metainfo").mkdir()
    metainfo = (LINUX / "org.balintdesk.BalintDesk.metainfo.xml").read_text(encoding="utf-8")
    (share / "metainfo" / "org.balintdesk.BalintDesk.metainfo.xml").write_text(
        metainfo.replace("@VERSION@", ver).replace("@DATE@", when.strftime("%Y-%m-%d")),
        encoding="utf-8",
    )
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    page = (LINUX / "balintdesk.1").read_text(encoding="utf-8")
    page = page.replace("@VERSION@", ver).replace("@DATE@", when.strftime("%Y-%m-%d"))
    gzip_n(page.encode("utf-8"), man / "balintdesk.1.gz")
    doc = share / "doc" / "balintdesk"
    doc.mkdir(parents=True)
    gzip_n(changelog(ver, when).encode("utf-8"), doc / "changelog.gz")
    (doc / "copyright").write_text(copyright_text(when.year), encoding="utf-8")
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy2(LINUX / "lintian-overrides", overrides / "balintdesk")

    normalise_modes(root)
    debian = root / "DEBIAN"
    debian.mkdir()
    control = (
        "Package: balintdesk\n"
        f"Version: {ver}\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size_kib(root)}\n"
        f"Depends: libc6 (>= {glibc_needed(opt)}), {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: calm desktop companion for a GP practice's Balint group\n"
        " BalintDesk keeps a Balint group's roster and attendance, says fairly who\n"
        " is due to present a case, and walks the meeting through its phases on\n"
        " the big screen. It works entirely offline, and each doctor's private\n"
        " reflection notes stay encrypted on their own computer.\n"
    )
    (debian / "control").write_text(control, encoding="utf-8")
    (debian / "md5sums").write_text(md5sums(root), encoding="utf-8")
    for path in debian.iterdir():
        path.chmod(0o644)
    debian.chmod(0o755)

    deb = DIST / f"balintdesk_{ver}_amd64.deb"
    deb.unlink(missing_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(when.timestamp())))
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", str(root), str(deb)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return deb


def run_lintian(deb: Path) -> int:
    if shutil.which("lintian") is None:
        print("lintian is not installed: not checked (apt-get install lintian)")
        return 0
    say(f"lintian {deb.name}")
    result = subprocess.run(
        ["lintian", "--fail-on", "error,warning", "--tag-display-limit", "0", str(deb)],
    )
    return result.returncode


# --- Windows and macOS ---------------------------------------------------------------------


def build_windows(ver: str) -> int:
    say("Windows installer (NSIS)")
    sys.path.insert(0, str(PACKAGING / "windows"))
    from build_installer import build_installer

    icon = ICONS / "balintdesk.ico"
    setup = build_installer(BUNDLE, ver, DIST, icon=icon if icon.exists() else None)
    print(f"\nbundle    {BUNDLE.relative_to(ROOT)}: {megabytes(tree_size(BUNDLE))}")
    print(f"installer {setup.relative_to(ROOT)}: {megabytes(setup.stat().st_size)}")
    return 0


def build_macos(ver: str) -> int:
    say("macOS disk image")
    if not MAC_APP.is_dir():
        print(f"no {MAC_APP.name} in {DIST}", file=sys.stderr)
        return 1
    done = subprocess.run(
        ["bash", str(PACKAGING / "macos" / "build_dmg.sh"), str(MAC_APP), ver, str(DIST)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        return done.returncode
    dmg = Path(done.stdout.strip().splitlines()[-1])
    print(f"\napp       {MAC_APP.relative_to(ROOT)}: {megabytes(tree_size(MAC_APP))}")
    print(f"installer {dmg}: {megabytes(dmg.stat().st_size)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-pyinstaller", action="store_true")
    parser.add_argument("--no-lintian", action="store_true")
    args = parser.parse_args(argv)

    ver = version()
    problem = check_dependencies()
    if problem:
        print(f"Not building: {problem}.", file=sys.stderr)
        return 1
    if not args.skip_pyinstaller:
        if sys.platform in ("win32", "darwin"):
            make_icon()
        run_pyinstaller()
        scrub_runpaths(BUNDLE)
    if not (BUNDLE / ("balintdesk.exe" if sys.platform == "win32" else "balintdesk")).exists():
        print(f"no bundle in {BUNDLE}", file=sys.stderr)
        return 1
    print(f"bundle  {BUNDLE.relative_to(ROOT)}: {megabytes(tree_size(BUNDLE))}")
    if sys.platform == "win32":
        return build_windows(ver)
    if sys.platform == "darwin":
        return build_macos(ver)
    if not sys.platform.startswith("linux"):
        print(f"No installer is made on {sys.platform}; the bundle is in {BUNDLE}.")
        return 0
    if shutil.which("dpkg-deb") is None:
        print("dpkg-deb is missing (apt-get install dpkg-dev): no .deb made", file=sys.stderr)
        return 1
    deb = build_deb(ver)
    status = 0 if args.no_lintian else run_lintian(deb)
    print(f"\nbundle  {BUNDLE.relative_to(ROOT)}: {megabytes(tree_size(BUNDLE))}")
    print(f"package {deb.relative_to(ROOT)}: {megabytes(deb.stat().st_size)}")
    return status


if __name__ == "__main__":
    sys.exit(main())

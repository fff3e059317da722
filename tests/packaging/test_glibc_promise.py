"""packaging/linux/glibc_promise.py: the smoke test's check that the built .deb's own
`Depends: libc6 (>= …)` is what README.md's table promises for the system it was built
on, and that every system the README lists for it has a glibc that new.

The last test builds a small real .deb with dpkg-deb and runs the script as
smoke_linux.sh does; the others feed check() the README (the project's own, and edited
copies of it) directly.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "glibc_promise.py"
README = (ROOT / "README.md").read_text(encoding="utf-8")
DEBIAN_12 = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
UBUNTU_2204 = 'NAME="Ubuntu"\nVERSION_ID="22.04"\nID=ubuntu\nID_LIKE=debian\n'
DEPENDS = "libc6 (>= {}), libxcb-cursor0, libegl1, libglib2.0-0t64 | libglib2.0-0"


@pytest.fixture(scope="module")
def promise():
    spec = importlib.util.spec_from_file_location("glibc_promise", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_agrees_with_both_ways_of_building(promise):
    debian = promise.check(DEPENDS.format("2.36"), README, DEBIAN_12)
    assert "Built on Debian 12, Depends: libc6 (>= 2.36)" in debian
    ubuntu = promise.check(DEPENDS.format("2.35"), README, UBUNTU_2204)
    assert "Built on Ubuntu 22.04, Depends: libc6 (>= 2.35)" in ubuntu


def test_a_package_needing_another_glibc_than_the_table_says_fails(promise):
    with pytest.raises(promise.Disagreement, match=r"depends on libc6 \(>= 2\.37\).*2\.36"):
        promise.check(DEPENDS.format("2.37"), README, DEBIAN_12)


def test_the_old_promise_of_ubuntu_2204_for_a_debian_12_build_fails(promise):
    """What issue 13 found: built on Debian 12 (libc6 >= 2.36), promised for 22.04."""
    old = README.replace(
        "| `libc6 (>= 2.36)` | Debian 12 and later; Ubuntu 24.04 and later |",
        "| `libc6 (>= 2.36)` | Ubuntu 22.04 or Debian 12 |",
    )
    assert old != README
    with pytest.raises(promise.Disagreement, match=r"Ubuntu 22\.04 has glibc 2\.35"):
        promise.check(DEPENDS.format("2.36"), old, DEBIAN_12)


def test_the_installers_table_may_not_promise_more_than_the_release_build(promise):
    older = README.replace("the release's: Ubuntu 22.04 or Debian 12", "Ubuntu 20.04")
    assert older != README
    with pytest.raises(promise.Disagreement, match=r"Installers table.*20\.04 has glibc 2\.31"):
        promise.check(DEPENDS.format("2.35"), older, UBUNTU_2204)
    unknown = README.replace("the release's: Ubuntu 22.04 or Debian 12", "Debian 10")
    with pytest.raises(promise.Disagreement, match=r"names Debian 10, whose glibc"):
        promise.check(DEPENDS.format("2.35"), unknown, UBUNTU_2204)


def test_a_build_system_the_table_does_not_name_fails(promise):
    fedora = "ID=fedora\nVERSION_ID=41\n"
    with pytest.raises(promise.Disagreement, match=r"no row for Fedora 41"):
        promise.check(DEPENDS.format("2.40"), README, fedora)


def test_a_package_without_a_libc6_dependency_fails(promise):
    with pytest.raises(promise.Disagreement, match=r"no 'libc6"):
        promise.check("libegl1, libgl1", README, DEBIAN_12)


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is part of dpkg")
def test_the_script_reads_the_packages_own_depends(tmp_path):
    def deb_with(libc6: str) -> Path:
        root = tmp_path / f"root-{libc6}"
        (root / "DEBIAN").mkdir(parents=True)
        (root / "DEBIAN" / "control").write_text(
            "Package: balintdesk\nVersion: 1.0\nArchitecture: amd64\n"
            "Maintainer: Test <test@example.org>\n"
            f"Depends: {DEPENDS.format(libc6)}\nDescription: test\n test\n"
        )
        deb = tmp_path / f"balintdesk-{libc6}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "--build", str(root), str(deb)],
            check=True,
            capture_output=True,
        )
        return deb

    os_release = tmp_path / "os-release"
    os_release.write_text(DEBIAN_12)
    readme = str(ROOT / "README.md")

    def run(deb: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(SCRIPT), str(deb), readme, str(os_release)],
            capture_output=True,
            text=True,
        )

    agreed = run(deb_with("2.36"))
    assert agreed.returncode == 0, agreed.stderr
    assert "as README.md says" in agreed.stdout
    disagreed = run(deb_with("2.38"))
    assert disagreed.returncode == 1
    assert disagreed.stderr.startswith("The .deb and the README disagree: ")

"""Does the built .deb keep the README's promise about which Linux systems it installs on?

    python3 packaging/linux/glibc_promise.py DEB [README.md] [/etc/os-release]

packaging/build.py writes `Depends: libc6 (>= 2.N)` from the newest GLIBC_2.N symbol
version the bundle asks for, which is at most the glibc of the computer it was built on.
So which systems a .deb installs on depends on where it was built, and README.md says so
in a table (under "Which Linux systems a .deb installs on"), one row per system we build
on. This reads the package's own Depends (dpkg-deb -f) and the build system's name
(/etc/os-release), and fails with a sentence saying what disagrees when:

- the table has no row for this build system;
- the row's `libc6 (>= 2.N)` is not the package's;
- a system the row (or the Installers table's Linux line, for the release's build) says
  it installs on has an older glibc than the package needs.

Plain Python (3.11+, no third-party module): smoke_linux.sh runs it in the test command
and in the release workflow.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# glibc (the libc6 package's upstream version) of each release, as the distributions'
# package pages list it: https://packages.debian.org/<codename>/libc6 (bullseye 2.31,
# bookworm 2.36, trixie 2.41) and https://packages.ubuntu.com/<codename>/libc6 (focal
# 2.31, jammy 2.35, kinetic 2.36, lunar 2.37, mantic 2.38, noble 2.39, oracular 2.40, plucky 2.41).
GLIBC_OF_RELEASE: dict[str, tuple[int, int]] = {
    "Debian 11": (2, 31),
    "Debian 12": (2, 36),
    "Debian 13": (2, 41),
    "Ubuntu 20.04": (2, 31),
    "Ubuntu 22.04": (2, 35),
    "Ubuntu 22.10": (2, 36),
    "Ubuntu 23.04": (2, 37),
    "Ubuntu 23.10": (2, 38),
    "Ubuntu 24.04": (2, 39),
    "Ubuntu 24.10": (2, 40),
    "Ubuntu 25.04": (2, 41),
}
TABLE_HEADING = "Which Linux systems a `.deb` installs on"
LIBC6 = re.compile(r"libc6 \(>= (\d+)\.(\d+)\)")
SYSTEM = re.compile(r"\b(Debian|Ubuntu) (\d+(?:\.\d+)?)")


class Disagreement(Exception):
    """What the README says and what the package is do not agree; the message says how."""


def version_text(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"


def libc6_of(depends: str) -> tuple[int, int]:
    found = LIBC6.search(depends)
    if found is None:
        raise Disagreement(f"The package's Depends has no 'libc6 (>= …)': {depends!r}.")
    return int(found.group(1)), int(found.group(2))


def build_system(os_release: str) -> str:
    """'Debian 12' or 'Ubuntu 22.04', from /etc/os-release's ID and VERSION_ID."""
    fields = dict(line.split("=", 1) for line in os_release.splitlines() if "=" in line)
    name = fields.get("ID", "").strip('"').capitalize()
    version = fields.get("VERSION_ID", "").strip('"')
    return f"{name} {version}".strip()


def table_rows(readme: str, heading: str) -> list[list[str]]:
    """The cells of the first Markdown table after the heading, its header row left out."""
    lines = readme.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.lstrip("#").strip() == heading)
    except StopIteration:
        raise Disagreement(f"README.md has no section '{heading}'.") from None
    rows: list[list[str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif rows or line.startswith("#"):
            break
    if len(rows) < 3:
        raise Disagreement(f"README.md's section '{heading}' has no table of builds.")
    return rows[2:]  # after the header and the |---| line


def systems_named(cell: str) -> list[str]:
    return [f"{name} {version}" for name, version in SYSTEM.findall(cell)]


def check_systems(where: str, cell: str, needed: tuple[int, int]) -> None:
    for system in systems_named(cell):
        glibc = GLIBC_OF_RELEASE.get(system)
        if glibc is None:
            raise Disagreement(
                f"{where} names {system}, whose glibc this check does not know: add it to "
                f"GLIBC_OF_RELEASE in {Path(__file__).name}."
            )
        if glibc < needed:
            raise Disagreement(
                f"{where} says the package installs on {system}, but {system} has glibc "
                f"{version_text(glibc)} and the package depends on libc6 (>= "
                f"{version_text(needed)})."
            )


def check(depends: str, readme: str, os_release: str) -> str:
    """The sentence saying the promise holds; raises Disagreement otherwise."""
    needed = libc6_of(depends)
    built_on = build_system(os_release)
    rows = table_rows(readme, TABLE_HEADING)
    mine = [row for row in rows if re.match(rf"{re.escape(built_on)}\b", row[0])]
    if not mine:
        raise Disagreement(
            f"This .deb was built on {built_on} and depends on libc6 (>= "
            f"{version_text(needed)}), but README.md's table '{TABLE_HEADING}' has no row "
            f"for {built_on}: add one saying which systems it installs on."
        )
    promised, installs_on = mine[0][1:3]
    if libc6_of(promised) != needed:
        raise Disagreement(
            f"This .deb, built on {built_on}, depends on libc6 (>= {version_text(needed)}), "
            f"but README.md says one built there depends on libc6 (>= "
            f"{version_text(libc6_of(promised))}): correct the row for {built_on} and the "
            "systems it lists, or build so that they agree."
        )
    check_systems(f"README.md's row for {built_on}", installs_on, needed)
    release = [row for row in rows if "release workflow" in row[0]]
    if release:
        linux = [row for row in table_rows(readme, "Installers") if row[0] == "Linux"]
        if linux:
            check_systems(
                "README.md's Installers table (Linux)", linux[0][-1], libc6_of(release[0][1])
            )
    return (
        f"Built on {built_on}, Depends: libc6 (>= {version_text(needed)}), as README.md "
        f"says; it installs on {installs_on}."
    )


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 3:
        print(__doc__, file=sys.stderr)
        return 2
    deb = argv[0]
    readme = Path(argv[1] if len(argv) > 1 else Path(__file__).parents[2] / "README.md")
    os_release = Path(argv[2] if len(argv) > 2 else "/etc/os-release")
    depends = subprocess.run(
        ["dpkg-deb", "-f", deb, "Depends"], capture_output=True, text=True, check=True
    ).stdout.strip()
    try:
        print(check(depends, readme.read_text(encoding="utf-8"), os_release.read_text()))
    except Disagreement as problem:
        print(f"The .deb and the README disagree: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

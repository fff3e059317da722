#!/usr/bin/env bash
# The one command that installs what the tests need and runs the whole suite, on a fresh
# clone on Debian or Ubuntu with Python 3.11+:  bash tests/run.sh [extra pytest args]
#
#  1. Debian packages, only those missing: Qt's offscreen platform libraries, a font,
#     D-Bus + gnome-keyring so the vault's keyring tests meet a real Secret Service, and
#     Xvfb, Qt's xcb libraries, at-spi2-core and python3-pyatspi for the AT-SPI test;
#  2. a virtual environment in .venv (reused when it is sound);
#  3. pip install -e ".[test]" (".[test,build]" with the installers), unless that was done
#     already with this pyproject.toml and Python (ensure_installed's stamp in .venv);
#  4. ruff check, and lint-imports: the layers of DESIGN.md as import-linter contracts
#     (pyproject.toml, [tool.importlinter]); jactionlint with shellcheck on the release
#     workflow, which cannot run here (issue 13);
#  5. a private PostgreSQL server for the store's tests on both backends (issue 17;
#     tests/pg_server.sh: initdb/pg_ctl in a temporary folder, as an unprivileged user,
#     TLS with a throw-away CA), stopped and removed on exit; then pytest (not
#     tests/bench), inside a private D-Bus session with an unlocked keyring;
#  6. the installers (issue 6): build the bundle and the .deb (packaging/build.py, lintian
#     included), install it and smoke-test the installed app (packaging/smoke_linux.sh:
#     self-test offscreen and under xvfb-run, keyring round trip, GUI stays up, removal),
#     and compile the Windows installer script with makensis against a dummy payload.
#     About 2 minutes; BALINTDESK_SKIP_PACKAGING=1 leaves it out of a quick local run
#     (never on CI: there CI=true runs it regardless).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$(pwd)
# shellcheck source=../packaging/dev-env.sh
source packaging/dev-env.sh

# --- 1. Debian packages -----------------------------------------------------------------
TEST_PACKAGES=(
    # Found with ldd on PySide6's QtCore/QtGui/QtWidgets/QtSvg/QtPrintSupport and
    # Qt/plugins/platforms/libqoffscreen.so: what a minimal Debian lacks.
    "libegl1|lib:libEGL.so.1"
    "libgl1|lib:libGL.so.1"
    "libxkbcommon0|lib:libxkbcommon.so.0"
    "libfontconfig1|lib:libfontconfig.so.1"
    "libfreetype6|lib:libfreetype.so.6"
    "libdbus-1-3|lib:libdbus-1.so.3"
    "libglib2.0-0|lib:libglib-2.0.so.0"
    # Offscreen Qt still lays out text: without any font, sizes and PDFs come out wrong.
    "fonts-dejavu-core|file:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    # A private session bus (dbus-run-session) and a real Secret Service on it.
    "dbus|cmd:dbus-run-session"
    "gnome-keyring|cmd:gnome-keyring-daemon"
    # poppler reads back every PDF the exports write: pdftotext (text, and each word's box
    # on its page with -bbox-layout) and pdfinfo (page count, Title, Author), one package.
    "poppler-utils|cmd:pdftotext"
    # What Orca hears (tests/ui/test_atspi.py): the app on a private X server through Qt's
    # xcb plugin, the AT-SPI bus and registry, and Debian's python3 with pyatspi to read
    # the accessible tree. (The packaging smoke test below uses Xvfb too.)
    "xvfb|cmd:Xvfb"
    "xauth|cmd:xauth"
    "at-spi2-core|file:/usr/libexec/at-spi-bus-launcher"
    "python3-pyatspi|file:/usr/lib/python3/dist-packages/pyatspi/__init__.py"
    # Found with ldd on PySide6's Qt/plugins/platforms/libqxcb.so and libQt6XcbQpa.so.6.
    "libx11-xcb1|lib:libX11-xcb.so.1"
    "libxcb-cursor0|lib:libxcb-cursor.so.0"
    "libxcb-icccm4|lib:libxcb-icccm.so.4"
    "libxcb-image0|lib:libxcb-image.so.0"
    "libxcb-keysyms1|lib:libxcb-keysyms.so.1"
    "libxcb-randr0|lib:libxcb-randr.so.0"
    "libxcb-render-util0|lib:libxcb-render-util.so.0"
    "libxcb-shape0|lib:libxcb-shape.so.0"
    "libxcb-sync1|lib:libxcb-sync.so.1"
    "libxcb-xfixes0|lib:libxcb-xfixes.so.0"
    "libxcb-xkb1|lib:libxcb-xkb.so.1"
    "libxkbcommon-x11-0|lib:libxkbcommon-x11.so.0"
    # libical reads the calendar file back and runs its iTIP check on it: a small C
    # program (tests/exports/libical_check.c) is compiled against it when the tests run.
    "libical-dev|file:/usr/include/libical/ical.h"
    "gcc|cmd:cc"
    "pkg-config|cmd:pkg-config"
    # jactionlint hands the release workflow's run: steps to shellcheck (step 4).
    "shellcheck|cmd:shellcheck"
    # The group database on a PostgreSQL server (issue 17): the store's tests run on both
    # backends against a private server (tests/pg_server.sh), with a TLS certificate
    # that openssl makes for it. pg_ctlcluster is postgresql-common's, beside the server.
    "postgresql|cmd:pg_ctlcluster"
    "openssl|cmd:openssl"
    # A full disk and a read-only data folder (tests/cli/_mounts.py): the tests mount a
    # small tmpfs and a read-only bind mount (as root, as in CI), and unmount them.
    "mount|cmd:mount"
)
PACKAGING_PACKAGES=(
    # PyInstaller reads and strips binaries with binutils (objdump, strip); patchelf drops
    # the build machine's RUNPATHs; dpkg-deb builds the .deb and lintian checks it.
    "binutils|cmd:objdump"
    "patchelf|cmd:patchelf"
    "dpkg-dev|cmd:dpkg-deb"
    "lintian|cmd:lintian"
    # The smoke test shows the installed app on a real X server (Qt's xcb plugin): xvfb
    # and xauth are among TEST_PACKAGES, for tests/ui/test_atspi.py.
    # makensis compiles the Windows installer script.
    "nsis|cmd:makensis"
)
PACKAGING=yes
if [[ ${BALINTDESK_SKIP_PACKAGING:-} == 1 && ${CI:-} != true ]]; then
    PACKAGING=no
fi
if [[ $PACKAGING == yes ]]; then
    ensure_debian_packages "${TEST_PACKAGES[@]}" "${PACKAGING_PACKAGES[@]}"
else
    ensure_debian_packages "${TEST_PACKAGES[@]}"
fi

# --- 2. the virtual environment -------------------------------------------------------
ensure_venv

# --- 3. the project and its test tools ------------------------------------------------
EXTRAS=test
[[ $PACKAGING == yes ]] && EXTRAS=test,build
ensure_installed "$EXTRAS"

# --- 4. lint --------------------------------------------------------------------------
say "ruff check balintdesk tests packaging"
"$PYBIN" -m ruff check balintdesk tests packaging
say "lint-imports (the layers' contracts in pyproject.toml)"
"$(dirname "$PYBIN")/lint-imports" --no-cache --no-logo

# The release workflow builds on Windows and macOS, which cannot run here: check it
# statically. jactionlint (a maintained fork of actionlint, pinned in the [test] extra;
# actionlint's own PyPI package has no Linux wheel and downloads its binary when built)
# checks the syntax, the ${{ }} expressions, the actions' inputs and runner labels, and
# with shellcheck on PATH the shell of the run: steps. No online checks; warnings and
# notes fail too. https://jactionlint.jdx.dev, `jactionlint --help`.
say "jactionlint .github/workflows (with shellcheck)"
if ! command -v shellcheck >/dev/null 2>&1; then
    if [[ ${CI:-} == true ]]; then
        echo "shellcheck is missing: the workflows' run: steps would go unchecked." >&2
        exit 1
    fi
    warn "shellcheck is missing: jactionlint checks the workflows without it"
fi
"$(dirname "$PYBIN")/jactionlint" --no-online --no-color --strict-exit .github/workflows/*.yml
echo "no findings"

# --- 5. the tests ---------------------------------------------------------------------
# Whatever happens from here (a failing test, Ctrl+C), the server and the keyring's
# temporary files go.
KEYRING_TMP=""
cleanup() {
    stop_test_postgres
    [[ -n $KEYRING_TMP ]] && rm -rf "$KEYRING_TMP"
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck source=pg_server.sh
source tests/pg_server.sh
say "a private PostgreSQL server for the tests"
if ! start_test_postgres; then
    # The tests that need it fail under CI=true (tests/store/_server.py), skip elsewhere.
    warn "the test PostgreSQL server did not start: its tests skip (fail under CI=true)"
fi

PYTEST=("$PYBIN" -m pytest tests --ignore=tests/bench "$@")

# Starts gnome-keyring's Secret Service on the private bus, unlocked with a throw-away
# password, keeping its files in a temporary folder; then runs the command it is given.
# The daemon exits with the bus when dbus-run-session ends. The password is exported so
# tests/vault/test_keychain.py can lock this keyring and unlock it again without a prompt.
WITH_KEYRING='
if out=$(printf %s "$BALINTDESK_TEST_KEYRING_PASSWORD" \
        | XDG_DATA_HOME="$KEYRING_TMP/data" XDG_RUNTIME_DIR="$KEYRING_TMP/run" \
        gnome-keyring-daemon --unlock --components=secrets); then
    # It prints shell assignments (GNOME_KEYRING_CONTROL=...); export exactly those, as
    # eval "$out" would, without running anything else it might say.
    while IFS= read -r assignment; do
        [[ $assignment =~ ^[A-Z_][A-Z0-9_]*= ]] && export "$assignment"
    done <<<"$out"
    echo "gnome-keyring: Secret Service running and unlocked"
else
    echo "WARNING: gnome-keyring-daemon did not start; keyring tests decide for themselves" >&2
fi
"$@"
'

say "pytest (${PYTEST[*]:1})"
status=0
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1
then
    KEYRING_TMP=$(mktemp -d)
    mkdir -m 700 "$KEYRING_TMP/data" "$KEYRING_TMP/run"
    export KEYRING_TMP BALINTDESK_TEST_KEYRING_PASSWORD=throw-away-test-keyring
    # No display for the private bus: what it starts on demand (gnome-keyring's unlock
    # prompter) then fails at once, as on CI, instead of opening a password dialog on a
    # developer's desktop and waiting. Qt runs offscreen anyway.
    env -u DISPLAY -u WAYLAND_DISPLAY \
        dbus-run-session -- bash -c "$WITH_KEYRING" with-keyring "${PYTEST[@]}" || status=$?
else
    warn "dbus-run-session or gnome-keyring-daemon missing: running pytest without a keyring"
    "${PYTEST[@]}" || status=$?
fi
if [[ $status -ne 0 ]]; then
    exit "$status"
fi

# --- 6. the installers ------------------------------------------------------------------
if [[ $PACKAGING == no ]]; then
    warn "BALINTDESK_SKIP_PACKAGING=1: the installers were not built or smoke-tested"
    exit 0
fi
# One build at a time on this machine: the smoke test installs the package system-wide.
exec 9>"${TMPDIR:-/tmp}/balintdesk-packaging.lock"
flock 9
say "packaging/build.py (bundle, .deb, lintian)"
"$PYBIN" packaging/build.py
say "packaging/smoke_linux.sh (install, self-tests, keyring, GUI, remove)"
if [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null; then
    bash packaging/smoke_linux.sh
elif [[ ${CI:-} == true ]]; then
    echo "The smoke test installs the .deb: it needs root or password-less sudo." >&2
    exit 1
else
    warn "not root and no password-less sudo: the .deb was built but not installed and tested"
fi
say "packaging/windows/compile_check.sh (makensis, dummy payload)"
bash packaging/windows/compile_check.sh

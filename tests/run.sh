#!/usr/bin/env bash
# The one command that installs what the tests need and runs the whole suite, on a fresh
# clone on Debian or Ubuntu with Python 3.11+:  bash tests/run.sh [extra pytest args]
#
#  1. Debian packages, only those missing: Qt's offscreen platform libraries, a font,
#     and D-Bus + gnome-keyring so the vault's keyring tests meet a real Secret Service;
#  2. a virtual environment in .venv (reused when it is sound);
#  3. pip install -e ".[test]";
#  4. ruff check;
#  5. pytest (not tests/bench), inside a private D-Bus session with an unlocked keyring.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$(pwd)
VENV="$REPO/.venv"

say() { printf '\n==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }

# --- 1. Debian packages -----------------------------------------------------------------
# Each entry: package|probe. The probe says the thing is there under another package
# name (Debian 13 renamed libglib2.0-0 to libglib2.0-0t64, for one): lib:SONAME is looked
# up with ldconfig, cmd:NAME on PATH, file:PATH on disk.
DEBIAN_PACKAGES=(
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
)

is_installed() {  # package probe
    local package=$1 probe=$2
    if dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed'; then
        return 0
    fi
    case $probe in
        lib:*) "$(command -v ldconfig || echo /sbin/ldconfig)" -p 2>/dev/null \
                   | grep -q "[[:space:]]${probe#lib:} " ;;
        cmd:*) command -v "${probe#cmd:}" >/dev/null 2>&1 ;;
        file:*) [[ -e ${probe#file:} ]] ;;
        *) return 1 ;;
    esac
}

APT_UPDATED=no
apt_install() {  # packages...
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            warn "not root and no password-less sudo; please install: $*"
            return 0
        fi
    fi
    if [[ $APT_UPDATED == no ]]; then
        ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
            || warn "apt-get update failed"
        APT_UPDATED=yes
    fi
    ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "$@" \
        || warn "apt-get install $* failed; the tests that need it will say so"
}

say "Debian packages"
if command -v dpkg >/dev/null 2>&1; then
    missing=()
    for entry in "${DEBIAN_PACKAGES[@]}"; do
        is_installed "${entry%%|*}" "${entry#*|}" || missing+=("${entry%%|*}")
    done
    if ((${#missing[@]})); then
        echo "missing: ${missing[*]}"
        apt_install "${missing[@]}"
    else
        echo "all there"
    fi
else
    warn "no dpkg: not Debian or Ubuntu; make sure Qt's libraries, dbus and gnome-keyring are installed"
fi

# --- 2. the virtual environment -------------------------------------------------------
PYTHON_IS_RECENT='import sys; sys.exit(sys.version_info < (3, 11))'

find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.14 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "$PYTHON_IS_RECENT" 2>/dev/null
        then
            "$candidate" -c 'import sys; print(sys.executable)'  # past any pyenv shim
            return 0
        fi
    done
    return 1
}

say "Python virtual environment in .venv"
if [[ -x $VENV/bin/python ]] && "$VENV/bin/python" -c "$PYTHON_IS_RECENT" 2>/dev/null \
    && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    echo "reusing .venv ($("$VENV/bin/python" --version))"
else
    if ! PY=$(find_python); then
        echo "ERROR: BalintDesk needs Python 3.11 or newer and none was found" \
            "(tried \$PYTHON, python3, python3.14 ... python3.11)." >&2
        echo "On Debian/Ubuntu: apt-get install python3 python3-venv (Debian 12 has 3.11)." >&2
        exit 1
    fi
    echo "using $PY ($("$PY" --version))"
    # Debian keeps ensurepip, which venv needs, in a separate package.
    if ! "$PY" -c 'import ensurepip, venv' 2>/dev/null && command -v dpkg >/dev/null 2>&1; then
        apt_install "python$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv"
    fi
    rm -rf "$VENV"
    "$PY" -m venv "$VENV"
fi
PYBIN="$VENV/bin/python"

# --- 3. the project and its test tools ------------------------------------------------
say "pip install -e .[test]"
"$PYBIN" -m pip install --disable-pip-version-check --progress-bar off -q -e ".[test]"

# --- 4. lint --------------------------------------------------------------------------
say "ruff check balintdesk tests"
"$PYBIN" -m ruff check balintdesk tests

# --- 5. the tests ---------------------------------------------------------------------
PYTEST=("$PYBIN" -m pytest tests --ignore=tests/bench "$@")

# Starts gnome-keyring's Secret Service on the private bus, unlocked with a throw-away
# password, keeping its files in a temporary folder; then runs the command it is given.
# The daemon exits with the bus when dbus-run-session ends.
WITH_KEYRING='
if out=$(printf %s test | XDG_DATA_HOME="$KEYRING_TMP/data" XDG_RUNTIME_DIR="$KEYRING_TMP/run" \
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
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1
then
    KEYRING_TMP=$(mktemp -d)
    mkdir -m 700 "$KEYRING_TMP/data" "$KEYRING_TMP/run"
    export KEYRING_TMP
    trap 'rm -rf "$KEYRING_TMP"' EXIT
    status=0
    dbus-run-session -- bash -c "$WITH_KEYRING" with-keyring "${PYTEST[@]}" || status=$?
    exit "$status"
else
    warn "dbus-run-session or gnome-keyring-daemon missing: running pytest without a keyring"
    exec "${PYTEST[@]}"
fi

# Shared by tests/run.sh and packaging/run-from-source.sh (source it, do not run it):
# installs missing Debian packages and makes the .venv with Python 3.11+.
#
#   ensure_debian_packages "package|probe" ...   # a probe says it is there by another name
#   ensure_venv                                  # sets PYBIN to .venv's python
#   ensure_installed [EXTRAS]                    # pip install -e ".[EXTRAS]", when needed
#
# Expects REPO (the checkout) to be set by the caller.

say() { printf '\n==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }

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
        elif command -v sudo >/dev/null 2>&1 && [[ -t 0 ]]; then
            echo "Installing system packages needs your password: $*"
            sudo=(sudo)
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
        || warn "apt-get install $* failed; what needs it will say so"
}

# Each entry: package|probe. The probe says the thing is there under another package
# name (Debian 13 renamed libglib2.0-0 to libglib2.0-0t64, for one): lib:SONAME is looked
# up with ldconfig, cmd:NAME on PATH, file:PATH on disk.
ensure_debian_packages() {  # "package|probe"...
    say "Debian packages"
    if ! command -v dpkg >/dev/null 2>&1; then
        warn "no dpkg: not Debian or Ubuntu; make sure these are installed: ${*%%|*}"
        return 0
    fi
    # One dpkg-query for all of them (a dpkg -s each took about 1 s for 15 packages);
    # only those it does not call installed are probed one by one.
    local missing=() entry installed
    installed=$(dpkg-query -W -f '${Package} ${db:Status-Status}\n' "${@%%|*}" 2>/dev/null \
        | awk '$2 == "installed" { print $1 }') || true
    for entry in "$@"; do
        grep -qxF -- "${entry%%|*}" <<<"$installed" && continue
        is_installed "${entry%%|*}" "${entry#*|}" || missing+=("${entry%%|*}")
    done
    if ((${#missing[@]})); then
        echo "missing: ${missing[*]}"
        apt_install "${missing[@]}"
    else
        echo "all there"
    fi
}

PYTHON_IS_RECENT='import sys; sys.exit(sys.version_info < (3, 11))'
# The same, and pip is there (found, not imported: importing pip takes a while), printing
# the version for ensure_installed's stamp.
VENV_IS_SOUND='import importlib.util, sys
sys.exit(sys.version_info < (3, 11) or importlib.util.find_spec("pip") is None
         or print(sys.version.replace(chr(10), " ")))'

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

ensure_venv() {
    say "Python virtual environment in .venv"
    local VENV="$REPO/.venv" PY
    if [[ -x $VENV/bin/python ]] && PYVERSION=$("$VENV/bin/python" -c "$VENV_IS_SOUND" 2>/dev/null)
    then
        echo "reusing .venv (Python ${PYVERSION%% *})"
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
        PYVERSION=$("$VENV/bin/python" -c "$VENV_IS_SOUND") || {
            echo "ERROR: the new .venv has no working Python with pip" >&2
            exit 1
        }
    fi
    PYBIN="$VENV/bin/python"
}

# pip install -e ".[EXTRAS]" into .venv (after ensure_venv), but only when it would change
# something: the first time, and again when pyproject.toml (the dependencies, the entry
# points), the venv's Python or the checkout's folder changed. The editable install
# already follows the source, so a start with none of these changed runs no pip at all
# (pip took 7.5-17 s a start just to find everything already installed). A stamp file
# per set of extras in .venv holds a hash of what was installed from; it is written only
# after pip succeeded, and goes with the .venv when ensure_venv has to remake it.
ensure_installed() {  # [EXTRAS], e.g. test,build
    local extras=${1:-} spec=. stamp want
    [[ -n $extras ]] && spec=".[$extras]"
    stamp="$REPO/.venv/.balintdesk-installed${extras:+-${extras//,/-}}"
    want=$({
        printf 'extras=%s\npython=%s\nrepo=%s\n' "$extras" "$PYVERSION" "$REPO"
        cat "$REPO/pyproject.toml"
    } | sha256sum | cut -d' ' -f1)
    if [[ -f $stamp && $(<"$stamp") == "$want" && -x $REPO/.venv/bin/balintdesk ]]; then
        say "BalintDesk is installed in .venv as pyproject.toml says: no pip install needed"
        return 0
    fi
    say "pip install -e $spec"
    rm -f "$stamp"
    "$PYBIN" -m pip install --disable-pip-version-check --progress-bar off -q -e "$spec"
    printf '%s\n' "$want" >"$stamp"
}

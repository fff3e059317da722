#!/usr/bin/env bash
# Smoke test of the built .deb, as root (CI) or with password-less sudo:
#   bash packaging/smoke_linux.sh [dist/balintdesk_<version>_amd64.deb]
#
# First checks that the package's Depends: libc6 (>= …) is what README.md's table promises
# for a .deb built on this system (packaging/linux/glibc_promise.py). Then installs the
# package (dpkg -i, then apt-get -f install for its Depends), and from the installed
# /usr/bin/balintdesk:
#   1. --self-test offscreen;
#   2. --self-test under xvfb-run (Qt's real xcb plugin);
#   3. --self-test inside dbus-run-session with gnome-keyring's Secret Service unlocked,
#      which must report the keyring round trip as "ok", not "skip";
#   4. the GUI for a few seconds under xvfb-run on a fresh data folder: still running?
#   5. the command line: a group and two members, then the calendar, printable rota, CPD
#      record and attendance exports (every export module must be in the bundle).
# and removes the package again (also when a step failed). Exit status 0 only if all passed.
# Needs: xvfb (xvfb-run), xauth, dbus, gnome-keyring; .ci/run installs them.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
DEB=${1:-$(ls -t dist/balintdesk_*_amd64.deb 2>/dev/null | head -n1)}
if [[ -z $DEB || ! -f $DEB ]]; then
    echo "no .deb given or found in dist/ (run: python packaging/build.py)" >&2
    exit 2
fi
SUDO=()
[[ $(id -u) -ne 0 ]] && SUDO=(sudo -n)

say() { printf '\n==> %s\n' "$*"; }
FAILED=()
step() {  # name command...
    local name=$1
    shift
    say "$name"
    if "$@"; then
        echo "PASSED: $name"
    else
        echo "FAILED: $name" >&2
        FAILED+=("$name")
    fi
}

WORK=$(mktemp -d)
cleanup() {
    say "remove the package"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq balintdesk >/dev/null \
        || FAILED+=("remove")
    if [[ -e /opt/balintdesk || -e /usr/bin/balintdesk ]]; then
        echo "files were left behind after removal" >&2
        FAILED+=("nothing left after removal")
    fi
    rm -rf "$WORK"
}

# Before installing: does the package's own Depends: libc6 (>= …) agree with README.md's
# table of which systems a .deb built here installs on? (issue 13)
step "Depends: libc6 agrees with README.md for this build system" \
    python3 packaging/linux/glibc_promise.py "$DEB" README.md

say "install $DEB"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive dpkg -i "$DEB" \
    || "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq \
    || { echo "the package did not install" >&2; exit 1; }
trap cleanup EXIT
# Never the checkout's Python: the installed command, from a neutral folder.
cd "$WORK"
BALINTDESK=/usr/bin/balintdesk
[[ -x $BALINTDESK ]] || { echo "$BALINTDESK is missing" >&2; exit 1; }

self_test_offscreen() {
    env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen \
        "$BALINTDESK" --self-test --out "$WORK/offscreen.txt"
}

self_test_xvfb() {
    env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM xvfb-run -a "$BALINTDESK" --self-test \
        >"$WORK/xvfb.txt" 2>&1
    local status=$?
    cat "$WORK/xvfb.txt"
    # The window must have been shown by the xcb plugin, not quietly by another.
    grep -q "^ok   main window: .*'xcb'" "$WORK/xvfb.txt" && return "$status"
    echo "the main window did not show on the xcb platform plugin" >&2
    return 1
}

# Run inside dbus-run-session: gnome-keyring on the private bus, unlocked with a
# throw-away password, its files in $WORK; then the self-test, whose keyring line must be ok.
KEYRING_STEP='
mkdir -m 700 -p "$WORK/keyring-data" "$WORK/keyring-run"
out=$(echo -n throw-away-smoke-password | XDG_DATA_HOME="$WORK/keyring-data" \
      XDG_RUNTIME_DIR="$WORK/keyring-run" gnome-keyring-daemon --unlock --components=secrets) \
    || { echo "gnome-keyring-daemon did not start" >&2; exit 1; }
while IFS= read -r assignment; do
    [[ $assignment =~ ^[A-Z_][A-Z0-9_]*= ]] && export "$assignment"
done <<<"$out"
QT_QPA_PLATFORM=offscreen "$0" --self-test >"$WORK/keyring.txt" 2>&1
status=$?
cat "$WORK/keyring.txt"
grep -q "^ok   keyring: " "$WORK/keyring.txt" || { echo "no keyring round trip" >&2; exit 1; }
exit "$status"
'
keyring_round_trip() {
    WORK=$WORK env -u DISPLAY -u WAYLAND_DISPLAY \
        dbus-run-session -- bash -c "$KEYRING_STEP" "$BALINTDESK"
}

gui_stays_up() {
    local data="$WORK/gui-data" log="$WORK/gui.log" pid alive=1
    mkdir -p "$data"
    # setsid: the xvfb-run wrapper, Xvfb and BalintDesk share one process group to stop.
    setsid env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM BALINTDESK_DATA_DIR="$data" \
        xvfb-run -a "$BALINTDESK" >"$log" 2>&1 &
    pid=$!
    sleep 5
    if kill -0 "$pid" 2>/dev/null && pgrep -x -g "$pid" balintdesk >/dev/null
    then
        echo "BalintDesk is still running after 5 s"
    else
        alive=0
        echo "BalintDesk did not stay up; its output:" >&2
        cat "$log" >&2
    fi
    kill -TERM -- "-$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    # The first start writes its database and log in the data folder.
    [[ -f $data/balintdesk.sqlite3 ]] || { echo "no database was created" >&2; alive=0; }
    [[ $alive -eq 1 ]]
}

command_line_exports() {
    local data="$WORK/cli-data" group="Smoke group"
    local cli=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$BALINTDESK" --data-dir "$data")
    printf 'name,role,leader\nSiobhán Ó Ceallaigh,GP,yes\nTomasz Nowak,GP,no\n' >"$WORK/roster.csv"
    # A zone with daylight saving, so the calendar carries its VTIMEZONE rules.
    TZ=Europe/London "${cli[@]}" group set --group "$group" --every weekly --weekday tue \
        --time 12:30 --length 75 --room "Seminar room" || return 1
    "${cli[@]}" roster import "$WORK/roster.csv" --group "$group" || return 1
    "${cli[@]}" export ics --group "$group" --out "$WORK/smoke.ics" || return 1
    grep -q "^BEGIN:VEVENT" "$WORK/smoke.ics" && grep -q "^TZID:Europe/London" "$WORK/smoke.ics" \
        || { echo "the .ics lacks its events or its time zone" >&2; return 1; }
    # The PDF exports start Qt offscreen by themselves: no display, no QT_QPA_PLATFORM.
    "${cli[@]}" export rota --group "$group" --next 4 --out "$WORK/rota.pdf" || return 1
    "${cli[@]}" export cpd --group "$group" --member "Tomasz Nowak" --from 2020-01-01 \
        --to 2030-12-31 --out "$WORK/cpd.pdf" || return 1
    local pdf
    for pdf in "$WORK/rota.pdf" "$WORK/cpd.pdf"; do
        [[ $(head -c 5 "$pdf") == "%PDF-" ]] || { echo "$pdf is not a PDF" >&2; return 1; }
    done
    "${cli[@]}" export attendance --group "$group" --from 2020-01-01 --to 2030-12-31 \
        --out "$WORK/attendance.csv" || return 1
    grep -q "date,start,member" "$WORK/attendance.csv" \
        || { echo "the attendance CSV has no heading" >&2; return 1; }
}

window_then_roster() {
    # The installed app on a folder with a group (the exports step made one), under Xvfb:
    # the window is shown first, then the data opened and the Roster filled; the
    # benchmark hook prints a marker for each and quits.
    local out
    out=$(env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM BALINTDESK_EXIT_AFTER_SHOW=1 \
        timeout 60 xvfb-run -a "$BALINTDESK" --data-dir "$WORK/cli-data" 2>&1) || {
        echo "BalintDesk did not start and quit cleanly; its output:" >&2
        echo "$out" >&2
        return 1
    }
    echo "$out" | grep -E '^BALINTDESK-(WINDOW-SHOWN|PAGE-FILLED) ' | cut -d' ' -f1 \
        | paste -sd' ' | grep -qx 'BALINTDESK-WINDOW-SHOWN BALINTDESK-PAGE-FILLED' || {
        echo "expected the window shown, then the Roster filled; got:" >&2
        echo "$out" >&2
        return 1
    }
    echo "window shown, then the Roster filled"
}

# The installed app reads its compiled catalogue (it ships no XML parser): German help,
# and a German answer from a command.
speaks_german() {
    local help
    help=$("$BALINTDESK" --language de --help) || return 1
    grep -q "^Verwendung: balintdesk" <<<"$help" || { echo "$help" >&2; return 1; }
    BALINTDESK_LANGUAGE=de "$BALINTDESK" --data-dir "$WORK/german" check \
        | tee "$WORK/german.txt" | grep -q "keine Probleme gefunden" || {
        cat "$WORK/german.txt" >&2
        return 1
    }
    echo "German help and answers"
}

step "self-test offscreen" self_test_offscreen
step "self-test under xvfb-run (xcb)" self_test_xvfb
step "keyring round trip (dbus-run-session + gnome-keyring)" keyring_round_trip
step "GUI stays up for 5 s under xvfb-run" gui_stays_up
step "command-line exports from the installed app" command_line_exports
step "the installed app speaks German" speaks_german
step "the window, then its data, on a folder with a group (xvfb-run)" window_then_roster

trap - EXIT
cleanup
if ((${#FAILED[@]})); then
    printf '\nSMOKE FAILED: %s\n' "${FAILED[*]}" >&2
    exit 1
fi
printf '\nSMOKE PASSED\n'

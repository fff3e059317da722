#!/usr/bin/env bash
# Install BalintDesk from this checkout and start it:  bash packaging/run-from-source.sh
#
# On Debian or Ubuntu with Python 3.11+: installs the system libraries Qt needs to show a
# window (asking for your password if they are missing), makes .venv, installs BalintDesk
# into it and opens the app on the data folder in your user profile (or --data-dir DIR).
# After the first run it starts at once: pip runs again only when pyproject.toml or the
# venv's Python changed (ensure_installed in dev-env.sh); the source itself is installed
# editable, so a change to it needs no install.
# Extra arguments go to balintdesk, e.g. --data-dir /path/to/folder.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$(pwd)
# shellcheck source=dev-env.sh
source packaging/dev-env.sh

# What PySide6's X11 (xcb) and Wayland platform plugins load, found with ldd on
# Qt/plugins/platforms/libqxcb.so and Qt/lib/libQt6XcbQpa.so.6; Qt 6.5+ needs xcb-cursor.
DESKTOP_PACKAGES=(
    "libegl1|lib:libEGL.so.1"
    "libgl1|lib:libGL.so.1"
    "libfontconfig1|lib:libfontconfig.so.1"
    "libxkbcommon0|lib:libxkbcommon.so.0"
    "libxkbcommon-x11-0|lib:libxkbcommon-x11.so.0"
    "libxcb-cursor0|lib:libxcb-cursor.so.0"
    "libxcb-icccm4|lib:libxcb-icccm.so.4"
    "libxcb-image0|lib:libxcb-image.so.0"
    "libxcb-keysyms1|lib:libxcb-keysyms.so.1"
    "libxcb-randr0|lib:libxcb-randr.so.0"
    "libxcb-render-util0|lib:libxcb-render-util.so.0"
    "libxcb-shape0|lib:libxcb-shape.so.0"
    "libxcb-xkb1|lib:libxcb-xkb.so.1"
    "libdbus-1-3|lib:libdbus-1.so.3"
    "fonts-dejavu-core|file:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
)
ensure_debian_packages "${DESKTOP_PACKAGES[@]}"
ensure_venv
ensure_installed

say "Starting BalintDesk"
exec "$REPO/.venv/bin/balintdesk" "$@"

#!/usr/bin/env bash
# Compiles packaging/windows/balintdesk.nsi with makensis against a dummy payload, so the
# installer script is checked on Linux CI without a Windows build. Installs Debian's nsis
# if makensis is missing (needs root for that). Warnings are errors (-WX). Exit status 0 only
# if the setup .exe is made.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"

if ! command -v makensis >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "compile_check: makensis is missing; run as root or: sudo apt-get install -y nsis" >&2
        exit 1
    fi
    echo "compile_check: installing nsis"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nsis >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

payload="$work/balintdesk"
mkdir -p "$payload/_internal/PySide6/plugins/platforms"
printf 'MZ dummy balintdesk.exe\n' >"$payload/balintdesk.exe"
printf 'dummy\n' >"$payload/_internal/python311.dll"
printf 'dummy\n' >"$payload/_internal/vcruntime140.dll"
printf 'dummy\n' >"$payload/_internal/base_library.zip"
printf 'dummy\n' >"$payload/_internal/PySide6/plugins/platforms/qwindows.dll"

out="$work/BalintDesk-0.1.0-windows-x64-setup.exe"
makensis -V2 -WX -DVERSION=0.1.0 "-DPAYLOAD=$payload" "-DOUTFILE=$out" "$here/balintdesk.nsi"

if [ ! -s "$out" ]; then
    echo "compile_check: FAILED, $out was not made" >&2
    exit 1
fi
if [ "$(head -c 2 "$out")" != "MZ" ]; then
    echo "compile_check: FAILED, $out is not a Windows executable" >&2
    exit 1
fi
echo "compile_check: OK, $(basename "$out") ($(stat -c %s "$out") bytes), $(makensis -VERSION)"

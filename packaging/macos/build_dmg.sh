#!/usr/bin/env bash
# Turn PyInstaller's dist/BalintDesk.app into a signed, notarized BalintDesk-<ver>-macos-<arch>.dmg.
#
#   bash packaging/macos/build_dmg.sh [APP] [VERSION] [OUT_DIR]
#     APP      default dist/BalintDesk.app
#     VERSION  default the bundle's CFBundleShortVersionString, else balintdesk.__version__
#     OUT_DIR  default the folder APP is in
#
# 1. Sets the Info.plist keys (identifier, version, minimum macOS 12.0, Retina, category).
# 2. Signs every Mach-O inside out with the hardened runtime and a secure timestamp, then
#    the app, submits it to Apple's notary service, waits and staples the ticket; then the
#    same for the .dmg. Only when APPLE_SIGNING_IDENTITY, APPLE_ID, APPLE_TEAM_ID and
#    APPLE_APP_PASSWORD are all set (the identity must already be in a keychain); otherwise
#    it says "not signed: ..." and builds an unsigned (ad-hoc signed) .dmg.
# 3. Builds a compressed (UDZO) .dmg holding the app and a link to /Applications.
# Prints the .dmg's path on its last line.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
app="${1:-dist/BalintDesk.app}"
app="$(cd "$(dirname "$app")" && pwd)/$(basename "$app")"
out_dir="${3:-$(dirname "$app")}"
entitlements="$here/entitlements.plist"
plist="$app/Contents/Info.plist"
bundle_id="org.balintdesk.BalintDesk"
min_macos="12.0"
plistbuddy="${PLISTBUDDY:-/usr/libexec/PlistBuddy}"   # overridable for a dry run off a Mac

[ -d "$app" ] || { echo "build_dmg: $app not found: run PyInstaller first" >&2; exit 1; }
[ -f "$plist" ] || { echo "build_dmg: $plist not found" >&2; exit 1; }

version="${2:-}"
if [ -z "$version" ]; then
    version="$("$plistbuddy" -c 'Print :CFBundleShortVersionString' "$plist" 2>/dev/null || true)"
fi
if [ -z "$version" ] || [ "$version" = "0.0.0" ]; then
    version="$(python3 -c 'import balintdesk; print(balintdesk.__version__)')"
fi
arch="$(uname -m)"   # arm64 or x86_64: the bundle is built for the runner's architecture
dmg="$out_dir/BalintDesk-$version-macos-$arch.dmg"

# --- 1. Info.plist -------------------------------------------------------------------------
plist_set() {   # key type value: set, or add if missing
    "$plistbuddy" -c "Set :$1 $3" "$plist" 2>/dev/null \
        || "$plistbuddy" -c "Add :$1 $2 $3" "$plist"
}
plist_set CFBundleIdentifier string "$bundle_id"
plist_set CFBundleName string "BalintDesk"
plist_set CFBundleDisplayName string "BalintDesk"
plist_set CFBundleShortVersionString string "$version"
plist_set CFBundleVersion string "$version"
plist_set LSMinimumSystemVersion string "$min_macos"
plist_set NSHighResolutionCapable bool true
# Productivity, not Medical: BalintDesk organises a doctors' group and never handles
# patient data; "medical" would suggest otherwise to the practice and to Apple.
plist_set LSApplicationCategoryType string "public.app-category.productivity"
plist_set NSHumanReadableCopyright string "BalintDesk"
plutil -lint "$plist" >/dev/null

# Warn if any library asks for a newer macOS than we promise (e.g. a newer Qt wheel).
too_new="$(find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 \
    | xargs -0 otool -l 2>/dev/null \
    | awk -v min="$min_macos" '/^\// {f=$0} $1=="minos" { split($2,a,"."); split(min,b,".");
          if (a[1]+0 > b[1]+0 || (a[1]+0 == b[1]+0 && a[2]+0 > b[2]+0)) print f " " $2 }' \
    | sort -u | head -n 5 || true)"
if [ -n "$too_new" ]; then
    echo "build_dmg: WARNING: these need a newer macOS than $min_macos:" >&2
    echo "$too_new" >&2
fi

# --- 2. Signing ----------------------------------------------------------------------------
missing=""
for var in APPLE_SIGNING_IDENTITY APPLE_ID APPLE_TEAM_ID APPLE_APP_PASSWORD; do
    [ -n "${!var:-}" ] || missing="$missing $var"
done
signed=0

notarize() {   # file: submit, wait, fail on anything but Accepted (then print Apple's log)
    local result status id
    result="$(xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait --timeout 30m --output-format json)" || {
        echo "build_dmg: notarytool submit failed for $1" >&2; return 1; }
    status="$(python3 -c 'import json,sys; print(json.load(sys.stdin).get("status",""))' <<<"$result")"
    id="$(python3 -c 'import json,sys; print(json.load(sys.stdin).get("id",""))' <<<"$result")"
    echo "build_dmg: notarization of $(basename "$1"): ${status:-unknown} (submission ${id:-?})"
    if [ "$status" != "Accepted" ]; then
        if [ -n "$id" ]; then
            xcrun notarytool log "$id" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
                --password "$APPLE_APP_PASSWORD" >&2 || true
        fi
        return 1
    fi
}

if [ -z "$missing" ]; then
    sign() {
        codesign --force --timestamp --options runtime --sign "$APPLE_SIGNING_IDENTITY" "$@"
    }
    echo "build_dmg: signing with the hardened runtime"
    # Inside out: find -depth lists a folder's contents before the folder, so each Mach-O
    # file is signed before the .framework holding it, and everything before the app itself.
    while IFS= read -r -d '' f; do
        if [ -L "$f" ]; then
            continue
        elif [ -d "$f" ]; then
            case "$f" in *.framework) sign "$f" ;; esac
        else
            case "$(file -b "$f")" in *Mach-O*) sign "$f" ;; esac
        fi
    done < <(find "$app/Contents" -depth -mindepth 1 -print0)
    sign --entitlements "$entitlements" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"

    echo "build_dmg: notarizing the app (this takes a few minutes)"
    zip="$(mktemp -d)/BalintDesk.zip"
    ditto -c -k --keepParent "$app" "$zip"
    notarize "$zip"
    rm -f "$zip"
    xcrun stapler staple "$app"
    signed=1
else
    echo "build_dmg: not signed: missing$missing. The app is only ad-hoc signed and not" \
         "notarized, so Gatekeeper blocks its first start (the user must allow it in System" \
         "Settings > Privacy & Security > Open Anyway). Set those secrets to sign and notarize." >&2
    # Info.plist changed after PyInstaller signed it: re-sign ad hoc so the seal is valid.
    codesign --force --deep --sign - "$app"
fi

# --- 3. The .dmg ---------------------------------------------------------------------------
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/BalintDesk.app"
ln -s /Applications "$stage/Applications"
mkdir -p "$out_dir"
rm -f "$dmg"
hdiutil create -volname "BalintDesk $version" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg" >/dev/null
hdiutil verify "$dmg" >/dev/null

if [ "$signed" = 1 ]; then
    codesign --force --timestamp --sign "$APPLE_SIGNING_IDENTITY" "$dmg"
    echo "build_dmg: notarizing the .dmg"
    notarize "$dmg"
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg" || true
fi

echo "build_dmg: made $dmg ($(du -h "$dmg" | cut -f1))" >&2
echo "$dmg"

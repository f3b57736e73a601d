#!/usr/bin/env bash
# Make a disk image of Copydesk.app; sign and notarise it when the environment says how.
#
# Usage: packaging/macos/dmg.sh APP VERSION OUT.dmg   (run by `python packaging/build.py macos`)
#
# Environment (all optional; without them the image is unsigned, for testing only):
#   CODESIGN_IDENTITY  a "Developer ID Application: NAME (TEAMID)" certificate in the keychain.
#                      The build already signed the app with it (hardened runtime, the
#                      entitlements in packaging/macos/entitlements.plist); here it signs the dmg.
#   NOTARY_PROFILE     a notarytool keychain profile, made once with
#                      `xcrun notarytool store-credentials NAME --apple-id … --team-id … --password …`;
#   or NOTARY_APPLE_ID, NOTARY_TEAM_ID and NOTARY_PASSWORD (an app-specific password), e.g. in CI.
#                      With either, the dmg is submitted to Apple's notary service, and the
#                      ticket is stapled to it so that Gatekeeper accepts it offline.
set -euo pipefail

app=$1
version=$2
out=$3
name=$(basename "$app" .app)

[ -d "$app" ] || { echo "dmg.sh: $app is missing" >&2; exit 2; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict --verbose=2 "$app"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$out"
hdiutil create -volname "$name $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$out"
fi

notary=()
if [ -n "${NOTARY_PROFILE:-}" ]; then
    notary=(--keychain-profile "$NOTARY_PROFILE")
elif [ -n "${NOTARY_APPLE_ID:-}" ]; then
    notary=(--apple-id "$NOTARY_APPLE_ID" --team-id "${NOTARY_TEAM_ID:?NOTARY_TEAM_ID is needed}"
            --password "${NOTARY_PASSWORD:?NOTARY_PASSWORD is needed}")
fi
if [ ${#notary[@]} -gt 0 ]; then
    [ -n "${CODESIGN_IDENTITY:-}" ] || { echo "dmg.sh: notarization needs CODESIGN_IDENTITY" >&2; exit 2; }
    xcrun notarytool submit "$out" "${notary[@]}" --wait
    xcrun stapler staple "$out"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$out"
fi
echo "$out"

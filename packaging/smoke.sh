#!/usr/bin/env bash
# Packaging smoke test for CI (Debian/Ubuntu, as root): build the Linux bundle and the .deb,
# check them, install the package, use it as a journalist would, and remove it cleanly.
#
# Usage: bash packaging/smoke.sh [PYTHON]
#   PYTHON: the interpreter of an environment where Copydesk is installed (default: .venv's,
#   else python3); PyInstaller is added to it when missing.
# Leaves in dist/: the bundle, the .deb, the stand-in MSI, and smoke/ (exports, window.png).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

say() { printf '\n== smoke: %s (%d s)\n' "$*" $((SECONDS - started)); }
fail() { printf 'smoke: FAILED: %s\n' "$*" >&2; exit 1; }

python=${1:-}
if [ -z "$python" ]; then
    if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi

say "system packages"
export DEBIAN_FRONTEND=noninteractive
packages=(
    dpkg-dev binutils                        # dpkg-shlibdeps works out the .deb's Depends
    desktop-file-utils appstream             # desktop-file-validate, appstreamcli
    librsvg2-bin                             # rsvg-convert: icons from the SVG artwork
    shared-mime-info hicolor-icon-theme      # the .article type and icons once installed
    wixl msitools                            # compile the Windows installer source
    xvfb xauth                               # the window on a virtual screen
    # the window's libraries (resources/linux/system-packages.txt, shared with the README)
    $(awk '!/^#/ && NF && $2 == "window" {print $1}' resources/linux/system-packages.txt)
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    "$python" -m pip install -q -e '.[packaging]' 2>/dev/null || true
    "$python" -c "import PyInstaller" 2>/dev/null || "$python" -m pip install -q pyinstaller
fi

version=$("$python" -c 'import sys; sys.path.insert(0, "packaging"); import release; print(release.version())')
sample=resources/samples/bibliotheque-croix-rousse.article
out=dist/smoke
rm -rf "$out" && mkdir -p "$out"

say "build the bundle, check it, build the .deb and the stand-in MSI"
"$python" packaging/build.py bundle check deb windows
deb=$(ls dist/copydesk_*.deb)
bundle_size=$(du -s --apparent-size --block-size=1000000 dist/copydesk | cut -f1)
deb_size=$(( $(stat -c %s "$deb") / 1000000 ))
echo "bundle: ${bundle_size} MB unpacked (target 130); $deb: ${deb_size} MB (target 60)"
[ "$bundle_size" -le 130 ] || fail "the bundle is ${bundle_size} MB, over 130 MB"
[ "$deb_size" -le 60 ] || fail "the .deb is ${deb_size} MB, over 60 MB"

say "the .deb depends on the window's system packages"
depends=", $(dpkg-deb -f "$deb" Depends | tr '|' ','),"
for p in $(awk '!/^#/ && NF && ($2 == "window" || $2 == "fonts") {print $1}' \
    resources/linux/system-packages.txt); do
    grep -qE ", ?$p( \(| ?,)" <<<"$depends" || fail "the .deb's Depends lacks $p: $depends"
done

say "install $deb"
if dpkg-query -W -f='${Status}' copydesk 2>/dev/null | grep -q "install ok installed"; then
    apt-get remove -y -qq copydesk >/dev/null
fi
if ! apt-get install -y -qq "./$deb" >/dev/null; then
    apt-get update -qq
    apt-get install -y -qq "./$deb" >/dev/null
fi
[ "$(command -v copydesk)" = /usr/bin/copydesk ] || fail "copydesk is not on the PATH"

say "installed libraries (ldd)"
library_path=$(find /opt/copydesk -name '*.so*' -type f -printf '%h\n' | sort -u | paste -sd:)
lost=$(find /opt/copydesk -type f \( -name '*.so*' -o -name copydesk \) -print0 \
    | xargs -0 -n1 env LD_LIBRARY_PATH="$library_path" ldd 2>/dev/null | grep "not found" || true)
[ -z "$lost" ] || fail "installed libraries not found: $lost"

say "copydesk --version, export --to all"
[ "$(copydesk --version)" = "copydesk $version" ] || fail "copydesk --version: $(copydesk --version)"
copydesk export "$sample" --to all -o "$out/export" | tee "$out/exported.txt"
[ -s "$out/exported.txt" ] || fail "copydesk export wrote nothing"
while read -r file; do
    [ -s "$file" ] || fail "empty or missing export: $file"
done <"$out/exported.txt"

say "file type and desktop entry"
grep -q "application/x-copydesk-article" /usr/share/mime/globs2 || fail ".article is not a MIME type"
desktop-file-validate /usr/share/applications/org.copydesk.Copydesk.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.copydesk.Copydesk.metainfo.xml >/dev/null

say "the window under Xvfb (--screenshot)"
timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" \
    copydesk "$sample" --screenshot "$out/window.png" || fail "the window did not open"
[ "$(head -c 8 "$out/window.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    || fail "--screenshot wrote no PNG"

say "remove the package (purge: no maintainer script is kept either)"
apt-get purge -y -qq copydesk >/dev/null
! dpkg-query -W -f='${Status}' copydesk 2>/dev/null | grep -q "installed\|config-files" \
    || fail "dpkg still lists copydesk: $(dpkg-query -W -f='${Status}' copydesk)"
[ ! -e /opt/copydesk ] || fail "/opt/copydesk is left after removal: $(find /opt/copydesk | head)"
[ ! -e /usr/bin/copydesk ] || fail "/usr/bin/copydesk is left after removal"
left=$(find /usr/share/applications /usr/share/metainfo /usr/share/mime/packages \
    /usr/share/icons/hicolor -name 'org.copydesk.Copydesk*' 2>/dev/null || true)
[ -z "$left" ] || fail "files left after removal: $left"
! grep -q "application/x-copydesk-article" /usr/share/mime/globs2 || fail "the MIME type is left"

say "passed: bundle ${bundle_size} MB, .deb ${deb_size} MB, in $((SECONDS - started)) s"

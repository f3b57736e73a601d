"""The freedesktop files that make Copydesk a desktop application on Linux.

One installer for the .deb and the Flatpak: the desktop entry, the AppStream
metainfo (with this version's release added), the MIME type for `.article` files and
the hicolor icons, laid out under a prefix (`/usr` in the .deb, `/app` in the Flatpak).
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import icons
from release import APP_ID, PACKAGING, version

SOURCES = PACKAGING / "linux"
DESKTOP = SOURCES / f"{APP_ID}.desktop"
METAINFO = SOURCES / f"{APP_ID}.metainfo.xml"
MIME = SOURCES / f"{APP_ID}.xml"


def release_date() -> str:
    """The release's date: SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        if epoch
        else datetime.datetime.now(datetime.UTC)
    )
    return moment.date().isoformat()


def metainfo_with_release(source: Path = METAINFO) -> bytes:
    """The metainfo file with a `<releases>` entry for the version being built."""
    tree = ElementTree.parse(source)
    component = tree.getroot()
    for old in component.findall("releases"):
        component.remove(old)
    releases = ElementTree.SubElement(component, "releases")
    ElementTree.SubElement(releases, "release", version=version(), date=release_date())
    ElementTree.indent(tree, space="  ")
    text: bytes = ElementTree.tostring(component, encoding="utf-8", xml_declaration=True)
    return text + b"\n"


def install(prefix: Path) -> Path:
    """Lay the files out under `prefix`/share; returns that share folder."""
    share = prefix / "share"
    placed = {
        share / "applications" / DESKTOP.name: DESKTOP.read_bytes(),
        share / "metainfo" / METAINFO.name: metainfo_with_release(),
        share / "mime" / "packages" / MIME.name: MIME.read_bytes(),
    }
    for path, data in placed.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    icons.hicolor_theme(share)
    print(f"linux-data: {share}")
    return share


VALIDATORS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("desktop-file-validate", (), f"applications/{DESKTOP.name}"),
    ("appstreamcli", ("validate", "--no-net"), f"metainfo/{METAINFO.name}"),
)
"""Each validator: its program (Debian: desktop-file-utils, appstream), its options, its file."""


def validate(share: Path) -> None:
    """Run the freedesktop validators on the installed files; a missing tool is an error."""
    for program, options, relative in VALIDATORS:
        tool = shutil.which(program)
        if tool is None:
            raise SystemExit(f"{program} is needed to validate {relative}")
        result = subprocess.run([tool, *options, str(share / relative)], check=False)
        if result.returncode != 0:
            raise SystemExit(f"{program}: {relative} is not valid")
        print(f"{program}: {relative} is valid", file=sys.stderr)
    ElementTree.parse(share / "mime" / "packages" / MIME.name)

"""What is being released: the names every installer shares, and the version.

The version lives in `editor/__init__.py` and nowhere else; it is read from the source
text so that building an installer never imports the application. The identifiers
below are fixed once published: the application id keys the desktop entry, the
icons, the AppStream file and the Flatpak; the Windows upgrade code lets a newer MSI
replace an older one.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build" / "packaging"
BRAND = ROOT / "resources" / "brand"

APP_NAME = "Copydesk"
APP_ID = "org.copydesk.Copydesk"
EXECUTABLE = "copydesk"
PACKAGE = "copydesk"
PUBLISHER = "The Copydesk developers"
SUMMARY = "Write, check and export articles for print, e-readers and the wire"
LICENSE = "GPL-3.0-or-later"

MIME_TYPE = "application/x-copydesk-article"
DOCUMENT_SUFFIX = ".article"
DOCUMENT_ICON = f"{APP_ID}.article"
DOCUMENT_UTI = "org.copydesk.article"
WINDOWS_UPGRADE_CODE = "9F8FD621-E9AE-4D56-A500-2BC14494D05C"


def version() -> str:
    """`__version__` as written in editor/__init__.py."""
    source = (ROOT / "editor" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise SystemExit("editor/__init__.py has no __version__ = '…' line")


def numeric_version(text: str | None = None, parts: int = 4) -> tuple[int, ...]:
    """`0.2.0rc1` → (0, 2, 0, 0): Windows and macOS want plain numbers."""
    release = re.match(r"\d+(\.\d+)*", text or version())
    if release is None:
        raise SystemExit(f"version {text or version()!r} does not start with a number")
    numbers = [int(n) for n in release.group().split(".")][:3]
    return tuple(numbers + [0] * (parts - len(numbers)))


def debian_version(text: str | None = None) -> str:
    """`0.2.0rc1` → `0.2.0~rc1`, so that a pre-release sorts before its release."""
    return re.sub(r"\.?(a|b|rc|dev)(\d*)", r"~\1\2", text or version())

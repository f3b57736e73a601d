"""The macOS disk image: Copydesk.app from the spec's BUNDLE, then packaging/macos/dmg.sh.

Signing happens in the PyInstaller build when CODESIGN_IDENTITY is set (the spec passes
it on with the hardened-runtime entitlements); dmg.sh signs the image and notarises it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bundle
from release import APP_NAME, DIST, PACKAGING, version

SCRIPT = PACKAGING / "macos" / "dmg.sh"


def build(app: Path) -> Path:
    if sys.platform != "darwin":
        raise SystemExit("the macOS disk image is built on macOS (hdiutil, codesign, notarytool)")
    target = DIST / f"{APP_NAME}-{version()}.dmg"
    subprocess.run(["bash", str(SCRIPT), str(app), version(), str(target)], check=True)
    print(f"macos: {target} ({bundle.megabytes(target.stat().st_size):.1f} MB)")
    return target

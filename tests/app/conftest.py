"""The editor tests run without a display: Qt's offscreen platform, set before Qt loads.

Settings go to a throwaway file, so no test reads or writes the user's own preferences, recent
files or window geometry.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault(
    "COPYDESK_SETTINGS", str(Path(tempfile.mkdtemp(prefix="copydesk-tests-")) / "settings.ini")
)

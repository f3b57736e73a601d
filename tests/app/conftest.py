"""The editor tests run without a display: Qt's offscreen platform, set before Qt loads.

Settings go to a throwaway file, and app data to a throwaway folder, so no test reads or writes
the user's own preferences, recent files, window geometry, recovery copies or versions.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SCRATCH = Path(tempfile.mkdtemp(prefix="copydesk-tests-"))
os.environ.setdefault("COPYDESK_SETTINGS", str(_SCRATCH / "settings.ini"))
# recovery copies, versions, the personal word list and the log of windows made without a
# folder of their own: in a scratch folder too, never in the user's app-data folder
os.environ["XDG_DATA_HOME"] = str(_SCRATCH / "data")

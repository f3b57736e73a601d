"""The editor tests run without a display: Qt's offscreen platform, set before Qt loads."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

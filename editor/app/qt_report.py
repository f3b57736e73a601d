"""Qt's own view of this system, for `copydesk --doctor`: `python -m editor.app.qt_report`.

The doctor runs this in a child process on the offscreen platform, so that a Qt that cannot
load or aborts does not stop its report, and so that nothing outside the window's package
imports Qt. It prints one JSON object: Qt's version, the fonts the window will see, and where
the settings and the app data (recovery copies, versions, the log) are kept.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QSettings, QStandardPaths, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from editor.app.settings import ENV


def facts() -> dict[str, object]:
    app = QGuiApplication.instance() or QGuiApplication(["copydesk", "-platform", "offscreen"])
    app.setOrganizationName("Copydesk")  # as the application names itself: the same folders
    app.setApplicationName("Copydesk")
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return {
        "qt": qVersion(),
        "families": len(QFontDatabase.families()),
        "serif": QFontInfo(QFont("serif")).family(),
        "sans": QFontInfo(QFont("sans-serif")).family(),
        "settings": os.environ.get(ENV) or QSettings().fileName(),
        "app_data": data,
    }


if __name__ == "__main__":
    json.dump(facts(), sys.stdout)

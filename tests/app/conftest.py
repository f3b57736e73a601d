"""The editor tests run without a display: Qt's offscreen platform, set before Qt loads.

Settings go to a throwaway file, and app data to a throwaway folder, so no test reads or writes
the user's own preferences, recent files, window geometry, recovery copies or versions.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SCRATCH = Path(tempfile.mkdtemp(prefix="copydesk-tests-"))
os.environ.setdefault("COPYDESK_SETTINGS", str(_SCRATCH / "settings.ini"))
# recovery copies, versions, the personal word list and the log of windows made without a
# folder of their own: in a scratch folder too, never in the user's app-data folder
os.environ["XDG_DATA_HOME"] = str(_SCRATCH / "data")

from PySide6.QtGui import QPalette  # noqa: E402 - Qt reads the environment set above
from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.app import clipboard, i18n  # noqa: E402
from editor.app.application import Copydesk  # noqa: E402
from editor.app.main_window import MainWindow  # noqa: E402
from editor.app.settings import Settings  # noqa: E402
from tests.app import windows  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def clipboard_handed_over(qapp: QApplication) -> Iterator[None]:
    """What a test cut or copied is swapped for Qt's own copy at the end, as the application
    does when it quits (`clipboard.hand_over`): the tests never quit it, and the clipboard
    would delete data made in Python after the interpreter has gone."""
    yield
    clipboard.hand_over()


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path) -> Iterator[Copydesk]:
    """The application with settings of its own; afterwards the palette and language it may
    have switched are put back and its windows closed without asking."""
    original = QPalette(qapp.palette())
    shown = Copydesk(settings=Settings(tmp_path / "settings.ini"))
    yield shown
    qapp.setPalette(original)
    i18n.install("en")
    for window in list(shown.windows):
        window.document.undo_stack.setClean()
        window.close()


@pytest.fixture(autouse=True)
def close_bare_windows() -> Iterator[None]:
    """The windows a test opened with `windows.bare_window`, closed without asking."""
    yield
    windows.close_all()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Before a test's fixtures close its windows, what they hold counts as saved. A window
    closed with unsaved changes asks whether to save them, and at teardown nobody answers: a
    test that failed half-way through its typing hung the whole run there instead of reporting."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.document.undo_stack.setClean()

"""The window's first paint loads what it draws and no more: dialogs, the report's tools and
what a command of the menus needs load when it is first asked for. Run as a real process, the
modules it ended with listed, as `copydesk FILE --screenshot` starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest

import editor
from editor.model import storage
from editor.model.build import article, para, title

LISTING = """
import json, linecache, sys
read = []
source_lines = linecache.updatecache
def updatecache(filename, module_globals=None):
    read.append(filename)
    return source_lines(filename, module_globals)
linecache.updatecache = updatecache
from editor.cli import main
status = main(sys.argv[1:])
widgets = sorted(vars(sys.modules["PySide6.QtWidgets"]))
print(json.dumps({"status": status, "modules": sorted(sys.modules), "widgets": widgets,
                  "sources_read": read}))
"""

NOT_AT_START = {
    "importlib.metadata",  # the doctor's report: every installed package's record read
    "html",  # its entities: the first copy to the clipboard, the shortcuts sheet
    "difflib",  # a mistyped command's "did you mean", a recovery copy's differences
    "uuid",  # ids are random bytes (os.urandom); uuid brought platform along
    "socket",  # the machine's name in locks is the kernel's node name
    "platform",  # a crash log's header
    "editor.app.export_dialog",  # File → Export
    "editor.app.publish_dialog",  # File → Publish…
    "editor.app.printing",  # File → Print… and Print Preview…
    "PySide6.QtPrintSupport",
    "editor.app.preferences",  # Edit → Preferences…
    "editor.app.destinations_dialog",  # Preferences → Publish Destinations…
    "editor.app.note_text",  # what an import guessed or dropped
    "editor.app.start_screen",  # shown when no article is open
    "editor.app.rescue",  # a file that cannot be opened
    "editor.app.recovery",  # offered at a user's start, never for a screenshot
}
"""Modules the first window does without, each loaded when its command is first chosen."""


NO_WIDGET_CLASSES = {"QLCDNumber", "QTabWidget", "QWizard", "QGraphicsView", "QMdiArea"}
"""Widget classes the window never uses. PySide6 makes its classes when first named, and makes
every one of them (with their enums, some 12 ms) to find the type of a widget Qt made that it
is handed untyped: the page's viewport, taken by name instead (`Surface`)."""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("first-paint")
    piece = folder / "piece.article"
    storage.save(article(title("Le maire"), para("Il l’a dit.")), piece)
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COPYDESK_SETTINGS": str(folder / "settings.ini"),
        "XDG_DATA_HOME": str(folder / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", LISTING, str(piece), "--screenshot", str(folder / "window.png")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=environment,
    )
    listed: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    assert listed["status"] == 0, result.stderr
    assert (folder / "window.png").stat().st_size > 0
    return listed


@pytest.fixture(scope="module")
def loaded(report: dict[str, object]) -> set[str]:
    return set(cast(list[str], report["modules"]))


def test_the_first_paint_loads_the_window(loaded: set[str]) -> None:
    assert {"PySide6.QtWidgets", "editor.app.main_window", "editor.app.surface"} <= loaded


@pytest.mark.parametrize("module", sorted(NOT_AT_START))
def test_the_first_paint_leaves_for_later(loaded: set[str], module: str) -> None:
    assert module not in loaded


def test_the_first_paint_makes_no_widget_class_it_does_not_use(report: dict[str, object]) -> None:
    made = set(cast(list[str], report["widgets"]))
    assert {"QTextEdit", "QMainWindow", "QDockWidget"} <= made
    assert not made & NO_WIDGET_CLASSES


def test_the_start_reads_no_source_of_its_own_modules(report: dict[str, object]) -> None:
    """PySide6 reads the source of every module imported after it, looking for its
    `__feature__` switches; Copydesk's own are declared to it beforehand (`feature_scan`)."""
    own = Path(editor.__file__).resolve().parent
    read = [Path(name).resolve() for name in cast(list[str], report["sources_read"])]
    assert [path for path in read if path.is_relative_to(own)] == []
    assert "editor.app.feature_scan" in cast(list[str], report["modules"])


JOURNALIST = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(["copydesk"])
from editor.app.application import Copydesk, launch
from editor.app.autosave import AppData
from editor.app.settings import Settings
folder = Path(sys.argv[2])
desk = Copydesk(settings=Settings(folder / "start.ini"), data=AppData(folder / "data"))
launch(desk, Path(sys.argv[1]))
print(json.dumps(sorted(sys.modules)))
"""


def test_a_start_without_recovery_copies_loads_nothing_to_offer_them(tmp_path: Path) -> None:
    """A journalist's start (not a screenshot) offers recovery copies when there are some;
    with none waiting, what offers them — and the diff that shows them — is never loaded."""
    piece = tmp_path / "piece.article"
    storage.save(article(title("Le maire"), para("Il l’a dit.")), piece)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", JOURNALIST, str(piece), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=environment,
    )
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    assert "editor.app.main_window" in loaded
    assert not loaded & {"editor.app.recovery", "difflib"}

"""View → Zoom In, Zoom Out, Actual Size: the page larger or smaller, in each window apart.

Zoom is a way of looking, not an edit: the text, its formats, its history and its modified
state never change. The surface lays its text out through a paint device of the screen's
resolution times the zoom (`Surface.zoom_to`), so every size on the page, in points or in
pixels, scales together, and the menus, panels and bars keep theirs. The last level chosen
is remembered in the settings and is where the next window opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QMenu, QToolButton

from editor.app import actions
from editor.app.guard import instead
from editor.app.labels import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

LEVELS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
"""The steps of Zoom In and Zoom Out, in percent, as browsers and word processors take them."""
ACTUAL = 100
SETTING = "zoom"
COMMANDS = (
    ("zoom_in", QT_TRANSLATE_NOOP("Zoom", "Zoom &In"), ("Ctrl++", "Ctrl+="),
     QT_TRANSLATE_NOOP("Zoom", "Larger text on the page")),
    ("zoom_out", QT_TRANSLATE_NOOP("Zoom", "Zoom &Out"), ("Ctrl+-",),
     QT_TRANSLATE_NOOP("Zoom", "Smaller text on the page")),
    ("zoom_actual", QT_TRANSLATE_NOOP("Zoom", "&Actual Size"), ("Ctrl+0",),
     QT_TRANSLATE_NOOP("Zoom", "The page at its actual size")),
)  # fmt: skip
"""View's zoom commands: name, text, shortcuts (the first shown), tooltip."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Zoom", text)


def percent(level: int) -> str:
    """The level as the language writes it: 125% in English, 125 % in French."""
    return tr("%1%").replace("%1", str(level))


def stepped(level: int, steps: int) -> int:
    """The level `steps` stops above (below, if negative) `level`, within the range."""
    if steps > 0:
        higher = [n for n in LEVELS if n > level]
        return higher[min(steps, len(higher)) - 1] if higher else LEVELS[-1]
    lower = [n for n in LEVELS if n < level]
    return lower[max(steps, -len(lower))] if lower else LEVELS[0]


class Zoom(QObject):
    """One window's zoom: its commands, the percentage in the status bar, Ctrl+wheel."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.level = ACTUAL
        self._device: QImage | None = None
        self._wheel = 0
        self.button = QToolButton()
        self.button.setObjectName("zoomLevel")
        self.button.setAutoRaise(True)
        self.button.clicked.connect(lambda: self.set_level(ACTUAL))
        window.statusBar().addPermanentWidget(self.button)
        runs = {
            "zoom_in": lambda: self.step(1),
            "zoom_out": lambda: self.step(-1),
            "zoom_actual": lambda: self.set_level(ACTUAL),
        }
        for name, text, keys, _tip in COMMANDS:
            action = QAction(tr(text), window)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _=False, run=runs[name]: run())
            window.commands[name] = action
        window.surface.viewport().installEventFilter(self)
        self.retranslate()

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        for name, *_ in COMMANDS:
            menu.addAction(self.window.commands[name])

    def retranslate(self) -> None:
        for name, text, _keys, tip in COMMANDS:
            action = self.window.commands[name]
            action.setText(tr(text))
            actions.describe(action, tr(tip))
        self._show()

    def step(self, steps: int) -> None:
        self.set_level(stepped(self.level, steps))

    def set_level(self, level: int, remember: bool = True) -> None:
        """Lay the page out at `level` percent; the settings keep it for the next window."""
        level = max(LEVELS[0], min(LEVELS[-1], level))
        if level != self.level:
            self.level = level
            self._device = None if level == ACTUAL else self._paint_device(level)
            self.window.surface.zoom_to(level / ACTUAL, self._device)
        self._show()
        settings = self.window.settings
        if remember and settings is not None:
            settings.set(SETTING, str(level))

    def restore(self) -> None:
        """The level the settings remember, for a window just opened."""
        settings = self.window.settings
        value = settings.get(SETTING) if settings is not None else ""
        if value.isdigit():
            self.set_level(int(value), remember=False)

    @property
    def device(self) -> QImage | None:
        """The paint device the page is laid out through (None at actual size), for another
        page shown in its place at the same zoom (Review → Show → Final)."""
        return self._device

    def _paint_device(self, level: int) -> QImage:
        """A one-pixel image whose resolution is the screen's times the zoom."""
        dpi = self.window.surface.viewport().logicalDpiY() * level / ACTUAL
        device = QImage(1, 1, QImage.Format.Format_RGB32)
        device.setDotsPerMeterX(round(dpi / 0.0254))
        device.setDotsPerMeterY(round(dpi / 0.0254))
        return device

    def _show(self) -> None:
        self.button.setText(percent(self.level))
        keys = QKeySequence("Ctrl+0").toString(QKeySequence.SequenceFormat.NativeText)
        tip = tr("Zoom; click for actual size (%1)").replace("%1", keys)
        self.button.setToolTip(tip)
        self.button.setAccessibleName(tr("Zoom %1").replace("%1", percent(self.level)))

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+wheel zooms, a stop per notch (a touchpad's small steps add up to one)."""
        if not isinstance(event, QWheelEvent) or not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return False
        self._wheel += event.angleDelta().y()
        notches = int(self._wheel / 120)
        if notches:
            self._wheel -= notches * 120
            self.step(notches)
        return True

"""Light and dark: icons drawn in the desktop's text colour, the page and chrome to match.

The toolbar's SVG icons are drawn in one ink (`INK`); here that ink is replaced by the
palette's button-text colour and the icon rendered at the sizes and pixel ratios of the screens,
so they are crisp on high-DPI screens and light on a dark desktop. A window follows the
desktop when it turns light or dark: icons, chrome and page are drawn again.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from editor.app import bridge, looks
from editor.resources import resource

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

INK = "#3a3a40"
"""The colour the icon files are drawn in; replaced by the palette's."""
SIZES = (16, 18, 24)
"""Menus, the toolbar, and room to grow; Qt scales the nearest for any other size."""
WATCHED = frozenset(
    {QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.ThemeChange}
)


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon `name` in the palette's button-text colour (greyed when disabled)."""
    colours = palette if palette is not None else QGuiApplication.palette()
    group, role = QPalette.ColorGroup, QPalette.ColorRole.ButtonText
    normal = colours.color(group.Active, role)
    disabled = colours.color(group.Disabled, role)
    if disabled == normal:  # a palette without a disabled group: halfway to the background
        disabled = _mix(normal, colours.color(group.Active, QPalette.ColorRole.Button), 0.55)
    return _icon(name, normal.name(), disabled.name())


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """`a` with `share` of `b` mixed in."""
    return QColor.fromRgbF(
        a.redF() * (1 - share) + b.redF() * share,
        a.greenF() * (1 - share) + b.greenF() * share,
        a.blueF() * (1 - share) + b.blueF() * share,
    )


@cache
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    source = path.read_text("utf-8")
    made = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(source.replace(INK, colour).encode()))
        for size in SIZES:
            for scale in _scales():
                made.addPixmap(_render(renderer, size, scale), mode)
    return made


def _scales() -> list[float]:
    """The screens' pixel ratios, and 1 and 2 for screens plugged in later."""
    screens = QGuiApplication.screens()
    return sorted({1.0, 2.0, *(screen.devicePixelRatio() for screen in screens)})


def _render(renderer: QSvgRenderer, size: int, scale: float) -> QPixmap:
    pixels = round(size * scale)
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


class ThemeFollower(QObject):
    """Draws one window again when the desktop turns light or dark; `icons` names the icon
    of each command that has one."""

    def __init__(
        self, window: MainWindow, light_style: str, dark_style: str, icons: Mapping[str, str]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.icons = icons
        self.styles = {False: light_style, True: dark_style}
        self.dark: bool | None = None
        window.installEventFilter(self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._soon)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() in WATCHED:
            self._soon()
        return False

    def _soon(self) -> None:
        """After the event: the palette a scheme change brings may come a moment later."""
        QTimer.singleShot(0, self, self.apply)

    def apply(self) -> None:
        dark = looks.is_dark()
        if dark == self.dark:
            return
        switched, self.dark = self.dark is not None, dark
        bridge.char_format.cache_clear()  # new text takes the page's colours for this scheme
        window = self.window
        window.setStyleSheet(self.styles[dark])  # also on the first apply: the parts made
        # since the window's constructor set it take its spacing only when it is set again
        for command, name in self.icons.items():
            action = window.commands.get(command)
            if action is not None:
                action.setIcon(icon(name))
        window.surface.follow_palette(switched)
        if hasattr(window, "gauge"):  # made after the window's parts, on a first apply
            window.gauge.update()


def paint_pixels(pixmap: QPixmap) -> list[QColor]:
    """The colours of a picture's visible pixels (tests and checks read icons with it)."""
    image = pixmap.toImage()
    found = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 128:
                found.append(colour)
    return found

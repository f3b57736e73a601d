"""Light and dark: icons drawn in the desktop's text colour, the page and chrome to match.

The toolbar's SVG icons are drawn in one ink (`INK`); here that ink is replaced by the
palette's button-text colour and the icon drawn at whatever size and pixel ratio it is shown,
so they are crisp on high-DPI screens and light on a dark desktop. A window follows the
desktop when it turns light or dark: icons, chrome and page are drawn again.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from editor.app import bridge, looks
from editor.app.guard import guarded, instead, instead_made
from editor.resources import resource

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

INK = "#3a3a40"
"""The colour the icon files are drawn in; replaced by the palette's."""
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
    engine = TintedSvg(path.read_text("utf-8"), normal, disabled)
    _engines.append(engine)  # the icon holds the C++ side; this keeps the Python side alive
    return QIcon(engine)


_engines: list[QIconEngine] = []


class TintedSvg(QIconEngine):
    """An SVG icon in one colour per mode, drawn at the size and pixel ratio asked for, when
    first asked: a window shows a dozen icons at one or two sizes, so drawing every size of
    every icon up front would only slow its opening."""

    def __init__(self, source: str, normal: str, disabled: str) -> None:
        super().__init__()
        self.source, self.normal, self.disabled = source, normal, disabled
        self._renderers: dict[bool, QSvgRenderer] = {}
        self._drawn: dict[tuple[int, float, bool], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        greyed = mode == QIcon.Mode.Disabled
        renderer = self._renderers.get(greyed)
        if renderer is None:
            colour = self.disabled if greyed else self.normal
            renderer = QSvgRenderer(QByteArray(self.source.replace(INK, colour).encode()))
            self._renderers[greyed] = renderer
        return renderer

    @instead(None)
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    @instead_made(QPixmap)
    def scaledPixmap(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = min(size.width(), size.height())
        key = (side, scale, mode == QIcon.Mode.Disabled)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = self._drawn[key] = _render(self._renderer(mode), side, scale)
        return drawn

    @guarded
    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return TintedSvg(self.source, self.normal, self.disabled)


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
        self._later = QTimer(self, singleShot=True, interval=0)  # not a singleShot on a
        self._later.timeout.connect(self.apply)  # bound method: see LanguageFollower
        window.installEventFilter(self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._soon)
        self.apply()

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() in WATCHED:
            self._soon()
        return False

    def _soon(self) -> None:
        """After the event: the palette a scheme change brings may come a moment later."""
        self._later.start()

    def apply(self) -> None:
        dark = looks.is_dark()
        if dark == self.dark:
            return
        switched, self.dark = self.dark is not None, dark
        bridge.char_format.cache_clear()  # new text takes the page's colours for this scheme
        window = self.window
        if window.styleSheet() != self.styles[dark]:  # the same sheet set again would
            window.setStyleSheet(self.styles[dark])  # polish every part anew: 10 ms a start
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

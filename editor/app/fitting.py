"""Copy fitting in the window: the lines the piece makes in the paper's column, as you type.

The status bar says "87 / 80 lines, 7 over" beside the signes gauge once a print profile is
chosen (its box beside the template's; the choice is a desk preference, kept between runs),
and the outline gives each part its lines. Laying out is never done on the keystroke: a change
starts a zero-delay timer, so the key is drawn first, and the fit then lays out again only the
paragraphs that changed (`FitCache` keeps the others), a fraction of a millisecond for one.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow

from editor.app import desk_templates
from editor.app.document import Document
from editor.app.looks import is_dark
from editor.app.settings import Settings
from editor.model.article import Article, Block
from editor.model.print_profile import (
    BlockLines,
    Fit,
    PrintProfile,
    ProfileError,
    fit,
    load_profiles,
)
from editor.model.templates import targets_for

if TYPE_CHECKING:  # the shaping and hyphenation libraries load with the first profile chosen
    from editor.formats.layout import FitCache

SETTING = "print_profile"
SLICE_S = 0.02
"""Laying out a long read from scratch is cut into slices this long, so the window answers."""
_OVER, _FITS = "#a3322b", "#2f6b3a"
_NIGHT_OVER, _NIGHT_FITS = "#ff8a7e", "#8fcf98"


def tr(text: str) -> str:
    return QCoreApplication.translate("Fit", text)


def available() -> tuple[Mapping[str, PrintProfile], str]:
    """The shipped profiles and the templates folder's own; why the folder's are not used."""
    folder = desk_templates.folder_in_use()
    try:
        return load_profiles([Path(folder)] if folder.strip() else []), ""
    except ProfileError as error:
        return load_profiles(), str(error)


class LiveFit(QObject):
    """The fit of the open article in the chosen profile, kept current off the keystroke path."""

    updated = Signal()
    chosen = Signal()
    """Another profile (or the same read again) is measured in full: what depends on it, anew."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.profiles, self.problem = available()
        self.profile: PrintProfile | None = None
        self.cache: FitCache | None = None
        self.result: Fit | None = None
        self._announce = False
        self.pending = False
        """Still laying out a piece just opened or a column just chosen."""
        self.font_problem = ""
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.measure)
        document.changed.connect(lambda *_: self._timer.start())
        self.choose(Settings().get(SETTING), remember=False)

    def reload(self) -> None:
        """The templates folder changed (Preferences): its profiles, and the choice kept."""
        self.profiles, self.problem = available()
        self.choose(self.profile.name if self.profile else "", remember=False)

    def choose(self, name: str, remember: bool = True) -> None:
        self.profile = self.profiles.get(name) if name else None
        self.cache = None
        if self.profile is not None:
            from editor.formats.layout import FitCache

            self.cache = FitCache(self.profile)
        if remember:
            Settings().set(SETTING, self.profile.name if self.profile else "")
        self._announce = True
        self.measure()

    def measure(self) -> None:
        """Lay out what changed since the last time, a slice at a time, and say so."""
        self._timer.stop()
        self.font_problem = ""
        if self.profile is None or self.cache is None:
            self.result, self.pending = None, False
            self._done()
            return
        from editor.formats import layout

        article = self.document.article
        language = article.meta.language.split("-")[0]
        template = targets_for(article, desk_templates.current())
        try:
            if not self._lay_out_some(article, language):
                self.pending = True  # a long read just opened: the rest at the next turn
                self._timer.start()
                self.updated.emit()
                return
            measure = template.measure if template else "body"
            self.result = fit(article, self.profile, layout.count_lines, measure, self._lines_of)
        except layout.FontMissingError as error:
            self.result = None
            self.font_problem = tr("the font %1 is not installed").replace("%1", error.family)
        self.pending = False
        if len(self.cache) > 2 * len(article.blocks) + 64:  # forget the blocks deleted
            self.cache.forget_except({b.id for b in article.blocks})
        self._done()

    def _done(self) -> None:
        self.updated.emit()
        if self._announce:
            self._announce = False
            self.chosen.emit()

    def _lay_out_some(self, article: Article, language: str) -> bool:
        """Lay out the blocks not laid out yet, for one slice of time; whether all are."""
        assert self.cache is not None
        deadline = time.perf_counter() + SLICE_S
        for block in article.blocks:
            if not self.cache.knows(block, language):
                self.cache.lines_of(block, language)
                if time.perf_counter() > deadline:
                    return False
        return True

    def measures_target(self) -> bool:
        """Whether the hole is known in lines: then the page shades by lines, not signes."""
        return self.result is not None and self.result.target_lines is not None

    def overflow(self) -> tuple[int, int] | None:
        """Where the piece passes its hole: (block index, offset in its text)."""
        if self.result is None:
            return None
        from editor.formats import layout

        article = self.document.article
        template = targets_for(article, desk_templates.current())
        found = layout.overflow(self.result, article.meta.language.split("-")[0],
                                template.measure if template else "body")  # fmt: skip
        if found is None or found[0] >= len(article.blocks):
            return None
        if article.blocks[found[0]] is not self.result.blocks[found[0]][0]:
            return None  # the text changed since: the next measure says again
        return found

    def block_lines(self, article: Article) -> dict[str, int]:
        """Each block's lines (empty without a profile or while laying out), from the cache."""
        if self.profile is None or self.pending or self.result is None:
            return {}
        from editor.formats import layout

        try:
            return {b.id: self._lines_of(b).lines for b in article.blocks}
        except layout.FontMissingError:
            return {}

    def _lines_of(self, block: Block) -> BlockLines:
        assert self.cache is not None
        return self.cache.lines_of(block, self.document.article.meta.language.split("-")[0])


class LineGauge:
    """The status bar's lines: the fit against the hole, and the box choosing the column."""

    def __init__(self, window: QMainWindow, document: Document) -> None:
        self.window = window
        self.live = LiveFit(document, window)
        self.label = QLabel()
        self.label.setObjectName("lineGauge")
        self.chooser = QComboBox()
        self.chooser.setObjectName("profileChooser")
        self.chooser.activated.connect(self._choose)
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.chooser)
        self.live.updated.connect(self.update)
        self._fill()
        self.retranslate()
        self._say_problem()

    def _fill(self) -> None:
        language = self.live.document.article.meta.language
        self.chooser.clear()
        self.chooser.addItem(tr("No column"), "")
        for key, profile in self.live.profiles.items():
            self.chooser.addItem(profile.label(language), key)

    def reload(self) -> None:
        self.live.reload()
        self._fill()
        self.update()
        self._say_problem()

    def _say_problem(self) -> None:
        """A newsroom's column file that cannot be used: said, and the shipped ones used."""
        if self.live.problem:
            message = tr("Print profiles: %1").replace("%1", self.live.problem)
            self.window.statusBar().showMessage(message, 15000)

    def retranslate(self) -> None:
        self.chooser.setAccessibleName(tr("Print column"))
        self.chooser.setToolTip(tr("The paper's column the lines are counted in"))
        self.chooser.setItemText(0, tr("No column"))
        self.update()

    def update(self) -> None:
        live = self.live
        row = self.chooser.findData(live.profile.name if live.profile else "")
        self.chooser.setCurrentIndex(max(0, row))
        result = live.result
        self.label.setVisible(live.profile is not None)
        if live.profile is None:
            self.label.setText("")
            return
        if result is None:
            said = tr("Counting lines…") if live.pending else live.font_problem
            self.label.setText(tr("Lines: %1").replace("%1", said))
            self.label.setToolTip(said)
            self.label.setStyleSheet("")
            return
        self.label.setText(describe(result))
        over = result.over is not None and result.over > 0
        night = is_dark()
        colour = (_NIGHT_OVER if night else _OVER) if over else (_NIGHT_FITS if night else _FITS)
        self.label.setStyleSheet(f"color: {colour}" if result.over is not None else "")
        self.label.setProperty("over", result.over)

    def _choose(self, row: int) -> None:
        self.live.choose(str(self.chooser.itemData(row) or ""))


def describe(result: Fit) -> str:
    """ "87 / 80 lines, 7 over" in the language installed."""
    if result.over is None or result.target_lines is None:
        return tr("%1 lines").replace("%1", str(result.lines))
    if result.over > 0:
        text = tr("%1 / %2 lines, %3 over")
    elif result.over < 0:
        text = tr("%1 / %2 lines, %3 to spare")
    else:
        text = tr("%1 / %2 lines, a perfect fit")
    return (
        text.replace("%1", str(result.lines))
        .replace("%2", str(result.target_lines))
        .replace("%3", str(abs(result.over)))
    )

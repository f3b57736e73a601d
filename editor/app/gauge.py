"""The status bar's gauge: under, on target or over the template's length, and by how much.

The counts come from the document's live per-block counts, so updating the gauge on every
keystroke costs the same on a brief as on a long read. The template chooser sets
`meta.template` as a metadata change, undone in the same history as the text.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow

from editor.app import desk_templates
from editor.app.document import Document
from editor.app.looks import is_dark
from editor.model.templates import Gauge, Template, Verdict, targets_for

_COLOURS: Mapping[Verdict, str] = {
    Verdict.UNDER: "#7a6a2a",
    Verdict.ON_TARGET: "#2f6b3a",
    Verdict.OVER: "#a3322b",
}
_NIGHT_COLOURS: Mapping[Verdict, str] = {
    Verdict.UNDER: "#d8c27a",
    Verdict.ON_TARGET: "#8fcf98",
    Verdict.OVER: "#ff8a7e",
}
"""The verdict's colour on a dark status bar."""


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("Gauge", text, disambiguation, n)


def verdict_text(verdict: Verdict, lines: int) -> str:
    """Where the piece stands, its lines counted with Qt's plural forms ("1 line", "2 lines";
    "1 ligne", "2 lignes"): `tr` calls with their count, for lupdate to mark them plural."""
    sentences = {
        Verdict.UNDER: tr("Under by %1 signes (%n line(s))", "", lines),
        Verdict.ON_TARGET: tr("On target (%1 signes, %n line(s))", "", lines),
        Verdict.OVER: tr("Over by %1 signes (%n line(s))", "", lines),
    }
    return sentences[verdict]


class LengthGauge:
    """A label saying where the piece stands, and a box choosing the template it is written to."""

    def __init__(self, window: QMainWindow, document: Document) -> None:
        self.document = document
        self.templates: Mapping[str, Template] = desk_templates.current()
        self.label = QLabel()
        self.label.setObjectName("lengthGauge")
        self.chooser = QComboBox()
        self.chooser.setObjectName("templateChooser")
        # as wide as its longest name in the language shown, also after a switch of language
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill()
        self.chooser.activated.connect(self._choose)
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.chooser)
        document.changed.connect(lambda *_: self.update())
        self._look = ""
        self.retranslate()
        if desk_templates.problem:  # the newsroom's folder is gone or broken: say so, carry on
            message = tr("Length templates: %1. The shipped templates are used.")
            window.statusBar().showMessage(message.replace("%1", desk_templates.problem), 15000)

    def _fill(self) -> None:
        language = self.document.article.meta.language
        self.chooser.clear()
        self.chooser.addItem(tr("No target"), "")
        for key, template in self.templates.items():
            self.chooser.addItem(template.label(language), key)

    def reload(self) -> None:
        """The templates in use changed (Preferences): list them and measure again."""
        self.templates = desk_templates.current()
        self._fill()
        self.update()

    def retranslate(self) -> None:
        """Its words in the language now installed."""
        self.chooser.setAccessibleName(tr("Length template"))
        self.chooser.setToolTip(tr("The slot the piece is written for"))
        self.chooser.setItemText(0, tr("No target"))
        self.update()

    def template(self) -> Template | None:
        return targets_for(self.document.article, self.templates)

    def reading(self) -> Gauge | None:
        template = self.template()
        if template is None:
            return None
        counts = self.document.counts
        measured = counts.body if template.measure == "body" else counts.total
        return Gauge(template, measured.signes)

    def update(self) -> None:
        template = self.template()
        row = self.chooser.findData(self.document.article.meta.template if template else "")
        self.chooser.setCurrentIndex(max(0, row))
        reading = self.reading()
        self.label.setVisible(reading is not None)
        if reading is None:
            self.label.setText("")
            return
        text = verdict_text(reading.verdict, abs(reading.lines)).replace(
            "%1", _number(abs(reading.difference))
        )
        self.label.setText(text)
        colours = _NIGHT_COLOURS if is_dark() else _COLOURS
        look = f"color: {colours[reading.verdict]}"
        if look != self._look:  # a style sheet set again re-polishes the label at every key
            self.label.setStyleSheet(look)
            self._look = look
        self.label.setProperty("verdict", reading.verdict.value)

    def _choose(self, row: int) -> None:
        key = str(self.chooser.itemData(row) or "")
        if key != self.document.article.meta.template:
            self.document.change_meta(lambda: tr("Length template"), template=key)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")

"""The language of the block under the cursor, a field of the metadata dock.

Blank means the article's language; a tag ("en", "de-CH") marks a block written in another (an
English quote in a French piece), so spelling, grammar and typography follow it and the exports
say it. The tag lives in the block's first paragraph format (`bridge.LANG`), so setting it is a
text-document edit: one named step in the window's history, undone by Ctrl+Z like typing, and
folded into the model as any edit is. An image has no language of its own: the field is off.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent, QTextBlock
from PySide6.QtWidgets import QCompleter, QLineEdit, QTextEdit, QWidget

from editor.app import bridge
from editor.app.document import Document
from editor.app.guard import guarded
from editor.model.article import is_language_tag

TAGS = ("en", "en-GB", "en-US", "fr", "fr-CH", "fr-CA", "de", "es", "it", "pt", "nl", "ar")
"""Offered as a tag is typed: the languages a newsroom's quotes are most often in."""
INVALID_LOOK = "border: 1px solid #c0392b;"


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def _step() -> str:
    return tr("Set Paragraph Language")


class BlockLanguageField(QLineEdit):
    """Shows the current block's own language; writes it when the field is left."""

    def __init__(self, document: Document, surface: QTextEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("block:language")
        self.document = document
        self.surface = surface
        completer = QCompleter(list(TAGS), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.textEdited.connect(self._check)
        self.editingFinished.connect(self.commit)
        surface.cursorPositionChanged.connect(self.refresh)
        document.changed.connect(lambda *_: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Paragraph language"))
        self.help = tr(
            "The language this paragraph is written in when it is not the article’s (an "
            "English quote): spelling, grammar and typography follow it, exports mark it. "
            "Leave blank for the article’s language."
        )
        self.setToolTip(self.help)
        self.refresh()

    def _paragraph(self) -> QTextBlock | None:
        """The first paragraph of the block under the cursor, which carries its language."""
        unit = bridge.unit_of(self.surface.textCursor().block())
        if unit is None or unit.kind == "image":
            return None
        return unit.first

    @guarded
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.refresh()  # what the cursor went through while the dock was closed
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the current block's language, leaving an entry being typed alone. Runs at
        every key typed on the page: nothing while the dock is closed, and nothing changed
        that is already as it should be."""
        if not self.isVisible() or (self.hasFocus() and self.isModified()):
            return
        paragraph = self._paragraph()
        self.setEnabled(paragraph is not None)
        shown = bridge.lang_of(paragraph) if paragraph is not None else ""
        if shown != self.text():
            self.setText(shown)
        self.setModified(False)
        hint = tr("As the article (%1)").replace("%1", self.document.article.meta.language)
        if hint != self.placeholderText():
            self.setPlaceholderText(hint)
        if self.property("invalid"):
            self._mark("")

    def _check(self) -> bool:
        value = self.text().strip()
        if value and not is_language_tag(value):
            self._mark(tr("A language code such as en, de or en-GB."))
            return False
        self._mark("")
        return True

    def _mark(self, problem: str) -> None:
        self.setProperty("invalid", bool(problem))
        self.setStyleSheet(INVALID_LOOK if problem else "")
        self.setToolTip(problem or self.help)

    def commit(self) -> None:
        """Write the typed language on the current block, as one step of the history."""
        if not self.isModified() or not self._check():
            return
        self.setModified(False)
        paragraph = self._paragraph()
        value = self.text().strip()
        if paragraph is None or value == bridge.lang_of(paragraph):
            return
        set_language(self.document, paragraph, value)


def set_language(document: Document, paragraph: QTextBlock, lang: str) -> None:
    """Give the block whose first paragraph is `paragraph` its own language ("": none)."""
    fmt = paragraph.blockFormat()
    if lang:
        fmt.setProperty(bridge.LANG, lang)
    else:
        fmt.clearProperty(bridge.LANG)
    with document.edit(_step) as cursor:
        cursor.setPosition(paragraph.position())
        cursor.setBlockFormat(fmt)

"""The metadata dock: the article's section, authors, dateline, keywords, subjects, labels
and embargo (`embargo.py`).

Each field is checked as it is typed (an invalid entry turns the field red and says why in its
tooltip) and written when the user leaves it, as one `MetaCommand` on the document's history,
so Ctrl+Z undoes a metadata edit exactly like a text edit. A save or a close writes the field
still being typed first. Meanwhile `typed` hands the page the metadata as typed, so the row
above the title follows each keystroke without an undo step per keystroke.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.app.block_language import BlockLanguageField
from editor.app.document import Document
from editor.app.embargo import EmbargoField, edit_step
from editor.app.guard import instead
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.model.article import STATUSES, Author, Dateline, Meta, Subject
from editor.resources import resource

STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("Inspector", "Draft"),
    "edited": QT_TRANSLATE_NOOP("Inspector", "Edited"),
    "ready": QT_TRANSLATE_NOOP("Inspector", "Ready"),
    "published": QT_TRANSLATE_NOOP("Inspector", "Published"),
    "withheld": QT_TRANSLATE_NOOP("Inspector", "Withheld"),
    "canceled": QT_TRANSLATE_NOOP("Inspector", "Canceled"),
}
LANGUAGE_TAGS = ("fr", "fr-FR", "fr-BE", "fr-CH", "fr-CA", "en", "en-GB", "en-US")
"""Offered as the language is typed: the tags whose typography and spelling Copydesk knows
(fr-CH and fr-CA have their own typography rules)."""
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class InvalidEntryError(ValueError):
    """An entry that cannot be stored; the message says why, for the field's tooltip."""


def _list(text: str, separator: str = ",") -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(separator) if part.strip())


def _authors(text: str) -> tuple[Author, ...]:
    """ "Name (role); Name" — one author per semicolon."""
    found = []
    for part in _list(text, ";"):
        match = re.fullmatch(r"(.+?)\s*\(([^()]*)\)", part)
        found.append(Author(match[1], match[2].strip()) if match else Author(part))
    return tuple(found)


def _show_authors(authors: tuple[Author, ...]) -> str:
    return "; ".join(f"{a.name} ({a.role})" if a.role else a.name for a in authors)


def _date(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidEntryError(tr("A date is written YYYY-MM-DD, e.g. 2025-03-14.")) from None


def _pattern(pattern: re.Pattern[str], why: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip()
        if value and not pattern.match(value):
            raise InvalidEntryError(why)
        return value

    return parse


@dataclass(frozen=True, slots=True)
class Field:
    """One line of the form: how to show the meta value, and how to read the typed text back
    into `changes` for `Article.with_meta` (raising `InvalidEntryError`)."""

    name: str
    label: str
    show: Callable[[Meta], str]
    read: Callable[[str, Meta], dict[str, Any]]
    hint: str = ""


FIELDS: tuple[Field, ...] = (
    Field("section", QT_TRANSLATE_NOOP("Inspector", "Section"),
          lambda m: " / ".join(m.section),
          lambda t, m: {"section": _list(t, "/")}, "Culture / Livres"),
    Field("authors", QT_TRANSLATE_NOOP("Inspector", "Authors"),
          lambda m: _show_authors(m.authors),
          lambda t, m: {"authors": _authors(t)},
          QT_TRANSLATE_NOOP("Inspector", "Name (role); Name")),
    Field("place", QT_TRANSLATE_NOOP("Inspector", "Dateline place"),
          lambda m: m.dateline.place,
          lambda t, m: {"dateline": Dateline(t.strip(), m.dateline.date)},
          QT_TRANSLATE_NOOP("Inspector", "e.g. Lyon")),
    Field("date", QT_TRANSLATE_NOOP("Inspector", "Dateline date"),
          lambda m: m.dateline.date.isoformat() if m.dateline.date else "",
          lambda t, m: {"dateline": Dateline(m.dateline.place, _date(t))},
          QT_TRANSLATE_NOOP("Inspector", "YYYY-MM-DD")),
    Field("keywords", QT_TRANSLATE_NOOP("Inspector", "Keywords"),
          lambda m: ", ".join(m.keywords),
          lambda t, m: {"keywords": _list(t)},
          QT_TRANSLATE_NOOP("Inspector", "comma, separated")),
    Field("slug", QT_TRANSLATE_NOOP("Inspector", "Slug"),
          lambda m: m.slug,
          lambda t, m: {"slug": _pattern(SLUG, tr("Lower-case letters, digits and single "
                                                  "hyphens only, e.g. bibliotheque-lyon."))(t)},
          "bibliotheque-lyon"),
    Field("language", QT_TRANSLATE_NOOP("Inspector", "Language"),
          lambda m: m.language,
          lambda t, m: {"language": _pattern(LANGUAGE, tr("A language code such as fr or en."))(t)
                        or "fr"}, "fr"),
    Field("genre", QT_TRANSLATE_NOOP("Inspector", "Genre"),
          lambda m: m.genre, lambda t, m: {"genre": t.strip()}),
    Field("credit", QT_TRANSLATE_NOOP("Inspector", "Credit"),
          lambda m: m.credit, lambda t, m: {"credit": t.strip()}),
    Field("copyright", QT_TRANSLATE_NOOP("Inspector", "Copyright"),
          lambda m: m.copyright, lambda t, m: {"copyright": t.strip()}),
)  # fmt: skip


@cache
def media_topics() -> tuple[tuple[str, str, str], ...]:
    """(code, English, French) for the shipped IPTC Media Topics."""
    data = json.loads(resource("iptc", "media-topics.json").read_text("utf-8"))
    return tuple((t["code"], t["en"], t["fr"]) for t in data["topics"])


class Inspector(QDockWidget):
    """Signal `typed(meta)`: the metadata as the field being typed would make it (None when
    no valid entry is pending), so the page can show it before the field is left."""

    typed = Signal(object)

    def __init__(
        self, document: Document, parent: QWidget | None = None, surface: QTextEdit | None = None
    ) -> None:
        """`surface`: the page whose current block the paragraph language field follows."""
        super().__init__(parent)
        self.setObjectName("inspector")
        self.document = document
        body = QWidget()
        column = QVBoxLayout(body)
        self.form = QFormLayout()
        column.addLayout(self.form)
        self.edits: dict[str, QLineEdit] = {}
        for spec in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"meta:{spec.name}")
            edit.textEdited.connect(lambda _t, s=spec: self._typing(s))
            edit.editingFinished.connect(lambda s=spec: self._commit(s))
            self.form.addRow(spec.label, edit)
            self.edits[spec.name] = edit
        tags = QCompleter(list(LANGUAGE_TAGS), self.edits["language"])
        tags.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edits["language"].setCompleter(tags)
        self.status = QComboBox()
        self.status.setObjectName("meta:status")
        for status in STATUSES:
            self.status.addItem(status, status)
        self.status.activated.connect(self._status_chosen)
        self.form.addRow("Status", self.status)
        self.embargo = EmbargoField()
        self.embargo.changed.connect(self._embargo_set)
        self.form.addRow("Embargo", self.embargo)
        self.block_language: BlockLanguageField | None = None
        if surface is not None:
            self.block_language = BlockLanguageField(document, surface)
            self.form.addRow("Paragraph language", self.block_language)
        self.subject_filter = QLineEdit()
        self.subject_filter.setObjectName("subjectFilter")
        self.subject_filter.textChanged.connect(self._filter_subjects)
        self.subjects = QListWidget()
        self.subjects.setObjectName("subjects")
        self.subjects.setWordWrap(True)  # a long topic wraps rather than scrolling sideways
        self.subjects.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.subjects.itemChanged.connect(self._subject_toggled)
        column.addWidget(self.subject_filter)
        column.addWidget(self.subjects, 1)
        self.setWidget(body)
        document.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Every label in the language now installed; the subjects in its language too."""
        self.setWindowTitle(tr("Metadata"))
        for spec in FIELDS:
            edit = self.edits[spec.name]
            edit.setPlaceholderText(tr(spec.hint) if spec.hint else "")
            edit.setAccessibleName(tr(spec.label))
            self._label_of(edit).setText(tr(spec.label))
        self.status.setAccessibleName(tr("Status"))
        self._label_of(self.status).setText(tr("Status"))
        self._label_of(self.embargo).setText(tr("Embargo"))
        self.embargo.retranslate()
        if self.block_language is not None:
            self._label_of(self.block_language).setText(tr("Paragraph language"))
            self.block_language.retranslate()
        for row, status in enumerate(STATUSES):
            self.status.setItemText(row, tr(STATUS_NAMES.get(status, status)))
        self.subject_filter.setPlaceholderText(tr("Search IPTC subjects"))
        self.subject_filter.setAccessibleName(tr("Search IPTC subjects"))
        self.subjects.setAccessibleName(tr("Subjects"))
        self.refresh()

    def _label_of(self, field: QWidget) -> QLabel:
        label = self.form.labelForField(field)
        assert isinstance(label, QLabel)
        return label

    def _changed(self, start: int, removed: int, added: int) -> None:
        if (start, removed, added) == (0, 0, 0):
            self.refresh()

    def refresh(self) -> None:
        """Show the article's metadata (after an undo, say), leaving the field being typed."""
        meta = self.document.article.meta
        for spec in FIELDS:
            edit = self.edits[spec.name]
            if not edit.hasFocus() or not edit.isModified():
                edit.setText(spec.show(meta))
                edit.setCursorPosition(0)
                edit.setModified(False)
                self._mark(edit, "")
        self.status.setCurrentIndex(max(0, self.status.findData(meta.status)))
        self.embargo.show_value(meta.embargo)
        self._fill_subjects(meta)
        self.typed.emit(self._pending())

    def _fill_subjects(self, meta: Meta) -> None:
        chosen = {s.code for s in meta.subjects}
        french = QLocale().language() == QLocale.Language.French
        self.subjects.blockSignals(True)
        self.subjects.clear()
        shipped = media_topics()
        known = {code for code, _english, _francais in shipped}
        others = [(s.code, s.name or s.code, s.name or s.code) for s in meta.subjects]
        # subjects from elsewhere (a wire item, a finer topic) stay visible, and removable
        for code, english, francais in [*(o for o in others if o[0] not in known), *shipped]:
            item = QListWidgetItem(francais if french else english)
            item.setData(Qt.ItemDataRole.UserRole, (code, english, francais))
            item.setToolTip(f"{english} / {francais} ({code})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.subjects.addItem(item)
        self.subjects.blockSignals(False)
        self._filter_subjects(self.subject_filter.text())

    def _filter_subjects(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.subjects.count()):
            item = self.subjects.item(row)
            code, english, francais = item.data(Qt.ItemDataRole.UserRole)
            haystack = f"{code} {english} {francais}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)

    def _subject_toggled(self, item: QListWidgetItem) -> None:
        code, english, francais = item.data(Qt.ItemDataRole.UserRole)
        meta = self.document.article.meta
        others = tuple(s for s in meta.subjects if s.code != code)
        name = francais if meta.language.startswith("fr") else english
        on = item.checkState() == Qt.CheckState.Checked
        subjects = (*others, Subject(code, name)) if on else others
        self.document.change_meta(lambda: tr("Edit Subjects"), subjects=subjects)

    def _status_chosen(self, row: int) -> None:
        self.document.change_meta(lambda: tr("Edit Status"), status=str(self.status.itemData(row)))

    def _embargo_set(self, until: datetime | None) -> None:
        self.document.change_meta(edit_step, embargo=until)

    def _typing(self, spec: Field) -> None:
        self._check(spec)
        self.typed.emit(self._pending())

    def _pending(self) -> Meta | None:
        """The article's metadata with the entries typed and not yet written, if valid."""
        article = self.document.article
        changes: dict[str, Any] = {}
        for spec in FIELDS:
            if self.edits[spec.name].isModified():
                try:
                    changes.update(spec.read(self.edits[spec.name].text(), article.meta))
                except InvalidEntryError:
                    continue
        return article.with_meta(**changes).meta if changes else None

    def commit_pending(self) -> None:
        """Write the entries typed but not yet left (a save or a close while the cursor is
        still in a field would otherwise miss what the page already shows)."""
        for spec in FIELDS:
            self._commit(spec)
        self.embargo.commit()
        if self.block_language is not None:
            self.block_language.commit()

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:  # before the window asks about unsaved changes
            self.commit_pending()
        return False

    def _read(self, spec: Field) -> dict[str, Any]:
        return spec.read(self.edits[spec.name].text(), self.document.article.meta)

    def _check(self, spec: Field) -> bool:
        try:
            self._read(spec)
        except InvalidEntryError as error:
            self._mark(self.edits[spec.name], str(error))
            return False
        self._mark(self.edits[spec.name], "")
        return True

    def _commit(self, spec: Field) -> None:
        edit = self.edits[spec.name]
        if not edit.isModified() or not self._check(spec):
            return
        edit.setModified(False)
        self.document.change_meta(
            lambda: tr("Edit %1").replace("%1", tr(spec.label)), **self._read(spec)
        )

    @staticmethod
    def _mark(edit: QLineEdit, problem: str) -> None:
        edit.setProperty("invalid", bool(problem))
        edit.setStyleSheet("border: 1px solid #c0392b;" if problem else "")
        edit.setToolTip(problem)

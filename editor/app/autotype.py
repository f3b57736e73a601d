"""French and English typography as you type, each correction its own undo step.

After a typed character the surface has done its work (the character is in the document and
folded into the model); then `fix_as_you_type` looks back from the cursor and, if the desk's
rules call for it, the correction is applied as a separate edit block. The document's history
thus holds two steps: Ctrl+Z right after a correction gives back exactly what was typed.

The key is caught with an event filter rather than by subclassing the surface, so typing itself
stays the surface's business; the option is a checkable action (Tools menu, and Preferences)
kept in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QMainWindow, QMenu

from editor.app import bridge, tracked
from editor.app.document import Document
from editor.app.guard import instead
from editor.app.settings import Settings
from editor.app.surface import Surface
from editor.model.autocorrect import fix_as_you_type
from editor.model.typography import Correction

LANGUAGES = ("fr", "en")
SETTING = "typography_as_you_type"
MARKS_SETTING = "formatting_marks"
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)


def tr(text: str) -> str:
    return QCoreApplication.translate("AutoType", text)


def tools_menu(window: QMainWindow) -> QMenu:
    """The window's Tools menu, made on first use, so every desk tool lands in one place."""
    found = window.menuBar().findChild(QMenu, "toolsMenu")
    if isinstance(found, QMenu):
        return found
    menu = window.menuBar().addMenu(tr("&Tools"))
    menu.setObjectName("toolsMenu")
    return menu


class AutoType(QObject):
    """Watches the surface's keys; corrects the text the typed character completes."""

    def __init__(self, window: QMainWindow, surface: Surface, document: Document) -> None:
        super().__init__(window)
        self.surface, self.document = surface, document
        self.action = QAction(tr("&Typography as You Type"), window)
        self.action.setObjectName("autotype")
        self.action.setCheckable(True)
        self.action.setChecked(Settings().flag(SETTING))
        self.action.setToolTip(tr("Set French or English typography while you type"))
        self.action.toggled.connect(lambda on: Settings().set_flag(SETTING, on))
        self.marks = QAction(tr("Show Formatting &Marks"), window)
        self.marks.setObjectName("formatting_marks")
        self.marks.setCheckable(True)
        self.marks.toggled.connect(self.show_marks)
        self.marks.setChecked(Settings().flag(MARKS_SETTING))
        menu = tools_menu(window)
        menu.addAction(self.action)
        menu.addAction(self.marks)
        surface.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        return self.action.isChecked()

    def show_marks(self, on: bool) -> None:
        """Spaces as dots and no-break spaces as a small ring, as word processors show them."""
        Settings().set_flag(MARKS_SETTING, on)
        option = self.document.text.defaultTextOption()
        flag = QTextOption.Flag.ShowTabsAndSpaces
        option.setFlags(option.flags() | flag if on else option.flags() & ~flag)
        self.document.text.setDefaultTextOption(option)

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is not self.surface
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or not self.enabled
        ):
            return False
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.modifiers() not in _PLAIN:
            return False
        self.surface.event(event)  # the surface types the character as usual
        self._correct_typed(text)
        return True

    @instead(None)
    def _correct_typed(self, typed: str) -> None:
        """The correction after the key, apart from the filter: the character is typed by
        then, and a failure here must not let it through to be typed a second time."""
        self.correct(typed)

    def correct(self, typed: str) -> Correction | None:
        """Apply the correction the character just typed calls for, as its own step."""
        cursor = self.surface.textCursor()
        block = cursor.block()
        text = block.text()
        at = _characters(text, cursor.positionInBlock())  # Qt counts UTF-16 units, not these
        if cursor.hasSelection() or not at or text[at - 1] != typed:
            return None
        if bridge.role_of(block) == bridge.PICTURE:
            return None
        language = bridge.language_at(block, self.document.article.meta.language)
        if language.split("-")[0].lower() not in LANGUAGES:
            return None  # no rules of its own: the text stays as typed
        found = fix_as_you_type(text, at, language)
        if found is None:
            return None
        start = block.position()
        moved = QTextCursor(self.document.text)
        who = self.surface.tracking_as
        if who and tracked.tracks(cursor):  # the characters replaced may be the original's
            after = tracked.replace_words(
                self.document,
                start + _units(text, found.start),
                start + _units(text, found.end),
                found.replacement,
                who,
                lambda: tr("Typography"),
            )
            moved.setPosition(after + _units(text[found.end :], max(0, at - found.end)))
        else:
            with self.document.edit(lambda: tr("Typography")) as edit:
                edit.setPosition(start + _units(text, found.start))
                edit.setPosition(start + _units(text, found.end), QTextCursor.MoveMode.KeepAnchor)
                edit.insertText(found.replacement, cursor.charFormat())
            fixed = text[: found.start] + found.replacement + text[found.end :]
            moved.setPosition(start + _units(fixed, found.cursor_after(at)))
        self.surface.setTextCursor(moved)
        self.surface._word_done = True  # the next key opens a new step, not this correction's
        return found


def _units(text: str, index: int) -> int:
    """Qt's position (UTF-16 units) of the character at `index` in `text`: an emoji counts two."""
    return len(text[:index].encode("utf-16-le")) // 2


def _characters(text: str, units: int) -> int:
    """The index in `text` of the character at Qt's position `units`."""
    return len(text.encode("utf-16-le")[: 2 * units].decode("utf-16-le", errors="ignore"))

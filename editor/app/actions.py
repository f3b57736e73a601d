"""Every command of the window as one table: name, text, menu, shortcut, icon, tooltip.

Menus, the toolbar and the context menu are built from the same `QAction`s, so a shortcut or a
label changes in one row. Each action gets a tooltip naming its shortcut and an accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

from editor.app import theme
from editor.app.labels import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey
Shortcut = str | Key | None


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    text: str
    shortcut: Shortcut = None
    tip: str = ""
    icon: str = ""
    checkable: bool = False


def _kind(kind: str, text: str, shortcut: str, tip: str) -> Command:
    return Command(f"kind:{kind}", text, shortcut, tip)


COMMANDS: tuple[Command, ...] = (
    Command(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        Key.Open,
        QT_TRANSLATE_NOOP("Actions", "Open an article"),
        "open",
    ),
    Command(
        "save",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        Key.Save,
        QT_TRANSLATE_NOOP("Actions", "Save the article"),
        "save",
    ),
    Command(
        "save_as",
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("Actions", "Save the article under another name"),
    ),
    Command(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("Actions", "Close every window and quit"),
    ),
    Command("cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), Key.Cut),
    Command("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), Key.Copy),
    Command(
        "paste",
        QT_TRANSLATE_NOOP("Actions", "&Paste"),
        Key.Paste,
        QT_TRANSLATE_NOOP(
            "Actions", "Paste, keeping paragraphs, headings, italics, bold and links"
        ),
    ),
    Command(
        "paste_plain",
        QT_TRANSLATE_NOOP("Actions", "Paste as Plain &Text"),
        "Ctrl+Shift+V",
        QT_TRANSLATE_NOOP("Actions", "Paste the text without its formatting"),
    ),
    Command("select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), Key.SelectAll),
    Command(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        Key.Find,
        QT_TRANSLATE_NOOP("Actions", "Find in the whole article"),
        "find",
    ),
    Command(
        "replace",
        QT_TRANSLATE_NOOP("Actions", "&Replace…"),
        "Ctrl+H",
        QT_TRANSLATE_NOOP("Actions", "Find and replace in the whole article"),
    ),
    Command("find_next", QT_TRANSLATE_NOOP("Actions", "Find &Next"), Key.FindNext),
    Command("find_previous", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), Key.FindPrevious),
    _kind(
        "title",
        QT_TRANSLATE_NOOP("Actions", "&Title"),
        "Ctrl+1",
        QT_TRANSLATE_NOOP("Actions", "Make this paragraph the title"),
    ),
    _kind(
        "subhead",
        QT_TRANSLATE_NOOP("Actions", "&Subhead"),
        "Ctrl+2",
        QT_TRANSLATE_NOOP("Actions", "Make this paragraph a subhead"),
    ),
    _kind(
        "standfirst",
        QT_TRANSLATE_NOOP("Actions", "St&andfirst"),
        "Ctrl+3",
        QT_TRANSLATE_NOOP("Actions", "Make this paragraph the standfirst"),
    ),
    _kind(
        "kicker",
        QT_TRANSLATE_NOOP("Actions", "&Kicker"),
        "Ctrl+4",
        QT_TRANSLATE_NOOP("Actions", "Make this paragraph the kicker"),
    ),
    _kind(
        "pullquote",
        QT_TRANSLATE_NOOP("Actions", "Pull &Quote"),
        "Ctrl+5",
        QT_TRANSLATE_NOOP("Actions", "Make this paragraph a pull quote"),
    ),
    _kind(
        "author_bio",
        QT_TRANSLATE_NOOP("Actions", "Author &Bio"),
        "Ctrl+6",
        QT_TRANSLATE_NOOP("Actions", "Make this paragraph the author bio"),
    ),
    _kind(
        "paragraph",
        QT_TRANSLATE_NOOP("Actions", "&Paragraph"),
        "Ctrl+Shift+N",  # Word's Normal style; Ctrl+0 is Actual Size, as everywhere
        QT_TRANSLATE_NOOP("Actions", "Make this a plain paragraph"),
    ),
    Command(
        "mark:em",
        QT_TRANSLATE_NOOP("Actions", "&Italic"),
        Key.Italic,
        QT_TRANSLATE_NOOP("Actions", "Italic"),
        "italic",
        True,
    ),
    Command(
        "mark:strong",
        QT_TRANSLATE_NOOP("Actions", "&Bold"),
        Key.Bold,
        QT_TRANSLATE_NOOP("Actions", "Bold"),
        "bold",
        True,
    ),
    Command(
        "mark:sup",
        QT_TRANSLATE_NOOP("Actions", "Su&perscript"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "Superscript (1er, Mme)"),
        "superscript",
        True,
    ),
    Command(
        "link",
        QT_TRANSLATE_NOOP("Actions", "&Link…"),
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Actions", "Link the selection to a web address (Ctrl+click opens it)"),
        "link",
    ),
    Command(
        "move_up",
        QT_TRANSLATE_NOOP("Actions", "Move Block &Up"),
        "Alt+Shift+Up",
        QT_TRANSLATE_NOOP("Actions", "Move this block above the one before it"),
        "move-up",
    ),
    Command(
        "move_down",
        QT_TRANSLATE_NOOP("Actions", "Move Block &Down"),
        "Alt+Shift+Down",
        QT_TRANSLATE_NOOP("Actions", "Move this block below the one after it"),
        "move-down",
    ),
    Command(
        "delete_block",
        QT_TRANSLATE_NOOP("Actions", "&Delete Block"),
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Actions", "Delete this block (or the selected blocks)"),
        "delete-block",
    ),
    Command(
        "insert_pullquote",
        QT_TRANSLATE_NOOP("Actions", "Pull &Quote"),
        "Ctrl+Alt+Q",
        QT_TRANSLATE_NOOP("Actions", "Insert a pull quote after this paragraph"),
        "pullquote",
    ),
    Command(
        "insert_image",
        QT_TRANSLATE_NOOP("Actions", "&Image…"),
        "Ctrl+Alt+I",
        QT_TRANSLATE_NOOP("Actions", "Insert a PNG or JPEG image after this paragraph"),
        "image",
    ),
    Command(
        "insert_bio",
        QT_TRANSLATE_NOOP("Actions", "Author &Bio"),
        "Ctrl+Alt+B",
        QT_TRANSLATE_NOOP("Actions", "Add the author bio at the end of the article"),
        "bio",
    ),
)

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Menus", "&File"), ("open", None, "save", "save_as", None, "quit")),
    (
        QT_TRANSLATE_NOOP("Menus", "&Edit"),
        ("undo", "redo", None, "cut", "copy", "paste", "paste_plain", "select_all", None,
         "find", "replace", "find_next", "find_previous"),
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "F&ormat"),
        ("kind:title", "kind:subhead", "kind:standfirst", "kind:kicker", "kind:pullquote",
         "kind:author_bio", "kind:paragraph", None, "mark:em", "mark:strong", "mark:sup", "link",
         None, "move_up", "move_down", "delete_block"),
    ),
    (QT_TRANSLATE_NOOP("Menus", "&Insert"), ("insert_pullquote", "insert_image", "insert_bio")),
)  # fmt: skip
"""Menus in order, with their commands; None is a separator."""

ICONS: dict[str, str] = {c.name: c.icon for c in COMMANDS if c.icon} | {
    "undo": "undo",
    "redo": "redo",
}
"""The icon of each command that has one (Undo and Redo come from the history)."""

CONTEXT_MENU: tuple[str | None, ...] = (
    "undo", "redo", None, "cut", "copy", "paste", "paste_plain", None, "kinds", "mark:em",
    "mark:strong", "mark:sup", "link", None, "insert_pullquote", "insert_image", None, "move_up",
    "move_down", "delete_block",
)  # fmt: skip
"""The text's context menu; "kinds" is the submenu of paragraph kinds."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def icon(name: str) -> QIcon:
    """The icon in the desktop's text colour (light on a dark desktop)."""
    return theme.icon(name)


def build(parent: QObject, handlers: Mapping[str, Callable[[], object]]) -> dict[str, QAction]:
    """One QAction per command, triggering its handler."""
    actions: dict[str, QAction] = {}
    for command in COMMANDS:
        action = QAction(tr(command.text), parent)
        action.setObjectName(command.name)
        if command.shortcut is not None:
            action.setShortcut(QKeySequence(command.shortcut))
        if command.icon:
            action.setIcon(icon(command.icon))
        action.setCheckable(command.checkable)
        describe(action, tr(command.tip) if command.tip else "")
        handler = handlers.get(command.name)
        if handler is not None:
            action.triggered.connect(lambda _=False, run=handler: run())
        actions[command.name] = action
    return actions


def retranslate(commands: Mapping[str, QAction]) -> None:
    """The table's texts and tips again, in the language now installed (a live switch)."""
    for command in COMMANDS:
        action = commands.get(command.name)
        if action is not None:
            action.setText(tr(command.text))
            describe(action, tr(command.tip) if command.tip else "")


def describe(action: QAction, tip: str) -> None:
    """Tooltip with the shortcut, and an accessible name without the mnemonic."""
    name = action.text().replace("&", "").rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = tip or name
    action.setToolTip(f"{text} ({keys})" if keys else text)
    action.setStatusTip(text)
    action.setIconText(name)
    action.setData(name)

"""The words the surface shows for kinds and roles, marked for translation in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark `text` for translation in `context`; it is translated where it is shown."""
    return text


KIND_NAMES: dict[str, str] = {
    "kicker": QT_TRANSLATE_NOOP("Kinds", "Kicker"),
    "title": QT_TRANSLATE_NOOP("Kinds", "Title"),
    "standfirst": QT_TRANSLATE_NOOP("Kinds", "Standfirst"),
    "subhead": QT_TRANSLATE_NOOP("Kinds", "Subhead"),
    "paragraph": QT_TRANSLATE_NOOP("Kinds", "Paragraph"),
    "pullquote": QT_TRANSLATE_NOOP("Kinds", "Pull quote"),
    "image": QT_TRANSLATE_NOOP("Kinds", "Image"),
    "author_bio": QT_TRANSLATE_NOOP("Kinds", "Author bio"),
    "section": QT_TRANSLATE_NOOP("Kinds", "Section"),
}
ROLE_NAMES: dict[str, str] = {
    "attribution": QT_TRANSLATE_NOOP("Kinds", "Attribution"),
    "caption": QT_TRANSLATE_NOOP("Kinds", "Caption"),
    "credit": QT_TRANSLATE_NOOP("Kinds", "Credit"),
    "alt": QT_TRANSLATE_NOOP("Kinds", "Alt text"),
}
MARK_NAMES: dict[str, str] = {
    "em": QT_TRANSLATE_NOOP("Marks", "italic"),
    "strong": QT_TRANSLATE_NOOP("Marks", "bold"),
    "sup": QT_TRANSLATE_NOOP("Marks", "superscript"),
    "link": QT_TRANSLATE_NOOP("Marks", "link"),
}
PLACEHOLDERS: dict[tuple[str, str], str] = {
    ("kicker", ""): QT_TRANSLATE_NOOP("Placeholders", "Kicker"),
    ("title", ""): QT_TRANSLATE_NOOP("Placeholders", "Title"),
    ("standfirst", ""): QT_TRANSLATE_NOOP("Placeholders", "Standfirst: the story in two lines"),
    ("subhead", ""): QT_TRANSLATE_NOOP("Placeholders", "Subhead"),
    ("paragraph", ""): QT_TRANSLATE_NOOP("Placeholders", "Write here…"),
    ("author_bio", ""): QT_TRANSLATE_NOOP("Placeholders", "About the author"),
    ("pullquote", "text"): QT_TRANSLATE_NOOP("Placeholders", "The quote"),
    ("pullquote", "attribution"): QT_TRANSLATE_NOOP("Placeholders", "Who said it"),
    ("image", "caption"): QT_TRANSLATE_NOOP("Placeholders", "Caption"),
    ("image", "credit"): QT_TRANSLATE_NOOP("Placeholders", "Credit: photographer / agency"),
    ("image", "alt"): QT_TRANSLATE_NOOP(
        "Placeholders", "Alt text: describe the image for readers who cannot see it"
    ),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Kinds", KIND_NAMES.get(kind, kind))


def role_name(role: str) -> str:
    return QCoreApplication.translate("Kinds", ROLE_NAMES.get(role, role))


def mark_name(mark: str) -> str:
    return QCoreApplication.translate("Marks", MARK_NAMES.get(mark, mark))


def placeholder(kind: str, role: str) -> str:
    text = PLACEHOLDERS.get((kind, role))
    return QCoreApplication.translate("Placeholders", text) if text else ""

"""Why a file cannot be opened, imported or saved, in the interface's language.

The model and the importers stay free of Qt: their errors carry an English message for the
command line, a `code` naming the reason and the `values` in it (as `Problem.args` does for the
check). This module holds one translatable sentence per code and fills it with those values,
translated where they are words; the English sentences are the model's own, so an English
window says what the command line says. A code it does not know falls back to the English
message, so a new refusal is never shown blank. Details quoted from a library (lxml's parse
error, python-docx's) stay as the library wrote them: they are for the newsroom's IT person.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from editor.app.labels import QT_TRANSLATE_NOOP
from editor.formats.imported import ImportRefusedError
from editor.formats.options import ExportError
from editor.model.atomic import SaveError
from editor.model.storage import ArticleFileError

CONTEXT = "FileErrors"

ARTICLE_FILE: Mapping[str, str] = {
    "too-large": QT_TRANSLATE_NOOP(
        "FileErrors", "the file is {size} MB; articles are limited to {limit} MB"
    ),
    "folder": QT_TRANSLATE_NOOP("FileErrors", "this is a folder, not an article file"),
    "missing": QT_TRANSLATE_NOOP("FileErrors", "no such file"),
    "permission": QT_TRANSLATE_NOOP("FileErrors", "permission denied"),
    "not-utf8": QT_TRANSLATE_NOOP("FileErrors", "the file is not UTF-8 text"),
    "empty": QT_TRANSLATE_NOOP("FileErrors", "the file is empty"),
    "broken-json": QT_TRANSLATE_NOOP("FileErrors", "broken JSON: {detail}"),
    "too-deep": QT_TRANSLATE_NOOP("FileErrors", "broken JSON: nested too deeply"),
    "expected": QT_TRANSLATE_NOOP("FileErrors", "expected {expected}, found {found}"),
    "not-article": QT_TRANSLATE_NOOP(
        "FileErrors", 'not a Copydesk article (no "format": "copydesk.article")'
    ),
    "newer-version": QT_TRANSLATE_NOOP(
        "FileErrors",
        "written by a newer Copydesk (format version {version}); this version reads up to "
        "{supported}. Update Copydesk to open it",
    ),
    "unknown-version": QT_TRANSLATE_NOOP("FileErrors", "unknown format version {version}"),
    "subject-without-code": QT_TRANSLATE_NOOP("FileErrors", "a subject needs a code"),
    "not-a-date": QT_TRANSLATE_NOOP("FileErrors", "“{value}” is not a date (YYYY-MM-DD)"),
    "not-a-time": QT_TRANSLATE_NOOP("FileErrors", "“{value}” is not a date and time (ISO 8601)"),
    "embargo-without-offset": QT_TRANSLATE_NOOP(
        "FileErrors", "the embargo “{value}” needs a time-zone offset, e.g. +01:00"
    ),
    "not-an-image": QT_TRANSLATE_NOOP("FileErrors", "“{type}” is not an image type"),
    "bad-image-data": QT_TRANSLATE_NOOP("FileErrors", "the image data is not valid base64"),
    "checksum": QT_TRANSLATE_NOOP(
        "FileErrors", "the image data does not match its checksum (damaged file)"
    ),
    "unknown-kind": QT_TRANSLATE_NOOP("FileErrors", "unknown block kind “{kind}”"),
    "bad-block-id": QT_TRANSLATE_NOOP(
        "FileErrors",
        "“{id}” is not a valid block id (letters, digits, - _ . ; not starting with a digit)",
    ),
    "bad-language": QT_TRANSLATE_NOOP(
        "FileErrors", "“{lang}” is not a language tag (en, de-CH…)"
    ),
    "image-not-in-media": QT_TRANSLATE_NOOP(
        "FileErrors", "the image “{media}” is not in the file's media"
    ),
    "unknown-mark": QT_TRANSLATE_NOOP("FileErrors", "unknown mark “{mark}”"),
    "unknown-suggestion-type": QT_TRANSLATE_NOOP(
        "FileErrors", "unknown suggestion type “{type}”"
    ),
    "id-needed": QT_TRANSLATE_NOOP("FileErrors", "an id is needed"),
    "id-twice": QT_TRANSLATE_NOOP("FileErrors", "the id “{id}” is used twice"),
    "suggestion-missing": QT_TRANSLATE_NOOP(
        "FileErrors", "the suggestion “{id}” is not in the file's suggestions"
    ),
    "suggestion-type": QT_TRANSLATE_NOOP(
        "FileErrors", "the suggestion “{id}” is of type {found}, not {wanted}"
    ),
    "comment-missing": QT_TRANSLATE_NOOP(
        "FileErrors", "the comment “{id}” is not in the file's comments"
    ),
}
"""One sentence per reason `editor.model.storage` gives."""

IMPORT: Mapping[str, str] = {
    "too-large": QT_TRANSLATE_NOOP("FileErrors", "the file is {size} MB; the limit is {limit} MB"),
    "missing": QT_TRANSLATE_NOOP("FileErrors", "no such file"),
    "folder": QT_TRANSLATE_NOOP("FileErrors", "this is a folder, not a file"),
    "permission": QT_TRANSLATE_NOOP("FileErrors", "permission denied"),
    "unknown-encoding": QT_TRANSLATE_NOOP(
        "FileErrors", "the text encoding could not be recognised"
    ),
    "paste-too-large": QT_TRANSLATE_NOOP("FileErrors", "the copied text is larger than {limit} MB"),
    "no-news-item": QT_TRANSLATE_NOOP("FileErrors", "the NewsML-G2 message carries no news item"),
    "not-a-story/packageItem": QT_TRANSLATE_NOOP(
        "FileErrors",
        "this NewsML-G2 file is a package (it lists other items but holds no story)",
    ),
    "not-a-story/conceptItem": QT_TRANSLATE_NOOP(
        "FileErrors", "this NewsML-G2 file is a concept item (a vocabulary entry, not a story)"
    ),
    "not-a-story/knowledgeItem": QT_TRANSLATE_NOOP(
        "FileErrors",
        "this NewsML-G2 file is a knowledge item (vocabulary entries, not a story)",
    ),
    "not-a-story/planningItem": QT_TRANSLATE_NOOP(
        "FileErrors", "this NewsML-G2 file is a planning item (coverage plans, not a story)"
    ),
    "not-a-story/catalog": QT_TRANSLATE_NOOP(
        "FileErrors", "this NewsML-G2 file is a catalog of scheme aliases"
    ),
    "newsml-1": QT_TRANSLATE_NOOP(
        "FileErrors", "this is NewsML 1, an older standard; ask for NewsML-G2"
    ),
    "not-newsml": QT_TRANSLATE_NOOP(
        "FileErrors", "not a NewsML-G2 item or message (its root is <{root}>)"
    ),
    "larger-than": QT_TRANSLATE_NOOP("FileErrors", "{what} is larger than {limit} MB"),
    "not-a-word-package": QT_TRANSLATE_NOOP(
        "FileErrors", "the Word document is not a Word package"
    ),
    "damaged": QT_TRANSLATE_NOOP("FileErrors", "the Word document is damaged ({detail})"),
    "not-word": QT_TRANSLATE_NOOP("FileErrors", "this is not a Word document ({detail})"),
    "broken-xml": QT_TRANSLATE_NOOP("FileErrors", "{what} holds broken XML ({detail})"),
    "entities": QT_TRANSLATE_NOOP(
        "FileErrors",
        "{what} declares XML entities; Copydesk does not read those "
        "(they can expand without limit or read other files)",
    ),
    "entities/part": QT_TRANSLATE_NOOP(
        "FileErrors",
        "{what} (part “{part}”) declares XML entities; Copydesk does not read those "
        "(they can expand without limit or read other files)",
    ),
    "xml-too-large": QT_TRANSLATE_NOOP("FileErrors", "{what} is larger than {limit} MB of XML"),
    "uses-entities": QT_TRANSLATE_NOOP(
        "FileErrors", "{what} uses XML entities, which Copydesk does not read"
    ),
    "not-xml": QT_TRANSLATE_NOOP("FileErrors", "{what} is not well-formed XML ({detail})"),
    "no-xml-element": QT_TRANSLATE_NOOP("FileErrors", "{what} holds no XML element"),
    "not-zip": QT_TRANSLATE_NOOP("FileErrors", "{what} is not a zip package (a .docx is one)"),
    "too-many-files": QT_TRANSLATE_NOOP(
        "FileErrors", "{what} holds {count} files; the limit is {limit}"
    ),
    "outside-the-package": QT_TRANSLATE_NOOP(
        "FileErrors", "{what} holds a file named “{name}”, outside the package"
    ),
    "zip-bomb": QT_TRANSLATE_NOOP(
        "FileErrors", "{what} looks like a zip bomb: “{name}” expands {ratio} times"
    ),
    "expands-too-much": QT_TRANSLATE_NOOP(
        "FileErrors", "{what} would expand to {size} MB; the limit is {limit} MB"
    ),
    "part-too-large": QT_TRANSLATE_NOOP("FileErrors", "{what}: “{name}” is larger than {limit} MB"),
    "part-unreadable": QT_TRANSLATE_NOOP(
        "FileErrors", "{what}: “{name}” cannot be read ({detail})"
    ),
}
"""One sentence per reason the importers give ("code/variant" where a value changes it)."""

WHATS: Mapping[str, str] = {
    "file": QT_TRANSLATE_NOOP("FileErrors", "the file"),
    "document": QT_TRANSLATE_NOOP("FileErrors", "the document"),
    "word": QT_TRANSLATE_NOOP("FileErrors", "the Word document"),
    "newsml": QT_TRANSLATE_NOOP("FileErrors", "the NewsML file"),
}
"""What an import refusal calls its input (`editor.formats.imported.WHATS`)."""

SHAPES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("FileErrors", "an object"),
    QT_TRANSLATE_NOOP("FileErrors", "a list"),
    QT_TRANSLATE_NOOP("FileErrors", "text"),
    QT_TRANSLATE_NOOP("FileErrors", "true/false"),
    QT_TRANSLATE_NOOP("FileErrors", "a number"),
    QT_TRANSLATE_NOOP("FileErrors", "nothing (null)"),
    QT_TRANSLATE_NOOP("FileErrors", "a list of blocks"),
    QT_TRANSLATE_NOOP("FileErrors", "a version number"),
    QT_TRANSLATE_NOOP("FileErrors", "an author"),
    QT_TRANSLATE_NOOP("FileErrors", "a subject"),
    QT_TRANSLATE_NOOP("FileErrors", "a block"),
    QT_TRANSLATE_NOOP("FileErrors", "text or a list of runs"),
    QT_TRANSLATE_NOOP("FileErrors", "text or a run object"),
    QT_TRANSLATE_NOOP("FileErrors", "a list of marks"),
)
"""What the file held where something else was expected, and what was."""

JSON_DETAILS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("FileErrors", "expecting value"),
    QT_TRANSLATE_NOOP("FileErrors", "expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("FileErrors", "expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("FileErrors", "expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("FileErrors", "unterminated string starting"),
    QT_TRANSLATE_NOOP("FileErrors", "invalid control character"),
    QT_TRANSLATE_NOOP("FileErrors", "invalid \\escape"),
    QT_TRANSLATE_NOOP("FileErrors", "invalid \\uxxxx escape"),
    QT_TRANSLATE_NOOP("FileErrors", "extra data"),
    QT_TRANSLATE_NOOP("FileErrors", "illegal trailing comma before end of object"),
    QT_TRANSLATE_NOOP("FileErrors", "illegal trailing comma before end of array"),
)
"""What Python's JSON reader says is wrong (lower case, as the model passes it on)."""

IN_FILE = QT_TRANSLATE_NOOP("FileErrors", "{path}: {reason}")
AT_PLACE = QT_TRANSLATE_NOOP("FileErrors", "{path}: {reason} (at {place})")
LINE_COLUMN = QT_TRANSLATE_NOOP("FileErrors", "line {line}, column {column}")
BYTE = QT_TRANSLATE_NOOP("FileErrors", "byte {byte}")
TOP_LEVEL = QT_TRANSLATE_NOOP("FileErrors", "top level")
NO_IMAGE = QT_TRANSLATE_NOOP("FileErrors", "(none)")
NOT_SAVED = QT_TRANSLATE_NOOP("FileErrors", "{path}: could not save: {reason}")
FIGURES = frozenset(("size", "limit", "count", "ratio", "line", "column", "byte"))


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """For counted sentences: lupdate marks a `tr` call with its count as a plural."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def _words(values: Mapping[str, str]) -> dict[str, str]:
    """The values, with the words among them in the interface's language."""
    words = dict(values)
    locale = QLocale()
    for name in FIGURES.intersection(words):
        if words[name].isdigit():
            words[name] = locale.toString(int(words[name]))
    for name in ("expected", "found"):
        if name in words:
            words[name] = translate(words[name]) if words[name] in SHAPES else words[name]
    if "detail" in words and words["detail"] in JSON_DETAILS:
        words["detail"] = translate(words["detail"])
    if "what" in words:
        words["what"] = translate(WHATS.get(words["what"], words["what"]))
    if "media" in words and not words["media"]:
        words["media"] = translate(NO_IMAGE)
    return words


def _place(error: ArticleFileError, words: Mapping[str, str]) -> str:
    if not error.place:
        return ""
    if error.code == "broken-json":
        return translate(LINE_COLUMN).format(**words)
    if error.code == "not-utf8":
        return translate(BYTE).format(**words)
    return translate(TOP_LEVEL) if error.place == "top level" else error.place


def _reason(error: ArticleFileError | ImportRefusedError) -> str | None:
    """The reason in the interface's language; None when this module has no sentence for it."""
    values = error.values
    sentence: str | None
    if isinstance(error, ImportRefusedError):
        if error.code == "no-such-item":
            count = int(values.get("count", "0"))
            counted = tr("the file holds %n item(s); there is no item %1", "", count)
            return counted.replace("%1", values.get("item", ""))
        variant = values.get("root") if error.code == "not-a-story" else None
        variant = "part" if error.code == "entities" and values.get("part") else variant
        key = f"{error.code}/{variant}" if variant else error.code
        sentence = IMPORT.get(key)
    else:
        sentence = ARTICLE_FILE.get(error.code)
    if sentence is None:
        return None
    return translate(sentence).format(**_words(values))


def describe(error: ArticleFileError | ImportRefusedError | SaveError) -> str:
    """The error's message in the interface's language, naming the file."""
    if isinstance(error, SaveError):
        why = QCoreApplication.translate("Saving", error.reason)
        return translate(NOT_SAVED).format(path=error.path, reason=why)
    try:
        reason = _reason(error)
        if reason is None and isinstance(error.__cause__, ExportError):  # the DOCX style map
            from editor.app import config_text  # it words its errors with this module's help

            reason = config_text.describe(error.__cause__)
        if reason is None:
            return str(error)
        if isinstance(error, ArticleFileError) and error.place:
            place = _place(error, _words(error.values))
            return translate(AT_PLACE).format(path=error.path, reason=reason, place=place)
        return translate(IN_FILE).format(path=error.path, reason=reason)
    except (KeyError, IndexError, ValueError):
        return str(error)

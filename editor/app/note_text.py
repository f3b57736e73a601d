"""What an import guessed or could not keep, in the interface's language.

The importers stay free of Qt: each note is English text for the command line (`Note`, a
`str`) with a code and the values in it. This module holds one translatable sentence per code
and fills it; what was left out is named from a table of the importers' own phrases, some with
a name in them (an element, a picture type) read back by a pattern. A note it does not know is
shown as the importer wrote it, never blank.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from editor.app.labels import QT_TRANSLATE_NOOP, kind_name
from editor.model.schema import KINDS

CONTEXT = "ImportNotes"

SENTENCES: Mapping[str, str] = {
    "title-from-properties": QT_TRANSLATE_NOOP(
        "ImportNotes", "The title was taken from the document's properties."
    ),
    "section-from-category": QT_TRANSLATE_NOOP(
        "ImportNotes", "The section was taken from the document's category."
    ),
    "author-from-properties": QT_TRANSLATE_NOOP(
        "ImportNotes", "The author was taken from the document's properties."
    ),
    "item-of-message": QT_TRANSLATE_NOOP(
        "ImportNotes", "Item {item} of the {count} in the message was imported."
    ),
    "no-headline": QT_TRANSLATE_NOOP(
        "ImportNotes", "The item has no headline: the article has no title."
    ),
    "left-out": QT_TRANSLATE_NOOP("ImportNotes", "Not kept as such: {what} ({count})."),
    "agency-id": QT_TRANSLATE_NOOP("ImportNotes", "The agency's item id was {guid}."),
    "credit-from-provider": QT_TRANSLATE_NOOP(
        "ImportNotes", "The credit was taken from the provider ({name})."
    ),
    "embargoed": QT_TRANSLATE_NOOP("ImportNotes", "The item is embargoed until {until}."),
    "editors-note": QT_TRANSLATE_NOOP("ImportNotes", "Editor's note from the sender: {note}"),
    "sender-status/withheld": QT_TRANSLATE_NOOP(
        "ImportNotes", "The sender marked the item “withheld”."
    ),
    "sender-status/canceled": QT_TRANSLATE_NOOP(
        "ImportNotes", "The sender marked the item “canceled”."
    ),
    "no-title-found": QT_TRANSLATE_NOOP(
        "ImportNotes", "No styles and no short first line: no title was found."
    ),
    "structure-guessed": QT_TRANSLATE_NOOP(
        "ImportNotes", "The document has no styles: its structure was guessed."
    ),
    "first-line-title": QT_TRANSLATE_NOOP(
        "ImportNotes", "The first line was taken as the title (a guess)."
    ),
    "standfirst-after-title/bold": QT_TRANSLATE_NOOP(
        "ImportNotes", "The paragraph after the title was taken as the standfirst (it was in bold)."
    ),
    "standfirst-after-title/guess": QT_TRANSLATE_NOOP(
        "ImportNotes", "The paragraph after the title was taken as the standfirst (a guess)."
    ),
    "first-heading-title": QT_TRANSLATE_NOOP(
        "ImportNotes", "The document has no title style: its first heading became the title."
    ),
    "read-as-cp1252": QT_TRANSLATE_NOOP(
        "ImportNotes", "The file was not UTF-8; it was read as Windows-1252."
    ),
    "no-text": QT_TRANSLATE_NOOP("ImportNotes", "The file holds no text."),
    "first-line-kicker": QT_TRANSLATE_NOOP(
        "ImportNotes", "The first line was taken as the kicker (a guess)."
    ),
    "title-in-capitals": QT_TRANSLATE_NOOP(
        "ImportNotes", "The title was in capitals, as wire copy sends it; it is kept as written."
    ),
    "first-paragraph-title": QT_TRANSLATE_NOOP(
        "ImportNotes", "The first paragraph was taken as the title (a guess)."
    ),
    "bad-front-matter": QT_TRANSLATE_NOOP(
        "ImportNotes", "The front matter is not valid YAML; it was ignored."
    ),
    "image-unreadable": QT_TRANSLATE_NOOP(
        "ImportNotes", "The image “{source}” could not be read; it was left out."
    ),
    "markdown-dropped": QT_TRANSLATE_NOOP(
        "ImportNotes", "Markdown {what}: an article has no such block."
    ),
    "front-matter-unmapped": QT_TRANSLATE_NOOP("ImportNotes", "Front matter not mapped: {keys}."),
    "dateline-read": QT_TRANSLATE_NOOP(
        "ImportNotes", "Dateline “{place}” read from the first paragraph."
    ),
    "text-in-picture": QT_TRANSLATE_NOOP(
        "ImportNotes", "Text in a picture paragraph was kept as a paragraph."
    ),
    "story-headline-differs": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "The item's headline was kept as the title; the story's own headline read “{headline}”.",
    ),
    "byline-repeated": QT_TRANSLATE_NOOP(
        "ImportNotes", "The byline repeated as the first paragraph was left out."
    ),
    "login-not-author": QT_TRANSLATE_NOOP(
        "ImportNotes", "The sender's user account ({accounts}) was not taken as an author."
    ),
    "place-code-only": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "The dateline's place is given only as the code {code}, which the item does not name: "
        "the place was left empty.",
    ),
    "place-from-location": QT_TRANSLATE_NOOP(
        "ImportNotes",
        "The dateline's place was taken from the item's location, {place}; "
        "the story's lead opens with {lead}.",
    ),
}
"""One sentence per note the importers give ("code/variant" where a value changes it)."""

VARIANTS: Mapping[str, str] = {"sender-status": "status", "standfirst-after-title": "how"}

LEFT_OUT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportNotes", "footnotes"),
    QT_TRANSLATE_NOOP("ImportNotes", "endnotes"),
    QT_TRANSLATE_NOOP("ImportNotes", "comments"),
    QT_TRANSLATE_NOOP("ImportNotes", "old-style (VML) pictures and shapes"),
    QT_TRANSLATE_NOOP("ImportNotes", "embedded objects"),
    QT_TRANSLATE_NOOP("ImportNotes", "text boxes and shapes"),
    QT_TRANSLATE_NOOP("ImportNotes", "tables (their text was kept as paragraphs)"),
    QT_TRANSLATE_NOOP("ImportNotes", "symbols from symbol fonts"),
    QT_TRANSLATE_NOOP("ImportNotes", "drawings that are not pictures (charts, shapes)"),
    QT_TRANSLATE_NOOP("ImportNotes", "pictures linked from outside the document"),
    QT_TRANSLATE_NOOP("ImportNotes", "pictures missing from the document"),
    QT_TRANSLATE_NOOP("ImportNotes", "list items (imported as paragraphs)"),
    QT_TRANSLATE_NOOP("ImportNotes", "captions without a picture (kept as paragraphs)"),
    QT_TRANSLATE_NOOP("ImportNotes", "pull quote attributions without a pull quote (kept as text)"),
    QT_TRANSLATE_NOOP("ImportNotes", "content that is not text"),
    QT_TRANSLATE_NOOP("ImportNotes", "NITF note"),
    QT_TRANSLATE_NOOP("ImportNotes", "NITF rights"),
    QT_TRANSLATE_NOOP("ImportNotes", "bibliography"),
    QT_TRANSLATE_NOOP("ImportNotes", "lists (items kept as paragraphs)"),
    QT_TRANSLATE_NOOP("ImportNotes", "pictures not found beside the item (or not a local file)"),
    QT_TRANSLATE_NOOP("ImportNotes", "files that are not PNG, JPEG or GIF pictures"),
    QT_TRANSLATE_NOOP("ImportNotes", "HTML (left out)"),
    QT_TRANSLATE_NOOP("ImportNotes", "tables (left out)"),
)
"""What the importers could not keep, in their own words."""

LEFT_OUT_NAMED: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"repeated (?P<role>.+) paragraphs"),
        QT_TRANSLATE_NOOP("ImportNotes", "repeated {role} paragraphs"),
    ),
    (
        re.compile(r"pictures in a format the article cannot hold \((?P<type>.+)\)"),
        QT_TRANSLATE_NOOP("ImportNotes", "pictures in a format the article cannot hold ({type})"),
    ),
    (
        re.compile(r"links in a (?P<kind>.+) \(text kept\)"),
        QT_TRANSLATE_NOOP("ImportNotes", "links in a {kind} (text kept)"),
    ),
    (
        re.compile(r"“(?P<name>.+)” elements \(kept as paragraphs\)"),
        QT_TRANSLATE_NOOP("ImportNotes", "“{name}” elements (kept as paragraphs)"),
    ),
    (re.compile(r"“(?P<name>.+)” elements"), QT_TRANSLATE_NOOP("ImportNotes", "“{name}” elements")),
    (re.compile(r"(?P<type>\S+) media"), QT_TRANSLATE_NOOP("ImportNotes", "{type} media")),
    (re.compile(r"NITF (?P<name>\S+)"), QT_TRANSLATE_NOOP("ImportNotes", "NITF “{name}”")),
)
"""What was left out, with a name in it: the importer's phrase, and its translatable form."""


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def _kind_named(label: str) -> str:
    """A block kind named in English by its label ("pull quote"), in the interface's words."""
    kind = next((name for name, spec in KINDS.items() if spec.label.lower() == label), "")
    return kind_name(kind).lower() if kind else label


def left_out(what: str) -> str:
    """What an importer could not keep, in the interface's language."""
    if what in LEFT_OUT:
        return tr(what)
    for pattern, sentence in LEFT_OUT_NAMED:
        found = pattern.fullmatch(what)
        if found is not None:
            values = found.groupdict()
            if "kind" in values:
                values["kind"] = _kind_named(values["kind"])
            return tr(sentence).format(**values)
    return what


def counted(code: str, count: int, values: Mapping[str, str]) -> str | None:
    """The notes that count, in the plural form for `count` (lupdate marks `tr` calls with
    their count as plurals)."""
    sentences = {
        "subheads-guessed": tr(
            "%n short line(s) without final punctuation or all in bold were taken as subheads "
            "(a guess).",
            "",
            count,
        ),
        "subheads-guessed-in-text": tr(
            "%n short line(s) without final punctuation were taken as subheads (a guess).",
            "",
            count,
        ),
        "style-as-body": tr(
            "%n paragraph(s) in the style “{style}” were imported as body text.", "", count
        ),
    }
    if code == "docx-review":
        sentences[code] = _review_sentences(count).get(values.get("problem", ""), "")
    sentence = sentences.get(code) or None
    return None if sentence is None else sentence.format(**values)


def _review_sentences(count: int) -> dict[str, str]:
    """What a Word document's review could not bring in as such, by problem
    (`docx_read_review`)."""
    return {
        "empty-revision": tr(
            "Review: %n tracked change(s) mark no text and were left out.", "", count
        ),
        "range-without-comment": tr(
            "Review: %n comment mark(s) name no comment of the document and were left out.",
            "",
            count,
        ),
        "comment-without-range": tr(
            "Review: %n comment(s) have no text to hang on and were kept on no text.", "", count
        ),
        "range-not-closed": tr(
            "Review: %n comment range(s) are never closed and run to the end of the document.",
            "",
            count,
        ),
        "comment-on-deleted": tr(
            "Review: %n commented stretch(es) of text are suggested for deletion; "
            "the comments stay on them.",
            "",
            count,
        ),
        "paragraph-join": tr(
            "Review: %n paragraph join(s) (deleted paragraph marks) were not kept: "
            "the paragraphs stay apart.",
            "",
            count,
        ),
        "comments-damaged": tr(
            "Review: %n part(s) of the comments could not be read (damaged XML) and were left out.",
            "",
            count,
        ),
    }


def describe(note: str) -> str:
    """The note in the interface's language (as written when it carries no code we know)."""
    code: str = getattr(note, "code", "")
    values: dict[str, str] = dict(getattr(note, "values", {}))
    try:
        said = counted(code, int(values.get("count", "0") or 0), values)
        if said is not None:
            return said
        variant = VARIANTS.get(code)
        key = f"{code}/{values.get(variant, '')}" if variant else code
        sentence = SENTENCES.get(key)
        if sentence is None:
            return str(note)
        if "what" in values:
            values["what"] = left_out(values["what"])
        return tr(sentence).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(note)

"""What a problem of the check says, in the interface's language.

The model words its problems in English for the command line and hands over the values in
them (`Problem.args`: a kind, a field, a figure, the space a rule wants); this module holds one
translatable sentence per problem code and fills it with those values, translated where they
are words. A code it does not know, or a sentence whose values are missing, falls back to the
model's English, so a new rule is never shown blank.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from editor.app.labels import QT_TRANSLATE_NOOP, kind_name, mark_name, role_name
from editor.model import check, schema

CONTEXT = "Problems"
COUNTED = ""
"""In `SENTENCES`: a sentence that counts lines, said by `counted` with Qt's plural forms."""

SENTENCES: Mapping[str, str] = {
    # structure (editor.model.schema)
    "title-missing": QT_TRANSLATE_NOOP("Problems", "The article has no title."),
    "unknown-kind": QT_TRANSLATE_NOOP("Problems", "Unknown block kind “{kind}”."),
    "title-repeated": QT_TRANSLATE_NOOP("Problems", "A second title; an article has one."),
    "kicker-repeated": QT_TRANSLATE_NOOP(
        "Problems", "A second kicker; an article has at most one."
    ),
    "kicker-after-title": QT_TRANSLATE_NOOP("Problems", "The kicker should stand above the title."),
    "standfirst-repeated": QT_TRANSLATE_NOOP(
        "Problems", "A second standfirst; an article has one."
    ),
    "standfirst-before-title": QT_TRANSLATE_NOOP(
        "Problems", "The standfirst should follow the title."
    ),
    "bio-not-last": QT_TRANSLATE_NOOP("Problems", "The author bio should close the article."),
    "unknown-field": QT_TRANSLATE_NOOP("Problems", "{kind} has no field “{field}”."),
    "pullquote-empty": QT_TRANSLATE_NOOP("Problems", "The pull quote has no text."),
    "empty-text": QT_TRANSLATE_NOOP("Problems", "Empty {kind_lower}."),
    "mark-not-allowed": QT_TRANSLATE_NOOP("Problems", "{kind} cannot carry “{mark}”."),
    "link-without-address": QT_TRANSLATE_NOOP("Problems", "A link has no address."),
    "image-missing-media": QT_TRANSLATE_NOOP(
        "Problems", "The image file is missing from the article."
    ),
    "image-missing-alt": QT_TRANSLATE_NOOP("Problems", "The image has no alternative text."),
    # typography
    "space-before-punctuation": QT_TRANSLATE_NOOP("Problems", "“{char}” takes {space} before it"),
    "space-before-colon": QT_TRANSLATE_NOOP("Problems", "“:” takes {space} before it"),
    "space-inside-guillemets": QT_TRANSLATE_NOOP("Problems", "Guillemets take {space} inside them"),
    "straight-quotes": QT_TRANSLATE_NOOP("Problems", "Straight quote; typographic: {replacement}"),
    "straight-apostrophe": QT_TRANSLATE_NOOP(
        "Problems", "Straight apostrophe; typographic: {replacement}"
    ),
    "ellipsis": QT_TRANSLATE_NOOP("Problems", "Three dots; one ellipsis character: …"),
    "double-space": QT_TRANSLATE_NOOP("Problems", "Several spaces in a row"),
    "number-grouping": QT_TRANSLATE_NOOP(
        "Problems", "Digits of a large number are grouped in threes (10 000)"
    ),
    "accented-capital": QT_TRANSLATE_NOOP(
        "Problems", "Capitals keep their accents: “{replacement}”?"
    ),
    "unpaired-quote/quote": QT_TRANSLATE_NOOP("Problems", "Straight quote without its pair"),
    "unpaired-quote/apostrophe": QT_TRANSLATE_NOOP(
        "Problems", "Straight apostrophe without its pair"
    ),
    "unbalanced-quotes": QT_TRANSLATE_NOOP("Problems", "“{char}” without its partner"),
    # placeholders, lengths, images
    "placeholder": QT_TRANSLATE_NOOP("Problems", "Placeholder “{text}” left in the text"),
    "block-too-long": COUNTED,
    "image-missing-credit": QT_TRANSLATE_NOOP(
        "Problems", "The image has no credit (photographer or agency)"
    ),
    "image-missing-caption": QT_TRANSLATE_NOOP("Problems", "The image has no caption"),
    "under-target/body": COUNTED,
    "under-target/article": COUNTED,
    "over-target/body": COUNTED,
    "over-target/article": COUNTED,
    "pullquote-not-in-body": QT_TRANSLATE_NOOP(
        "Problems", "The pull quote is not found in the body: an exergue repeats the copy"
    ),
    # metadata
    "language-invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "“{language}” is not a language tag (fr, en, fr-CH…): EPUB and NewsML need one",
    ),
    "language-without-typography": QT_TRANSLATE_NOOP(
        "Problems", "No typography rules for “{language}”: only French and English are checked"
    ),
    "authors-missing": QT_TRANSLATE_NOOP(
        "Problems", "No author: the byline (DOCX Signature, EPUB creator, NewsML by) stays empty"
    ),
    "section-missing": QT_TRANSLATE_NOOP(
        "Problems", "No section: the DOCX Rubrique and the NewsML subject stay empty"
    ),
    "dateline-missing": QT_TRANSLATE_NOOP(
        "Problems", "No dateline place (DOCX Lieu et date, NewsML dateline)"
    ),
    "template-unknown": QT_TRANSLATE_NOOP("Problems", "No length template is called “{template}”"),
    "embargo-lifted": QT_TRANSLATE_NOOP(
        "Problems",
        "The embargo ({until}) has already lifted: every export still writes it; clear it or "
        "set the new time",
    ),
    # review (suggestions and comments)
    "suggestions-unresolved": "",
    "comments-open": "",
}
"""One sentence per problem code ("code/variant" where one value changes the wording)."""

VARIANTS: Mapping[str, str] = {
    "unpaired-quote": "what",
    "under-target": "what",
    "over-target": "what",
}
"""The value that picks the sentence, for the codes worded differently by case."""

SPACES: Mapping[str, str] = {
    "nbsp": QT_TRANSLATE_NOOP("Problems", "a no-break space"),
    "nnbsp": QT_TRANSLATE_NOOP("Problems", "a narrow no-break space"),
    "none": QT_TRANSLATE_NOOP("Problems", "no space"),
    "space": QT_TRANSLATE_NOOP("Problems", "a space"),
}
FIGURES = frozenset(
    ("signes", "over", "limit", "lines", "per_line", "amount", "target", "tolerance", "count")
)
"""The values that are numbers, written the interface language's way (9 000 in French)."""
FIELD_OF_KIND = QT_TRANSLATE_NOOP("Problems", "{kind} {field}")
"""How a block's field is named: "Image caption" ("Légende de l’image" in French)."""


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def counted(key: str, lines: int) -> str:
    """The sentences that count lines (or suggestions, comments), in the plural form for
    `lines` ("1 line", "2 lines"; "1 ligne", "2 lignes"). Written as `tr` calls with their
    count, for lupdate to mark them plural: a table of no-op marks cannot."""
    sentences = {
        "block-too-long": tr(
            "{what} is {signes} signes, {over} over its limit of {limit} "
            "(%n line(s) of {per_line})",
            "",
            lines,
        ),
        "under-target/body": tr(
            "The body is {signes} signes, {amount} under the {label} target of "
            "{target} ± {tolerance} (%n line(s))",
            "",
            lines,
        ),
        "under-target/article": tr(
            "The article is {signes} signes, {amount} under the {label} target of "
            "{target} ± {tolerance} (%n line(s))",
            "",
            lines,
        ),
        "over-target/body": tr(
            "The body is {signes} signes, {amount} over the {label} target of "
            "{target} ± {tolerance} (%n line(s))",
            "",
            lines,
        ),
        "over-target/article": tr(
            "The article is {signes} signes, {amount} over the {label} target of "
            "{target} ± {tolerance} (%n line(s))",
            "",
            lines,
        ),
        "suggestions-unresolved": tr(
            "%n suggestion(s) not yet accepted or rejected: "
            "the wire and the e-book need the final text",
            "",
            lines,
        ),
        "comments-open": tr(
            "%n open comment(s): resolve or delete them before the piece leaves", "", lines
        ),
    }
    return sentences[key]


def _language() -> str:
    return QLocale().name()[:2]


def _words(problem: check.Problem | schema.Problem) -> dict[str, str]:
    """The problem's values, with those that are words put into the interface's language."""
    values = dict(problem.args)
    locale = QLocale()
    for name in FIGURES.intersection(values):
        if values[name].isdigit():
            values[name] = locale.toString(int(values[name]))
    kind = values.get("kind", "")
    if kind:
        values["kind"] = kind_name(kind)
        values["kind_lower"] = kind_name(kind).lower()
    if "space" in values:
        values["space"] = translate(SPACES.get(values["space"], values["space"]))
    if "mark" in values:
        values["mark"] = mark_name(values["mark"])
    if isinstance(problem, check.Problem) and problem.code == "block-too-long":
        field = problem.field
        values["what"] = (
            values["kind"]
            if field == "text"
            else translate(FIELD_OF_KIND).format(
                kind=values["kind"], field=role_name(field).lower()
            )
        )
    labels = {key[6:]: value for key, value in values.items() if key.startswith("label.")}
    if labels:
        values["label"] = (labels.get(_language()) or labels.get("en") or "").lower()
    return values


def describe(problem: check.Problem | schema.Problem) -> str:
    """The problem's message in the interface's language."""
    variant = VARIANTS.get(problem.code)
    key = f"{problem.code}/{dict(problem.args).get(variant, '')}" if variant else problem.code
    sentence = SENTENCES.get(key)
    if sentence is None:
        return problem.message
    values = dict(problem.args)
    lines = values.get("lines", values.get("count", "0"))
    try:
        text = translate(sentence) if sentence else counted(key, abs(int(lines)))
        return text.format(**_words(problem))
    except (KeyError, IndexError, ValueError):
        return problem.message

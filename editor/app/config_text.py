"""Why a newsroom's length template or DOCX style map cannot be used, in the interface's language.

Those files are written by a newsroom's IT person and named in Preferences; the model and the
formats say what is wrong with them in English, with a `code` and the `values` in it, as for the
files that cannot be opened (`error_text`). One translatable sentence per code; an error this
module does not know is shown as the model wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from editor.app import error_text
from editor.app.labels import QT_TRANSLATE_NOOP, kind_name
from editor.formats.options import ExportError
from editor.model.templates import TemplateError

CONTEXT = "SetupErrors"

TEMPLATE: Mapping[str, str] = {
    "not-a-count": QT_TRANSLATE_NOOP(
        "SetupErrors", "“{setting}” must be a whole number of signes, not {value}"
    ),
    "not-a-count/limit": QT_TRANSLATE_NOOP(
        "SetupErrors", "the limit for “{limit}” must be a whole number of signes, not {value}"
    ),
    "not-texts": QT_TRANSLATE_NOOP(
        "SetupErrors", "“{setting}” must be a text or a table of texts by language"
    ),
    "limits-not-a-table": QT_TRANSLATE_NOOP(
        "SetupErrors", "“limits” must be a table of block kinds and signes"
    ),
    "unknown-limit": QT_TRANSLATE_NOOP(
        "SetupErrors", "“limits” names “{key}”, which is no block or field"
    ),
    "not-an-object": QT_TRANSLATE_NOOP("SetupErrors", "a template is a JSON object"),
    "unknown-parent": QT_TRANSLATE_NOOP("SetupErrors", "“extends” names no known template"),
    "unknown-setting": QT_TRANSLATE_NOOP("SetupErrors", "unknown setting “{setting}”"),
    "no-target": QT_TRANSLATE_NOOP("SetupErrors", "a template needs a “target” in signes"),
    "bad-measure": QT_TRANSLATE_NOOP("SetupErrors", "“measure” is one of {measures}"),
    "not-json": QT_TRANSLATE_NOOP("SetupErrors", "not a JSON file ({detail})"),
    "no-folder": QT_TRANSLATE_NOOP("SetupErrors", "no such folder of templates"),
}
"""One sentence per reason `editor.model.templates` gives ("code/variant")."""

STYLE_MAP: Mapping[str, str] = {
    "style-map-unreadable": QT_TRANSLATE_NOOP(
        "SetupErrors", "{path}: cannot read the style map ({reason})"
    ),
    "style-map-not-utf8": QT_TRANSLATE_NOOP(
        "SetupErrors", "{path}: the style map is not UTF-8 text"
    ),
    "style-map-not-json": QT_TRANSLATE_NOOP(
        "SetupErrors",
        "{path}: the style map is not valid JSON (line {line}, column {column}: {detail})",
    ),
    "style-map-not-an-object": QT_TRANSLATE_NOOP(
        "SetupErrors", "{path}: the style map must be a JSON object of role → style name"
    ),
    "style-map-unknown-role": QT_TRANSLATE_NOOP(
        "SetupErrors", "{path}: unknown role “{role}”; the roles are {roles}"
    ),
    "style-map-unknown-role/image": QT_TRANSLATE_NOOP(
        "SetupErrors",
        "{path}: unknown role “{role}” (a picture is “photo”, “caption” and “credit”); "
        "the roles are {roles}",
    ),
    "style-map-empty-name": QT_TRANSLATE_NOOP(
        "SetupErrors", "{path}: the style name for “{role}” must be a non-empty string"
    ),
    "style-type": QT_TRANSLATE_NOOP(
        "SetupErrors", "the style “{name}” is a {found} style, but {role} needs a {wanted} style"
    ),
    "reference-unreadable": QT_TRANSLATE_NOOP(
        "SetupErrors", "{path}: cannot read the reference template ({reason})"
    ),
    "reference-not-word": QT_TRANSLATE_NOOP(
        "SetupErrors", "{path}: not a usable Word (.docx) reference template ({detail})"
    ),
    "reference-damaged": QT_TRANSLATE_NOOP(
        "SetupErrors", "{path}: the reference template is damaged ({detail})"
    ),
    "image-missing": QT_TRANSLATE_NOOP(
        "SetupErrors", "{where}: the image file is missing from the article"
    ),
    "picture-not-for-word": QT_TRANSLATE_NOOP(
        "SetupErrors", "{where}: the picture ({type}) cannot go into a Word file ({detail})"
    ),
    "picture-not-for-word/damaged": QT_TRANSLATE_NOOP(
        "SetupErrors",
        "{where}: the picture ({type}) cannot go into a Word file "
        "(its data is cut short or damaged)",
    ),
    "newsml-status": QT_TRANSLATE_NOOP(
        "SetupErrors", "NewsML-G2: the publication status “{status}” is not one of {statuses}"
    ),
    "newsml-urgency": QT_TRANSLATE_NOOP(
        "SetupErrors", "NewsML-G2: the urgency {urgency} is not between 1 (most urgent) and 9"
    ),
    "newsml-embargo": QT_TRANSLATE_NOOP(
        "SetupErrors",
        "NewsML-G2: the embargo needs a time-zone offset, e.g. 2025-01-10T06:00:00+01:00",
    ),
    "newsml-provider": QT_TRANSLATE_NOOP(
        "SetupErrors", "NewsML-G2: the provider address “{address}” is not a web address"
    ),
    "newsml-language": QT_TRANSLATE_NOOP(
        "SetupErrors",
        "NewsML-G2: the article's language “{language}” is not a language tag "
        "such as fr, en or fr-CH",
    ),
    "newsml-picture-missing": QT_TRANSLATE_NOOP(
        "SetupErrors", "NewsML-G2: the picture of block {block} is missing"
    ),
    "epub-image-type": QT_TRANSLATE_NOOP(
        "SetupErrors",
        "EPUB export: “{name}” is not a JPEG or PNG file ({type}); e-readers only show those. "
        "Replace it with a JPEG or PNG and export again.",
    ),
    "epub-image-type/unnamed": QT_TRANSLATE_NOOP(
        "SetupErrors",
        "EPUB export: an image is not a JPEG or PNG file ({type}); e-readers only show those. "
        "Replace it with a JPEG or PNG and export again.",
    ),
}
"""One sentence per reason an export gives: the DOCX style map and reference template
(`editor.formats.docx_styles`, `editor.formats.docx_package`), a picture it cannot take."""

WHERE = re.compile(r"block (?P<block>\d+) \((?P<kind>\w+)\)")
"""Where in the article an exporter met the problem, as it names the place."""
BLOCK = QT_TRANSLATE_NOOP("SetupErrors", "block {block} ({kind})")

STYLE_TYPES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("SetupErrors", "paragraph"),
    QT_TRANSLATE_NOOP("SetupErrors", "character"),
    QT_TRANSLATE_NOOP("SetupErrors", "table"),
    QT_TRANSLATE_NOOP("SetupErrors", "numbering"),
)
"""Word's kinds of style, as a style-type error names them."""


QUOTED = QT_TRANSLATE_NOOP("SetupErrors", "“{name}”")
"""A name the file must use, quoted the language's way."""


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _json_detail(detail: str) -> str:
    """Python's JSON complaint, in the interface's language where there is a sentence."""
    said = error_text.translate(detail.lower())
    return said if said != detail.lower() else detail


def _key(error: TemplateError | ExportError) -> str:
    values = error.values
    if error.code == "not-a-count" and values.get("limit"):
        return "not-a-count/limit"
    if error.code == "style-map-unknown-role" and values.get("role") == "image":
        return "style-map-unknown-role/image"
    if error.code == "epub-image-type" and not values.get("name"):
        return "epub-image-type/unnamed"
    if error.code == "picture-not-for-word" and not values.get("detail"):
        return "picture-not-for-word/damaged"
    return error.code


def describe(error: TemplateError | ExportError) -> str:
    """The error's message in the interface's language."""
    values = dict(error.values)
    if "detail" in values and error.code == "style-map-not-json":
        values["detail"] = _json_detail(values["detail"])
    place = WHERE.fullmatch(values.get("where", ""))
    if place is not None and translate(BLOCK) != BLOCK:  # English keeps the kind's own name
        kind = kind_name(place["kind"]).lower()
        values["where"] = translate(BLOCK).format(block=place["block"], kind=kind)
    for name in ("found", "wanted"):
        if values.get(name) in STYLE_TYPES:
            values[name] = translate(values[name])
    if "roles" in values:
        quoted = translate(QUOTED)
        values["roles"] = ", ".join(quoted.format(name=r) for r in values["roles"].split(", "))
    try:
        if isinstance(error, TemplateError):
            sentence = TEMPLATE.get(_key(error))
            if sentence is None:
                return str(error)
            reason = translate(sentence).format(**values)
            return error_text.translate(error_text.IN_FILE).format(path=error.path, reason=reason)
        sentence = STYLE_MAP.get(_key(error))
        return str(error) if sentence is None else translate(sentence).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(error)

"""The package every DOCX export starts from, built once and shipped: `resources/docx/base.docx`.

It is python-docx's own template made neutral: its 160 styles, a blank-page
thumbnail, numbering, custom XML, the "effects" styles and the application
properties dropped, the document defaults (fonts, size, spacing) from our style
table (`resources/docx/styles.json`), the section without the template's ids.
Building it at each export cost 12–18 ms of CPU (opening python-docx's template,
parsing its 160 styles to remove them); opening the built one costs about 1 ms,
as pandoc ships its `reference.docx`. Nothing in it depends on the article: the
language, page, properties and styles are set on each export.

Rebuild it after a change to the style table's defaults or fonts, or to python-docx:

    python -m editor.formats.docx_base

`tests/formats/test_docx_package.py` rebuilds it and fails while the shipped file differs.
"""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from editor.formats.docx_styles import paragraph_properties, run_properties, style_table
from editor.resources import resource

_TEMPLATE_STYLES_KEPT = frozenset({"TableNormal", "NoList"})
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_TEMPLATE_PARTS_DROPPED = frozenset({STYLES_WITH_EFFECTS, RT.CUSTOM_XML, RT.NUMBERING})
_PACKAGE_PARTS_DROPPED = frozenset({RT.THUMBNAIL, RT.EXTENDED_PROPERTIES})
STAMP = (1980, 1, 1, 0, 0, 0)
"""Every entry's time in the shipped file, so that a rebuild gives the same bytes."""


def base_path() -> Path:
    return resource("docx", "base.docx")


def base_document() -> Document:
    """A fresh copy of the shipped base package, for one export to fill."""
    return docx.Document(str(base_path()))


def build() -> bytes:
    """The base package's bytes, from python-docx's template and our style table."""
    document = docx.Document()
    _drop_parts(document)
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        if style.get(qn("w:styleId")) not in _TEMPLATE_STYLES_KEPT:
            styles.remove(style)
    table = style_table()
    _set_defaults(styles, table.defaults, table.fonts)
    sect = document.element.body.sectPr
    for name in list(sect.attrib):
        sect.attrib.pop(name)
    saved = BytesIO()
    document.save(saved)
    return _stamped(saved.getvalue())


def _stamped(package: bytes) -> bytes:
    """The same entries, in the same order, all dated `STAMP`."""
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=STAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(item))
    return out.getvalue()


def _drop_parts(document: Document) -> None:
    for rels, dropped in (
        (document.part.rels, _TEMPLATE_PARTS_DROPPED),
        (document.part.package.rels, _PACKAGE_PARTS_DROPPED),
    ):
        for rid in [rid for rid, rel in rels.items() if rel.reltype in dropped]:
            del rels[rid]


def _set_defaults(
    styles: etree._Element, defaults: Mapping[str, Any], fonts: Mapping[str, str]
) -> None:
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        doc_defaults = etree.SubElement(styles, qn("w:docDefaults"))
        styles.insert(0, doc_defaults)
    for child in list(doc_defaults):
        doc_defaults.remove(child)
    run = etree.SubElement(doc_defaults, qn("w:rPrDefault"))
    run.append(run_properties(defaults["run"], fonts))
    paragraph = etree.SubElement(doc_defaults, qn("w:pPrDefault"))
    paragraph.append(paragraph_properties(defaults["paragraph"]))


def main() -> int:
    base_path().write_bytes(build())
    print(base_path())
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The article's metadata that Word's core properties have no place for, as custom properties.

Word shows custom properties in File → Properties → Custom (LibreOffice: File →
Properties → Custom Properties), so the slug, genre, credit, copyright, template,
article id, wire guid, embargo (ISO 8601 with its offset, which a `vt:filetime` would
lose), each author's role and each subject's code and name stay visible to the desk
and come back on import. They live in the OOXML custom
properties part (`docProps/custom.xml`, ECMA-376 part 1 §22.3), which python-docx
does not model: the part is written here with lxml and added through its OPC layer.

Every value is text (`vt:lpwstr`), written exactly (only characters XML cannot hold
are dropped), under a name starting "Copydesk." so a newsroom template's own custom
properties are kept beside ours and ours are replaced on each export. Lists are
numbered from 1: `Copydesk.author.1` (the name) with `Copydesk.author.1.role`,
`Copydesk.subject.1` (the code) with `Copydesk.subject.1.name`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from editor.formats.docx_body import clean_text
from editor.model.article import Meta

CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
"""The format id every user-defined property carries (FMTID_UserDefinedProperties)."""
FIRST_PID = 2
"""Property ids 0 and 1 are reserved by the property-set format."""
PART_NAME = "/docProps/custom.xml"
PREFIX = "Copydesk."

SINGLE_FIELDS: dict[str, str] = {
    "id": "articleId",
    "guid": "guid",
    "slug": "slug",
    "genre": "genre",
    "credit": "credit",
    "copyright": "copyright",
    "template": "template",
}
"""Meta field → property name (after the prefix) for the fields that are one string."""


def _q(namespace: str, tag: str) -> str:
    return f"{{{namespace}}}{tag}"


def custom_values(meta: Meta) -> Iterator[tuple[str, str]]:
    """(name, value) of every custom property the metadata needs, empty values left out."""
    for field, name in SINGLE_FIELDS.items():
        yield PREFIX + name, getattr(meta, field)
    yield PREFIX + "embargo", meta.embargo.isoformat() if meta.embargo else ""
    for number, author in enumerate(meta.authors, 1):
        yield f"{PREFIX}author.{number}", author.name
        yield f"{PREFIX}author.{number}.role", author.role
    for number, subject in enumerate(meta.subjects, 1):
        yield f"{PREFIX}subject.{number}", subject.code
        yield f"{PREFIX}subject.{number}.name", subject.name


def set_custom_properties(document: Document, meta: Meta) -> None:
    """Write our custom properties, keeping a reference template's own ones."""
    package = document.part.package
    kept: list[etree._Element] = []
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            kept.extend(p for p in _properties(rel.target_part.blob) if not _ours(p))
            del package.rels[rid]
    # lxml-stubs lack the default (None) prefix
    nsmap: Any = {None: CUSTOM_NS, "vt": VT_NS}
    root = etree.Element(_q(CUSTOM_NS, "Properties"), nsmap=nsmap)
    for element in kept:
        root.append(element)
    for name, value in custom_values(meta):
        value = clean_text(value)
        if value:
            prop = etree.SubElement(root, _q(CUSTOM_NS, "property"), fmtid=FMTID, pid="", name=name)
            etree.SubElement(prop, _q(VT_NS, "lpwstr")).text = value
    if not len(root):
        return
    for pid, prop in enumerate(root, FIRST_PID):
        prop.set("pid", str(pid))
    blob = etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)
    part = Part(PackURI(PART_NAME), CT.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def _ours(prop: etree._Element) -> bool:
    return (prop.get("name") or "").startswith(PREFIX)


def _properties(blob: bytes) -> list[etree._Element]:
    """The `property` elements of a custom properties part; none when it is unreadable."""
    from editor.formats import safety  # reading a document's: the export of ours reads none

    try:
        root = etree.fromstring(blob, safety.xml_parser())
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    return [p for p in root if p.tag == _q(CUSTOM_NS, "property")]


def read_custom_properties(document: Document) -> Mapping[str, str]:
    """Our custom properties by name (prefix removed), as text; empty when there are none.

    The package was checked for entity declarations before python-docx opened it.
    """
    package = document.part.package
    found: dict[str, str] = {}
    for rel in package.rels.values():
        if rel.reltype != RT.CUSTOM_PROPERTIES or rel.is_external:
            continue
        for prop in _properties(rel.target_part.blob):
            if _ours(prop) and len(prop):
                found[prop.get("name", "").removeprefix(PREFIX)] = prop[0].text or ""
    return found

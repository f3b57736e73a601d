"""Writing the DOCX package: the body's markup spliced into its part, a fast zip.

python-docx saves by serialising every part's elements and deflating each at zlib's
default level 6. For a 100 000-word article that was most of the export: the body,
written as markup, was parsed into elements only to be serialised again (37 ms of
90), and deflating its 1.1 MB took 31 ms. Here the body's markup
goes into the serialised document part where its elements would have been, and
the zip is deflated at level 1: 8 ms instead of 31, for a file 18 % larger
(262 KB against 221 KB for the long read; see `editor/formats/README.md`).
Pictures are stored as they are: JPEG, PNG and GIF are compressed already, and
deflating a photograph again costs time for nothing (LibreOffice stores them too).

The markup gives the same bytes as the parsed elements would have (a test compares
the two on generated articles); a root that does not declare the body's prefixes
as we write them (a reference template of another tool) takes the parsing path.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx.document import Document
from docx.opc.constants import NAMESPACE as NS
from docx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem  # python-docx's own [Content_Types].xml
from docx.opc.rel import Relationships
from docx.oxml.ns import nsmap
from lxml import etree

from editor.formats.docx_body import BodyWriter

ZIP_LEVEL = 1
"""zlib's fastest level: a quarter of level 6's time for 18 % more bytes (measured)."""
STORED_TYPES = frozenset({"image/jpeg", "image/png", "image/gif"})
"""Content types whose data deflate cannot shrink worth the time."""
BODY_PREFIXES = ("w", "r")
"""The prefixes the body's markup is written with: the root must bind them alike."""
_PLACE = "copydesk-body"


def save(document: Document, path: Path, body: BodyWriter, *, splice: bool = True) -> None:
    """Write the package to `path` with the body collected by `body` in its part;
    `splice=False` parses the body's markup into the part (what a root binding other
    prefixes gets; the tests hold the two ways to the same bytes)."""
    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    main = document.part
    spliced = _spliced(document, body) if splice and _binds_body_prefixes(document) else None
    if spliced is None:
        body.finish()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as archive:
        types = _ContentTypesItem.from_parts(parts)  # type: ignore[no-untyped-call]
        archive.writestr(CONTENT_TYPES_URI.membername, types.blob)
        archive.writestr(PACKAGE_URI.rels_uri.membername, relationships_xml(package.rels))
        for part in parts:
            blob = spliced if part is main and spliced is not None else part.blob
            stored = part.content_type in STORED_TYPES
            archive.writestr(
                part.partname.membername,
                blob,
                compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED,
            )
            if len(part.rels):
                archive.writestr(part.partname.rels_uri.membername, relationships_xml(part.rels))


_RELATIONSHIPS = f"{{{NS.OPC_RELATIONSHIPS}}}Relationships"
_RELATIONSHIP = f"{{{NS.OPC_RELATIONSHIPS}}}Relationship"


def relationships_xml(rels: Relationships) -> bytes:
    """A part's relationships as python-docx writes them (`Relationships.xml`), without its
    parse of a little document for each one: a long read's 180 links took 2 to 3 ms so."""
    root = etree.Element(_RELATIONSHIPS, nsmap={None: NS.OPC_RELATIONSHIPS})  # type: ignore[dict-item]
    for rel in rels.values():
        entry = etree.SubElement(root, _RELATIONSHIP)
        entry.set("Id", rel.rId)
        entry.set("Type", rel.reltype)
        entry.set("Target", rel.target_ref)
        if rel.is_external:
            entry.set("TargetMode", RTM.EXTERNAL)
    return serialize_part_xml(root)


def _binds_body_prefixes(document: Document) -> bool:
    root_map = document.element.nsmap
    return all(root_map.get(prefix) == nsmap[prefix] for prefix in BODY_PREFIXES)


def _spliced(document: Document, body: BodyWriter) -> bytes:
    """The document part's bytes with the body's markup before the final section."""
    place = etree.Comment(_PLACE)
    end = document.element.body.sectPr
    end.addprevious(place)
    try:
        serialised = serialize_part_xml(document.element)
    finally:
        document.element.body.remove(place)
    marker = f"<!--{_PLACE}-->".encode()
    return serialised.replace(marker, body.markup().encode("utf-8"), 1)

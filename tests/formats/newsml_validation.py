"""Offline checks of a NewsML-G2 item: the IPTC schemas, and the QCode aliases it uses.

The driver schema in ../shared/schemas/newsml-g2 imports NewsML-G2 2.35 and NITF 3.6
together, so one `XMLSchema` checks the item and, strictly, its NITF body
(`inlineXML` is lax: a body is only checked when its namespace's schema is loaded).
Nothing is fetched from the network: the parser refuses it and the one remote
schema any file may ask for, xml.xsd, is mapped to the local copy.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from tests.shared import schemas_dir

NAR = "http://iptc.org/std/nar/2006-10-01/"
NITF = "http://iptc.org/std/NITF/2006-10-18/"
NS = {"g": NAR, "n": NITF}
DRIVER = "newsml-g2_2.35-with-nitf-3.6.xsd"
CATALOG_41 = "catalog.IPTC-G2-Standards_41.xml"
XML_XSD_URL = "http://www.w3.org/2001/xml.xsd"
QCODE_ATTRIBUTES = ("qcode", "type", "role", "rel")


class _LocalXmlSchema(etree.Resolver):
    """Answers a request for the W3C xml.xsd with the copy beside the schemas."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def resolve(  # type: ignore[override]  # lxml-stubs omit the context argument
        self, system_url: str, public_id: str, context: object
    ) -> object:
        if system_url == XML_XSD_URL:
            local = str(self.folder / "xml.xsd")
            return self.resolve_filename(local, context)  # type: ignore[attr-defined]
        return None


def _safe_parser(folder: Path | None = None) -> etree.XMLParser:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    if folder is not None:
        parser.resolvers.add(_LocalXmlSchema(folder))
    return parser


@functools.cache
def _schema(folder: Path) -> etree.XMLSchema:
    driver = etree.parse(str(folder / DRIVER), _safe_parser(folder))
    return etree.XMLSchema(driver)


def _strings(tree: etree._ElementTree, path: str) -> list[str]:
    """The attribute values an XPath selects, as plain strings."""
    found = tree.xpath(path, namespaces=NS)
    assert isinstance(found, list)
    return [str(value) for value in found]


def newsml_schema() -> etree.XMLSchema:
    """NewsML-G2 2.35 + NITF 3.6, compiled once per test run (skips or fails if absent)."""
    return _schema(schemas_dir())


def parse(source: Path | bytes) -> etree._ElementTree:
    """An exported item, read with entities and network off."""
    if isinstance(source, bytes):
        return etree.ElementTree(etree.fromstring(source, _safe_parser()))
    return etree.parse(str(source), _safe_parser())


def schema_errors(tree: etree._ElementTree) -> list[str]:
    schema = newsml_schema()
    if schema.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]  # type: ignore[attr-defined]


@functools.cache
def _catalog_aliases(folder: Path) -> frozenset[str]:
    catalog = etree.parse(str(folder / CATALOG_41), _safe_parser())
    return frozenset(_strings(catalog, "//g:scheme/@alias"))


def catalog_41_aliases() -> frozenset[str]:
    """Every scheme alias a `catalogRef` to IPTC catalog 41 declares."""
    return _catalog_aliases(schemas_dir())


def inline_aliases(tree: etree._ElementTree) -> frozenset[str]:
    return frozenset(_strings(tree, "/g:newsItem/g:catalog/g:scheme/@alias"))


def used_qcodes(tree: etree._ElementTree) -> Iterator[str]:
    """Every QCode in a qcode, type, role or rel attribute of the item's own elements.

    NITF elements are left out: their `rel` and `class` are not QCodes.
    """
    for element in tree.iter(f"{{{NAR}}}*"):
        for name in QCODE_ATTRIBUTES:
            yield from element.get(name, "").split()


def undeclared_aliases(tree: etree._ElementTree) -> set[str]:
    """Aliases used but declared neither by catalog 41 (when referenced) nor inline."""
    declared = set(inline_aliases(tree))
    refs = _strings(tree, "/g:newsItem/g:catalogRef/@href")
    if any(ref.endswith("/" + CATALOG_41) for ref in refs):
        declared |= catalog_41_aliases()
    return {code.partition(":")[0] for code in used_qcodes(tree)} - declared


def check_item(source: Path | bytes) -> etree._ElementTree:
    """Parse an exported item and assert it is schema-valid with every alias declared."""
    tree = parse(source)
    errors = schema_errors(tree)
    assert not errors, "\n".join(errors[:20])
    missing = undeclared_aliases(tree)
    assert not missing, f"QCode aliases not declared: {sorted(missing)}"
    return tree

"""Reading files that come from outside: XML and zip archives, with the attacks closed off.

Copy arrives from freelances, agencies and mail attachments, so an importer must
assume a hostile file. XML: no entity expansion, no DTD loading, no network, no
"huge tree" relaxation; a document that declares entities is refused before it is
parsed (billion laughs, external entities pointing at local files). Zip archives
(DOCX): the central directory is checked before anything is decompressed — entry
count, declared sizes, compression ratio, `..` and absolute names — and every XML
part's prolog is checked for entity declarations. Pictures that an item refers to
by a relative name are only read from the item's own folder.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from lxml import etree

from editor.formats.imported import MAX_INPUT_BYTES, WHATS, ImportRefusedError

MAX_XML_BYTES = MAX_INPUT_BYTES
"""An XML file or part larger than this is refused before it is parsed."""
MAX_ZIP_ENTRIES = 10_000
MAX_ZIP_TOTAL = 512 * 1024 * 1024
"""Sum of the declared uncompressed sizes of every entry."""
MAX_ZIP_RATIO = 200
"""Word's XML compresses 5 to 20 times; zip bombs 1 000 times and more."""
RATIO_FLOOR = 1024 * 1024
"""Entries smaller than this may compress as well as they like."""
PROLOG_BYTES = 64 * 1024
"""How much of each XML part is decompressed to look for a DTD."""

_ENTITIES_REFUSED = (
    "declares XML entities; Copydesk does not read those "
    "(they can expand without limit or read other files)"
)
_MARKUP = re.compile(rb"<!--.*?-->|<\?.*?\?>|<!ENTITY|<!DOCTYPE|<[A-Za-z_:]", re.DOTALL)
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


def xml_parser() -> etree.XMLParser:
    """A parser that expands no entity, loads no DTD, fetches nothing, keeps libxml2's limits."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _as_ascii_markup(head: bytes) -> bytes:
    """The head of an XML document as single-byte markup, so a scan finds `<!ENTITY` in
    UTF-16 files too (the markup characters are ASCII in every encoding XML allows)."""
    if head.startswith((b"\xff\xfe", b"<\x00?\x00")):
        return head.decode("utf-16-le", "ignore").encode("latin-1", "replace")
    if head.startswith((b"\xfe\xff", b"\x00<\x00?")):
        return head.decode("utf-16-be", "ignore").encode("latin-1", "replace")
    return head


def refuse_entity_declarations(head: bytes, path: Path, what: str = "file", part: str = "") -> None:
    """Refuse a document whose prolog declares entities, before any parser sees it.

    Entities are how XML bombs expand and how external entities read local files;
    no format we import needs them. A plain `<!DOCTYPE nitf SYSTEM "…">` is allowed
    (the DTD is never loaded). `what` is a key of `WHATS`; `part`, the part of a package.
    """
    for match in _MARKUP.finditer(_as_ascii_markup(head)):
        token = match.group()
        if token == b"<!ENTITY":
            raise _entities(path, what, part)
        if token[1:2] not in (b"!", b"?"):
            return  # the root element: the prolog is over


def _entities(path: Path, what: str, part: str) -> ImportRefusedError:
    subject = WHATS[what] + (f" (part “{part}”)" if part else "")
    return ImportRefusedError(
        path, f"{subject} {_ENTITIES_REFUSED}", "entities", {"what": what, "part": part}
    )


def parse_xml(data: bytes, path: Path, what: str = "file") -> etree._Element:
    """The root element of an XML document from outside, or a refusal saying why."""
    subject = WHATS[what]
    if len(data) > MAX_XML_BYTES:
        limit = str(MAX_XML_BYTES // (1024 * 1024))
        raise ImportRefusedError(
            path,
            f"{subject} is larger than {limit} MB of XML",
            "xml-too-large",
            {"what": what, "limit": limit},
        )
    refuse_entity_declarations(data[: 4 * PROLOG_BYTES], path, what)
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as error:
        if "amplification" in str(error) or "entity" in str(error).lower():
            raise ImportRefusedError(
                path,
                f"{subject} uses XML entities, which Copydesk does not read",
                "uses-entities",
                {"what": what},
            ) from None
        raise ImportRefusedError(
            path,
            f"{subject} is not well-formed XML ({error})",
            "not-xml",
            {"what": what, "detail": str(error)},
        ) from None
    if root is None:
        raise ImportRefusedError(
            path, f"{subject} holds no XML element", "no-xml-element", {"what": what}
        )
    dtd = root.getroottree().docinfo.internalDTD
    # lxml-stubs lack DTD.iterentities
    if dtd is not None and any(True for _ in dtd.iterentities()):  # type: ignore[union-attr]
        raise _entities(path, what, "")
    return root


# -- zip archives -------------------------------------------------------------------------------


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or _WINDOWS_DRIVE.match(name):
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." in parts


def open_zip(data: bytes, path: Path, what: str = "document") -> zipfile.ZipFile:
    """The archive, once its directory has been checked; nothing is decompressed before.

    Declared sizes are enough to bound the work: Python's zip reader never returns
    more than an entry declares, and a lying entry fails its CRC check.
    """
    subject = WHATS[what]
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ImportRefusedError(
            path, f"{subject} is not a zip package (a .docx is one)", "not-zip", {"what": what}
        ) from None
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise ImportRefusedError(
            path,
            f"{subject} holds {len(entries)} files; the limit is {MAX_ZIP_ENTRIES}",
            "too-many-files",
            {"what": what, "count": str(len(entries)), "limit": str(MAX_ZIP_ENTRIES)},
        )
    total = 0
    for entry in entries:
        if _unsafe_name(entry.filename):
            raise ImportRefusedError(
                path,
                f"{subject} holds a file named “{entry.filename}”, outside the package",
                "outside-the-package",
                {"what": what, "name": entry.filename},
            )
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > RATIO_FLOOR and ratio > MAX_ZIP_RATIO:
            raise ImportRefusedError(
                path,
                f"{subject} looks like a zip bomb: “{entry.filename}” expands {int(ratio)} times",
                "zip-bomb",
                {"what": what, "name": entry.filename, "ratio": str(int(ratio))},
            )
    if total > MAX_ZIP_TOTAL:
        size, limit = str(total // (1024 * 1024)), str(MAX_ZIP_TOTAL // (1024 * 1024))
        raise ImportRefusedError(
            path,
            f"{subject} would expand to {size} MB; the limit is {limit} MB",
            "expands-too-much",
            {"what": what, "size": size, "limit": limit},
        )
    _check_xml_parts(archive, path, what)
    return archive


def _check_xml_parts(archive: zipfile.ZipFile, path: Path, what: str) -> None:
    for entry in archive.infolist():
        if not entry.filename.lower().endswith((".xml", ".rels")):
            continue
        if entry.file_size > MAX_XML_BYTES:
            limit = str(MAX_XML_BYTES >> 20)
            raise ImportRefusedError(
                path,
                f"{WHATS[what]}: “{entry.filename}” is larger than {limit} MB",
                "part-too-large",
                {"what": what, "name": entry.filename, "limit": limit},
            )
        try:
            with archive.open(entry) as stream:
                head = stream.read(PROLOG_BYTES)
        except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError) as error:
            raise ImportRefusedError(
                path,
                f"{WHATS[what]}: “{entry.filename}” cannot be read ({error})",
                "part-unreadable",
                {"what": what, "name": entry.filename, "detail": str(error)},
            ) from None
        refuse_entity_declarations(head, path, what, entry.filename)


# -- files an item refers to ----------------------------------------------------------------------


def file_beside(folder: Path, reference: str, limit: int = MAX_INPUT_BYTES) -> Path | None:
    """The file a relative reference names inside `folder`, or None.

    None for web addresses, `file:` URLs, absolute paths, `..`, links leading out of
    the folder, and files over `limit`: an item only brings the pictures beside it.
    """
    parts = urlsplit(reference)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    name = unquote(parts.path)
    if _unsafe_name(name):
        return None
    base = folder.resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        return None
    if candidate.stat().st_size > limit:
        return None
    return candidate

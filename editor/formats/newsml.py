"""NewsML-G2 2.35 export for the wire: one `newsItem`, power conformance, NITF 3.6 body.

Agencies reject items that are merely well-formed, so the item follows the schema's
orders exactly (`itemMeta` and the administrative part of `contentMeta` are
sequences), writes every date with a colon offset, and declares every QCode alias
it uses: IPTC's through the `catalogRef` to catalog 41, our own in an inline
`catalog`. Images are written beside the item and referenced by a relative name.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

from lxml import etree

from editor import __version__
from editor.formats.final import final_text
from editor.formats.newsml_catalog import (
    IPTC_CATALOG,
    OWN_SCHEMES,
    ROLE,
    SECTION,
    OwnScheme,
    is_declared_qcode,
    scheme_uri,
)
from editor.formats.newsml_label import fill_label
from editor.formats.newsml_nitf import CONTENT_TYPE, Element, nitf_body
from editor.formats.newsml_text import Cleaner, dateline_date, is_language_tag, timestamp
from editor.formats.options import PUB_STATUSES, ExportError, ExportOptions, embargo_of
from editor.model.article import Article, Media
from editor.model.atomic import atomic_write_bytes
from editor.model.inline import Text
from editor.model.stats import article_stats

NAR = "http://iptc.org/std/nar/2006-10-01/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SUFFIX = ".newsml.xml"
DEFAULT_DOMAIN = "copydesk.invalid"
"""The guid's domain until a provider address is set: reserved, so never someone else's."""
DEFAULT_PROVIDER = "Copydesk"
GENERATOR = "Copydesk"
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

_HOST_NAME = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*")
_IMAGE_SUFFIXES: dict[str, str] = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/svg+xml": ".svg",
    "image/tiff": ".tif",
}


def export(article: Article, path: Path, options: ExportOptions | None = None) -> list[Path]:
    """Write `NAME.newsml.xml` at `path` and the article's images beside it, each atomically;
    the files written, the item first, so the caller can list every one.

    Images go first, so a reader never finds an item pointing at a missing picture.
    """
    options = options or ExportOptions()
    article = final_text(article, options, "NewsML-G2")
    _check_options(article, options)
    article = with_guid(article, options)
    path = Path(path)
    images = _image_files(article, path)
    sources = {key: quote(name) for key, (name, _) in images.items()}
    item = ItemWriter(article, options, sources).build()
    for name, media in images.values():
        atomic_write_bytes(path.parent / name, media.data)
    atomic_write_bytes(path, serialize(item))
    return [path, *(path.parent / name for name, _media in images.values())]


def serialize(item: Element) -> bytes:
    return XML_DECLARATION + etree.tostring(item, encoding="UTF-8", xml_declaration=False)


def with_guid(article: Article, options: ExportOptions) -> Article:
    """The article with its permanent item guid, made now if it has none.

    `urn:newsml:<domain>:<YYYYMMDD>:<uuid>`: the provider's domain and the day the
    story was created. The caller stores it in the article so updates of the story
    keep the same guid and receivers replace the earlier version instead of adding one.
    """
    if article.meta.guid:
        return article
    moment = article.meta.created or options.now or datetime.now(UTC)
    guid = f"urn:newsml:{_domain(options.provider_uri)}:{moment:%Y%m%d}:{uuid.uuid4()}"
    return article.with_meta(guid=guid)


def _domain(provider_uri: str) -> str:
    host = _host(provider_uri)
    return host.removeprefix("www.") if host else DEFAULT_DOMAIN


def _host(uri: str) -> str:
    """The ASCII host of a web address typed with or without its `https://`; "" if none."""
    uri = uri.strip()
    if not uri:
        return ""
    try:
        host = urlsplit(uri if "://" in uri else "//" + uri).hostname or ""
        host = host.encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        return ""
    return host if _HOST_NAME.fullmatch(host) else ""


def _check_options(article: Article, options: ExportOptions) -> None:
    statuses = ", ".join(PUB_STATUSES)
    problems: tuple[tuple[str, bool, str, dict[str, str]], ...] = (
        (
            f"the publication status “{options.pub_status}” is not one of {statuses}",
            options.pub_status not in PUB_STATUSES,
            "newsml-status",
            {"status": options.pub_status, "statuses": statuses},
        ),
        (
            f"the urgency {options.urgency} is not between 1 (most urgent) and 9",
            options.urgency is not None and not 1 <= options.urgency <= 9,
            "newsml-urgency",
            {"urgency": str(options.urgency)},
        ),
        (
            "the embargo needs a time-zone offset, e.g. 2025-01-10T06:00:00+01:00",
            (embargo := embargo_of(article, options)) is not None and embargo.tzinfo is None,
            "newsml-embargo",
            {},
        ),
        (
            f"the provider address “{options.provider_uri}” is not a web address",
            bool(options.provider_uri.strip() and not _host(options.provider_uri)),
            "newsml-provider",
            {"address": options.provider_uri},
        ),
        (
            f"the article's language “{article.meta.language}” is not a language tag "
            "such as fr, en or fr-CH",
            not is_language_tag(article.meta.language),
            "newsml-language",
            {"language": article.meta.language},
        ),
    )
    for message, broken, code, values in problems:
        if broken:
            raise ExportError(f"NewsML-G2: {message}", code, values)


def _image_files(article: Article, path: Path) -> dict[str, tuple[str, Media]]:
    """Each picture the article shows, once, as `NAME-1.png`, `NAME-2.jpg`… in reading order."""
    stem = path.name.removesuffix(SUFFIX) if path.name.endswith(SUFFIX) else path.stem
    files: dict[str, tuple[str, Media]] = {}
    for index, block in enumerate(article.blocks):
        if block.kind != "image" or block.attr("media") in files:
            continue
        media = article.image_of(block)
        if media is None:
            raise ExportError(
                f"NewsML-G2: the picture of block {index + 1} is missing",
                "newsml-picture-missing",
                {"block": str(index + 1)},
            )
        suffix = _IMAGE_SUFFIXES.get(media.type, ".bin")
        files[block.attr("media")] = (f"{stem}-{len(files) + 1}{suffix}", media)
    return files


def _nar(parent: Element, tag: str, text: str | None = None, /, **attrib: str) -> Element:
    element = etree.SubElement(parent, f"{{{NAR}}}{tag}", attrib)
    if text is not None:
        element.text = text
    return element


def code_of(label: str) -> str:
    """A QCode-safe code for a section name: "Actualités" → "actualites"."""
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", label) if not unicodedata.combining(c)
    )
    code = re.sub(r"[\W_]+", "-", folded.lower()).strip("-")
    return code or quote(label.strip(), safe="")


class ItemWriter:
    """Builds the `newsItem` element; the NITF body comes from `newsml_nitf`."""

    def __init__(self, article: Article, options: ExportOptions, sources: dict[str, str]) -> None:
        self.article = article
        self.meta = article.meta
        self.options = options
        self.clean = Cleaner(options.narrow_nbsp_to_nbsp)
        self.sources = sources
        self.embargo = embargo_of(article, options)
        self.now = options.now or datetime.now(UTC)
        self.own_used: set[OwnScheme] = set()
        self.labels: list[tuple[Element, Text]] = []
        """Labels with inline markup, filled once the item is indented (see `fill_label`)."""

    def own(self, scheme: OwnScheme, code: str) -> str:
        """A QCode in one of our schemes, remembered so the inline catalog declares it."""
        self.own_used.add(scheme)
        return f"{scheme.alias}:{code}"

    def concept(
        self, parent: Element, tag: str, value: str, name: str = "", **attrib: str
    ) -> Element:
        """A concept by QCode when catalog 41 knows its scheme, else by literal; with a name.

        A literal always gets a `name` too (the value itself by default): receivers
        display names, and a literal is only an identifier to them.
        """
        value = self.clean.line(value).strip()
        name = self.clean.line(name).strip()
        key = "qcode" if is_declared_qcode(value) else "literal"
        element = _nar(parent, tag, **{key: value}, **attrib)
        if name or key == "literal":
            _nar(element, "name", name or value)
        return element

    def build(self) -> Element:
        item = etree.Element(
            f"{{{NAR}}}newsItem",
            {
                "guid": self.meta.guid,
                "version": str(max(1, self.meta.revision)),
                "standard": "NewsML-G2",
                "standardversion": "2.35",
                "conformance": "power",
                XML_LANG: self.meta.language,
            },
            nsmap={None: NAR},  # type: ignore[dict-item]  # lxml-stubs lack the default prefix
        )
        _nar(item, "catalogRef", href=IPTC_CATALOG)
        catalog = _nar(item, "catalog")
        self._rights(item)
        self._item_meta(_nar(item, "itemMeta"))
        content_meta = _nar(item, "contentMeta")
        self._administrative(content_meta)
        self._descriptive(content_meta)
        self._catalog(catalog)
        inline = _nar(
            _nar(item, "contentSet"),
            "inlineXML",
            contenttype=CONTENT_TYPE,
            wordcount=str(article_stats(self.article).total.words),
        )
        etree.indent(item, space="  ")
        for label, runs in self.labels:
            fill_label(label, runs, NAR, self.clean)
        inline.text = "\n"
        inline.append(nitf_body(self.article, self.clean, self.sources, self.embargo))
        inline[-1].tail = "\n    "
        item.tail = "\n"
        return item

    def _catalog(self, catalog: Element) -> None:
        """Declare our own schemes that the item uses; no catalog when it uses none."""
        used = [scheme for scheme in OWN_SCHEMES if scheme in self.own_used]
        if not used:
            catalog.getparent().remove(catalog)  # type: ignore[union-attr]
        domain = _domain(self.options.provider_uri)
        for scheme in used:
            _nar(catalog, "scheme", alias=scheme.alias, uri=scheme_uri(scheme, domain))

    def _rights(self, item: Element) -> None:
        holder = self.meta.credit.strip() or self.options.provider_name.strip()
        notice = self.clean(self.meta.copyright).strip()
        if not holder and not notice:
            return
        rights = _nar(item, "rightsInfo")
        if holder:
            self.concept(rights, "copyrightHolder", holder)
        if notice:
            _nar(rights, "copyrightNotice", notice)

    def _item_meta(self, meta: Element) -> None:
        options = self.options
        _nar(meta, "itemClass", qcode="ninat:text")
        self._provider(meta)
        _nar(meta, "versionCreated", timestamp(self.now))
        _nar(meta, "firstCreated", timestamp(self.meta.created or self.now))
        if self.embargo is not None:
            _nar(meta, "embargoed", timestamp(self.embargo))
        _nar(meta, "pubStatus", qcode=f"stat:{options.pub_status}")
        _nar(meta, "generator", GENERATOR, versioninfo=__version__)

    def _provider(self, meta: Element) -> None:
        name = self.options.provider_name.strip()
        host = _host(self.options.provider_uri)
        if not host:
            self.concept(meta, "provider", name or DEFAULT_PROVIDER)
            return
        uri = self.options.provider_uri.strip()
        provider = _nar(meta, "provider", uri=uri if "://" in uri else f"https://{uri}")
        if name:
            _nar(provider, "name", self.clean.line(name))

    def _administrative(self, content: Element) -> None:
        """Urgency, dates, creators, place: a sequence, in the schema's order."""
        meta = self.meta
        if self.options.urgency is not None:
            _nar(content, "urgency", str(self.options.urgency))
        if meta.created is not None:
            _nar(content, "contentCreated", timestamp(meta.created))
        if meta.modified is not None:
            _nar(content, "contentModified", timestamp(meta.modified))
        self._creators(content)
        if meta.dateline.place.strip():
            self.concept(content, "located", meta.dateline.place, type="cpnat:geoArea")

    def _creators(self, content: Element) -> None:
        """One creator per author; the bio, written for the byline, goes with the first."""
        bio = "\n".join(b.plain_text for b in self.article.of_kind("author_bio") if b.text)
        bio = self.clean(bio)
        for author in (a for a in self.meta.authors if a.name.strip()):
            creator = self.concept(content, "creator", author.name, type="cpnat:person")
            if author.role.strip():
                _nar(creator, "note", self.clean(author.role), role=self.own(ROLE, "jobtitle"))
            if bio:
                _nar(creator, "definition", bio, role=self.own(ROLE, "bio"))
                bio = ""

    def _descriptive(self, content: Element) -> None:
        meta, article, line, clean = self.meta, self.article, self.clean.line, self.clean
        _nar(content, "language", tag=meta.language)
        if meta.genre.strip():
            self.concept(content, "genre", meta.genre)
        for keyword in (line(k).strip() for k in meta.keywords):
            if keyword:
                _nar(content, "keyword", keyword)
        self._subjects(content)
        if meta.slug.strip():
            _nar(content, "slugline", line(meta.slug))
        if article.title:
            _nar(content, "headline", clean(article.title))
        kicker = article.first("kicker")
        if kicker is not None and article.kicker:
            headline = _nar(content, "headline", role=self.own(ROLE, "kicker"))
            self.labels.append((headline, kicker.text))
        if not meta.dateline.is_empty:
            _nar(content, "dateline", self._dateline())
        if meta.byline:
            _nar(content, "by", clean(meta.byline))
        if meta.credit.strip():
            _nar(content, "creditline", line(meta.credit))
        if article.standfirst:
            _nar(content, "description", clean(article.standfirst), role="drol:summary")

    def _dateline(self) -> str:
        dateline = self.meta.dateline
        parts = [dateline.place] if dateline.place else []
        if dateline.date is not None:
            parts.append(dateline_date(dateline.date, self.meta.language))
        return self.clean(", ".join(parts))

    def _subjects(self, content: Element) -> None:
        for subject in self.meta.subjects:
            if subject.code.strip():
                self.concept(content, "subject", subject.code, subject.name, type="cpnat:abstract")
        self._section(content)

    def _section(self, content: Element) -> None:
        """The section path as one subject, `cpsec:culture/livres`, its parents as `broader`."""
        levels = [self.clean.line(level).strip() for level in self.meta.section]
        levels = [level for level in levels if level]
        if not levels:
            return
        codes = [code_of(level) for level in levels]
        subject = _nar(
            content, "subject", qcode=self.own(SECTION, "/".join(codes)), type="cpnat:abstract"
        )
        _nar(subject, "name", levels[-1])
        for depth in range(len(levels) - 1, 0, -1):
            broader = _nar(
                subject,
                "broader",
                qcode=self.own(SECTION, "/".join(codes[:depth])),
                type="cpnat:abstract",
            )
            _nar(broader, "name", levels[depth - 1])

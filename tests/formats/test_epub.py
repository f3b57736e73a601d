"""EPUB 3 export: W3C EPUBCheck 5 finds nothing, and the book reads as the article does.

EPUBCheck runs for real (a JVM per file, a few seconds each), so the generated
articles are few; the structural checks on the package run on every example.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from editor.formats import epub
from editor.formats.options import ExportError, ExportOptions
from editor.formats.xhtml import clean
from editor.model import storage
from editor.model.article import Article, Media, Meta
from editor.model.build import article, bio, em, image, link, media, para, quote, subhead, title
from tests.formats.epubcheck import problems
from tests.shared import PROJECT_ROOT, SAMPLE, seed_article
from tests.strategies import articles, png_bytes

NOW = datetime(2025, 3, 1, 12, 30, tzinfo=UTC)
NS = {
    "h": "http://www.w3.org/1999/xhtml",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "epub": "http://www.idpf.org/2007/ops",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "svg": "http://www.w3.org/2000/svg",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class Book:
    """An exported EPUB opened for reading: its package document and its files."""

    path: Path

    def read(self, name: str) -> bytes:
        with zipfile.ZipFile(self.path) as archive:
            return archive.read(f"EPUB/{name}")

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.read(name))

    @property
    def opf(self) -> etree._Element:
        return self.xml("content.opf")

    @property
    def content(self) -> etree._Element:
        return self.xml("article.xhtml")

    def dc(self, name: str) -> list[str]:
        return [e.text or "" for e in self.opf.findall(f"opf:metadata/dc:{name}", NS)]

    def meta(self, prop: str) -> list[str]:
        return [
            e.text or "" for e in self.opf.findall(f"opf:metadata/opf:meta[@property='{prop}']", NS)
        ]

    def nav_links(self) -> list[tuple[str, str]]:
        nav = self.xml("nav.xhtml").find(".//h:nav[@epub:type='toc']", NS)
        assert nav is not None
        return [(a.get("href", ""), text(a)) for a in nav.iterfind(".//h:a", NS)]


def text(element: etree._Element) -> str:
    return "".join(str(piece) for piece in element.itertext())


def export(tmp_path: Path, source: Article, name: str = "article", **options: object) -> Book:
    path = tmp_path / f"{name}.epub"
    epub.export(source, path, ExportOptions(**{"now": NOW, **options}))  # type: ignore[arg-type]
    return Book(path)


def assert_anchors_exist(book: Book) -> None:
    """Every nav and NCX entry points at an element the content document has."""
    ids = {e.get("id") for e in book.content.iter() if e.get("id")}
    targets = [href for href, _ in book.nav_links()]
    targets += [c.get("src", "") for c in book.xml("toc.ncx").iterfind(".//ncx:content", NS)]
    for target in targets:
        file, _, anchor = target.partition("#")
        assert file == "article.xhtml"
        assert not anchor or unquote(anchor) in ids, target


# -- EPUBCheck --------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("cover", [False, True], ids=["plain", "cover"])
@pytest.mark.parametrize("which", ["seed", "sample"])
def test_epubcheck_finds_nothing(tmp_path: Path, which: str, cover: bool) -> None:
    source = seed_article() if which == "seed" else storage.load(SAMPLE)
    book = export(tmp_path, source, cover=cover)
    assert problems(book.path) == []


def right_to_left() -> Article:
    picture = media(png_bytes(5, 4))
    return article(
        title("مرحبا بالعالم"),
        para("نص ", em("عربي"), "."),
        subhead("عنوان"),
        quote("اقتباس", by="كاتب"),
        image(picture, alt="صورة", caption="تعليق"),
        bio("سيرة"),
        meta=dict(language="ar", authors=("كاتب",)),
        media=[picture],
    )


AWKWARD_LINKS = (
    "https://example.org/100%",
    "https://example.org/a#b#c",
    "https://example.org/[x] «y»",
    "https://user@exämple.org:8080/a?q=1&r=é#",
    "tel:+33 1 23 45",
    "mailto:desk@example.org?subject=Un sujet",
    "#suite",
    "#absent",
    "javascript:alert(1)",
    "notes.html",
)


def bare_metadata() -> Article:
    """Nothing but a title and text, with every kind of awkward link address."""
    return article(
        title("Seul titre"),
        subhead("Suite", id="suite"),
        *(para(link(f"lien {n}", href), " ", em("x")) for n, href in enumerate(AWKWARD_LINKS)),
        meta=Meta(id="", language=""),
    )


EDGE_CASES = {
    "bare-metadata": bare_metadata,
    "no-blocks": lambda: Article(meta=Meta(language="en")),
    "right-to-left": right_to_left,
}


@pytest.mark.slow
@pytest.mark.parametrize("case", EDGE_CASES)
def test_epubcheck_finds_nothing_in_edge_cases(tmp_path: Path, case: str) -> None:
    book = export(tmp_path, EDGE_CASES[case](), cover=True)
    assert problems(book.path) == []


def test_empty_optional_metadata_is_left_out(tmp_path: Path) -> None:
    book = export(tmp_path, EDGE_CASES["bare-metadata"]())
    assert book.dc("identifier")[0].startswith("urn:uuid:")
    assert book.dc("language") == ["und"]
    assert book.dc("creator") == book.dc("date") == book.dc("subject") == book.dc("rights") == []
    header = book.content.find(".//h:header", NS)
    assert header is not None and [child.tag for child in header] == [f"{{{NS['h']}}}h1"]


def test_right_to_left_article(tmp_path: Path) -> None:
    book = export(tmp_path, right_to_left(), cover=True)
    assert book.content.get("dir") == "rtl"
    spine = book.opf.find("opf:spine", NS)
    assert spine is not None and spine.get("page-progression-direction") == "rtl"
    nav = book.xml("nav.xhtml")
    assert nav.get("lang") == "ar"
    heading = nav.find(".//h:h2", NS)
    assert heading is not None and heading.get("lang") == "en"  # the words we have for it
    byline = book.content.find(".//h:p[@class='byline']", NS)
    assert byline is not None and text(byline) == "كاتب"
    cover = book.xml("cover.xhtml").find(".//h:img", NS)
    assert cover is not None and cover.get("alt") == "مرحبا بالعالم"


examples = settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.slow
@examples
@given(source=articles(every_kind=True), cover=st.booleans())
def test_epubcheck_finds_nothing_in_articles_with_every_kind(
    tmp_path: Path, source: Article, cover: bool
) -> None:
    book = export(tmp_path, source, cover=cover)
    assert_anchors_exist(book)
    assert problems(book.path) == []


@pytest.mark.slow
@examples
@given(source=articles(), cover=st.booleans())
def test_epubcheck_finds_nothing_in_any_article(
    tmp_path: Path, source: Article, cover: bool
) -> None:
    book = export(tmp_path, source, cover=cover)
    assert_anchors_exist(book)
    assert problems(book.path) == []


# -- the seed reads as the article ------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_book(tmp_path_factory: pytest.TempPathFactory) -> Book:
    return export(tmp_path_factory.mktemp("seed"), seed_article())


def test_seed_has_one_h1_the_title(seed_book: Book) -> None:
    h1 = seed_book.content.findall(".//h:h1", NS)
    assert [text(h) for h in h1] == [seed_article().title]


def test_seed_subheads_are_h2_and_in_the_nav(seed_book: Book) -> None:
    subheads = [b.plain_text for b in seed_article().of_kind("subhead")]
    assert len(subheads) == 5
    h2 = seed_book.content.findall(".//h:h2", NS)
    assert [text(h) for h in h2] == subheads
    nav = seed_book.nav_links()
    assert [label for _, label in nav] == [seed_article().title, *subheads]
    assert [href for href, _ in nav[1:]] == [f"article.xhtml#{h.get('id')}" for h in h2]
    assert_anchors_exist(seed_book)


def test_seed_pull_quote_holds_its_attribution(seed_book: Book) -> None:
    quote = seed_article().first("pullquote")
    assert quote is not None
    asides = seed_book.content.findall(".//h:aside[@role='doc-pullquote']", NS)
    assert len(asides) == 1
    assert [text(p) for p in asides[0]] == [quote.plain_text, quote.attr("attribution")]
    assert asides[0].get(f"{{{NS['epub']}}}type") is None


def test_seed_bio_and_section(seed_book: Book) -> None:
    bio = seed_article().first("author_bio")
    assert bio is not None
    footer = seed_book.content.find(".//h:footer[@class='author-bio']/h:p", NS)
    assert footer is not None and text(footer) == bio.plain_text
    section = seed_book.content.find(".//h:header/h:p[@class='section']", NS)
    assert section is not None and "Actualités" in text(section)


def test_seed_language_everywhere(seed_book: Book) -> None:
    assert seed_book.dc("language") == ["fr"]
    for name in ("article.xhtml", "nav.xhtml"):
        root = seed_book.xml(name)
        assert root.get("lang") == "fr" and root.get(XML_LANG) == "fr"


def test_seed_accessibility_metadata(seed_book: Book) -> None:
    assert seed_book.meta("schema:accessMode") == ["textual"]
    assert seed_book.meta("schema:accessModeSufficient") == ["textual"]
    assert set(seed_book.meta("schema:accessibilityFeature")) == {
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "displayTransformability",
    }
    assert seed_book.meta("schema:accessibilityHazard") == ["none"]
    (summary,) = seed_book.opf.findall(
        "opf:metadata/opf:meta[@property='schema:accessibilitySummary']", NS
    )
    assert summary.get(XML_LANG) == "fr" and "intertitres" in (summary.text or "")


def test_seed_text_is_exact(seed_book: Book) -> None:
    paragraphs = [b.plain_text for b in seed_article().of_kind("paragraph")]
    body = seed_book.content.findall(".//h:article/h:p", NS)
    assert [text(p) for p in body] == paragraphs
    raw = seed_book.read("article.xhtml").decode("utf-8")
    assert "&nbsp;" not in raw and "&#160;" not in raw


# -- the sample: metadata, images, cover ------------------------------------------------------


def test_sample_metadata(tmp_path: Path) -> None:
    sample = storage.load(SAMPLE)
    paris = timezone(timedelta(hours=1))
    book = export(tmp_path, sample, now=datetime(2025, 3, 1, 13, 30, 5, tzinfo=paris))
    assert book.dc("identifier") == [sample.meta.id]
    assert book.dc("title") == [sample.title]
    assert book.dc("creator") == ["Camille Roux"]
    assert book.dc("date") == ["2025-02-01"]
    assert set(sample.meta.keywords) <= set(book.dc("subject"))
    assert book.dc("description") == [sample.standfirst]
    assert book.dc("rights") == [sample.meta.copyright]
    assert book.meta("dcterms:modified") == ["2025-03-01T12:30:05Z"]
    assert book.meta("schema:accessMode") == ["textual", "visual"]
    assert "alternativeText" in book.meta("schema:accessibilityFeature")
    ncx_uid = book.xml("toc.ncx").find("ncx:head/ncx:meta[@name='dtb:uid']", NS)
    assert ncx_uid is not None and ncx_uid.get("content") == sample.meta.id
    depth = book.xml("toc.ncx").find("ncx:head/ncx:meta[@name='dtb:depth']", NS)
    assert depth is not None and depth.get("content") == "2"


@pytest.mark.slow
def test_the_embargo_is_when_the_book_becomes_available(tmp_path: Path) -> None:
    until = datetime(2026, 12, 8, 6, 0, tzinfo=timezone(timedelta(hours=1)))
    book = export(tmp_path, storage.load(SAMPLE).with_meta(embargo=until))
    assert book.meta("dcterms:available") == ["2026-12-08T06:00:00+01:00"]
    assert problems(book.path) == []
    free = export(tmp_path, storage.load(SAMPLE), name="free")
    assert free.meta("dcterms:available") == []


def test_sample_image_is_packaged_with_its_alt(tmp_path: Path) -> None:
    sample = storage.load(SAMPLE)
    block = sample.first("image")
    assert block is not None
    book = export(tmp_path, sample)
    img = book.content.find(".//h:figure/h:img", NS)
    assert img is not None and img.get("alt") == block.attr("alt")
    picture = sample.image_of(block)
    assert picture is not None and book.read(img.get("src", "")) == picture.data


def test_cover_is_generated_from_the_title_and_first_image(tmp_path: Path) -> None:
    sample = storage.load(SAMPLE)
    book = export(tmp_path, sample, cover=True)
    (item,) = book.opf.findall("opf:manifest/opf:item[@properties='cover-image']", NS)
    svg = book.xml(item.get("href", ""))
    assert sample.title.split()[-1] in text(svg)
    picture = svg.find("svg:image", NS)
    assert picture is not None
    assert picture.get("{http://www.w3.org/1999/xlink}href") == "images/image-1.png"
    img = book.xml("cover.xhtml").find(".//h:img", NS)
    assert img is not None and img.get("role") == "doc-cover"
    assert sample.title in img.get("alt", "")
    spine = [i.get("idref") for i in book.opf.iterfind("opf:spine/opf:itemref", NS)]
    assert spine == ["cover", "article"]


def test_no_cover_unless_asked(tmp_path: Path) -> None:
    book = export(tmp_path, storage.load(SAMPLE))
    assert book.opf.findall("opf:manifest/opf:item[@properties='cover-image']", NS) == []


def test_same_moment_same_bytes(tmp_path: Path) -> None:
    sample = storage.load(SAMPLE)
    first = export(tmp_path, sample, "one", cover=True)
    second = export(tmp_path, sample, "two", cover=True)
    assert first.path.read_bytes() == second.path.read_bytes()
    with zipfile.ZipFile(first.path) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
    assert {info.date_time for info in infos} == {(2025, 3, 1, 12, 30, 0)}


def test_pictures_are_stored_and_the_rest_deflated(tmp_path: Path) -> None:
    book = export(tmp_path, storage.load(SAMPLE), cover=True)
    with zipfile.ZipFile(book.path) as archive:
        methods = {info.filename: info.compress_type for info in archive.infolist()}
        assert archive.testzip() is None
    pictures = [name for name in methods if name.endswith((".png", ".jpg"))]
    assert pictures and all(methods[name] == zipfile.ZIP_STORED for name in pictures)
    deflated = set(methods) - set(pictures) - {"mimetype"}
    assert "EPUB/article.xhtml" in deflated
    assert all(methods[name] == zipfile.ZIP_DEFLATED for name in deflated)


def test_image_type_is_read_from_the_bytes(tmp_path: Path) -> None:
    picture = Media("image/jpeg", png_bytes(3, 3))
    book = export(tmp_path, article(title("T"), image(picture, alt="a"), media=[picture]))
    (item,) = book.opf.findall("opf:manifest/opf:item[@id='image-1']", NS)
    assert item.get("media-type") == "image/png" and item.get("href", "").endswith(".png")


def test_an_image_e_readers_cannot_show_is_refused_and_the_old_file_kept(tmp_path: Path) -> None:
    gif = media(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif")
    source = article(title("T"), image(gif, alt="Un graphique"), media=[gif])
    target = tmp_path / "article.epub"
    target.write_bytes(b"previous")
    with pytest.raises(ExportError, match=r"Un graphique.*JPEG or PNG"):
        epub.export(source, target, ExportOptions(now=NOW))
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["article.epub"]


def test_stylesheet_respects_the_readers_settings() -> None:
    css = (PROJECT_ROOT / "resources" / "epub" / "epub.css").read_text(encoding="utf-8")
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    assert not re.search(r"\d(px|pt|cm|mm|in|pc)\b", rules)
    assert "background" not in rules and "position: fixed" not in rules
    body = re.search(r"body \{([^}]*)\}", rules)
    assert body is not None and re.search(r"font-family:[^;]*\bserif;", body.group(1))


def test_unusual_characters_survive_exactly(tmp_path: Path) -> None:
    phrase = "Quoi\u202f? «\u00a0ici\u00a0» e\u0301 שלום 👩🏽‍💻 <&>"
    book = export(tmp_path, article(title(phrase), para(phrase, "\x07")))
    assert text(book.content.find(".//h:h1", NS)) == phrase  # type: ignore[arg-type]
    assert book.dc("title") == [phrase]
    assert [text(p) for p in book.content.findall(".//h:article/h:p", NS)] == [clean(phrase)]


def test_copydesk_export_to_epub(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "editor",
            "export",
            SAMPLE,
            "--to",
            "epub",
            "--cover",
            "-o",
            tmp_path,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    book = Book(Path(result.stdout.strip()))
    assert book.path.parent == tmp_path and book.path.suffix == ".epub"
    assert book.dc("title") == [storage.load(SAMPLE).title]
    assert book.read("cover.svg").startswith(b"<?xml")

"""NewsML-G2 export: every item is checked against the IPTC schemas and its QCode aliases.

Golden file: set COPYDESK_REGENERATE_GOLDEN=1 to rewrite tests/formats/golden/newsml/
from the current exporter (then review the diff); never edit it by hand.
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from editor.cli import main
from editor.formats.newsml import DEFAULT_DOMAIN, code_of, export, serialize, with_guid
from editor.formats.newsml_catalog import IPTC_ALIASES, OWN_SCHEMES
from editor.formats.newsml_text import dateline_date
from editor.formats.options import PUB_STATUSES, ExportError, ExportOptions
from editor.model import storage
from editor.model.article import Article, Block, Dateline, Subject
from editor.model.build import (
    article,
    bio,
    em,
    image,
    kicker,
    link,
    marked,
    media,
    para,
    quote,
    standfirst,
    strong,
    subhead,
    sup,
    title,
)
from editor.model.inline import EM, LINK, STRONG, SUP, Run, Text, normalize
from tests.formats.newsml_validation import (
    NAR,
    NITF,
    NS,
    catalog_41_aliases,
    check_item,
    inline_aliases,
    parse,
    schema_errors,
    used_qcodes,
)
from tests.shared import PROJECT_ROOT, SAMPLE, seed_article
from tests.strategies import articles, png_bytes

NOW = datetime(2025, 2, 1, 12, 0, tzinfo=UTC)
GOLDEN = PROJECT_ROOT / "tests" / "formats" / "golden" / "newsml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
COLON_OFFSET = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
GUID = re.compile(r"urn:newsml:([a-z0-9.-]+):(\d{8}):[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")
DATES = ("versionCreated", "firstCreated", "embargoed", "contentCreated", "contentModified")
CLASS_MARKS = {"italic": EM, "bold": STRONG}


# -- reading an item back ------------------------------------------------------------------------


def exported(item: Article, folder: Path, options: ExportOptions | None = None) -> etree._Element:
    """Export to `folder`, check schema and aliases, return the root."""
    path = folder / "item.newsml.xml"
    export(item, path, options or ExportOptions(now=NOW))
    return check_item(path).getroot()


def one(root: etree._Element, path: str) -> etree._Element:
    found = root.xpath(path, namespaces=NS)
    assert isinstance(found, list) and len(found) == 1, f"{path}: {found!r}"
    element = found[0]
    assert isinstance(element, etree._Element)
    return element


def texts(root: etree._Element, path: str) -> list[str]:
    found = root.xpath(path, namespaces=NS)
    assert isinstance(found, list)
    return ["".join(map(str, e.itertext())) for e in found if isinstance(e, etree._Element)]


def local(element: etree._Element) -> str:
    return etree.QName(element).localname


def runs_of(
    element: etree._Element, marks: frozenset[str] = frozenset(), href: str | None = None
) -> Text:
    """NITF inline markup read back as model runs: the exporter's mapping in reverse."""
    out: list[Run] = [Run(element.text, marks, href)] if element.text else []
    for child in element:
        tag, inner, inner_href = local(child), marks, href
        if tag == "em":
            inner = marks | {CLASS_MARKS[child.get("class", "")]}
        elif tag == "sup":
            inner = marks | {SUP}
        elif tag == "a":
            inner, inner_href = marks | {LINK}, child.get("href")
        else:
            assert tag == "num", f"unexpected inline element {tag}"
        out.extend(runs_of(child, inner, inner_href))
        if child.tail:
            out.append(Run(child.tail, marks, href))
    return normalize(out)


def body_content(root: etree._Element) -> list[etree._Element]:
    return list(one(root, "//n:body.content"))


def running_copy(item: Article) -> list[Block]:
    """The blocks the NITF body.content carries: all but the heading and the bio."""
    heading = {b.id for b in (item.first(k) for k in ("kicker", "title", "standfirst")) if b}
    return [b for b in item.blocks if b.id not in heading and b.kind != "author_bio"]


def assert_body_matches(item: Article, root: etree._Element, folder: Path) -> None:
    """Each block of the running copy is in body.content, in order, text and marks exact."""
    elements = body_content(root)
    blocks = running_copy(item)
    assert len(elements) == len(blocks)
    for block, element in zip(blocks, elements, strict=True):
        if block.kind == "image":
            assert_image(item, block, element, folder)
        elif block.kind == "pullquote":
            assert local(element) == "bq" and element.get("class") == "pullquote"
            assert runs_of(one(element, "n:block/n:p")) == block.text
            assert texts(element, "n:credit") == [block.attr("attribution")] * bool(
                block.attr("attribution")
            )
        else:
            tag = "p" if block.kind in ("paragraph", "standfirst") else "hl2"
            assert local(element) == tag
            assert runs_of(element) == block.text


def assert_image(item: Article, block: Block, element: etree._Element, folder: Path) -> None:
    assert local(element) == "media" and element.get("media-type") == "image"
    reference = one(element, "n:media-reference")
    picture = item.image_of(block)
    assert picture is not None
    assert (folder / str(reference.get("source"))).read_bytes() == picture.data
    assert reference.get("mime-type") == picture.type
    assert reference.get("alternate-text", "") == block.attr("alt")
    assert texts(element, "n:media-caption") == [block.attr("caption")] * bool(
        block.attr("caption")
    )
    assert texts(element, "n:media-producer") == [block.attr("credit")] * bool(block.attr("credit"))


def assert_dates_have_colon_offsets(root: etree._Element) -> None:
    for name in DATES:
        for value in texts(root, f"//g:{name}"):
            assert COLON_OFFSET.fullmatch(value), f"{name}: {value}"


# -- the seed and the sample -------------------------------------------------------------------


def test_seed_item_carries_the_whole_story(tmp_path: Path) -> None:
    seed = seed_article()
    root = exported(seed, tmp_path)
    assert root.get(XML_LANG) == "fr"
    assert texts(root, "//g:contentMeta/g:headline[not(@role)]") == [seed.title]
    assert texts(root, "//g:contentMeta/g:description[@role='drol:summary']") == [seed.standfirst]
    assert texts(root, "//n:hedline/n:hl1") == [seed.title]
    assert texts(root, "//n:body.head/n:abstract/n:p") == [seed.standfirst]
    subheads = [b.plain_text for b in seed.of_kind("subhead")]
    assert len(subheads) == 5
    assert texts(root, "//n:body.content/n:hl2") == subheads
    assert texts(root, "//n:body.content/n:p") == [b.plain_text for b in seed.of_kind("paragraph")]
    (pullquote,) = seed.of_kind("pullquote")
    assert texts(root, "//n:bq[@class='pullquote']/n:block/n:p") == [pullquote.plain_text]
    assert texts(root, "//n:bq[@class='pullquote']/n:credit") == [pullquote.attr("attribution")]
    (author_bio,) = seed.of_kind("author_bio")
    assert texts(root, "//n:body.end/n:tagline") == [author_bio.plain_text]
    assert_body_matches(seed, root, tmp_path)


def test_seed_sections_become_a_subject_in_a_declared_scheme(tmp_path: Path) -> None:
    root = exported(seed_article(), tmp_path)
    subject = one(root, "//g:subject[starts-with(@qcode, 'cpsec:')]")
    assert subject.get("qcode") == "cpsec:actualites/international"
    assert texts(subject, "g:name") == ["International"]
    assert texts(subject, "g:broader/g:name") == ["Actualités"]
    assert inline_aliases(etree.ElementTree(root)) == {"cpsec"}


def test_sample_item_with_its_picture_beside_it(tmp_path: Path) -> None:
    sample = storage.load(SAMPLE)
    root = exported(sample, tmp_path)
    assert_body_matches(sample, root, tmp_path)
    assert_dates_have_colon_offsets(root)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["item-1.png", "item.newsml.xml"]
    assert one(root, "//n:media-reference").get("source") == "item-1.png"
    (author,) = sample.meta.authors
    creator = one(root, "//g:contentMeta/g:creator")
    assert texts(creator, "g:name") == [author.name]
    assert texts(creator, "g:definition[@role='cprole:bio']") == [
        next(sample.of_kind("author_bio")).plain_text
    ]
    assert texts(root, "//g:contentMeta/g:headline[@role='cprole:kicker']") == [sample.kicker]
    assert texts(root, "//g:keyword") == list(sample.meta.keywords)
    assert [s.get("qcode") for s in root.iterfind(f".//{{{NAR}}}subject")][:2] == [
        s.code for s in sample.meta.subjects
    ]
    assert texts(root, "//g:rightsInfo/g:copyrightNotice") == [sample.meta.copyright]
    assert int(one(root, "//g:inlineXML").get("wordcount", "0")) > 300


def normalised(xml: bytes) -> bytes:
    """The item with the one field that changes on every release (our version) blanked."""
    root = etree.fromstring(xml)
    for generator in root.iterfind(f".//{{{NAR}}}generator"):
        generator.set("versioninfo", "VERSION")
    return serialize(root)


def test_sample_matches_the_golden_item(tmp_path: Path) -> None:
    sample = storage.load(SAMPLE).with_meta(guid="urn:newsml:example.org:20250201:golden")
    options = ExportOptions(
        now=NOW, provider_name="Exemple Presse", provider_uri="https://www.example.org/"
    )
    path = tmp_path / "bibliotheque-croix-rousse.newsml.xml"
    export(sample, path, options)
    check_item(path)
    actual = normalised(path.read_bytes())
    golden = GOLDEN / path.name
    if os.environ.get("COPYDESK_REGENERATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(actual)
    assert actual == golden.read_bytes()


# -- generated articles ------------------------------------------------------------------------


def check_generated(item: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = exported(item, Path(folder))
        assert_body_matches(item, root, Path(folder))
        assert_dates_have_colon_offsets(root)
        used = {code.partition(":")[0] for code in used_qcodes(etree.ElementTree(root))}
        own = {scheme.alias for scheme in OWN_SCHEMES}
        assert inline_aliases(etree.ElementTree(root)) == used & own


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_generated_articles_are_valid_items(item: Article) -> None:
    check_generated(item)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(every_kind=True))
def test_generated_articles_with_every_kind_are_valid_items(item: Article) -> None:
    check_generated(item)


def test_an_article_with_no_optional_metadata(tmp_path: Path) -> None:
    root = exported(article(title("Seul le titre")), tmp_path)
    assert root.find(f"{{{NAR}}}rightsInfo") is None
    assert root.find(f"{{{NAR}}}catalog") is None
    assert one(root, "//g:provider").get("literal") == "Copydesk"
    assert texts(root, "//g:headline") == ["Seul le titre"]


def test_an_empty_article(tmp_path: Path) -> None:
    root = exported(Article(), tmp_path)
    assert body_content(root) == []


# -- options -----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", PUB_STATUSES)
def test_publication_status(tmp_path: Path, status: str) -> None:
    root = exported(seed_or_small(), tmp_path, ExportOptions(now=NOW, pub_status=status))
    assert one(root, "//g:pubStatus").get("qcode") == f"stat:{status}"


@pytest.mark.parametrize("urgency", [1, 5, 9])
def test_urgency(tmp_path: Path, urgency: int) -> None:
    root = exported(seed_or_small(), tmp_path, ExportOptions(now=NOW, urgency=urgency))
    assert texts(root, "//g:contentMeta/g:urgency") == [str(urgency)]


def test_embargo_keeps_its_offset(tmp_path: Path) -> None:
    until = datetime(2025, 1, 10, 6, 0, tzinfo=timezone(timedelta(hours=1)))
    root = exported(seed_or_small(), tmp_path, ExportOptions(now=NOW, embargo=until))
    assert texts(root, "//g:itemMeta/g:embargoed") == ["2025-01-10T06:00:00+01:00"]
    assert texts(root, "//g:itemMeta/g:versionCreated") == ["2025-02-01T12:00:00+00:00"]


def test_the_articles_embargo_goes_into_the_item_and_its_nitf_body(tmp_path: Path) -> None:
    until = datetime(2026, 12, 8, 6, 0, tzinfo=timezone(timedelta(hours=1)))
    root = exported(seed_or_small().with_meta(embargo=until), tmp_path)  # schema-checked
    assert texts(root, "//g:itemMeta/g:embargoed") == ["2026-12-08T06:00:00+01:00"]
    docdata = one(root, "//n:nitf/n:head/n:docdata")
    assert docdata.get("management-status") == "embargoed"
    assert one(docdata, "n:date.release").get("norm") == "20261208T060000+0100"


def test_the_command_lines_embargo_overrides_the_articles(tmp_path: Path) -> None:
    paris = timezone(timedelta(hours=1))
    story = seed_or_small().with_meta(embargo=datetime(2026, 12, 8, 6, 0, tzinfo=paris))
    later = ExportOptions(now=NOW, embargo=datetime(2026, 12, 9, 6, 0, tzinfo=paris))
    root = exported(story, tmp_path, later)
    assert texts(root, "//g:itemMeta/g:embargoed") == ["2026-12-09T06:00:00+01:00"]
    assert one(root, "//n:date.release").get("norm") == "20261209T060000+0100"


def test_without_embargo_no_nitf_head(tmp_path: Path) -> None:
    root = exported(seed_or_small(), tmp_path)
    assert root.xpath("//n:nitf/n:head", namespaces=NS) == []


def test_provider_from_the_settings(tmp_path: Path) -> None:
    options = ExportOptions(now=NOW, provider_name="Le Progrès", provider_uri="leprogres.fr")
    root = exported(seed_or_small(), tmp_path, options)
    provider = one(root, "//g:itemMeta/g:provider")
    assert provider.get("uri") == "https://leprogres.fr"
    assert texts(provider, "g:name") == ["Le Progrès"]
    scheme = one(root, "/g:newsItem/g:catalog/g:scheme[@alias='cprole']")
    assert scheme.get("uri") == "https://leprogres.fr/newscodes/role/"


@pytest.mark.parametrize(
    ("options", "item"),
    [
        (ExportOptions(pub_status="killed"), None),
        (ExportOptions(urgency=0), None),
        (ExportOptions(urgency=10), None),
        (ExportOptions(embargo=datetime(2025, 1, 10, 6, 0)), None),
        (ExportOptions(provider_uri="https://"), None),
        (ExportOptions(), article(title("T"), meta=dict(language="français"))),
        (ExportOptions(), article(title("T"), image("sha256:" + "0" * 64, alt="absent"))),
    ],
    ids=["status", "urgency-0", "urgency-10", "naive-embargo", "provider", "language", "picture"],
)
def test_impossible_exports_are_refused_with_a_message(
    tmp_path: Path, options: ExportOptions, item: Article | None
) -> None:
    with pytest.raises(ExportError, match="NewsML-G2: "):
        export(item or seed_or_small(), tmp_path / "item.newsml.xml", options)
    assert list(tmp_path.iterdir()) == []


def seed_or_small() -> Article:
    """A small article using every kind of block, for the option tests."""
    picture = media(png_bytes())
    return article(
        kicker("Diplomatie"),
        title("Le dernier voyage"),
        standfirst("Un adieu ", em("amer"), "."),
        para(
            "Le 1",
            sup("er"),
            " décembre, ",
            strong("à Bruxelles"),
            ", ",
            link("l’OTAN", "https://www.nato.int/"),
        ),
        subhead("Un diplomate"),
        quote("Vous avez été un allié fidèle.", by="Mark Rutte"),
        image(picture, caption="Le siège", credit="OTAN", alt="Un bâtiment de verre"),
        bio("Journaliste au service Monde."),
        meta=dict(
            language="fr",
            section=("Actualités", "International"),
            authors=("Anne Martin", "Paul Durand"),
            dateline=Dateline("Bruxelles", date(2024, 12, 4)),
            created=datetime(2024, 12, 4, 9, 12, tzinfo=timezone(timedelta(hours=1))),
            subjects=(Subject("medtop:11000000", "politique"), Subject("ma rubrique", "libre")),
            genre="analyse",
        ),
        media=[picture],
    )


# -- text ---------------------------------------------------------------------------------------


def test_control_characters_are_stripped_and_nothing_else(tmp_path: Path) -> None:
    item = article(
        title("Ti\x07tre"),
        para("a\x00b\x1bc\x7fd\x85e\ufffef", link("l\x01ien", "https://example.org/\x02x")),
        quote("cita\x0ction", by="Au\x08teur"),
        meta=dict(keywords=("mot\tclé\x0b",), authors=("Anne\x1f Martin",)),
    )
    root = exported(item, tmp_path)
    assert texts(root, "//g:contentMeta/g:headline") == ["Titre"]
    assert texts(root, "//n:body.content/n:p") == ["abcdeflien"]
    assert one(root, "//n:a").get("href") == "https://example.org/x"
    assert texts(root, "//n:bq/n:block/n:p") == ["citation"]
    assert texts(root, "//n:bq/n:credit") == ["Auteur"]
    assert texts(root, "//g:keyword") == ["mot clé"]
    assert texts(root, "//g:by") == ["Anne Martin"]


def test_typographic_characters_are_kept_exactly(tmp_path: Path) -> None:
    text = "« Oui », dit-il\u202f; 10\u00a0000 e\u0301t\u00e9 — 😀 שלום & <b>"
    root = exported(article(title(text), para(text)), tmp_path)
    assert texts(root, "//g:headline") == [text]
    assert texts(root, "//n:body.content/n:p") == [text]


def test_narrow_no_break_spaces_can_be_widened(tmp_path: Path) -> None:
    item = article(title("Quoi\u202f?"), para("10\u202f000 euros\u202f!"))
    path = tmp_path / "item.newsml.xml"
    export(item, path, ExportOptions(now=NOW, narrow_nbsp_to_nbsp=True))
    root = check_item(path).getroot()
    assert "\u202f" not in path.read_text(encoding="utf-8")
    assert texts(root, "//n:body.content/n:p") == ["10\u00a0000 euros\u00a0!"]
    assert texts(root, "//g:headline") == ["Quoi\u00a0?"]
    default = exported(item, tmp_path)
    assert texts(default, "//n:body.content/n:p") == ["10\u202f000 euros\u202f!"]


def test_marks_nest_inside_a_link(tmp_path: Path) -> None:
    runs = (
        marked("XIX", EM, LINK, href="https://e.org/"),
        marked("e", EM, SUP, LINK, href="https://e.org/"),
    )
    root = exported(article(title("T"), para(*runs)), tmp_path)
    p = one(root, "//n:body.content/n:p")
    assert etree.tostring(p, encoding="unicode").endswith(
        '<a href="https://e.org/"><em class="italic">XIX</em>'
        '<em class="italic"><num><sup>e</sup></num></em></a></p>\n'
    )


def test_dateline_dates_read_as_the_desk_writes_them() -> None:
    assert dateline_date(date(2025, 2, 1), "fr") == "1er février 2025"
    assert dateline_date(date(2024, 12, 4), "fr-CH") == "4 décembre 2024"
    assert dateline_date(date(2024, 12, 1), "en-GB") == "1 December 2024"
    assert dateline_date(date(2024, 12, 4), "de") == "2024-12-04"


def test_section_codes() -> None:
    assert code_of("Actualités") == "actualites"
    assert code_of("Culture & Loisirs") == "culture-loisirs"
    assert code_of("漢字") == "漢字"
    assert code_of("😀") == "%F0%9F%98%80"


# -- guid ---------------------------------------------------------------------------------------


def test_guid_from_the_provider_domain_and_the_day_of_creation() -> None:
    created = datetime(2025, 2, 1, 8, 30, tzinfo=timezone(timedelta(hours=1)))
    item = article(title("T"), meta=dict(created=created))
    guid = with_guid(item, ExportOptions(provider_uri="https://www.example.org/depeches")).meta.guid
    match = GUID.fullmatch(guid)
    assert match is not None and match.group(1, 2) == ("example.org", "20250201")


def test_guid_without_provider_or_creation_date() -> None:
    guid = with_guid(article(title("T")), ExportOptions(now=NOW)).meta.guid
    match = GUID.fullmatch(guid)
    assert match is not None and match.group(1, 2) == (DEFAULT_DOMAIN, "20250201")


def test_guid_once_stored_never_changes(tmp_path: Path) -> None:
    options = ExportOptions(now=NOW, provider_uri="https://example.org/")
    stored = with_guid(seed_or_small(), options)
    assert with_guid(stored, options) is stored
    storage.save(stored, tmp_path / "story.article")
    reloaded = storage.load(tmp_path / "story.article")
    guids = {exported(reloaded, tmp_path, options).get("guid") for _ in range(2)}
    assert guids == {stored.meta.guid}


def test_an_article_without_guid_still_exports(tmp_path: Path) -> None:
    root = exported(seed_or_small(), tmp_path)
    assert GUID.fullmatch(str(root.get("guid")))


# -- the checks themselves ---------------------------------------------------------------------


def test_the_nitf_body_is_validated_strictly(tmp_path: Path) -> None:
    root = exported(seed_or_small(), tmp_path)
    paragraph = one(root, "//n:body.content/n:p")
    etree.SubElement(paragraph, f"{{{NITF}}}b").text = "gras"
    errors = schema_errors(etree.ElementTree(root))
    assert errors and "b" in errors[0]


def test_undeclared_aliases_are_caught(tmp_path: Path) -> None:
    root = exported(seed_or_small(), tmp_path)
    one(root, "//g:genre").set("qcode", "maison:analyse")
    with pytest.raises(AssertionError, match="maison"):
        check_item(etree.tostring(root))


def test_our_alias_list_is_catalog_41() -> None:
    assert catalog_41_aliases() == IPTC_ALIASES
    assert not {scheme.alias for scheme in OWN_SCHEMES} & IPTC_ALIASES


def test_command_line_export(tmp_path: Path) -> None:
    source = tmp_path / "story.article"
    storage.save(storage.load(SAMPLE), source)
    out = tmp_path / "out"
    assert main(["export", str(source), "--to", "newsml", "-o", str(out), "--urgency", "2"]) == 0
    root = parse(out / "story.newsml.xml").getroot()
    check_item(out / "story.newsml.xml")
    assert texts(root, "//g:urgency") == ["2"]
    assert (out / "story-1.png").is_file()

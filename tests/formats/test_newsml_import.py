"""NewsML-G2 import: our own items come back exactly; agencies' items read as they are sent.

Round trips compare a projection of the article: blocks without their ids — kind,
runs with marks and links (the kicker's marks travel as spans in its headline),
attributes (attribution, caption, credit, alt, media key); the images' bytes and
types; and the metadata the item carries:
language, revision (the item version), guid, authors with their job titles,
dateline, created, modified, slug, credit, keywords, subjects, genre, section and
copyright. The exporter trims the last five (and drops empty section levels and
keywords), so they are compared trimmed. The article id and status and the
length template are not carried by NewsML-G2.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from editor.formats import newsml_read
from editor.formats.imported import ImportRefusedError
from editor.formats.newsml import export, with_guid
from editor.formats.options import ExportOptions
from editor.model import storage
from editor.model.article import Article, Meta
from editor.model.inline import EM, LINK, STRONG, SUP, Run, text_of
from editor.model.schema import validate
from tests.shared import SAMPLE, seed_article
from tests.strategies import articles, png_bytes

NOW = datetime(2025, 2, 1, 12, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parent / "fixtures"


def blocks_of(article: Article) -> list[tuple[str, tuple[Run, ...], dict[str, str]]]:
    return [(b.kind, b.text, dict(b.attrs)) for b in article.blocks]


def media_of(article: Article) -> dict[str, tuple[str, bytes]]:
    return {key: (m.type, m.data) for key, m in article.media.items()}


def newsml_meta(meta: Meta) -> dict[str, Any]:
    """The metadata an item carries, as it can come back (see the module docstring)."""
    return {
        "language": meta.language,
        "revision": meta.revision,
        "guid": meta.guid,
        "authors": [(a.name, a.role if a.role.strip() else "") for a in meta.authors],
        "dateline": meta.dateline,
        "created": meta.created,
        "modified": meta.modified,
        "slug": meta.slug,
        "credit": meta.credit if meta.credit.strip() else "",
        "keywords": [k.strip() for k in meta.keywords if k.strip()],
        "subjects": [(s.code, s.name.strip()) for s in meta.subjects],
        "genre": meta.genre.strip(),
        "section": [level.strip() for level in meta.section if level.strip()],
        "copyright": meta.copyright.strip(),
    }


def round_trip(article: Article, folder: Path) -> tuple[Article, Article]:
    """The article as exported (with its guid) and as imported back."""
    options = ExportOptions(now=NOW)
    article = with_guid(article, options)
    path = folder / "depeche.newsml.xml"
    export(article, path, options)
    return article, newsml_read.load(path).article


def assert_same(original: Article, back: Article) -> None:
    assert blocks_of(back) == blocks_of(original)
    assert media_of(back) == media_of(original)
    assert newsml_meta(back.meta) == newsml_meta(original.meta)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_generated_articles_come_back_exactly(article: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_same(*round_trip(article, Path(folder)))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(every_kind=True))
def test_every_kind_mark_link_and_image_comes_back(article: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_same(*round_trip(article, Path(folder)))


def test_the_sample_comes_back_with_its_metadata(tmp_path: Path) -> None:
    original, back = round_trip(storage.load(SAMPLE), tmp_path)
    assert_same(original, back)
    assert back.meta.section == ("Culture", "Livres")
    assert back.meta.authors[0].role == "journaliste"


def test_the_seed_comes_back_block_for_block(tmp_path: Path) -> None:
    original, back = round_trip(seed_article(), tmp_path)
    assert blocks_of(back) == blocks_of(original)
    assert back.meta.section == original.meta.section
    assert not [p for p in validate(back) if p.is_error]


# -- items as others write them ------------------------------------------------------------------


def fixture(name: str, folder: Path) -> Path:
    """A copy of a fixture in `folder`, so the pictures it names can sit beside it."""
    return Path(shutil.copy(FIXTURES / name, folder / name))


def test_an_agency_item_with_a_nitf_body_and_common_defects(tmp_path: Path) -> None:
    (tmp_path / "chalets.png").write_bytes(png_bytes(6, 4))
    imported = newsml_read.load(fixture("agency-nitf-item.xml", tmp_path))
    article, meta = imported.article, imported.article.meta
    assert [b.kind for b in article.blocks] == [
        "title",
        "standfirst",
        "paragraph",
        "subhead",
        "paragraph",
        "pullquote",
        "image",
        "paragraph",
        "author_bio",
    ]
    assert article.title == "Strasbourg : le marché de Noël ouvre sous haute surveillance"
    assert Run("deux", frozenset({EM})) in article.blocks[1].text
    assert [a.name for a in meta.authors] == ["Léa Fontaine"]
    body = article.blocks[4].text
    assert Run("dix-sept", frozenset({STRONG})) in body
    assert Run("préfecture", frozenset({LINK}), "https://prefecture.example/communique") in body
    assert article.blocks[5].attr("attribution") == "Le préfet du Bas-Rhin"
    image = article.blocks[6]
    assert (image.attr("caption"), image.attr("credit")) == (
        "La place Kléber, mercredi soir.",
        "Agence Exemple",
    )
    assert article.media[image.attr("media")].data == png_bytes(6, 4)
    assert meta.dateline.place == "Strasbourg" and meta.dateline.date == date(2024, 12, 4)
    assert meta.created == datetime(2024, 12, 4, 9, 12, tzinfo=timezone(timedelta(hours=1)))
    assert meta.modified == datetime(2024, 12, 4, 16, 42, 10, tzinfo=UTC)
    assert meta.keywords == ("Noël", "sécurité")
    assert [s.code for s in meta.subjects] == ["medtop:01000000"]
    assert (meta.slug, meta.credit, meta.language) == (
        "France-fêtes-sécurité",
        "Agence Exemple",
        "fr",
    )
    assert meta.guid == ""  # the agency's id is theirs
    assert any("STR-4471" in note for note in imported.notes)
    assert any("préfet" in note for note in imported.notes)  # the editor's note is shown
    assert not [p for p in validate(article) if p.is_error]


def test_a_message_with_several_xhtml_items_lets_the_user_pick(tmp_path: Path) -> None:
    path = fixture("wire-message-xhtml.xml", tmp_path)
    (tmp_path / "seawall.png").write_bytes(png_bytes(7, 3))
    listed = newsml_read.items(path)
    assert [(i.index, i.headline) for i in listed] == [
        (0, "Climate talks stall over funding for coastal cities"),
        (1, "Ferry strike ends after two days"),
    ]
    first = newsml_read.load(path).article
    assert [b.kind for b in first.blocks] == [
        "title",
        "standfirst",
        "paragraph",
        "paragraph",
        "subhead",
        "pullquote",
        "image",
        "paragraph",
    ]
    assert first.standfirst == "Delegates failed to agree on who pays for sea walls."
    assert [a.name for a in first.meta.authors] == ["Tom Hale", "Ana Ruiz"]
    assert first.blocks[2].plain_text == (
        "Negotiators in Geneva broke up late on Wednesday without a deal on a "
        "fund for coastal cities, three delegates said."
    )
    assert Run("coastal", frozenset({EM})) in first.blocks[2].text
    assert (
        Run("forty pages", frozenset({LINK}), "https://wire.example/draft") in first.blocks[3].text
    )
    assert first.blocks[5].attr("attribution") == "A delegate from Fiji"
    figure = first.blocks[6]
    assert (figure.attr("alt"), figure.attr("caption"), figure.attr("credit")) == (
        "A sea wall under construction at low tide.",
        "Workers on the new sea wall in Suva.",
        "Wire/Lena Park",
    )
    assert first.meta.dateline.place == "GENEVA"
    assert first.meta.credit == "WIRE"
    second = newsml_read.load(path, index=1)
    assert second.article.title == "Ferry strike ends after two days"
    assert [a.name for a in second.article.meta.authors] == ["Mei Tan"]
    assert any("Item 2 of the 2" in note for note in second.notes)
    with pytest.raises(ImportRefusedError, match="holds 2 item"):
        newsml_read.load(path, index=2)


def test_an_item_without_namespaces_and_pretty_printed_paragraphs(tmp_path: Path) -> None:
    imported = newsml_read.load(fixture("nitf-no-namespace-item.xml", tmp_path))
    article = imported.article
    assert [b.kind for b in article.blocks] == [
        "title",
        "standfirst",
        "paragraph",
        "pullquote",
        "paragraph",
    ]
    assert article.standfirst == "The measure now goes to the House"
    assert article.blocks[2].text == (
        Run("The Senate voted 71-28 on Wednesday to tighten inspections of "),
        Run("freight", frozenset({EM})),
        Run(" trains."),
    )
    assert [a.name for a in article.meta.authors] == ["SARAH KLEIN"]
    assert article.meta.dateline.place == "WASHINGTON"
    assert article.meta.language == "en-US"
    assert article.meta.modified == datetime(2024, 12, 4, 21, 20, tzinfo=UTC)
    assert any("embargoed" in note for note in imported.notes)
    assert article.meta.embargo is not None and article.meta.embargo.utcoffset() is not None


def test_a_bare_nitf_document_reads_as_one_item(tmp_path: Path) -> None:
    article = newsml_read.load(fixture("nitf-standalone.xml", tmp_path)).article
    assert [b.kind for b in article.blocks] == [
        "kicker",
        "title",
        "standfirst",
        "paragraph",
        "paragraph",
    ]
    assert article.blocks[0].text == (Run("Viticulture "), Run("bourguignonne", frozenset({EM})))
    assert [a.name for a in article.meta.authors] == ["Paul Girard", "Nina Bloch"]
    assert article.meta.dateline.date == date(2024, 10, 2)
    assert article.meta.keywords == ("vin", "Bourgogne")
    assert Run("er", frozenset({SUP})) in article.blocks[4].text


def test_a_picture_item_becomes_a_captioned_image(tmp_path: Path) -> None:
    (tmp_path / "crue.png").write_bytes(png_bytes(9, 6))
    path = tmp_path / "photo.xml"
    path.write_text(
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        '<newsItem guid="urn:x:1" xml:lang="fr"><itemMeta><itemClass qcode="ninat:picture"/>'
        "</itemMeta><contentMeta><headline>La Saône en crue</headline>"
        '<description role="drol:caption">Les quais inondés à Mâcon, mardi.</description>'
        "<creditline>Agence Exemple/Jo Dupré</creditline></contentMeta><contentSet>"
        '<remoteContent href="crue.png" contenttype="image/png" rendition="rnd:highRes"/>'
        "</contentSet></newsItem></itemSet></newsMessage>",
        encoding="utf-8",
    )
    assert [i.item_class for i in newsml_read.items(path)] == ["picture"]
    article = newsml_read.load(path).article
    assert [b.kind for b in article.blocks] == ["title", "image"]
    image = article.blocks[1]
    assert (image.attr("caption"), image.attr("credit")) == (
        "Les quais inondés à Mâcon, mardi.",
        "Agence Exemple/Jo Dupré",
    )
    assert article.media[image.attr("media")].data == png_bytes(9, 6)


def test_a_plain_text_body_becomes_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "plain.xml"
    path.write_text(
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" xml:lang="fr">'
        "<contentMeta><headline>Grêle sur le vignoble</headline><by>Par Hugo Lenoir</by>"
        '</contentMeta><contentSet><inlineData contenttype="text/plain">'
        "Les orages de la nuit ont touché trois communes.\n\n"
        "Les dégâts seront estimés lundi.</inlineData></contentSet></newsItem>",
        encoding="utf-8",
    )
    article = newsml_read.load(path).article
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "paragraph"]
    assert [a.name for a in article.meta.authors] == ["Hugo Lenoir"]


@pytest.mark.parametrize(
    ("copy", "paragraphs"),
    [
        # every line indented alike: the indentation is the block's, nothing is cut
        ("  Les orages ont touché\n  trois communes.", ["Les orages ont touché trois communes."]),
        # the teleprinter habit: an indented first line opens each paragraph
        (
            "   Les orages ont touché\ntrois communes.\n   Dégâts lundi.",
            ["Les orages ont touché trois communes.", "Dégâts lundi."],
        ),
        # markup sent as text: its tags cut, its entities read
        ("<p>Orages &amp; grêle</p><p>Dégâts lundi.</p>", ["Orages & grêle", "Dégâts lundi."]),
        # a lone "<" in the copy is not markup
        ("Moins de 3 mm < seuil.\n\nDégâts lundi.", ["Moins de 3 mm < seuil.", "Dégâts lundi."]),
    ],
)
def test_a_plain_text_body_is_cut_as_it_was_typed(
    tmp_path: Path, copy: str, paragraphs: list[str]
) -> None:
    path = tmp_path / "plain.xml"
    body = copy.replace("&", "&amp;").replace("<", "&lt;")
    path.write_text(
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" xml:lang="fr">'
        "<contentMeta><headline>Grêle</headline></contentMeta><contentSet>"
        f'<inlineData contenttype="text/plain">{body}</inlineData></contentSet></newsItem>',
        encoding="utf-8",
    )
    article = newsml_read.load(path).article
    assert [text_of(b.text) for b in article.blocks if b.kind == "paragraph"] == paragraphs


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<packageItem xmlns='http://iptc.org/std/nar/2006-10-01/'/>", "package"),
        (b"<NewsML Version='1.2'><NewsItem/></NewsML>", "NewsML 1"),
        (b"<rss version='2.0'/>", "not a NewsML-G2 item"),
        (b"<newsItem><unclosed></newsItem>", "not well-formed"),
        (b"", "not well-formed|no XML"),
    ],
)
def test_files_that_hold_no_story_are_refused_clearly(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "item.xml"
    path.write_bytes(content)
    with pytest.raises(ImportRefusedError, match=reason):
        newsml_read.load(path)

"""Metadata round trips: what an export writes, its import reads back, field by field.

Each format states, below, the metadata fields it carries (with the normalisation
the format applies, if any) and the fields it cannot carry, with the reason. A
test checks that every field of `Meta` is in exactly one of the two lists, so a
field added to the model has to be decided for each format. Articles come from
`articles(every_kind=True)`, go out through the registry's exporter and back in
through the reader `reader_for` picks, as `copydesk export` and `copydesk import`
do; blocks are compared by kind, runs (text, marks, links) and attributes.
"""

from __future__ import annotations

import dataclasses
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from editor.formats import EXPORTERS, reader_for
from editor.formats.docx_custom import PREFIX
from editor.formats.newsml import with_guid
from editor.formats.options import ExportOptions
from editor.model import storage
from editor.model.article import Article, Author, Block, Meta, Subject
from editor.model.build import article, em, kicker, para, title
from editor.model.inline import Run
from tests.formats.newsml_validation import NAR, check_item
from tests.shared import SAMPLE, libreoffice_convert
from tests.strategies import articles

NOW = datetime(2025, 2, 1, 12, 0, tzinfo=UTC)
Field = Callable[[Meta], Any]


def _trimmed(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for v in values if v.strip())


def _spaced(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Carriage:
    """What a format carries of the metadata: each field as it comes back, and what it drops.

    Blocks (the kicker's marks included) come back whole in every format."""

    carried: dict[str, Field]
    not_carried: dict[str, str]


def _docx_keywords(meta: Meta) -> tuple[str, ...] | None:
    """Core properties hold one "a; b" string with spacing collapsed: a keyword holding a
    semicolon cannot come back as one, so such articles are not compared."""
    if any(";" in k for k in meta.keywords):
        return None
    return tuple(_spaced(k) for k in meta.keywords if _spaced(k))


DOCX = Carriage(
    carried={
        "id": lambda m: m.id,
        "revision": lambda m: m.revision,
        "language": lambda m: m.language,
        "section": lambda m: m.section,
        "authors": lambda m: tuple((a.name, a.role) for a in m.authors),
        # the Lieu et date paragraph trims the place
        "dateline": lambda m: (m.dateline.place.strip(), m.dateline.date),
        # Word requires both dates: an article without one gets the export time
        "created": lambda m: m.created or NOW,
        "modified": lambda m: m.modified or NOW,
        "keywords": _docx_keywords,
        "subjects": lambda m: m.subjects,
        "slug": lambda m: m.slug,
        "genre": lambda m: m.genre,
        "credit": lambda m: m.credit,
        "copyright": lambda m: m.copyright,
        "status": lambda m: m.status,
        "guid": lambda m: m.guid,
        "template": lambda m: m.template,
        "embargo": lambda m: m.embargo,
    },
    not_carried={
        "ignored_words": "the spell-checker's list for this article is editing state; "
        "Word keeps its own",
        "ignored_grammar": "the grammar problems let pass in this article are editing state",
        "extra": "keys of a newer .article version have no place in a Word file",
    },
)

NEWSML = Carriage(
    carried={
        "revision": lambda m: m.revision,
        "language": lambda m: m.language,
        # the writer trims metadata strings and leaves empty ones out
        "section": lambda m: _trimmed(m.section),
        "authors": lambda m: tuple((a.name, a.role.strip() and a.role) for a in m.authors),
        "dateline": lambda m: m.dateline,
        "created": lambda m: m.created,
        "modified": lambda m: m.modified,
        "keywords": lambda m: _trimmed(m.keywords),
        "subjects": lambda m: tuple((s.code, s.name.strip()) for s in m.subjects),
        "slug": lambda m: m.slug,
        "genre": lambda m: m.genre.strip(),
        "credit": lambda m: m.credit.strip() and m.credit,
        "copyright": lambda m: m.copyright.strip(),
        "guid": lambda m: m.guid,
        "embargo": lambda m: m.embargo,
    },
    not_carried={
        "id": "the item's guid is the story's identity on the wire (stored in the article and "
        "read back); the desk's own article id is not sent to receivers",
        "status": "the desk's workflow status (draft, edited, ready…) is not a wire notion: "
        "an item's pubStatus is chosen at export, and read back only as withheld or canceled",
        "template": "the length template is the desk's writing aid, meaningless to a receiver",
        "ignored_words": "the spell-checker's list for this article is editing state",
        "ignored_grammar": "the grammar problems let pass in this article are editing state",
        "extra": "keys of a newer .article version have no place in a wire item",
    },
)

FORMATS: dict[str, Carriage] = {"docx": DOCX, "newsml": NEWSML}


def round_trip(name: str, original: Article, folder: Path) -> tuple[Article, Article]:
    """The article as exported (NewsML adds its guid) and as imported back."""
    options = ExportOptions(now=NOW)
    if name == "newsml":
        original = with_guid(original, options)
    path = folder / ("article" + EXPORTERS[name].suffix)
    EXPORTERS[name].implementation().export(original, path, options)
    if name == "newsml":
        check_item(path)
    return original, reader_for(path).implementation().load(path).article


def _block(block: Block) -> tuple[str, tuple[Run, ...], dict[str, str]]:
    return block.kind, block.text, dict(block.attrs)


def assert_carried(name: str, original: Article, back: Article) -> None:
    carriage = FORMATS[name]
    for field, value in carriage.carried.items():
        expected = value(original.meta)
        if expected is not None:
            assert value(back.meta) == expected, f"{name}: {field}"
    assert [_block(b) for b in back.blocks] == [_block(b) for b in original.blocks]
    assert {k: (m.type, m.data) for k, m in back.media.items()} == {
        k: (m.type, m.data) for k, m in original.media.items()
    }


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_field_is_either_carried_or_said_not_to_be(name: str) -> None:
    carriage = FORMATS[name]
    fields = {f.name for f in dataclasses.fields(Meta)}
    assert set(carriage.carried) | set(carriage.not_carried) == fields
    assert not set(carriage.carried) & set(carriage.not_carried)
    assert all(reason.strip() for reason in carriage.not_carried.values())


@pytest.mark.parametrize("name", sorted(FORMATS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=articles(every_kind=True))
def test_generated_articles_keep_what_the_format_carries(name: str, generated: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_carried(name, *round_trip(name, generated, Path(folder)))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_the_sample_keeps_what_the_format_carries(name: str, tmp_path: Path) -> None:
    assert_carried(name, *round_trip(name, storage.load(SAMPLE), tmp_path))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_codes_of_every_kind_and_namesakes_come_back(name: str, tmp_path: Path) -> None:
    """Subject codes in no known scheme (sent as literals), codes with and without names,
    a genre QCode, two authors of the same name with different roles."""
    story = article(title("T"), para("P.")).with_meta(
        subjects=(
            Subject("politique"),
            Subject("xyz:1", "Chose"),
            Subject("subj:04000000"),
            Subject("medtop:11000000", "politique"),
        ),
        genre="genre:Interview",
        authors=(Author("Anne Martin", "texte"), Author("Anne Martin", "photo")),
    )
    original, back = round_trip(name, story, tmp_path)
    assert_carried(name, original, back)


# -- DOCX: core and custom properties ---------------------------------------------------------


def _custom_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("docProps/custom.xml").decode("utf-8")


def _custom(path: Path) -> dict[str, tuple[str, str, str]]:
    """Each custom property by name: its format id, property id and text value."""
    root = etree.fromstring(_custom_xml(path).encode("utf-8"))
    return {
        p.get("name", ""): (p.get("fmtid", ""), p.get("pid", ""), p[0].text or "") for p in root
    }


def test_word_shows_the_metadata_in_its_properties(tmp_path: Path) -> None:
    """What File → Properties shows: python-docx reads the core properties Word displays."""
    sample = storage.load(SAMPLE)
    round_trip("docx", sample, tmp_path)
    props = docx.Document(str(tmp_path / "article.docx")).core_properties
    assert props.title == sample.title
    assert props.author == "Camille Roux"
    assert props.category == "Culture › Livres"
    assert props.keywords == "bibliothèque; Lyon; Croix-Rousse; lecture publique"
    assert props.language == "fr-FR"
    assert props.content_status == "edited"
    custom = _custom(tmp_path / "article.docx")
    values = {name: value for name, (_, _, value) in custom.items()}
    assert values == {
        "Copydesk.articleId": sample.meta.id,
        "Copydesk.guid": sample.meta.guid,
        "Copydesk.slug": "lyon-bibliotheque-croix-rousse",
        "Copydesk.genre": "reportage",
        "Copydesk.credit": "Copydesk",
        "Copydesk.copyright": "© 2025 Copydesk — exemple libre de droits",
        "Copydesk.author.1": "Camille Roux",
        "Copydesk.author.1.role": "journaliste",
        "Copydesk.subject.1": "medtop:01000000",
        "Copydesk.subject.1.name": "arts, culture, divertissement et médias",
        "Copydesk.subject.2": "medtop:20000021",
        "Copydesk.subject.2.name": "bibliothèque et musée",
    }
    assert [pid for _, pid, _ in custom.values()] == [str(n) for n in range(2, 2 + len(custom))]
    assert {fmtid for fmtid, _, _ in custom.values()} == {"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"}


def test_a_word_document_without_our_properties_gets_none(tmp_path: Path) -> None:
    path = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_heading("Un titre", level=1)
    document.add_paragraph("Du texte.")
    document.save(str(path))
    meta = reader_for(path).implementation().load(path).article.meta
    assert (meta.slug, meta.genre, meta.credit, meta.copyright, meta.template, meta.guid) == (
        ("",) * 6
    )
    assert meta.subjects == ()
    assert all(not a.role for a in meta.authors)


def test_roles_follow_their_names_when_the_byline_changed(tmp_path: Path) -> None:
    """The Signature paragraph wins; a role goes to the author of that name."""
    original = article(
        title("T"),
        para("P"),
        meta={"language": "fr", "authors": ("Anne Martin", "Paul Durand")},
    )
    original = original.with_meta(
        authors=(Author("Anne Martin", "envoyée spéciale"), Author("Paul Durand", "photographe"))
    )
    path = tmp_path / "a.docx"
    EXPORTERS["docx"].implementation().export(original, path, ExportOptions(now=NOW))
    document = docx.Document(str(path))
    byline = next(
        p for p in document.paragraphs if p.style is not None and p.style.name == "Signature"
    )
    for run in byline.runs[1:]:
        run.text = ""
    byline.runs[0].text = "Paul Durand"
    document.save(str(path))
    meta = reader_for(path).implementation().load(path).article.meta
    assert meta.authors == (Author("Paul Durand", "photographe"),)


def test_a_template_keeps_its_own_custom_properties(tmp_path: Path) -> None:
    """A newsroom template's properties stay; ours are the exported article's, not the
    template's (a template made from an earlier export carries that article's)."""
    template = tmp_path / "template.docx"
    earlier = storage.load(SAMPLE)
    EXPORTERS["docx"].implementation().export(earlier, template, ExportOptions(now=NOW))
    custom = _custom_xml(template).replace(
        "</Properties>",
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="99" name="Client">'
        "<vt:lpwstr>Le Progrès</vt:lpwstr></property></Properties>",
    )
    _replace_entry(template, "docProps/custom.xml", custom.encode("utf-8"))
    later = article(kicker("Sur", em("titre")), title("Autre"), para("Texte."))
    later = later.with_meta(slug="autre-papier", subjects=(Subject("medtop:04000000", "économie"),))
    path = tmp_path / "later.docx"
    options = ExportOptions(now=NOW, reference_docx=template)
    EXPORTERS["docx"].implementation().export(later, path, options)
    assert _custom(path)["Client"][2] == "Le Progrès"
    assert "lyon-bibliotheque-croix-rousse" not in _custom_xml(path)
    back = reader_for(path).implementation().load(path).article.meta
    assert (back.slug, back.subjects, back.genre) == ("autre-papier", later.meta.subjects, "")


def _replace_entry(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as source:
        entries = [(item, source.read(item)) for item in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item, content in entries:
            target.writestr(item, data if item.filename == name else content)


@pytest.mark.slow
def test_libreoffice_opens_the_export_and_keeps_the_properties(tmp_path: Path) -> None:
    """LibreOffice reads the custom properties part and writes it back: a DOCX resaved
    by it still gives the article's metadata."""
    sample = storage.load(SAMPLE)
    source = tmp_path / "source" / "article.docx"
    source.parent.mkdir()
    EXPORTERS["docx"].implementation().export(sample, source, ExportOptions(now=NOW))
    out = tmp_path / "out"
    libreoffice_convert(source, "docx:MS Word 2007 XML", out, tmp_path / "profile")
    back = reader_for(out / "article.docx").implementation().load(out / "article.docx").article
    for field in ("id", "slug", "genre", "credit", "copyright", "guid", "subjects", "authors"):
        assert getattr(back.meta, field) == getattr(sample.meta, field), field
    assert PREFIX + "slug" in _custom(out / "article.docx")


# -- NewsML-G2: the kicker's marks -----------------------------------------------------------------


def test_the_kicker_keeps_its_marks_on_the_wire(tmp_path: Path) -> None:
    """The kicker travels only as a G2 headline, whose spans carry its marks."""
    story = article(kicker("Le ", em("XIX"), "e siècle"), title("T"), para("P."))
    _, back = round_trip("newsml", story, tmp_path)
    tree = check_item(tmp_path / "article.newsml.xml")
    headline = tree.find(f".//{{{NAR}}}headline[@role='cprole:kicker']")
    assert headline is not None
    assert etree.tostring(headline, encoding="unicode", with_tail=False).endswith(
        '>Le <span class="italic">XIX</span>e siècle</headline>'
    )
    assert _block(back.blocks[0]) == _block(story.blocks[0])


def test_an_agency_kicker_keeps_only_the_marks_a_kicker_may_carry(tmp_path: Path) -> None:
    path = tmp_path / "agency.newsml.xml"
    path.write_text(
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1">'
        "<contentMeta><headline>Titre</headline>"
        '<headline role="x:kicker"><span class="bold italic">Exclusif</span> : la suite</headline>'
        "</contentMeta></newsItem>",
        encoding="utf-8",
    )
    back = reader_for(path).implementation().load(path).article
    assert back.blocks[0].text == (Run("Exclusif", frozenset({"em"})), Run(" : la suite"))

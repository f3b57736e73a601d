"""DOCX import: our own exports come back exactly; Word's documents map by style name.

Round trips compare a projection of the article: blocks without their ids (ids
are not carried by a Word file) — kind, runs with marks and links, attributes
(attribution, caption, credit, alt, media key) — the images' bytes and types, and
the metadata DOCX carries: id, revision, language, status, section, authors with
their roles, dateline (the export trims the place), keywords (core
properties collapse spacing; compared spacing-normalised, when no keyword holds the
"; " separator), created and modified (when the article has them: the export writes
the export time otherwise).
"""

from __future__ import annotations

import subprocess
import tempfile
import zipfile
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches
from hypothesis import HealthCheck, given, settings

from editor.formats import docx_read
from editor.formats.docx import export
from editor.formats.docx_package import language_tag
from editor.formats.imported import ImportRefusedError
from editor.formats.options import ExportOptions
from editor.model import storage
from editor.model.article import Article, Meta
from editor.model.inline import EM, LINK, STRONG, SUP, Run
from editor.model.schema import validate
from tests.shared import (
    PROJECT_ROOT,
    SAMPLE,
    libreoffice_convert,
    require_tool,
    seed_article,
)
from tests.strategies import articles, png_bytes

NOW = datetime(2025, 2, 1, 12, 0, tzinfo=UTC)


def blocks_of(article: Article) -> list[tuple[str, tuple[Run, ...], dict[str, str]]]:
    return [(b.kind, b.text, dict(b.attrs)) for b in article.blocks]


def media_of(article: Article) -> dict[str, tuple[str, bytes]]:
    return {key: (m.type, m.data) for key, m in article.media.items()}


def docx_meta(meta: Meta) -> dict[str, Any]:
    """The metadata a DOCX carries, as it can come back (see the module docstring)."""
    carried: dict[str, Any] = {
        "id": meta.id,
        "revision": meta.revision,
        "language": meta.language,
        "status": meta.status,
        "section": meta.section,
        "authors": tuple((a.name, a.role) for a in meta.authors),
        "dateline": (meta.dateline.place.strip(), meta.dateline.date),
    }
    if not any("; " in k or ";" in k.strip() for k in meta.keywords):
        carried["keywords"] = tuple(" ".join(k.split()) for k in meta.keywords)
    return carried


def round_trip(article: Article, folder: Path, options: ExportOptions | None = None) -> Article:
    path = folder / "article.docx"
    export(article, path, options or ExportOptions(now=NOW))
    return docx_read.load(path).article


def assert_same(original: Article, back: Article) -> None:
    assert blocks_of(back) == blocks_of(original)
    assert media_of(back) == media_of(original)
    expected = docx_meta(original.meta)
    assert {k: v for k, v in docx_meta(back.meta).items() if k in expected} == expected
    for moment in ("created", "modified"):
        if getattr(original.meta, moment) is not None:
            assert getattr(back.meta, moment) == getattr(original.meta, moment)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_generated_articles_come_back_exactly(article: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_same(article, round_trip(article, Path(folder)))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(every_kind=True))
def test_every_kind_mark_link_and_image_comes_back(article: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert_same(article, round_trip(article, Path(folder)))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(every_kind=True, languages=True))
def test_each_blocks_language_comes_back(article: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        back = round_trip(article, Path(folder))

    def languages(piece: Article) -> list[str]:
        return [language_tag(piece.language_of(b)) for b in piece.blocks]

    assert languages(back) == languages(article)


def test_the_sample_comes_back_with_its_metadata(tmp_path: Path) -> None:
    article = storage.load(SAMPLE)
    back = round_trip(article, tmp_path)
    assert_same(article, back)
    assert back.meta.section == ("Culture", "Livres")
    assert back.meta.dateline == article.meta.dateline
    assert [a.name for a in back.meta.authors] == ["Camille Roux"]


def test_the_seed_comes_back_block_for_block(tmp_path: Path) -> None:
    article = seed_article()
    back = round_trip(article, tmp_path)
    assert blocks_of(back) == blocks_of(article)
    assert back.meta.section == article.meta.section
    assert not [p for p in validate(back) if p.is_error]


def test_a_pasted_word_document_reads_like_a_file(tmp_path: Path) -> None:
    article = storage.load(SAMPLE)
    path = tmp_path / "article.docx"
    export(article, path, ExportOptions(now=NOW))
    pasted = docx_read.from_bytes(path.read_bytes())
    assert blocks_of(pasted.article) == blocks_of(article)
    with pytest.raises(ImportRefusedError, match=r"pasted\.docx"):
        docx_read.from_bytes(b"not a document")


def test_a_newsroom_style_map_reads_its_own_names(tmp_path: Path) -> None:
    style_map = PROJECT_ROOT / "resources" / "docx" / "style-map.example.json"
    article = storage.load(SAMPLE)
    path = tmp_path / "mapped.docx"
    export(article, path, ExportOptions(now=NOW, style_map=style_map))
    assert blocks_of(docx_read.load(path, style_map).article) == blocks_of(article)
    plain = docx_read.load(path)  # without the map, the names mean nothing
    assert any("TITRE 1 COL" in note for note in plain.notes)


# -- documents written in Word -------------------------------------------------------------------


def add_link(paragraph: Any, text: str, url: str) -> None:
    """A real Word hyperlink: an external relationship and a `w:hyperlink` around a run."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def add_field_link(paragraph: Any, text: str, url: str) -> None:
    """A link as older Word writes it: a HYPERLINK field around the shown text."""
    for kind, content in (("begin", None), ("instr", f' HYPERLINK "{url}" '), ("separate", None)):
        run = OxmlElement("w:r")
        if kind == "instr":
            instruction = OxmlElement("w:instrText")
            instruction.text = content
            run.append(instruction)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run.append(char)
        paragraph._p.append(run)
    paragraph.add_run(text)
    end = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end.append(char)
    paragraph._p.append(end)


FRENCH_WORD = {
    "Title": ("Titre", "Titre"),
    "Subtitle": ("Sous-titre", "Soustitre"),
    "Heading 1": ("Titre 1", "Titre1"),
    "Heading 2": ("Titre 2", "Titre2"),
    "Quote": ("Citation", "Citation"),
    "Intense Quote": ("Citation intense", "Citationintense"),
    "Caption": ("Légende", "Lgende"),
}
"""Word's built-in styles as a French Word names them, with its localized style ids."""


def word_document(path: Path, french: bool = False) -> None:
    """A story typed in Word with its built-in styles, as a freelance sends it."""
    document = docx.Document()
    names = {english: english for english in FRENCH_WORD}
    if french:
        for english, (name, style_id) in FRENCH_WORD.items():
            style = document.styles[english]
            style.name = name
            style.style_id = style_id
            names[english] = name
    document.core_properties.author = "Jeanne Martin"
    document.core_properties.language = "fr-FR" if french else "en-GB"
    document.core_properties.keywords = "tram; Lyon"
    document.add_paragraph("Tramway : la ligne T10 ouvre enfin", style=names["Title"])
    document.add_paragraph("Six ans de travaux pour douze stations.", style=names["Subtitle"])
    body = document.add_paragraph("Le ")
    body.add_run("premier").italic = True
    body.add_run(" tram est parti à 5 h du ")
    body.add_run("1")
    body.add_run("er").font.superscript = True
    body.add_run(" arrêt, ")
    body.add_run("bondé").bold = True
    body.add_run(", selon ")
    add_link(body, "la métropole", "https://example.org/t10")
    body.add_run(".")
    document.add_paragraph("Un chantier hors norme", style=names["Heading 1"])
    second = document.add_paragraph("Le détail est sur ")
    add_field_link(second, "le site du Sytral", "https://example.org/sytral")
    second.add_run(".")
    document.add_paragraph("On a attendu longtemps.", style=names["Quote"])
    document.add_paragraph("— Une riveraine", style=names["Quote"])
    document.add_picture(BytesIO(png_bytes(8, 5)), width=Inches(2))
    document.inline_shapes[0]._inline.docPr.set("descr", "Le tram à l’arrêt Gerland.")
    document.add_paragraph("La rame inaugurale, lundi.", style=names["Caption"])
    document.add_paragraph("Et maintenant ?", style=names["Heading 2"])
    document.add_paragraph("Une autre ligne est à l’étude.")
    document.save(str(path))


EXPECTED_WORD_KINDS = [
    "title",
    "standfirst",
    "paragraph",
    "subhead",
    "paragraph",
    "pullquote",
    "image",
    "subhead",
    "paragraph",
]


@pytest.mark.parametrize("french", [False, True], ids=["English Word", "French Word"])
def test_word_built_in_styles_map_by_name(tmp_path: Path, french: bool) -> None:
    path = tmp_path / "pigiste.docx"
    word_document(path, french)
    imported = docx_read.load(path)
    article = imported.article
    assert [b.kind for b in article.blocks] == EXPECTED_WORD_KINDS
    assert article.title == "Tramway : la ligne T10 ouvre enfin"
    assert article.standfirst == "Six ans de travaux pour douze stations."
    runs = article.blocks[2].text
    assert Run("premier", frozenset({EM})) in runs
    assert Run("er", frozenset({SUP})) in runs
    assert Run("bondé", frozenset({STRONG})) in runs
    assert Run("la métropole", frozenset({LINK}), "https://example.org/t10") in runs
    assert Run("le site du Sytral", frozenset({LINK}), "https://example.org/sytral") in (
        article.blocks[4].text
    )
    quote = article.blocks[5]
    assert quote.plain_text == "On a attendu longtemps."
    assert quote.attr("attribution") == "Une riveraine"
    picture = article.blocks[6]
    assert picture.attr("alt") == "Le tram à l’arrêt Gerland."
    assert picture.attr("caption") == "La rame inaugurale, lundi."
    assert article.media[picture.attr("media")].data == png_bytes(8, 5)
    assert [a.name for a in article.meta.authors] == ["Jeanne Martin"]
    assert article.meta.language == ("fr" if french else "en-GB")
    assert article.meta.keywords == ("tram", "Lyon")
    assert not [p for p in validate(article) if p.is_error]
    assert not any("style" in note for note in imported.notes)


def test_a_house_style_based_on_ours_follows_its_base(tmp_path: Path) -> None:
    document = docx.Document()
    ours = document.styles.add_style("Chapô", WD_STYLE_TYPE.PARAGRAPH)
    house = document.styles.add_style("Chapô 2 colonnes", WD_STYLE_TYPE.PARAGRAPH)
    house.base_style = ours
    heading = document.styles.add_style("Titre article", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Le titre", style=heading)
    document.add_paragraph("Le chapô maison.", style=house)
    document.add_paragraph("Le texte.")
    path = tmp_path / "maison.docx"
    document.save(str(path))
    article = docx_read.load(path).article
    assert [b.kind for b in article.blocks] == ["title", "standfirst", "paragraph"]


def test_a_document_without_styles_gets_guesses_that_are_reported(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Le marché couvert rouvre")
    document.add_paragraph().add_run(
        "Après un an de travaux, les commerçants reviennent."
    ).bold = True
    document.add_paragraph("Les étals ont été refaits à neuf, et la verrière nettoyée.")
    document.add_picture(BytesIO(png_bytes(5, 5)))
    document.add_paragraph("Les étals, samedi.", style="Caption")
    document.add_paragraph("Des loyers en hausse")
    document.add_paragraph("Les commerçants paieront 8 % de plus, a confirmé la mairie.")
    document.add_paragraph().add_run("Un marché du soir.").bold = True
    document.add_paragraph("Le jeudi, il restera ouvert jusqu’à 21 heures.")
    path = tmp_path / "sans-styles.docx"
    document.save(str(path))
    imported = docx_read.load(path)
    assert [b.kind for b in imported.article.blocks] == [
        "title",
        "standfirst",
        "paragraph",
        "image",
        "subhead",
        "paragraph",
        "subhead",
        "paragraph",
    ]
    standfirst = imported.article.blocks[1]
    assert standfirst.text == (Run("Après un an de travaux, les commerçants reviennent."),)
    assert imported.article.blocks[3].attr("caption") == "Les étals, samedi."
    notes = " ".join(imported.notes)
    assert "title" in notes and "standfirst" in notes and "subheads" in notes
    assert "guess" in notes


def test_what_cannot_be_mapped_is_listed(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Les chiffres", style="Title")
    document.add_paragraph("Premier point", style="List Bullet")
    document.add_paragraph("Deuxième point", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Budget"
    table.cell(0, 1).text = "6,4 M€"
    path = tmp_path / "liste.docx"
    document.save(str(path))
    imported = docx_read.load(path)
    texts = [b.plain_text for b in imported.article.blocks]
    assert texts == ["Les chiffres", "Premier point", "Deuxième point", "Budget", "6,4 M€"]
    notes = " ".join(imported.notes)
    assert "“List Bullet”" in notes
    assert "tables" in notes


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not a zip package"),
        (b"Ceci est un texte, pas un document Word.", "not a zip package"),
    ],
)
def test_a_file_that_is_not_a_word_document_is_refused(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "faux.docx"
    path.write_bytes(content)
    with pytest.raises(ImportRefusedError, match=reason):
        docx_read.load(path)


def test_an_epub_renamed_docx_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "livre.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", "<container/>")
    with pytest.raises(ImportRefusedError, match="Word"):
        docx_read.load(path)


# -- documents that went through other programs -------------------------------------------------


@pytest.mark.slow
def test_an_export_resaved_by_libreoffice_still_maps_by_name(tmp_path: Path) -> None:
    """LibreOffice rewrites every style id ("Titrearticle", "Chap"…); the names stay."""
    article = storage.load(SAMPLE)
    source = tmp_path / "source" / "article.docx"
    source.parent.mkdir()
    export(article, source, ExportOptions(now=NOW))
    out = tmp_path / "out"
    libreoffice_convert(source, "docx:MS Word 2007 XML", out, tmp_path / "profile")
    with zipfile.ZipFile(out / "article.docx") as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert 'w:styleId="ArticleHeadline"' not in styles  # the ids really were rewritten
    back = docx_read.load(out / "article.docx").article
    assert blocks_of(back) == blocks_of(article)
    assert back.meta.section == article.meta.section
    assert back.meta.dateline == article.meta.dateline


@pytest.mark.slow
def test_a_document_written_by_pandoc_maps_its_styles(tmp_path: Path) -> None:
    pandoc = require_tool("pandoc")
    (tmp_path / "pont.png").write_bytes(png_bytes(12, 6))
    source = tmp_path / "pont.md"
    source.write_text(
        '---\ntitle: "Le pont rouvre"\nauthor: "Marc Blanc"\n'
        'abstract: "Après huit mois, la circulation reprend."\nlang: fr\n---\n\n'
        "Le *pont* a rouvert ce matin.\n\n## Les travaux\n\nIls ont coûté cher.\n\n"
        "> Nous sommes soulagés.\n\n![Le pont au lever du jour](pont.png)\n",
        encoding="utf-8",
    )
    target = tmp_path / "pont.docx"
    subprocess.run([pandoc, source.name, "-o", target.name], cwd=tmp_path, check=True, timeout=120)
    imported = docx_read.load(target)
    article = imported.article
    assert [b.kind for b in article.blocks] == [
        "title",
        "standfirst",
        "paragraph",
        "subhead",
        "paragraph",
        "pullquote",
        "image",
    ]
    assert [a.name for a in article.meta.authors] == ["Marc Blanc"]
    assert article.blocks[-1].attr("alt") == "Le pont au lever du jour"
    assert not imported.notes

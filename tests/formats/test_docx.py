"""DOCX export for print: named styles a layout person can map, text exact to the byte.

The exported files are read back with python-docx (style names, runs, links,
pictures), opened by LibreOffice and by pandoc, and compared with golden XML.
Regenerate the golden files with COPYDESK_REGENERATE_GOLDEN=1.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Mm, Pt
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun
from hypothesis import HealthCheck, given, settings
from lxml import etree

from editor.cli import main as copydesk
from editor.formats import docx as docx_export
from editor.formats import docx_read
from editor.formats.options import ExportError, ExportOptions
from editor.model import storage
from editor.model.article import Article, Dateline
from editor.model.build import (
    article,
    bio,
    em,
    image,
    kicker,
    link,
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
from editor.resources import resource
from tests.shared import SAMPLE, libreoffice_convert, require_tool, seed_article, seed_blocks
from tests.strategies import articles, png_bytes

NOW = datetime(2025, 3, 1, 12, 30, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden" / "docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}

FRENCH = {
    "section": "Rubrique",
    "kicker": "Surtitre",
    "title": "Titre article",
    "standfirst": "Chapô",
    "subhead": "Intertitre",
    "paragraph": "Texte courant",
    "pullquote": "Exergue",
    "pullquote_attribution": "Exergue attribution",
    "photo": "Photo",
    "caption": "Légende photo",
    "credit": "Crédit photo",
    "author_bio": "Bio auteur",
    "byline": "Signature",
    "dateline": "Lieu et date",
}
ENGLISH = {
    "section": "Section",
    "kicker": "Kicker",
    "title": "Headline",
    "standfirst": "Standfirst",
    "subhead": "Subhead",
    "paragraph": "Body Text",
    "pullquote": "Pull Quote",
    "pullquote_attribution": "Pull Quote Attribution",
    "photo": "Photo",
    "caption": "Caption",
    "credit": "Photo Credit",
    "author_bio": "Author Bio",
    "byline": "Byline",
    "dateline": "Dateline",
}
DIRECT_RUN_FORMATTING_ALLOWED = {f"{{{W}}}{t}" for t in ("rStyle", "b", "bCs", "i", "iCs")} | {
    f"{{{W}}}vertAlign"
}


def style_name(item: Paragraph | DocxRun) -> str:
    style = item.style
    assert style is not None
    return style.name or ""


def style_names(path: Path) -> list[str]:
    return [style_name(p) for p in docx.Document(str(path)).paragraphs]


def value_at(root: etree._Element, path: str) -> str | None:
    """`w:val` of the element at `path`, which must exist."""
    element = root.find(path, NS)
    assert element is not None, path
    return element.get(f"{{{W}}}val")


def page_mm(path: Path) -> tuple[float, float]:
    section = docx.Document(str(path)).sections[0]
    assert section.page_width is not None and section.page_height is not None
    return round(section.page_width.mm, 1), round(section.page_height.mm, 1)


def names_for(language: str) -> dict[str, str]:
    return FRENCH if language.lower().startswith("fr") else ENGLISH


def export(a: Article, folder: Path, **options: Any) -> Path:
    path = folder / "article.docx"
    docx_export.export(a, path, ExportOptions(now=NOW, **options))
    return path


def part_xml(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


# -- reading the DOCX back into blocks, by style name -------------------------------------------


@dataclass
class ReadBack:
    """What a DOCX importer sees: metadata paragraphs, blocks, pictures."""

    section: str = ""
    byline: str = ""
    dateline: str = ""
    blocks: list[tuple[str, Text, dict[str, str]]] = field(default_factory=list)
    pictures: list[bytes] = field(default_factory=list)
    order: list[str] = field(default_factory=list)


def marks_of(run: DocxRun) -> set[str]:
    found = {EM} if run.italic else set()
    found |= {STRONG} if run.bold else set()
    return found | ({SUP} if run.font.superscript else set())


def inline_of(paragraph: Paragraph) -> Text:
    runs: list[Run] = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            runs += [Run(r.text, frozenset(marks_of(r) | {LINK}), item.address) for r in item.runs]
        else:
            runs.append(Run(item.text, frozenset(marks_of(item))))
    return normalize(runs)


def read_back(path: Path, language: str) -> ReadBack:
    roles = {name: role for role, name in names_for(language).items()}
    document = docx.Document(str(path))
    out = ReadBack()
    for paragraph in document.paragraphs:
        role = roles[style_name(paragraph)]
        out.order.append(role)
        text = paragraph.text
        if role in ("section", "byline", "dateline"):
            setattr(out, role, text)
        elif role == "photo":
            element = paragraph._p
            (alt,) = element.xpath(".//wp:docPr/@descr")
            (rid,) = element.xpath(".//a:blip/@r:embed")
            out.pictures.append(document.part.related_parts[rid].blob)
            out.blocks.append(("image", (), {"alt": alt}))
        elif role == "caption":
            styles = {style_name(run) for run in paragraph.runs}
            out.blocks[-1][2][
                "credit" if styles == {names_for(language)["credit"]} else "caption"
            ] = text
        elif role == "pullquote_attribution":
            out.blocks[-1][2]["attribution"] = text
        else:
            out.blocks.append((role, inline_of(paragraph), {}))
    return out


def expected_blocks(a: Article) -> list[tuple[str, Text, dict[str, str]]]:
    return [(b.kind, b.text, {k: v for k, v in b.attrs.items() if k != "media"}) for b in a.blocks]


def assert_no_direct_formatting(path: Path) -> None:
    body = part_xml(path, "word/document.xml")
    for ppr in body.iter(f"{{{W}}}pPr"):
        assert [child.tag for child in ppr] == [f"{{{W}}}pStyle"]
    for rpr in body.iter(f"{{{W}}}rPr"):
        assert {child.tag for child in rpr} <= DIRECT_RUN_FORMATTING_ALLOWED
    paragraphs = body.findall(".//w:body/w:p", NS)
    assert all(p.find("w:pPr/w:pStyle", NS) is not None for p in paragraphs)


# -- the seed and the sample -------------------------------------------------------------------


def test_the_seed_reads_back_style_by_style_with_exact_text(tmp_path: Path) -> None:
    path = export(seed_article(), tmp_path)
    parts = seed_blocks()["blocks"]
    sections = [p["text"] for p in parts if p["kind"] == "section"]
    seed_names = {k.replace("_", "-"): v for k, v in FRENCH.items()}
    expected = [("Rubrique", " › ".join(sections))]
    expected += [(seed_names[p["kind"]], p["text"]) for p in parts if p["kind"] != "section"]

    got = [(style_name(p), p.text) for p in docx.Document(str(path)).paragraphs]

    assert got == expected
    assert_no_direct_formatting(path)


def test_the_sample_keeps_metadata_paragraphs_marks_links_and_the_picture(tmp_path: Path) -> None:
    sample = storage.load(SAMPLE)
    path = export(sample, tmp_path)
    back = read_back(path, "fr")

    assert back.section == "Culture › Livres"
    assert back.byline == sample.meta.byline == "Camille Roux"
    assert back.dateline == "Lyon, 1er février 2025"
    assert back.order[:6] == ["section", "kicker", "title", "standfirst", "byline", "dateline"]
    assert back.blocks == expected_blocks(sample)
    picture = next(b for b in sample.blocks if b.kind == "image")
    assert back.pictures == [sample.media[picture.attr("media")].data]
    assert_no_direct_formatting(path)


def test_links_are_hyperlinks_in_the_hyperlink_style(tmp_path: Path) -> None:
    a = article(title("T"), para("See ", link("the site", "https://example.org/a?b=1&c=2"), "."))
    body = part_xml(export(a, tmp_path), "word/document.xml")
    (hyperlink,) = body.iter(f"{{{W}}}hyperlink")
    assert value_at(hyperlink, "w:r/w:rPr/w:rStyle") == "Hyperlink"
    document = docx.Document(str(tmp_path / "article.docx"))
    (found,) = [h for p in document.paragraphs for h in p.hyperlinks]
    assert (found.address, found.text) == ("https://example.org/a?b=1&c=2", "the site")


def test_text_is_written_byte_for_byte(tmp_path: Path) -> None:
    text = '«\u00a0Oui\u00a0», dit-elle\u202f; l’été 😀 👩🏽‍💻 — e\u0301 & <b> "q"  x '
    path = export(article(title("T"), para(text)), tmp_path)
    with zipfile.ZipFile(path) as archive:
        raw = archive.read("word/document.xml")
    assert "\u00a0Oui\u00a0".encode() in raw
    assert "\u202f".encode() in raw and "😀 👩🏽‍💻".encode() in raw
    assert docx.Document(str(path)).paragraphs[1].text == text


def test_an_image_without_its_file_is_a_clear_error(tmp_path: Path) -> None:
    picture = media(png_bytes())
    orphan = article(title("T"), image(picture, alt="A"))  # the media is not in the article
    with pytest.raises(ExportError, match=r"block 2 \(image\): the image file is missing"):
        export(orphan, tmp_path)
    webp = media(b"RIFF\x1a\x00\x00\x00WEBPVP8 " + bytes(14), "image/webp")
    unreadable = article(title("T"), image(webp, alt="A"), media=[webp])
    with pytest.raises(ExportError, match=r"block 2 \(image\): the picture \(image/webp\)"):
        export(unreadable, tmp_path)
    assert not (tmp_path / "article.docx").exists()


def test_a_kind_from_a_newer_version_keeps_its_text_as_body_text(tmp_path: Path) -> None:
    newer = article(title("T"), replace(para("Encadré"), kind="sidebar"))
    assert style_names(export(newer, tmp_path)) == ["Titre article", "Texte courant"]


def test_an_empty_article_still_makes_a_document(tmp_path: Path) -> None:
    assert style_names(export(article(), tmp_path)) == []


# -- every kind, mark, link and picture survives (hypothesis) --------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(every_kind=True))
def test_generated_articles_survive_block_by_block(tmp_path_factory: Any, a: Article) -> None:
    path = export(a, tmp_path_factory.mktemp("docx"))
    back = read_back(path, a.meta.language)

    assert back.blocks == expected_blocks(a)
    pictures = [a.image_of(b) for b in a.blocks if b.kind == "image"]
    assert back.pictures == [p.data for p in pictures if p is not None]
    assert back.section == " › ".join(a.meta.section)
    assert back.byline == a.meta.byline
    assert back.dateline == docx_export.format_dateline(a.meta)
    head = "standfirst" if a.first("standfirst") else "title"
    if back.byline or back.dateline:
        after = back.order.index(head) + 1
        assert back.order[after] in ("byline", "dateline")
    assert_no_direct_formatting(path)


# -- styles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_role_has_its_named_style_with_a_stable_ascii_id(
    tmp_path: Path, language: str
) -> None:
    path = export(article(title("T"), meta=dict(language=language)), tmp_path)
    styles = docx.Document(str(path)).styles
    for role, name in names_for(language).items():
        style = styles[name]
        kind = WD_STYLE_TYPE.CHARACTER if role == "credit" else WD_STYLE_TYPE.PARAGRAPH
        assert style.type == kind, name
        assert style.style_id.isascii() and style.style_id.isalnum(), style.style_id
    subhead_style = styles[names_for(language)["subhead"]]
    assert subhead_style.base_style is not None
    assert subhead_style.base_style.name == "Heading 2"
    for role in ("title", "subhead", "kicker"):
        assert styles[names_for(language)[role]].paragraph_format.keep_with_next


def test_style_ids_do_not_depend_on_the_language(tmp_path: Path) -> None:
    ids = []
    for language in ("fr", "en"):
        path = export(article(title("T"), meta=dict(language=language)), tmp_path)
        styles = docx.Document(str(path)).styles
        ids.append([styles[names_for(language)[role]].style_id for role in FRENCH])
    assert ids[0] == ids[1]


# -- language, page, properties --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "tag", "paper_mm"),
    [
        ("fr", "fr-FR", (210, 297)),
        ("en", "en-US", (215.9, 279.4)),
        ("en-GB", "en-GB", (210, 297)),
        ("fr-CA", "fr-CA", (215.9, 279.4)),
    ],
)
def test_language_drives_spell_check_and_paper(
    tmp_path: Path, language: str, tag: str, paper_mm: tuple[float, float]
) -> None:
    path = export(article(title("T"), meta=dict(language=language)), tmp_path)
    styles = part_xml(path, "word/styles.xml")
    settings_xml = part_xml(path, "word/settings.xml")
    assert value_at(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:lang") == tag
    assert value_at(settings_xml, "w:themeFontLang") == tag
    assert settings_xml.find("w:proofState", NS) is None
    mode = "w:compat/w:compatSetting[@w:name='compatibilityMode']"
    assert value_at(settings_xml, mode) == "15"
    assert page_mm(path) == pytest.approx(paper_mm, abs=0.1)


def test_core_properties_describe_the_article(tmp_path: Path) -> None:
    a = article(
        title("Le ", em("dernier"), " voyage"),
        standfirst("Un adieu amer."),
        meta=dict(
            language="fr",
            authors=("Anne Martin", "Paul Durand"),
            keywords=("OTAN", "Blinken"),
            created=datetime(2024, 12, 4, 9, 12, tzinfo=UTC),
            revision=3,
        ),
    )
    props = docx.Document(str(export(a, tmp_path))).core_properties
    assert props.title == "Le dernier voyage"
    assert props.author == "Anne Martin; Paul Durand"
    assert props.subject == "Un adieu amer."
    assert props.keywords == "OTAN; Blinken"
    assert props.language == "fr-FR"
    assert props.created == datetime(2024, 12, 4, 9, 12, tzinfo=UTC)
    assert props.modified == NOW
    assert props.revision == 3
    assert props.comments == ""


def test_the_dateline_reads_as_the_language_writes_it() -> None:
    day = date(2025, 2, 1)
    cases = {"fr": "Lyon, 1er février 2025", "en": "Lyon, February 1, 2025"}
    cases |= {"en-GB": "Lyon, 1 February 2025"}
    for language, expected in cases.items():
        meta = article(meta=dict(language=language, dateline=Dateline("Lyon", day))).meta
        assert docx_export.format_dateline(meta) == expected


# -- golden XML ------------------------------------------------------------------------------------


def golden_article() -> Article:
    picture = media(png_bytes(8, 6))
    return article(
        kicker("Diplomatie", id="b01"),
        title("Le dernier voyage d’", em("Antony Blinken"), id="b02"),
        standfirst("Un adieu amer à l’OTAN\u202f!", id="b03"),
        para(
            "Texte avec ",
            strong("gras"),
            ", ",
            em("italique"),
            ", XIX",
            sup("e"),
            " siècle et ",
            link("un lien", "https://example.org/a?b=1&c=2"),
            ".",
            id="b04",
        ),
        subhead("Un diplomate", id="b05"),
        quote("Vous avez été un allié fidèle.", by="Mark Rutte", id="b06"),
        image(picture, caption="Le siège.", credit="AFP", alt="Façade du siège", id="b07"),
        bio("Anne Martin couvre la diplomatie.", id="b08"),
        meta=dict(
            id="urn:uuid:00000000-0000-4000-8000-000000000001",
            language="fr",
            section=("Actualités", "International"),
            authors=("Anne Martin",),
            dateline=Dateline("Bruxelles", date(2024, 12, 4)),
            created=datetime(2024, 12, 4, 9, 12, tzinfo=UTC),
        ),
        media=[picture],
    )


def normalised(path: Path, name: str) -> str:
    tree = part_xml(path, name)
    etree.indent(tree, space="  ")
    return etree.tostring(tree, encoding="unicode") + "\n"


@pytest.mark.parametrize("part", ["document.xml", "styles.xml"])
def test_golden_xml(tmp_path: Path, part: str) -> None:
    got = normalised(export(golden_article(), tmp_path), f"word/{part}")
    golden = GOLDEN / part
    if os.environ.get("COPYDESK_REGENERATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


# -- style map -------------------------------------------------------------------------------------


def write_json(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_style_map_renames_the_styles(tmp_path: Path) -> None:
    style_map = write_json(
        tmp_path / "map.json",
        {"about": "Le Progrès", "title": "TITRE 1 COL", "paragraph": "TEXTE", "credit": "CREDIT"},
    )
    path = export(storage.load(SAMPLE), tmp_path, style_map=style_map)
    document = docx.Document(str(path))
    names = [style_name(p) for p in document.paragraphs]
    assert "TITRE 1 COL" in names and "TEXTE" in names
    assert "Titre article" not in names and "Texte courant" not in names
    assert "Chapô" in names  # roles left out keep their default
    credit_runs = [r for p in document.paragraphs for r in p.runs if style_name(r) == "CREDIT"]
    assert [r.text for r in credit_runs] == ["Illustration Copydesk"]


def test_the_example_style_map_names_every_role(tmp_path: Path) -> None:
    example = resource("docx", "style-map.example.json")
    mapping = json.loads(example.read_text(encoding="utf-8"))
    path = export(storage.load(SAMPLE), tmp_path, style_map=example)
    document = docx.Document(str(path))
    used = {style_name(p) for p in document.paragraphs}
    used |= {style_name(r) for p in document.paragraphs for r in p.runs}
    assert {v for k, v in mapping.items() if k != "about"} <= used


def test_a_style_map_may_reuse_a_word_built_in(tmp_path: Path) -> None:
    style_map = write_json(tmp_path / "map.json", {"subhead": "Heading 2"})
    path = export(article(title("T"), subhead("S")), tmp_path, style_map=style_map)
    assert style_names(path)[-1] == "Heading 2"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"title": ', "not valid JSON (line 1"),
        ("[1, 2]", "must be a JSON object"),
        ('{"headline": "X"}', "unknown role “headline”"),
        ('{"image": "X"}', "“photo”"),
        ('{"title": ""}', "non-empty string"),
        ('{"caption": "Légende", "credit": "Légende"}', "needs a character style"),
        ('{"paragraph": "Hyperlink"}', "needs a paragraph style"),
    ],
)
def test_a_bad_style_map_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    style_map = tmp_path / "map.json"
    style_map.write_text(content, encoding="utf-8")
    with pytest.raises(ExportError, match=message.replace("(", r"\(")):
        export(article(title("T")), tmp_path, style_map=style_map)


def test_a_failed_export_leaves_the_previous_file_alone(tmp_path: Path) -> None:
    previous = export(article(title("Before")), tmp_path)
    before = previous.read_bytes()
    bad = write_json(tmp_path / "map.json", {"nope": "X"})
    with pytest.raises(ExportError):
        export(article(title("After")), tmp_path, style_map=bad)
    assert previous.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.docx", "map.json"]


def test_the_command_line_reports_a_bad_style_map_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_json(tmp_path / "map.json", {"nope": "X"})
    args = ["export", str(SAMPLE), "--to", "docx", "-o", str(tmp_path), "--style-map", str(bad)]
    assert copydesk(args) == 2
    error = capsys.readouterr().err
    assert "unknown role “nope”" in error and "Traceback" not in error


# -- reference template ---------------------------------------------------------------------------


def drawing_ids_in(xml: bytes) -> list[str]:
    found = etree.fromstring(xml).xpath("//wp:docPr/@id", namespaces=NS)
    assert isinstance(found, list)
    return [str(value) for value in found]


def make_template(path: Path) -> Path:
    """A newsroom template: A5 paper, its own body style and header, some sample text."""
    template = docx.Document()
    section = template.sections[0]
    section.page_width, section.page_height = Mm(148), Mm(210)
    section.header.paragraphs[0].text = "Le Quotidien — édition du matin"
    section.header.paragraphs[0].add_run().add_picture(BytesIO(png_bytes()), width=Mm(10))
    body = template.styles.add_style("Texte courant", WD_STYLE_TYPE.PARAGRAPH)
    body.font.name, body.font.size = "Courier New", Pt(9)
    template.add_paragraph("MODÈLE — texte à remplacer", style="Texte courant")
    template.save(str(path))
    return path


def test_a_reference_template_brings_its_styles_page_and_header(tmp_path: Path) -> None:
    template = make_template(tmp_path / "modele.docx")
    sample = storage.load(SAMPLE)
    path = export(sample, tmp_path, reference_docx=template)
    document = docx.Document(str(path))

    assert page_mm(path) == (148, 210)
    assert document.sections[0].header.paragraphs[0].text == "Le Quotidien — édition du matin"
    body_style = document.styles["Texte courant"]
    assert (body_style.font.name, body_style.font.size) == ("Courier New", Pt(9))
    assert document.styles["Titre article"].font.name is None  # added, in the template's fonts
    assert all("MODÈLE" not in p.text for p in document.paragraphs)
    with zipfile.ZipFile(path) as archive:
        parts = [n for n in archive.namelist() if n.startswith("word/") and n.endswith(".xml")]
        drawing_ids = [i for name in parts for i in drawing_ids_in(archive.read(name))]
    assert len(drawing_ids) == 2 and len(set(drawing_ids)) == 2  # the header logo and the photo
    assert read_back(path, "fr").blocks == expected_blocks(sample)
    styles = part_xml(path, "word/styles.xml")
    assert value_at(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:lang") == "fr-FR"


def test_a_reference_template_may_be_a_dotx(tmp_path: Path) -> None:
    template = make_template(tmp_path / "modele.docx")
    dotx = tmp_path / "modele.dotx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(dotx, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, content)
    path = export(article(title("T"), para("P")), tmp_path, reference_docx=dotx)
    assert style_names(path) == [
        "Titre article",
        "Texte courant",
    ]


def test_english_uses_a_templates_own_body_text_style(tmp_path: Path) -> None:
    template = tmp_path / "plain.docx"
    docx.Document().save(str(template))  # has Word's built-in "Body Text" and "Caption"
    a = article(title("T"), para("P"), meta=dict(language="en"))
    document = docx.Document(str(export(a, tmp_path, reference_docx=template)))
    body = document.paragraphs[-1].style
    assert body is not None
    assert (body.name, body.style_id) == ("Body Text", "BodyText")
    assert len([s for s in document.styles if s.name == "Body Text"]) == 1


@pytest.mark.parametrize("content", [b"not a zip", b"PK\x05\x06" + bytes(18)])
def test_a_bad_reference_template_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    template = tmp_path / "broken.docx"
    template.write_bytes(content)
    with pytest.raises(ExportError, match=r"broken\.docx"):
        export(article(title("T")), tmp_path, reference_docx=template)
    with pytest.raises(ExportError, match=r"missing\.docx"):
        export(article(title("T")), tmp_path, reference_docx=tmp_path / "missing.docx")


# -- embargo -------------------------------------------------------------------------------------

PARIS_WINTER = timezone(timedelta(hours=1))
EMBARGO = datetime(2026, 12, 8, 6, 0, tzinfo=PARIS_WINTER)


def test_the_embargo_is_a_property_and_a_header_line_not_body_text(tmp_path: Path) -> None:
    sample = storage.load(SAMPLE).with_meta(embargo=EMBARGO)
    path = export(sample, tmp_path)
    document = docx.Document(str(path))
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header == [
        "Embargo\u00a0: ne pas publier avant le mardi 8\u00a0décembre 2026 à 6\u00a0h\u00a000 "
        "(UTC+01:00)"
    ]
    assert document.sections[0].header.paragraphs[0].runs[0].bold
    assert all("Embargo" not in p.text for p in document.paragraphs)
    assert read_back(path, "fr").blocks == expected_blocks(sample)
    assert docx_read.load(path).article.meta.embargo == EMBARGO


def test_the_english_line_and_the_templates_header_kept_below(tmp_path: Path) -> None:
    template = make_template(tmp_path / "modele.docx")
    story = article(title("T"), para("P"), meta=dict(language="en-GB", embargo=EMBARGO))
    document = docx.Document(str(export(story, tmp_path, reference_docx=template)))
    assert [p.text for p in document.sections[0].header.paragraphs] == [
        "Embargoed: not for publication before Tuesday 8 December 2026, 06:00 (UTC+01:00)",
        "Le Quotidien — édition du matin",
    ]


def test_no_embargo_no_header(tmp_path: Path) -> None:
    document = docx.Document(str(export(article(title("T"), para("P")), tmp_path)))
    assert all(not p.text for p in document.sections[0].header.paragraphs)


@pytest.mark.slow
def test_libreoffice_prints_the_embargo_at_the_top_of_every_page(tmp_path: Path) -> None:
    long_story = article(
        title("Budget"), *[para("Une phrase de copie. " * 40) for _ in range(12)]
    ).with_meta(embargo=EMBARGO)
    pdf = libreoffice_convert(export(long_story, tmp_path), "pdf", tmp_path, tmp_path / "p")
    pages = subprocess.run(
        [require_tool("pdftotext"), "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) >= 2
    assert all(page.lstrip().startswith("Embargo") for page in pages)


# -- other readers: LibreOffice and pandoc ---------------------------------------------------------


@pytest.mark.slow
def test_libreoffice_renders_the_export_to_pdf(tmp_path: Path) -> None:
    path = export(storage.load(SAMPLE), tmp_path)
    pdf = libreoffice_convert(path, "pdf", tmp_path, tmp_path / "profile")
    assert pdf == tmp_path / "article.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run(
            [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Lecture publique" in text and "journaliste au service Culture" in text


def pandoc_styles(value: Any) -> Iterator[str]:
    """Every paragraph and character style pandoc reports: `custom-style` attributes,
    and the class it gives headings made from a style based on a Word heading."""
    if isinstance(value, dict):
        if value.get("t") == "Header":
            yield from value["c"][1][1]
        for item in value.values():
            yield from pandoc_styles(item)
    elif isinstance(value, list):
        if len(value) == 2 and value[0] == "custom-style" and isinstance(value[1], str):
            yield value[1]
        for item in value:
            yield from pandoc_styles(item)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "en"])
def test_pandoc_sees_every_custom_style(tmp_path: Path, language: str) -> None:
    pandoc = require_tool("pandoc")
    sample = storage.load(SAMPLE).with_meta(language=language)
    path = export(sample, tmp_path)
    result = subprocess.run(
        [pandoc, "-f", "docx+styles", "-t", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = {name.lower() for name in pandoc_styles(json.loads(result.stdout))}
    assert {name.lower() for name in names_for(language).values()} <= seen

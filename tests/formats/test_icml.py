"""ICML export: the story InDesign places, read back by our own reader of the story.

No public schema of ICML exists (Adobe publishes none, and no RELAX NG grammar of
IDML/ICML is in any public repository we found), so the file is checked
structurally: every style used defined, every hyperlink's source and destination
present, ids unique, the paragraph sequence and style names equal to the DOCX's.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path

import docx
from lxml import etree

from editor.cli import main as copydesk
from editor.formats import docx as docx_export
from editor.formats import icml
from editor.model.article import Article
from editor.model.build import article, em, link, para, strong, sup, title
from tests.formats.test_docx import golden_article
from tests.shared import SAMPLE, seed_article


def export(value: Article, folder: Path) -> etree._ElementTree:
    path = folder / "story.icml"
    icml.export(value, path)
    return etree.parse(str(path))


def story(tree: etree._ElementTree) -> list[tuple[str, str]]:
    """(paragraph style name, text) in reading order: our reader of the story."""
    names = {s.get("Self"): str(s.get("Name")) for s in tree.iter("ParagraphStyle")}
    return [
        (
            names[p.get("AppliedParagraphStyle")],
            "".join(p.xpath(".//Content[not(ancestor::Note)]/text()")),
        )
        for p in tree.xpath("//ParagraphStyleRange[not(ancestor::Note)]")
    ]


def docx_story(value: Article, folder: Path) -> list[tuple[str, str]]:
    path = folder / "story.docx"
    docx_export.export(value, path)
    return [(p.style.name if p.style else "", p.text) for p in docx.Document(str(path)).paragraphs]


def assert_well_formed(tree: etree._ElementTree) -> None:
    defined = {s.get("Self") for s in tree.iter("ParagraphStyle", "CharacterStyle")}
    used = {e.get("AppliedParagraphStyle") for e in tree.iter("ParagraphStyleRange")}
    used |= {e.get("AppliedCharacterStyle") for e in tree.iter("CharacterStyleRange")}
    assert used <= defined
    selves = [e.get("Self") for e in tree.iter() if e.get("Self")]
    assert len(selves) == len(set(selves))
    sources = {e.get("Self") for e in tree.iter("HyperlinkTextSource")}
    destinations = {e.get("Self") for e in tree.iter("HyperlinkURLDestination")}
    for hyperlink in tree.iter("Hyperlink"):
        assert hyperlink.get("Source") in sources
        assert hyperlink.findtext("Properties/Destination") in destinations
    assert all(r.get("AppliedLanguage") for r in tree.iter("CharacterStyleRange"))


def test_the_story_is_the_docx_paragraphs_under_the_same_style_names(tmp_path: Path) -> None:
    for value in (seed_article(), golden_article()):
        tree = export(value, tmp_path)
        assert_well_formed(tree)
        got = story(tree)
        expected = docx_story(value, tmp_path)
        assert len(got) == len(expected)
        for (style, text), (docx_style, docx_text) in zip(got, expected, strict=True):
            if style == "Texte courant premier":
                style = "Texte courant"
            assert (style, text.replace("\u2028", "\n")) == (docx_style, docx_text)


def test_first_paragraph_after_a_title_or_subhead_has_its_own_style(tmp_path: Path) -> None:
    styles = [style for style, _ in story(export(seed_article(), tmp_path))]
    for before, style in pairwise(styles):
        if style == "Texte courant premier":
            assert before in {"Lieu et date", "Signature", "Chapô", "Titre article", "Intertitre"}
        if before == "Intertitre":
            assert style == "Texte courant premier"


def test_marks_links_language_and_special_characters(tmp_path: Path) -> None:
    text = "« Oui\u202f! » l\u2019a\u00a0dit 🎉"
    value = article(
        title("Title"),
        para(text, em("it"), strong("bo"), sup("e"), link("here", "https://example.org/?a=1&b")),
        meta=dict(language="en-GB"),
    )
    tree = export(value, tmp_path)
    assert_well_formed(tree)
    assert story(tree)[1] == ("Body Text First", text + "itboehere")
    ranges = {r.get("AppliedCharacterStyle"): r for r in tree.iter("CharacterStyleRange")}
    assert {"CharacterStyle/Italic", "CharacterStyle/Bold", "CharacterStyle/Superscript"} <= set(
        ranges
    )
    assert {r.get("AppliedLanguage") for r in tree.iter("CharacterStyleRange")} == {
        "$ID/English: UK"
    }
    (destination,) = tree.iter("HyperlinkURLDestination")
    assert destination.get("DestinationURL") == "https://example.org/?a=1&b"
    raw = (tmp_path / "story.icml").read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?aid ')
    assert text.encode() in raw  # written as the characters themselves


def test_the_picture_is_written_beside_and_linked(tmp_path: Path) -> None:
    value = golden_article()
    tree = export(value, tmp_path)
    (link_element,) = tree.iter("Link")
    name = str(link_element.get("LinkResourceURI")).removeprefix("file:")
    image = value.image_of(next(value.of_kind("image")))
    assert image is not None
    assert (tmp_path / name).read_bytes() == image.data
    (rectangle,) = tree.iter("Rectangle")
    alt = rectangle.find("ObjectExportOption")
    assert alt is not None and alt.get("CustomAltText") == "Façade du siège"


def test_export_all_includes_icml(tmp_path: Path) -> None:
    assert copydesk(["export", str(SAMPLE), "--to", "all", "-o", str(tmp_path)]) == 0
    assert (tmp_path / (SAMPLE.name.removesuffix(".article") + ".icml")).is_file()


def test_the_embargo_is_a_note_at_the_start_of_the_story_never_in_the_copy(
    tmp_path: Path,
) -> None:
    until = datetime(2026, 12, 8, 6, 0, tzinfo=timezone(timedelta(hours=1)))
    value = golden_article().with_meta(embargo=until)
    tree = export(value, tmp_path)
    assert_well_formed(tree)
    notes = tree.xpath("//Story/ParagraphStyleRange[1]/CharacterStyleRange[1]/Note")
    assert len(notes) == 1
    assert "".join(notes[0].itertext()) == (
        "Embargo\u00a0: ne pas publier avant le mardi 8\u00a0décembre 2026 à 6\u00a0h\u00a000 "
        "(UTC+01:00)"
    )
    (tmp_path / "free").mkdir()
    assert story(tree) == story(export(golden_article(), tmp_path / "free"))


def test_no_embargo_no_note(tmp_path: Path) -> None:
    assert export(golden_article(), tmp_path).xpath("//Note") == []

"""A block in another language than the article, in every export that has a place for it:
DOCX runs (`w:lang`, and back in on import), EPUB/XHTML (`lang`, `xml:lang`), NITF in NewsML
(`xml:lang`), ICML (`AppliedLanguage`), ninjs (HTML's `lang` in the body)."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from editor.formats import docx as docx_export
from editor.formats import docx_read, epub, icml, newsml, newsml_read, ninjs
from editor.formats.options import ExportOptions
from editor.formats.xhtml import XML_LANG, render_article
from editor.model.article import Article
from editor.model.build import article, em, para, quote, standfirst, subhead, title
from tests.formats.epubcheck import problems
from tests.formats.newsml_validation import check_item

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def quoted() -> Article:
    return article(
        title("Le discours de Londres", id="t"),
        standfirst("Le Premier ministre a cité Churchill.", id="s"),
        para("Devant les députés, il a lu\u202f:", id="p1"),
        quote("We shall fight on the ", em("beaches"), by="Winston Churchill", id="q", lang="en"),
        subhead("Die Antwort", id="h", lang="de-CH"),
        para("Puis la séance a repris.", id="p2", lang="fr"),
        meta={"language": "fr", "authors": ("Camille Roux",)},
    )


def test_xhtml_marks_the_element_of_a_block_in_another_language() -> None:
    root = render_article(quoted()).element
    by_id = {e.get("id"): e for e in root.iter() if e.get("id")}
    assert (by_id["q"].get("lang"), by_id["q"].get(XML_LANG)) == ("en", "en")
    assert by_id["h"].get("lang") == "de-CH"
    for same in ("t", "s", "p1", "p2"):  # the article's own language is not said again
        assert by_id[same].get("lang") is None and by_id[same].get(XML_LANG) is None


@pytest.mark.slow
def test_epub_with_a_quote_in_english_passes_epubcheck(tmp_path: Path) -> None:
    path = tmp_path / "quoted.epub"
    epub.export(quoted(), path, ExportOptions(now=NOW))
    assert problems(path) == []
    with zipfile.ZipFile(path) as book:
        content = next(n for n in book.namelist() if n.endswith(".xhtml") and "nav" not in n)
        text = book.read(content).decode()
    assert 'lang="en" xml:lang="en"' in text


def test_nitf_says_xml_lang_and_the_item_stays_valid(tmp_path: Path) -> None:
    path = tmp_path / "quoted.xml"
    newsml.export(quoted(), path, ExportOptions(now=NOW))
    root = check_item(path).getroot()
    nitf = root.find(".//{*}nitf")
    assert nitf is not None
    marked = [e for e in nitf.iter() if e.get(XML_LANG)]
    assert [(etree.QName(e).localname, e.get(XML_LANG)) for e in marked] == [
        ("bq", "en"),
        ("hl2", "de-CH"),
    ]


def test_docx_runs_carry_the_language_and_import_reads_it_back(tmp_path: Path) -> None:
    path = tmp_path / "quoted.docx"
    docx_export.export(quoted(), path)
    body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    languages = {
        "".join(p.itertext()): {lang.get(f"{W}val") for lang in p.iter(f"{W}lang")}
        for p in body.iter(f"{W}p")
    }
    assert languages["We shall fight on the beaches"] == {"en"}
    assert languages["Die Antwort"] == {"de-CH"}
    assert languages["Puis la séance a repris."] == set()
    for run in body.iter(f"{W}rPr"):  # the schema's order: w:lang after the marks
        names = [etree.QName(child).localname for child in run]
        assert "lang" not in names or names[-1] == "lang"
    back = docx_read.load(path).article
    assert [(b.id and b.kind, b.lang) for b in back.blocks] == [
        ("title", ""),
        ("standfirst", ""),
        ("paragraph", ""),
        ("pullquote", "en"),
        ("subhead", "de-CH"),
        ("paragraph", ""),
    ]


def test_icml_ranges_of_the_quote_are_in_english(tmp_path: Path) -> None:
    path = tmp_path / "quoted.icml"
    icml.export(quoted(), path, ExportOptions(now=NOW))
    root = etree.parse(str(path)).getroot()
    ranges = {
        "".join(r.itertext()): r.get("AppliedLanguage") for r in root.iter("CharacterStyleRange")
    }
    assert ranges["We shall fight on the "] == ranges["beaches"] == icml.applied_language("en")
    assert ranges["Die Antwort"] == icml.applied_language("de")
    assert ranges["Puis la séance a repris."] == "$ID/French"


def test_ninjs_keeps_html_lang_in_the_body(tmp_path: Path) -> None:
    path = tmp_path / "quoted.json"
    ninjs.export(quoted(), path, ExportOptions(now=NOW))
    item = json.loads(path.read_text(encoding="utf-8"))
    html = ninjs.body_html(quoted())
    assert item["language"] == "fr"
    assert '<aside class="pullquote" role="doc-pullquote" id="q" lang="en">' in html
    assert "xml:lang" not in html


def test_a_newsml_item_reads_back_each_blocks_language(tmp_path: Path) -> None:
    path = tmp_path / "quoted.xml"
    newsml.export(quoted(), path, ExportOptions(now=NOW))
    back = newsml_read.load(path).article
    assert [(b.kind, b.lang) for b in back.blocks if b.kind in ("pullquote", "subhead")] == [
        ("pullquote", "en"),
        ("subhead", "de-CH"),
    ]
    assert {b.lang for b in back.blocks if b.kind == "paragraph"} == {""}  # "fr": the article's

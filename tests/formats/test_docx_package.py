"""How the DOCX package is written: from the shipped base package, rebuilt here to the same
bytes; the body's markup spliced into its part gives the bytes parsing it would; pictures are
stored and the XML deflated."""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.formats import docx as docx_export
from editor.formats import docx_base, docx_body, docx_save
from editor.formats.options import ExportOptions
from editor.model import storage
from editor.model.article import Article
from tests.formats.test_docx import export, golden_article
from tests.shared import SAMPLE
from tests.strategies import articles, reviewed_articles

NOW = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def both_ways(a: Article, folder: Path) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The article saved with its body spliced in as markup, and parsed into the part."""
    saved = []
    for splice in (True, False):
        document, body = docx_export.compose(a, ExportOptions(now=NOW))
        path = folder / f"spliced-{splice}.docx"
        docx_save.save(document, path, body, splice=splice)
        saved.append(parts(path))
    return saved[0], saved[1]


def test_the_body_spliced_in_is_the_body_parsed_in(tmp_path: Path) -> None:
    for a in (golden_article(), storage.load(SAMPLE)):
        spliced, parsed = both_ways(a, tmp_path)
        assert spliced == parsed
        assert b"<w:drawing>" in spliced["word/document.xml"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(articles(every_kind=True, languages=True), reviewed_articles()))
def test_the_same_bytes_for_any_article(a: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        spliced, parsed = both_ways(a, Path(folder))
    assert spliced["word/document.xml"] == parsed["word/document.xml"]
    assert spliced == parsed


def test_pictures_are_stored_and_the_xml_deflated(tmp_path: Path) -> None:
    path = export(golden_article(), tmp_path)
    with zipfile.ZipFile(path) as archive:
        methods = {info.filename: info.compress_type for info in archive.infolist()}
        assert archive.testzip() is None
    pictures = [name for name in methods if name.startswith("word/media/")]
    assert pictures and all(methods[name] == zipfile.ZIP_STORED for name in pictures)
    others = [name for name in methods if name not in pictures]
    assert all(methods[name] == zipfile.ZIP_DEFLATED for name in others)


def test_the_shipped_base_package_is_the_one_built_from_the_style_table() -> None:
    """Rebuilt from python-docx's template and `styles.json`; run
    `python -m editor.formats.docx_base` after changing either."""
    assert docx_base.build() == docx_base.base_path().read_bytes(), (
        "resources/docx/base.docx is out of date: python -m editor.formats.docx_base"
    )


def test_each_export_starts_from_a_fresh_copy_of_the_base(tmp_path: Path) -> None:
    folders = [tmp_path / name for name in "abc"]
    for folder in folders:
        folder.mkdir()
    english = replace(golden_article(), meta=replace(golden_article().meta, language="en-US"))
    first = export(golden_article(), folders[0])
    second = export(english, folders[1])
    third = export(golden_article(), folders[2])
    assert parts(first)["word/document.xml"] == parts(third)["word/document.xml"]
    assert b'w:w="12240"' in parts(second)["word/document.xml"]  # Letter
    assert b'w:w="11906"' in parts(third)["word/document.xml"]  # A4


def test_a_template_binding_few_prefixes_gets_its_body_parsed_in(tmp_path: Path) -> None:
    """A reference template from another tool whose root declares only `w`: the body's
    markup (links, pictures) is parsed into the part rather than spliced in as text."""
    template = tmp_path / "minimal.docx"
    body = f'<w:document xmlns:w="{W}"><w:body><w:sectPr/></w:body></w:document>'
    with zipfile.ZipFile(docx_base.base_path()) as source, zipfile.ZipFile(template, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            out.writestr(item, body.encode() if item.filename == "word/document.xml" else data)
    path = export(golden_article(), tmp_path, reference_docx=template)
    document = docx.Document(str(path))
    assert [link.address for p in document.paragraphs for link in p.hyperlinks] == [
        "https://example.org/a?b=1&c=2"
    ]
    assert len(document.inline_shapes) == 1
    assert "Vous avez été un allié fidèle." in [p.text for p in document.paragraphs]


@cache
def body_writer() -> docx_body.BodyWriter:
    return docx_export.compose(golden_article(), ExportOptions(now=NOW))[1]


ODD_TEXT = st.lists(
    st.sampled_from(["mot", " ", "  ", "\t", "\n", "\r\n", "\r", "\x01", "a & b", "<c>", "é", ""]),
    max_size=6,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(ODD_TEXT, st.frozensets(st.sampled_from(["em", "strong", "sup"])))
def test_a_run_of_one_piece_is_written_as_the_pieces_of_any_run(
    text: str, marks: frozenset[str]
) -> None:
    """A run without tab or line break skips the walk over pieces, to the same markup."""
    writer = body_writer()
    properties = writer._properties("", marks, "")
    pieces = "".join(docx_body._pieces(docx_body.clean_text(text)))
    assert writer._run(text, marks) == f"<w:r>{properties}{pieces}</w:r>"


def test_relationships_are_written_as_python_docx_writes_them() -> None:
    """The document's (links, a picture, the embargo's header), the package's own."""
    article = replace(golden_article(), meta=replace(golden_article().meta, embargo=NOW))
    document, _body = docx_export.compose(article, ExportOptions(now=NOW))
    package = document.part.package
    every = [package.rels, *(part.rels for part in package.iter_parts() if len(part.rels))]
    assert any(rel.is_external for rel in document.part.rels.values())
    for rels in every:
        assert docx_save.relationships_xml(rels) == rels.xml

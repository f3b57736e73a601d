"""DOCX export of the desk's review: Word revisions and comments that Word, LibreOffice and
pandoc read — every insertion and deletion with its author and date, comments with their
ranges, replies and resolved flag."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from editor.formats import docx as docx_export
from editor.formats.options import ExportOptions
from editor.model import review
from editor.model.annotations import Comment, Reply, Suggestion, accepted_view
from editor.model.article import Article
from editor.model.build import inserted, para
from editor.model.inline import LINK, Run
from editor.model.stats import visible_fields
from tests.model.test_review import WHEN, desk_edit
from tests.shared import libreoffice_convert, require_tool
from tests.strategies import reviewed_articles

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NS = {"w": W, "w15": W15, "w14": W14}
LATER = datetime(2026, 12, 7, 11, 5, 30, tzinfo=UTC)


def reviewed() -> Article:
    """The desk edit, a link and a paragraph suggested by the section head, two comments."""
    edit = desk_edit()
    link = Run("le communiqué", frozenset({LINK}), "https://example.org/c", insert="s5")
    added = replace(para(inserted("Un ajout de la cheffe.", "s6"), id="p4"), insert="s7")
    edit = edit.with_blocks(
        (*edit.blocks[:2], para("Voir ", link, ".", id="p5"), *edit.blocks[2:], added)
    )
    edit = replace(
        edit,
        suggestions={
            **edit.suggestions,
            "s5": Suggestion("s5", "insert", "Zoé Leroy", LATER),
            "s6": Suggestion("s6", "insert", "Zoé Leroy", LATER),
            "s7": Suggestion("s7", "block-insert", "Zoé Leroy", LATER),
        },
    )
    edit = review.add_comment(
        edit,
        Comment("c1", "Anne Martin", WHEN, "Source ?"),
        review.Anchor("p1", 0),
        review.Anchor("p1", 13),
    )
    edit = review.reply(edit, "c1", "Paul Durand", LATER, "AFP, 9 h 30.")
    edit = review.add_comment(
        edit,
        Comment("c2", "Zoé Leroy", LATER, "Titre trop long", resolved=True),
        review.Anchor("t", 10),
        review.Anchor("p1", 3),
    )
    return edit


def export(a: Article, folder: Path, name: str = "revue") -> Path:
    path = folder / f"{name}.docx"
    docx_export.export(a, path, ExportOptions(now=LATER))
    return path


def part(path: Path, name: str) -> Any:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def test_every_change_is_a_word_revision_with_author_and_date(tmp_path: Path) -> None:
    body = part(export(reviewed(), tmp_path), "word/document.xml")
    inserted_runs = [
        ("".join(i.xpath(".//w:t/text()", namespaces=NS)), i.get(f"{{{W}}}author"))
        for i in body.xpath("//w:p/w:ins | //w:hyperlink/w:ins", namespaces=NS)
    ]
    assert inserted_runs == [
        ("ont siégé", "Paul Durand"),
        ("le communiqué", "Zoé Leroy"),
        ("Un ajout de la cheffe.", "Zoé Leroy"),
    ]
    deleted = body.xpath("//w:p/w:del", namespaces=NS)
    assert [
        ("".join(d.xpath(".//w:delText/text()", namespaces=NS)), d.get(f"{{{W}}}author"))
        for d in deleted
    ] == [
        ("se sont réunis", "Paul Durand"),
        ("Une phrase de trop.", "Anne Martin"),
    ]
    assert not body.xpath("//w:del//w:t", namespaces=NS)
    assert deleted[0].get(f"{{{W}}}date") == "2026-12-07T09:30:00Z"
    # the paragraph added at the end is inserted on the mark before it, as Word marks a
    # paragraph typed after another: the mark of the paragraph deleted before it
    marks = body.xpath("//w:pPr/w:rPr/*", namespaces=NS)
    assert [(etree.QName(m).localname, m.get(f"{{{W}}}author")) for m in marks] == [
        ("ins", "Zoé Leroy"),
        ("del", "Anne Martin"),
    ]
    [change] = body.xpath("//w:pPrChange", namespaces=NS)
    paragraph = change.getparent()
    assert paragraph.xpath("string(w:pStyle/@w:val)", namespaces=NS) != change.xpath(
        "string(w:pPr/w:pStyle/@w:val)", namespaces=NS
    )
    assert change.get(f"{{{W}}}author") == "Anne Martin"
    ids = body.xpath("//w:ins/@w:id | //w:del/@w:id | //w:pPrChange/@w:id", namespaces=NS)
    assert len(ids) == len(set(ids)) == 8


def test_comments_have_their_range_their_replies_and_resolution(tmp_path: Path) -> None:
    path = export(reviewed(), tmp_path)
    comments = part(path, "word/comments.xml")
    found = [
        (
            c.get(f"{{{W}}}author"),
            c.get(f"{{{W}}}initials"),
            c.get(f"{{{W}}}date"),
            "".join(c.xpath(".//w:t/text()", namespaces=NS)),
        )
        for c in comments.xpath("w:comment", namespaces=NS)
    ]
    assert found == [
        ("Anne Martin", "AM", "2026-12-07T09:30:00Z", "Source ?"),
        ("Paul Durand", "PD", "2026-12-07T11:05:30Z", "AFP, 9 h 30."),
        ("Zoé Leroy", "ZL", "2026-12-07T11:05:30Z", "Titre trop long"),
    ]
    body = part(path, "word/document.xml")
    text = etree.tostring(body, encoding="unicode")
    between = re.search(
        r'commentRangeStart w:id="0"/>(.*?)<w:commentRangeEnd w:id="0"/>', text, re.S
    )
    assert between is not None
    assert "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", between.group(1))) == "Les ministres"
    for number in ("0", "1", "2"):
        assert body.xpath(f"count(//w:commentReference[@w:id='{number}'])", namespaces=NS) == 1
    extended = part(path, "word/commentsExtended.xml")
    rows = [
        (e.get(f"{{{W15}}}paraId"), e.get(f"{{{W15}}}paraIdParent"), e.get(f"{{{W15}}}done"))
        for e in extended
    ]
    para_ids = comments.xpath("w:comment/w:p[last()]/@w14:paraId", namespaces=NS)
    assert rows == [
        (para_ids[0], None, "0"),
        (para_ids[1], para_ids[0], "0"),
        (para_ids[2], None, "1"),
    ]


def test_a_comment_reads_back_in_python_docx_as_it_was_written(tmp_path: Path) -> None:
    """Tabs, several lines, spaces at the ends, markup characters, a reply with no date: the
    comments part, written as markup, says what python-docx's own API would have."""
    thread = Comment(
        "c1",
        'Anne & <Martin> "AM"',
        WHEN,
        "  Deux lignes :\n\tla seconde\tfinit ici ",
        replies=(Reply("Paul\tDurand", None, ""), Reply("Zoé Leroy", LATER, "\nvu")),
        initials="AnM",
    )
    edit = replace(reviewed(), comments={**reviewed().comments, "c1": thread})
    read = list(docx.Document(str(export(edit, tmp_path))).comments)
    assert [(c.author, c.initials, c.timestamp, c.text) for c in read[:3]] == [
        ('Anne & <Martin> "AM"', "AnM", WHEN, thread.text),
        ("Paul\tDurand", "PD", None, ""),
        ("Zoé Leroy", "ZL", LATER, "\nvu"),
    ]


def pandoc(path: Path, *args: str) -> str:
    result = subprocess.run(
        [require_tool("pandoc"), "-f", "docx", *args, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


def spans(value: Any) -> list[tuple[str, str, str]]:
    """Every tracked change pandoc's JSON holds: (insertion|deletion, author, text)."""
    found: list[tuple[str, str, str]] = []
    if isinstance(value, dict):
        if value.get("t") == "Span":
            (_, classes, attributes), inlines = value["c"]
            kind = next((c for c in classes if c in ("insertion", "deletion")), None)
            if kind is not None:
                author = dict(attributes).get("author", "")
                found.append((kind, author, stringify(inlines)))
                return found
        for item in value.values():
            found += spans(item)
    elif isinstance(value, list):
        for item in value:
            found += spans(item)
    return found


def stringify(value: Any) -> str:
    if isinstance(value, dict):
        if value.get("t") == "Str":
            return str(value["c"])
        if value.get("t") in ("Space", "SoftBreak", "LineBreak"):
            return " "
        return stringify(value.get("c", []))
    if isinstance(value, list):
        return "".join(stringify(item) for item in value)
    return ""


def test_pandoc_shows_every_insertion_and_deletion_with_its_author(tmp_path: Path) -> None:
    path = export(reviewed(), tmp_path)
    changes = spans(json.loads(pandoc(path, "--track-changes=all", "-t", "json")))
    assert ("deletion", "Paul Durand", "se sont réunis") in changes
    assert ("insertion", "Paul Durand", "ont siégé") in changes
    assert ("insertion", "Zoé Leroy", "le communiqué") in changes
    assert ("insertion", "Zoé Leroy", "Un ajout de la cheffe.") in changes
    assert ("deletion", "Anne Martin", "Une phrase de trop.") in changes


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize("made", [reviewed, desk_edit])
def test_pandoc_accepting_all_reads_exactly_our_accepted_view(tmp_path: Path, made: Any) -> None:
    edit = made()
    path = export(edit, tmp_path)
    accepted = pandoc(path, "--track-changes=accept", "-t", "plain", "--wrap=none")
    expected = [b.plain_text for b in accepted_view(edit).blocks]
    assert paragraphs(accepted) == expected


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(reviewed_articles())
def test_any_review_exports_with_each_deleted_character_in_deleted_text(
    tmp_path: Path, edit: Article
) -> None:
    body = part(export(edit, tmp_path, "any"), "word/document.xml")
    deleted_in_word = "".join(body.xpath("//w:delText/text()", namespaces=NS))
    deleted_here = "".join(
        "".join(visible_fields(block))  # a deleted block goes whole: attribution, caption…
        if block.delete is not None
        else "".join(run.text for run in block.text if run.delete is not None)
        for block in edit.blocks
    )
    assert " ".join(deleted_in_word.split()) == " ".join(deleted_here.split())
    suggested = {sid for b in edit.blocks for r in b.text for sid in (r.insert, r.delete) if sid}
    assert len(body.xpath("//w:ins[.//w:r] | //w:del[w:r]", namespaces=NS)) >= len(suggested)


@pytest.mark.slow
def test_libreoffice_reads_every_tracked_change_and_comment(tmp_path: Path) -> None:
    edit = reviewed()
    odt = libreoffice_convert(export(edit, tmp_path), "odt", tmp_path, tmp_path / "profile")
    with zipfile.ZipFile(odt) as package:
        content = package.read("content.xml").decode("utf-8")
    regions = re.findall(r"<text:changed-region\b.*?</text:changed-region>", content, re.S)
    creators = [re.search(r"<dc:creator>(.*?)</dc:creator>", r).group(1) for r in regions]  # type: ignore[union-attr]
    # LibreOffice folds the inserted paragraph mark (s7) into the insertion of the paragraph's
    # text (s6) just before it: same author, same moment, one region; every other change is its own
    assert len(regions) == len(edit.suggestions) - 1
    assert sorted(creators) == sorted(s.author for s in edit.suggestions.values() if s.id != "s7")
    threads = sum(1 + len(c.replies) for c in edit.comments.values())
    assert content.count("<office:annotation ") == threads
    assert 'loext:resolved="true"' in content


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(reviewed_articles())
def test_accepting_all_in_a_word_reader_gives_our_accepted_article(
    tmp_path: Path, edit: Article
) -> None:
    """pandoc accepting every revision of our DOCX reads the text our own accept-all exports,
    paragraph by paragraph (run boundaries aside: a revision splits runs)."""
    theirs = block_texts(
        pandoc(export(edit, tmp_path, "theirs"), "--track-changes=accept", "-t", "json")
    )
    ours = block_texts(pandoc(export(accepted_view(edit), tmp_path, "ours"), "-t", "json"))
    # empty paragraphs aside: a document's last paragraph mark cannot go (a deleted last block
    # leaves it empty), and pandoc keeps a deleted heading's paragraph empty where Word merges it
    assert [t for t in theirs if t] == [t for t in ours if t]


def block_texts(document: str) -> list[str]:
    """Each block's text, spaces normalised (pandoc trims a space at a revision's edge)."""
    return [" ".join(stringify(block).split()) for block in json.loads(document)["blocks"]]

"""`copydesk review`, and the exports that refuse pending suggestions, run as real processes."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from editor.model import review, storage
from editor.model.annotations import Comment
from editor.model.build import article, para, title
from tests.model.test_review import WHEN, desk_edit
from tests.test_cli import copydesk


@pytest.fixture
def under_review(tmp_path: Path) -> Path:
    noted = review.add_comment(
        desk_edit(),
        Comment("c1", "Anne Martin", WHEN, "Source ?", initials="AMa"),
        review.Anchor("p1", 0),
        review.Anchor("p1", 13),
    )
    noted = review.reply(noted, "c1", "Paul Durand", WHEN, "AFP, 9 h 30.")
    noted = review.reply(noted, "c1", "Zoé Leroy", WHEN, "Vu.", initials="ZL")
    path = tmp_path / "sommet.article"
    storage.save(noted, path)
    return path


def test_list_json_has_every_suggestion_and_comment(under_review: Path) -> None:
    result = copydesk("review", under_review, "--list", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"suggestions", "comments"}
    assert data["suggestions"][0] == {
        "id": "s1",
        "type": "delete",
        "author": "Paul Durand",
        "date": "2026-12-07T09:30:00+00:00",
        "block": "p1",
        "text": "se sont réunis",
    }
    assert [(s["type"], s["block"]) for s in data["suggestions"]] == [
        ("delete", "p1"),
        ("insert", "p1"),
        ("kind-change", "p2"),
        ("block-delete", "p3"),
    ]
    assert data["comments"] == [
        {
            "id": "c1",
            "author": "Anne Martin",
            "initials": "AMa",
            "date": "2026-12-07T09:30:00+00:00",
            "block": "p1",
            "quote": "Les ministres",
            "text": "Source ?",
            "resolved": False,
            "replies": [
                {
                    "author": "Paul Durand",
                    "initials": None,  # the file gives none: not made up from the name
                    "date": "2026-12-07T09:30:00+00:00",
                    "text": "AFP, 9 h 30.",
                },
                {
                    "author": "Zoé Leroy",
                    "initials": "ZL",
                    "date": "2026-12-07T09:30:00+00:00",
                    "text": "Vu.",
                },
            ],
        }
    ]


def test_list_for_people_names_each_change(under_review: Path) -> None:
    result = copydesk("review", under_review, "--list")
    assert result.returncode == 0, result.stderr
    assert "4 suggestion(s), 1 comment(s) (1 open)" in result.stdout
    assert "paragraph → subhead: Un diplomate" in result.stdout
    assert "“Les ministres”: Source ? [open, 2 replies]" in result.stdout


def test_accept_all_by_one_author_changes_only_that(under_review: Path) -> None:
    before = storage.load(under_review)
    result = copydesk("review", under_review, "--accept-all", "--author", "Anne Martin")
    assert result.returncode == 0, result.stderr
    assert "accepted 2 suggestion(s); 2 still pending" in result.stdout
    after = storage.load(under_review)
    assert after == review.accept_all(before, author="Anne Martin")
    assert after.meta == before.meta and after.comments == before.comments


def test_reject_all_gives_back_the_reporter_s_text(under_review: Path) -> None:
    before = storage.load(under_review)
    assert copydesk("review", under_review, "--reject-all").returncode == 0
    after = storage.load(under_review)
    assert not after.suggestions
    assert review.original_view(after) == review.original_view(before)


def test_an_unknown_author_or_a_hand_laid_file_is_refused_untouched(under_review: Path) -> None:
    text = under_review.read_text(encoding="utf-8")
    result = copydesk("review", under_review, "--accept-all", "--author", "Nobody")
    assert result.returncode == 2
    assert "no pending suggestion by “Nobody”" in result.stderr
    compact = json.dumps(json.loads(text), ensure_ascii=False)
    under_review.write_text(compact, encoding="utf-8")
    result = copydesk("review", under_review, "--reject-all")
    assert result.returncode == 2 and "not laid out as Copydesk saves it" in result.stderr
    assert under_review.read_text(encoding="utf-8") == compact


def test_nothing_pending_leaves_a_plain_file_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "plain.article"
    storage.save(article(title("Titre"), para("Texte.")), path)
    before = path.read_bytes()
    assert json.loads(before)["version"] == 1
    result = copydesk("review", path, "--accept-all")
    assert result.returncode == 0 and "unchanged" in result.stdout
    assert path.read_bytes() == before


@pytest.mark.parametrize("fmt", ["epub", "newsml", "icml"])
def test_reader_formats_refuse_pending_suggestions(under_review: Path, fmt: str) -> None:
    result = copydesk("export", under_review, "--to", fmt, "-o", under_review.parent / "out")
    assert result.returncode == 2
    assert "4 suggestions not yet accepted or rejected" in result.stderr
    assert f"copydesk review {under_review} --accept-all" in result.stderr
    assert not (under_review.parent / "out").exists() or not any(
        (under_review.parent / "out").iterdir()
    )


def test_accept_all_on_export_writes_the_accepted_text(under_review: Path) -> None:
    out = under_review.parent / "out"
    result = copydesk("export", under_review, "--to", "newsml", "--accept-all", "-o", out)
    assert result.returncode == 0, result.stderr
    wire = (out / "sommet.newsml.xml").read_text(encoding="utf-8")
    assert "Les ministres ont siégé à Bruxelles." in wire
    assert "se sont réunis" not in wire and "Une phrase de trop" not in wire
    assert "Source ?" not in wire
    assert storage.load(under_review).suggestions  # the article itself keeps them


def test_export_signs_comments_with_the_initials_saved_with_them(tmp_path: Path) -> None:
    """The command line has no reviewer of its own: a comment is signed by its author, with
    the initials the article keeps for it (else made from the name)."""
    noted = review.add_comment(
        desk_edit(),
        replace(Comment("c1", "Léa Moreau", WHEN, "Source ?"), initials="LMo"),
        review.Anchor("t", 0),
        review.Anchor("t", 9),
    )
    noted = review.reply(noted, "c1", "Paul Durand", WHEN, "AFP.")
    source, out = tmp_path / "noted.article", tmp_path / "out"
    storage.save(noted, source)
    result = copydesk("export", source, "--to", "docx", "-o", out)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out / "noted.docx") as package:
        comments = package.read("word/comments.xml").decode()
    signed = re.findall(r"<w:comment\b[^>]*>", comments)
    assert ['w:initials="LMo"' in c and "Léa Moreau" in c for c in signed] == [True, False]
    assert 'w:initials="PD"' in signed[1]


def test_list_json_gives_the_initials_a_word_file_signs_with(tmp_path: Path) -> None:
    # comments.docx (tests/formats/fixtures/word, made by Word) signs every comment and reply
    # w:initials="jkr", not the "JR" the name would give
    word = Path(__file__).parent / "formats" / "fixtures" / "word" / "comments.docx"
    target = tmp_path / "comments.article"
    assert copydesk("import", word, "-o", target).returncode == 0
    result = copydesk("review", target, "--list", "--json")
    assert result.returncode == 0, result.stderr
    comments = json.loads(result.stdout)["comments"]
    signed = [c["initials"] for c in comments]
    signed += [r["initials"] for c in comments for r in c["replies"]]
    assert len(signed) == 5 and set(signed) == {"jkr"}

"""The .article file under review: version 2 carries suggestions and comments; a file
without them stays version 1, byte for byte; broken references are refused by name."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

from editor.model import review, storage
from editor.model.annotations import Comment
from editor.model.article import Article
from editor.model.build import article, para, title
from editor.model.review import Anchor
from tests.model.test_review import desk_edit
from tests.model.test_storage import SCHEMA
from tests.shared import SAMPLE
from tests.strategies import reviewed_articles


def test_a_file_without_review_saves_byte_for_byte_as_version_1(tmp_path: Path) -> None:
    before = SAMPLE.read_bytes()
    assert json.loads(before)["version"] == 1
    copy = tmp_path / "copy.article"
    storage.save(storage.load(SAMPLE), copy)
    assert copy.read_bytes() == before


def test_initials_are_written_only_where_given() -> None:
    """A version 2 file from before initials were kept reads and writes as it was; a
    reviewer's initials go beside the author and come back."""
    plain = review.add_comment(
        desk_edit(), Comment("c1", "Anne Martin", None, "Source ?"), Anchor("t", 0), Anchor("t", 9)
    )
    text = storage.dumps(plain)
    assert "initials" not in text
    assert storage.dumps(storage.loads(text)) == text
    signed = review.reply(plain, "c1", "Paul Durand", None, "Vu.", initials="PDu")
    comment = replace(signed.comments["c1"], initials="AMa")
    signed = replace(signed, comments={**signed.comments, "c1": comment})
    data = json.loads(storage.dumps(signed))
    [written] = [c for c in data["comments"] if c["id"] == "c1"]
    assert list(written)[:3] == ["id", "author", "initials"]
    assert written["initials"] == "AMa"
    assert [r.get("initials") for r in written["replies"]][-1] == "PDu"
    jsonschema.validate(data, SCHEMA)
    back = storage.loads(storage.dumps(signed))
    assert back == signed
    assert back.comments["c1"].replies[-1].initials == "PDu"


def test_an_article_under_review_is_version_2_with_its_tables_last() -> None:
    data = json.loads(storage.dumps(desk_edit()))
    assert data["version"] == 2
    assert list(data) == ["format", "version", "meta", "blocks", "media", "suggestions"]
    assert data["blocks"][1]["text"] == [
        "Les ministres ",
        {"text": "se sont réunis", "marks": [], "delete": "s1"},
        {"text": "ont siégé", "marks": [], "insert": "s2"},
        " à Bruxelles.",
    ]
    assert data["blocks"][2]["kind_change"] == "s3"
    assert data["suggestions"][2] == {
        "id": "s3",
        "type": "kind-change",
        "author": "Anne Martin",
        "date": "2026-12-07T09:30:00+00:00",
        "from_kind": "paragraph",
    }
    jsonschema.validate(data, SCHEMA)


def test_deciding_every_suggestion_brings_the_file_back_to_version_1() -> None:
    from editor.model.review import accept_all

    assert json.loads(storage.dumps(accept_all(desk_edit())))["version"] == 1


def test_version_1_files_are_migrated_to_version_2_on_load() -> None:
    assert 1 in storage.MIGRATIONS and storage.VERSION == 2
    raw = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert storage.MIGRATIONS[1](raw)["version"] == 2
    assert storage.loads(json.dumps({**raw, "version": 2})) == storage.load(SAMPLE)


@settings(max_examples=80, deadline=None)
@given(reviewed_articles())
def test_any_article_under_review_matches_the_schema_and_reads_back(a: Article) -> None:
    text = storage.dumps(a)
    jsonschema.validate(json.loads(text), SCHEMA)
    assert storage.loads(text) == a
    assert storage.dumps(storage.loads(text)) == text


def reviewed(**changes: object) -> str:
    data = json.loads(storage.dumps(desk_edit()))
    data.update(changes)
    return json.dumps(data, ensure_ascii=False)


def with_run(run: dict[str, object]) -> str:
    data = json.loads(storage.dumps(desk_edit()))
    data["blocks"][1]["text"][1] = run
    return json.dumps(data, ensure_ascii=False)


def plain_with(block: dict[str, object]) -> str:
    """A version 1 file, without review tables, whose second block is `block`."""
    data = json.loads(storage.dumps(article(title("Titre"), para("Texte"))))
    data["blocks"][1] = block
    return json.dumps(data, ensure_ascii=False)


BAD = {
    "unknown-suggestion": (
        with_run({"text": "x", "delete": "s9"}),
        "blocks[1].text",
        "the suggestion “s9” is not in the file's suggestions",
    ),
    "wrong-type": (
        with_run({"text": "x", "delete": "s2"}),
        "blocks[1].text",
        "the suggestion “s2” is of type insert, not delete",
    ),
    "unknown-comment": (
        with_run({"text": "x", "comments": ["c7"]}),
        "blocks[1].text",
        "the comment “c7” is not in the file's comments",
    ),
    "suggestion-in-a-file-without-review": (
        plain_with({"kind": "paragraph", "text": [{"text": "x", "insert": "s1"}]}),
        "blocks[1].text",
        "the suggestion “s1” is not in the file's suggestions",
    ),
    "block-suggestion-in-a-file-without-review": (
        plain_with({"kind": "paragraph", "text": "x", "kind_change": "s3"}),
        "blocks[1].kind_change",
        "the suggestion “s3” is not in the file's suggestions",
    ),
    "comment-in-a-file-without-review": (
        plain_with({"kind": "paragraph", "text": ["x", {"text": "y", "comments": ["c2"]}]}),
        "blocks[1].text",
        "the comment “c2” is not in the file's comments",
    ),
    "unknown-type": (
        reviewed(suggestions=[{"id": "s1", "type": "move"}]),
        "suggestions[0].type",
        "unknown suggestion type “move”",
    ),
    "twice-the-same-id": (
        reviewed(comments=[{"id": "c1"}, {"id": "c1"}]),
        "comments[1].id",
        "the id “c1” is used twice",
    ),
    "bad-date": (
        reviewed(comments=[{"id": "c1", "date": "mardi"}]),
        "comments[0].date",
        "“mardi” is not a date and time",
    ),
    "resolved-not-boolean": (
        reviewed(comments=[{"id": "c1", "resolved": "yes"}]),
        "comments[0].resolved",
        "expected true/false",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_broken_review_is_refused_naming_the_place(tmp_path: Path, name: str) -> None:
    text, place, reason = BAD[name]
    path = tmp_path / f"{name}.article"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(storage.ArticleFileError) as caught:
        storage.load(path)
    assert caught.value.place == place
    assert reason in caught.value.reason
    assert str(path) in str(caught.value)
    assert path.read_text(encoding="utf-8") == text

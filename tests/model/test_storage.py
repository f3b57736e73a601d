"""The native .article file: round trips, the documented shape, and refused bad input."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import storage
from editor.model.article import Article, Block, media_key
from editor.model.build import article, em, link, para, quote, title
from editor.model.inline import Run
from tests.shared import PROJECT_ROOT, SAMPLE, seed_article
from tests.strategies import articles

SCHEMA = json.loads((PROJECT_ROOT / "resources" / "article.schema.json").read_text())


def test_seed_survives_save_and_load(tmp_path: Path) -> None:
    seed = seed_article()
    path = tmp_path / "seed.article"
    storage.save(seed, path)
    assert storage.load(path) == seed


def test_sample_loads_and_matches_its_schema() -> None:
    sample = storage.load(SAMPLE)
    assert {b.kind for b in sample.blocks} == {
        "kicker",
        "title",
        "standfirst",
        "subhead",
        "paragraph",
        "pullquote",
        "image",
        "author_bio",
    }
    jsonschema.validate(json.loads(SAMPLE.read_text(encoding="utf-8")), SCHEMA)


@settings(max_examples=150, deadline=None)
@given(articles(languages=True))
def test_load_of_save_is_identity(original: Article) -> None:
    text = storage.dumps(original)
    assert storage.loads(text) == original
    jsonschema.validate(json.loads(text), SCHEMA)


@given(st.text())
def test_any_string_survives_including_control_characters(text: str) -> None:
    original = article(title("T"), para(text))
    assert storage.loads(storage.dumps(original)) == original


def test_file_has_documented_shape_and_stable_key_order() -> None:
    a = article(
        title("Titre"),
        para("Plain, ", em("italic"), link("a link", "https://e.org")),
        meta={"section": ("Actualités",)},
    )
    data = json.loads(storage.dumps(a))
    assert list(data) == ["format", "version", "meta", "blocks", "media"]
    assert data["format"] == "copydesk.article" and data["version"] == 1
    assert list(data["meta"])[:3] == ["id", "revision", "language"]
    assert data["blocks"][0]["text"] == "Titre"
    assert data["blocks"][1]["text"] == [
        "Plain, ",
        {"text": "italic", "marks": ["em"]},
        {"text": "a link", "marks": ["link"], "href": "https://e.org"},
    ]
    assert storage.dumps(storage.loads(storage.dumps(a))) == storage.dumps(a)


def test_minimal_file_gets_defaults_and_ids() -> None:
    loaded = storage.loads(
        '{"format": "copydesk.article", "version": 1, "blocks": '
        '[{"kind": "title", "text": "T"}, {"kind": "paragraph", "text": "P"}]}'
    )
    assert [b.kind for b in loaded.blocks] == ["title", "paragraph"]
    assert loaded.meta.language == "fr" and loaded.meta.id.startswith("urn:uuid:")
    assert len({b.id for b in loaded.blocks}) == 2


def test_unknown_keys_are_kept_and_written_back() -> None:
    raw = {
        "format": "copydesk.article",
        "version": 1,
        "future": {"x": 1},
        "meta": {"language": "en", "workflow": "desk-2"},
        "blocks": [{"kind": "title", "text": "T", "id": "t1", "layout": "wide"}],
    }
    again = json.loads(storage.dumps(storage.loads(json.dumps(raw))))
    assert again["future"] == {"x": 1}
    assert again["meta"]["workflow"] == "desk-2"
    assert again["blocks"][0]["layout"] == "wide"


def test_save_is_atomic_and_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "a.article"
    storage.save(article(title("One")), path)
    os.chmod(path, 0o640)
    storage.save(article(title("Two")), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert storage.load(path).title == "Two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.article"]


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.article"
    storage.save(article(title("Old")), path)
    before = path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(storage.SaveError, match="no space left on the disk"):
        storage.save(article(title("New")), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.article"]


def test_migration_hook_upgrades_old_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    def upgrade(data: dict[str, object]) -> dict[str, object]:
        blocks = data.pop("paragraphs")
        return {**data, "version": 2, "blocks": blocks}

    monkeypatch.setattr(storage, "VERSION", 2)
    monkeypatch.setitem(storage.MIGRATIONS, 1, upgrade)
    loaded = storage.loads(
        '{"format": "copydesk.article", "version": 1, '
        '"paragraphs": [{"kind": "title", "text": "Old"}]}'
    )
    assert loaded.title == "Old"


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "broken-json": (b'{"format": "copydesk.article", "version": 1, "blocks": [', "broken JSON"),
    "wrong-shape": (
        b'{"format": "copydesk.article", "version": 1, "blocks": {"kind": "title"}}',
        "expected a list of blocks",
    ),
    "unknown-kind": (
        b'{"format": "copydesk.article", "version": 1, "blocks": '
        b'[{"kind": "sidebar", "text": "x"}]}',
        "unknown block kind",
    ),
    "newer-version": (
        b'{"format": "copydesk.article", "version": 7, "blocks": []}',
        "newer Copydesk",
    ),
    "missing-media": (
        b'{"format": "copydesk.article", "version": 1, "blocks": '
        b'[{"kind": "image", "media": "sha256:00"}]}',
        "not in the file's media",
    ),
    "not-utf8": (
        b'{"format": "copydesk.article", "version": 1, "blocks": '
        b'[{"kind": "title", "text": "\xe9t\xe9"}]}',
        "not UTF-8",
    ),
    "not-an-article": (b'{"hello": "world"}', "not a Copydesk article"),
    "empty": (b"", "empty"),
    "bad-mark": (
        b'{"format": "copydesk.article", "version": 1, "blocks": '
        b'[{"kind": "title", "text": [{"text": "x", "marks": ["blink"]}]}]}',
        "unknown mark",
    ),
    "embargo-without-offset": (
        b'{"format": "copydesk.article", "version": 1, "meta": '
        b'{"embargo": "2026-12-08T06:00:00"}, "blocks": []}',
        "needs a time-zone offset",
    ),
    "embargo-not-a-time": (
        b'{"format": "copydesk.article", "version": 1, "meta": '
        b'{"embargo": "mardi matin"}, "blocks": []}',
        "not a date and time",
    ),
    "bad-block-language": (
        b'{"format": "copydesk.article", "version": 1, "blocks": '
        b'[{"kind": "paragraph", "text": "Hi", "lang": "English please"}]}',
        "blocks[0].lang",
    ),
    "kind-not-text": (
        b'{"format": "copydesk.article", "version": 1, "blocks": [{"kind": 3, "text": "x"}]}',
        "blocks[0].kind",
    ),
    "id-not-text": (
        b'{"format": "copydesk.article", "version": 1, "blocks": '
        b'[{"kind": "paragraph", "id": 7, "text": "x"}]}',
        "blocks[0].id",
    ),
    "marks-not-a-list": (
        b'{"format": "copydesk.article", "version": 1, "blocks": '
        b'[{"kind": "title", "text": ["a", {"text": "x", "marks": "em"}]}]}',
        "blocks[0].text[1].marks",
    ),
    "mark-not-text": (
        b'{"format": "copydesk.article", "version": 1, "blocks": '
        b'[{"kind": "title", "text": [{"text": "x", "marks": ["em", 2]}]}]}',
        "blocks[0].text[0].marks",
    ),
    "comments-not-a-list": (
        b'{"format": "copydesk.article", "version": 1, "blocks": '
        b'[{"kind": "title", "text": [{"text": "x", "comments": "c1"}]}]}',
        "blocks[0].text[0].comments",
    ),
    "bad-date": (
        b'{"format": "copydesk.article", "version": 1, "meta": {"created": "hier"}, "blocks": []}',
        "not a date",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_input_is_refused_with_file_place_and_reason(tmp_path: Path, name: str) -> None:
    content, reason = BAD_FILES[name]
    path = tmp_path / f"{name}.article"
    path.write_bytes(content)
    with pytest.raises(storage.ArticleFileError) as caught:
        storage.load(path)
    message = str(caught.value)
    assert str(path) in message and reason in message
    assert path.read_bytes() == content


@pytest.mark.parametrize("block_id", ["a", "_x", "b-1.2_c", "Z9", "p.1-2_"])
def test_block_ids_of_ascii_letters_digits_and_marks_are_kept(block_id: str) -> None:
    text = json.dumps(
        {
            "format": "copydesk.article",
            "version": 1,
            "blocks": [{"id": block_id, "kind": "paragraph", "text": "x"}],
        }
    )
    assert storage.loads(text).blocks[0].id == block_id


@pytest.mark.parametrize(
    "block_id", ["", "1er", "-a", ".a", "été", "aé", "a b", "a\n", "a/b", "٣a"]
)
def test_other_block_ids_are_refused_naming_the_block(block_id: str) -> None:
    text = json.dumps(
        {
            "format": "copydesk.article",
            "version": 1,
            "blocks": [
                {"kind": "title", "text": "T"},
                {"id": block_id, "kind": "paragraph", "text": "x"},
            ],
        }
    )
    with pytest.raises(storage.ArticleFileError, match="is not a valid block id") as caught:
        storage.loads(text)
    assert caught.value.place == "blocks[1].id"


def test_wrong_shape_names_the_place(tmp_path: Path) -> None:
    path = tmp_path / "x.article"
    path.write_text(
        '{"format": "copydesk.article", "version": 1, "blocks": '
        '[{"kind": "title", "text": "T"}, {"kind": "paragraph", "text": 12}]}'
    )
    with pytest.raises(storage.ArticleFileError, match=r"blocks\[1\]\.text"):
        storage.load(path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.article"
    with open(path, "wb") as handle:
        handle.truncate(1024 * 1024 * 1024)  # a sparse 1 GB file
    with pytest.raises(storage.ArticleFileError, match="limited to"):
        storage.load(path)
    assert path.stat().st_size == 1024 * 1024 * 1024


def test_runs_are_canonical() -> None:
    block = Block("paragraph", (Run("a"), Run(""), Run("b"), Run("c", frozenset({"em"}))))
    assert block.text == (Run("ab"), Run("c", frozenset({"em"})))


def test_broken_json_place_is_said_once(tmp_path: Path) -> None:
    broken = tmp_path / "cut.article"
    broken.write_bytes(b'{"format": "copydesk.article", "version": 1, "blocks": [{"text": "abc')
    with pytest.raises(storage.ArticleFileError) as refused:
        storage.load(broken)
    assert "starting (at line 1" in str(refused.value)
    assert " at (at " not in str(refused.value)


def test_a_file_without_embargo_is_written_back_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "sample.article"
    storage.save(storage.load(SAMPLE), path)
    assert path.read_bytes() == SAMPLE.read_bytes()
    assert '"embargo"' not in path.read_text(encoding="utf-8")


def test_the_embargo_is_kept_with_its_offset(tmp_path: Path) -> None:
    paris = timezone(timedelta(hours=1))
    until = datetime(2026, 12, 8, 6, 0, tzinfo=paris)
    path = tmp_path / "embargoed.article"
    storage.save(article(title("T")).with_meta(embargo=until), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["meta"]["embargo"] == "2026-12-08T06:00:00+01:00"
    jsonschema.validate(raw, SCHEMA)
    loaded = storage.load(path).meta.embargo
    assert loaded == until and loaded is not None and loaded.utcoffset() == timedelta(hours=1)


def test_a_block_in_another_language_keeps_its_tag(tmp_path: Path) -> None:
    path = tmp_path / "quote.article"
    original = article(
        title("Brexit"),
        para("Il a déclaré :"),
        quote("We will never surrender", by="W. Churchill", lang="en-GB"),
        meta={"language": "fr"},
    )
    storage.save(original, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert [block.get("lang") for block in raw["blocks"]] == [None, None, "en-GB"]
    jsonschema.validate(raw, SCHEMA)
    loaded = storage.load(path)
    assert loaded == original
    assert [loaded.language_of(b) for b in loaded.blocks] == ["fr", "fr", "en-GB"]


def test_a_file_without_block_languages_is_written_back_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "sample.article"
    storage.save(storage.load(SAMPLE), path)
    assert path.read_bytes() == SAMPLE.read_bytes()
    assert '"lang"' not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("size", [100, 700 * 1024])
def test_a_picture_is_checked_against_its_address_small_or_large(tmp_path: Path, size: int) -> None:
    """Under half a megabyte of pictures the file is checked with CPython's own SHA-256, above
    with OpenSSL's: either way a damaged picture or bad base64 is refused, naming the place."""
    import base64
    import hashlib

    data = (bytes(range(256)) * (size // 256 + 1))[:size]
    key = "sha256:" + hashlib.sha256(data).hexdigest()
    assert media_key(data) == media_key(data, small=True) == key

    def saved(name: str, encoded: str, address: str = key) -> Path:
        path = tmp_path / f"{name}.article"
        media = {address: {"type": "image/png", "data": encoded}}
        content = {"format": "copydesk.article", "version": 1, "blocks": [], "media": media}
        path.write_text(json.dumps(content), encoding="utf-8")
        return path

    good = base64.b64encode(data).decode("ascii")
    assert storage.load(saved("good", good)).media[key].data == data
    damaged = base64.b64encode(data[:-1] + b"!").decode("ascii")
    for name, encoded, reason in (
        ("damaged", damaged, "does not match its checksum"),
        ("not-base64", good[:-4] + "é!==", "not valid base64"),
        ("after-padding", good + "QQ==", "not valid base64"),
    ):
        with pytest.raises(storage.ArticleFileError) as caught:
            storage.load(saved(name, encoded))
        assert f"media['{key}']" in str(caught.value) and reason in str(caught.value)

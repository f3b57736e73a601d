"""Files that cannot be opened or imported, told in the interface's language.

Each case is a real bad file, read by the model or an importer as the window reads it; the
window's English must be the command line's, and its French must hold no English word.
"""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from editor.app import files, i18n
from editor.app.error_text import ARTICLE_FILE, IMPORT, describe
from editor.formats.imported import ImportRefusedError
from editor.model import storage
from editor.model.atomic import SaveError
from editor.model.storage import ArticleFileError
from tests.app.interface_texts import english_words, words
from tests.model.test_storage_review import BAD, reviewed


def _article(**changes: Any) -> bytes:
    data: dict[str, Any] = {"format": "copydesk.article", "version": 1, "meta": {}, "blocks": []}
    data.update(changes)
    return json.dumps(data).encode()


PNG = base64.b64encode(b"\x89PNG\r\n").decode()
ARTICLES: dict[str, bytes] = {
    "not-utf8": b'{"format": "\xff"}',
    "empty": b"",
    "broken-json": b'{"format": "copydesk.article",}',
    "too-deep": b"[" * 100_000,
    "expected": b"[]",
    "not-article": b"{}",
    "newer-version": _article(version=99),
    "unknown-version": _article(version=0),
    "subject-without-code": _article(meta={"subjects": [{"code": ""}]}),
    "not-a-date": _article(meta={"dateline": {"place": "Lyon", "date": "hier"}}),
    "not-a-time": _article(meta={"created": "ce matin"}),
    "embargo-without-offset": _article(meta={"embargo": "2026-12-08T06:00:00"}),
    "not-an-image": _article(media={"k": {"type": "text/plain", "data": ""}}),
    "bad-image-data": _article(media={"k": {"type": "image/png", "data": "!!"}}),
    "checksum": _article(media={"sha256:00": {"type": "image/png", "data": PNG}}),
    "unknown-kind": _article(blocks=[{"kind": "banner"}]),
    "bad-block-id": _article(blocks=[{"kind": "paragraph", "id": "1er"}]),
    "bad-language": _article(blocks=[{"kind": "paragraph", "text": "Hi", "lang": "anglais !"}]),
    "image-not-in-media": _article(blocks=[{"kind": "image", "media": ""}]),
    "unknown-mark": _article(blocks=[{"kind": "paragraph", "text": [{"marks": ["blink"]}]}]),
    # the desk's review, in a version 2 file
    "suggestion-missing": BAD["unknown-suggestion"][0].encode(),
    "suggestion-type": BAD["wrong-type"][0].encode(),
    "comment-missing": BAD["unknown-comment"][0].encode(),
    "unknown-suggestion-type": BAD["unknown-type"][0].encode(),
    "id-twice": BAD["twice-the-same-id"][0].encode(),
    "id-needed": reviewed(comments=[{"id": ""}]).encode(),
}
"""A file for each reason the model gives that a test can cause (not a full disk, say)."""


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


NEWSML = '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">{}</newsMessage>'
ENTITY = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'
IMPORTS: dict[str, tuple[str, bytes]] = {
    "unknown-encoding": ("copie.txt", b"\x81\x8d\x8f\x90\x9d"),
    "no-news-item": ("fil.xml", NEWSML.format("").encode()),
    "not-a-story/packageItem": (
        "fil.xml",
        b'<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>',
    ),
    "newsml-1": ("fil.xml", b"<NewsML/>"),
    "not-newsml": ("fil.xml", b"<html/>"),
    "entities": ("fil.xml", ENTITY),
    "not-xml": ("fil.xml", b"<newsItem>"),
    "not-zip": ("papier.docx", b"pas une archive"),
    "outside-the-package": ("papier.docx", _zip({"../evil.xml": b"<x/>"})),
    "entities/part": ("papier.docx", _zip({"word/document.xml": ENTITY})),
    "damaged": ("papier.docx", _zip({"readme.txt": b"texte"})),
}
"""A file for each refusal of the importers a test can cause cheaply."""


def _open_article(path: Path) -> ArticleFileError:
    with pytest.raises(ArticleFileError) as caught:
        storage.load(path)
    return caught.value


def _import(path: Path) -> ImportRefusedError:
    with pytest.raises(ImportRefusedError) as caught:
        files.import_file(path)
    return caught.value


def _errors(tmp_path: Path) -> Iterator[ArticleFileError | ImportRefusedError]:
    for code, content in ARTICLES.items():
        path = tmp_path / f"{code}.article"
        path.write_bytes(content)
        error = _open_article(path)
        assert error.code == code, (error.code, str(error))
        yield error
    yield _open_article(tmp_path / "absent.article")
    yield _open_article(tmp_path)
    for key, (name, content) in IMPORTS.items():
        folder = tmp_path / key.replace("/", "-")
        folder.mkdir()
        (folder / name).write_bytes(content)
        refusal = _import(folder / name)
        assert refusal.code == key.partition("/")[0], (refusal.code, str(refusal))
        yield refusal
    yield _import(tmp_path / "absent.docx")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")


def test_the_cases_reach_every_sentence(qapp: QApplication, tmp_path: Path) -> None:
    reached = {error.code for error in _errors(tmp_path) if isinstance(error, ArticleFileError)}
    assert set(ARTICLE_FILE) - reached == {"too-large", "permission"}  # a test cannot cause them
    assert {f"{key}" for key in IMPORTS} <= set(IMPORT)


def test_in_english_the_window_says_what_the_command_line_says(
    qapp: QApplication, tmp_path: Path
) -> None:
    i18n.install("en")
    for error in _errors(tmp_path):
        assert describe(error) == str(error), error.code


def test_in_french_the_reasons_hold_no_english(french: None, tmp_path: Path) -> None:
    english = english_words()
    for error in _errors(tmp_path):
        said = describe(error)
        assert said != str(error) and "{" not in said, (error.code, said)
        assert str(error.path) in said
        ours = said.replace(error.values.get("detail", ""), "")  # a library's words stay its own
        ours = re.sub(r"«[^»]*»", " ", ours)  # and the file's own values, quoted
        assert not words(ours) & english, (error.code, said, words(ours) & english)
    said = describe(_open_article(tmp_path / "broken-json.article"))
    assert said.startswith(f"{tmp_path / 'broken-json.article'}\u00a0: JSON invalide\u00a0: ")
    assert said.endswith(" (emplacement\u00a0: ligne 1, colonne 31)"), said


def test_plurals_of_the_item_count(french: None, tmp_path: Path) -> None:
    wire = tmp_path / "fil.xml"
    item = '<itemSet><newsItem guid="a"/></itemSet>'
    wire.write_text(NEWSML.format(item), encoding="utf-8")
    from editor.formats import newsml_read

    with pytest.raises(ImportRefusedError) as caught:
        newsml_read.load(wire, 3)
    assert "contient 1 dépêche\u202f; il n’y a pas de dépêche 4" in describe(caught.value)
    i18n.install("en")
    assert "holds 1 item; there is no item 4" in describe(caught.value)


def test_a_failed_save_in_french(french: None, tmp_path: Path) -> None:
    with pytest.raises(SaveError) as caught:
        storage.save(storage.loads(_article()), tmp_path / "parti" / "papier.article")
    said = describe(caught.value)
    assert said.endswith(
        "papier.article\u00a0: enregistrement impossible\u00a0: le dossier n’existe plus"
    )

"""`copydesk import`: Word, NewsML-G2 and plain copy in, a new .article out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.model import storage
from tests.shared import PROJECT_ROOT, SAMPLE
from tests.test_cli import copydesk

FIXTURES = PROJECT_ROOT / "tests" / "formats" / "fixtures"


def blocks_without_ids(path: Path) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    return [
        (b.kind, b.plain_text, tuple(sorted(b.attrs.items()))) for b in storage.load(path).blocks
    ]


@pytest.mark.parametrize("fmt, suffix", [("docx", ".docx"), ("newsml", ".newsml.xml")])
def test_exported_sample_imports_back(tmp_path: Path, fmt: str, suffix: str) -> None:
    source = tmp_path / SAMPLE.name
    shutil.copy(SAMPLE, source)
    assert copydesk("export", source, "--to", fmt, "-o", tmp_path / "out").returncode == 0
    exported = tmp_path / "out" / (source.name.removesuffix(".article") + suffix)
    target = tmp_path / "back.article"
    result = copydesk("import", exported, "-o", target)
    assert result.returncode == 0, result.stderr
    assert blocks_without_ids(target) == blocks_without_ids(SAMPLE)


def test_plain_copy_imports_with_notes_on_stderr(tmp_path: Path) -> None:
    copy = tmp_path / "depeche.txt"
    copy.write_text("Un titre\n\nUn chapô court.\n\nLe corps du texte.\n", encoding="utf-8")
    result = copydesk("import", copy)
    assert result.returncode == 0, result.stderr
    assert "note:" in result.stderr
    assert [b.kind for b in storage.load(tmp_path / "depeche.article").blocks] == [
        "title",
        "standfirst",
        "paragraph",
    ]


def test_message_with_several_items_asks_which(tmp_path: Path) -> None:
    message = FIXTURES / "wire-message-xhtml.xml"
    result = copydesk("import", message, "-o", tmp_path / "a.article")
    assert result.returncode == 2 and "--item" in result.stderr
    assert not (tmp_path / "a.article").exists()
    result = copydesk("import", message, "--item", "2", "-o", tmp_path / "a.article")
    assert result.returncode == 0, result.stderr
    assert storage.load(tmp_path / "a.article").title


def test_existing_target_is_not_replaced_without_force(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text("Titre\n\nTexte.\n", encoding="utf-8")
    target = tmp_path / "copy.article"
    target.write_text("précieux", encoding="utf-8")
    result = copydesk("import", copy)
    assert result.returncode == 2 and "already exists" in result.stderr
    assert target.read_text(encoding="utf-8") == "précieux"
    assert copydesk("import", copy, "--force").returncode == 0


def test_hostile_xml_is_refused_with_one_line(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><newsItem>&b;</newsItem>'
    )
    result = copydesk("import", bomb, "-o", tmp_path / "x.article")
    assert result.returncode == 2
    assert str(bomb) in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.article").exists()

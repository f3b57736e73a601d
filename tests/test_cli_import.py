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


@pytest.mark.parametrize(
    "name, data, problem",
    [
        (
            "photo.png",
            PROJECT_ROOT / "resources" / "screenshots" / "editor.png",
            "not a file Copydesk imports",
        ),
        ("copie.docx", b"not a zip at all", "not a zip package"),
    ],
)
def test_a_file_that_cannot_be_read_says_so_before_anything_about_the_output(
    tmp_path: Path, name: str, data: bytes | Path, problem: str
) -> None:
    source = tmp_path / name
    source.write_bytes(data.read_bytes() if isinstance(data, Path) else data)
    beside = source.with_suffix(".article")
    beside.write_text("précieux", encoding="utf-8")
    result = copydesk("import", source)
    assert result.returncode == 2
    assert problem in result.stderr and "already exists" not in result.stderr
    assert str(source) in result.stderr and "Traceback" not in result.stderr
    assert beside.read_text(encoding="utf-8") == "précieux"


def test_an_article_is_never_imported_over_itself(tmp_path: Path) -> None:
    source = tmp_path / "papier.article"
    shutil.copy(SAMPLE, source)
    for force in ((), ("--force",)):
        result = copydesk("import", source, *force)
        assert result.returncode == 2 and "is a Copydesk article already" in result.stderr
        assert source.read_bytes() == SAMPLE.read_bytes()


def test_the_article_beside_keeps_the_dots_of_the_name(tmp_path: Path) -> None:
    for name, expected in (
        ("AFP.2024.12.04.txt", "AFP.2024.12.04.article"),
        ("depeche.newsml.xml", "depeche.article"),
    ):
        source = tmp_path / name
        if name.endswith(".xml"):
            shutil.copy(FIXTURES / "agency-nitf-item.xml", source)
        else:
            source.write_text("Un titre\n\nLe texte.\n", encoding="utf-8")
        result = copydesk("import", source)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(tmp_path / expected)
        assert storage.load(tmp_path / expected).title


def test_an_output_in_a_folder_that_does_not_exist_says_so(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text("Titre\n\nTexte.\n", encoding="utf-8")
    target = tmp_path / "nulle-part" / "copy.article"
    result = copydesk("import", copy, "-o", target)
    assert result.returncode == 2
    assert result.stderr == f"copydesk: {target}: there is no folder {target.parent}\n"


def test_a_refusal_reads_as_one_sentence_after_the_file_name(tmp_path: Path) -> None:
    broken = tmp_path / "copie.docx"
    broken.write_bytes(b"PK\x03\x04 cut short")
    result = copydesk("import", broken)
    assert result.returncode == 2
    assert result.stderr.startswith(f"copydesk: {broken}: the Word document ")


@pytest.mark.parametrize(
    "how, text, pending",
    [
        ("", "This is a text with an excessively modified deletion.", 1),
        ("keep", "This is a text with an excessively modified deletion.", 1),
        ("accept", "This is a text with a deletion.", 0),
        ("reject", "This is a text with an excessively modified deletion.", 0),
    ],
)
def test_word_revisions_are_kept_accepted_or_rejected(
    tmp_path: Path, how: str, text: str, pending: int
) -> None:
    """Like pandoc's --track-changes; the deletion is in a document Word made (pandoc's
    test/docx/track_changes_deletion.docx, see fixtures/word/README.md)."""
    target = tmp_path / "a.article"
    chosen = ["--track-changes", how] if how else []
    source = FIXTURES / "word" / "track_changes_deletion.docx"
    result = copydesk("import", source, "-o", target, *chosen)
    assert result.returncode == 0, result.stderr
    assert "deletion" not in result.stderr  # no more “tracked deletions were not kept”
    article = storage.load(target)
    assert [b.plain_text for b in article.blocks] == [text]
    assert len(article.suggestions) == pending
    if pending:
        [deleted] = article.suggestions.values()
        assert (deleted.type, deleted.author) == ("delete", "eng-dept")


def test_an_unknown_track_changes_choice_is_a_usage_error(tmp_path: Path) -> None:
    source = FIXTURES / "word" / "track_changes_deletion.docx"
    result = copydesk("import", source, "-o", tmp_path / "a.article", "--track-changes", "all")
    assert result.returncode == 2
    assert "keep" in result.stderr and not (tmp_path / "a.article").exists()

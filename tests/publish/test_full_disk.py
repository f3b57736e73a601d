"""A real full disk: a 64 KB tmpfs mounted for the test as the watched folder, the article's
own folder, or the export folder. A piece bigger than the room is refused with a message that
names the place and says there is no space; nothing half-written is left there, and what was
there before — the article, its log, an earlier export — is untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.cli import main
from editor.formats import docx
from editor.formats.options import ExportOptions
from editor.model import storage
from editor.model.article import Article
from editor.model.atomic import SaveError
from editor.model.build import article, para, title
from editor.publish.log import publications
from tests.publish.test_delivery import story
from tests.shared import small_disk

ROOM = "64k"


def too_big() -> Article:
    """About 200 KB of copy: more than the disk holds in every format."""
    words = " ".join(f"mot{n}" for n in range(30_000))
    return article(title("Le budget, ligne par ligne"), para(words), meta=dict(language="fr"))


def listing(folder: Path) -> dict[str, bytes]:
    """Every file in `folder`, hidden temporary ones included."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_publishing_to_a_full_watched_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    piece = tmp_path / "budget.article"
    storage.save(too_big(), piece)
    before = piece.read_bytes()
    with small_disk(tmp_path / "drop", ROOM) as drop:
        (drop / "earlier.ninjs.json").write_bytes(b"{}")
        code = main(["publish", str(piece), "--to", str(drop), "--formats", "ninjs,newsml"])
        err = capsys.readouterr().err
        left = listing(drop)
    assert code == 1
    assert str(drop) in err and "no space left on the disk" in err
    assert left == {"earlier.ninjs.json": b"{}"}  # no partial file, no temporary one
    assert piece.read_bytes() == before  # neither the guid nor a log entry was written
    assert publications(storage.load(piece)) == []


def test_a_small_piece_still_fits_after_a_failure(tmp_path: Path) -> None:
    """The failed sending gave its room back: the disk is not left full of leftovers."""
    piece, small = tmp_path / "budget.article", tmp_path / "conseil.article"
    storage.save(too_big(), piece)
    storage.save(story().with_meta(guid=""), small)
    with small_disk(tmp_path / "drop", ROOM) as drop:
        assert main(["publish", str(piece), "--to", str(drop)]) == 1
        assert main(["publish", str(small), "--to", str(drop)]) == 0
        assert sorted(listing(drop)) == ["conseil.ninjs.json"]
    assert len(publications(storage.load(small))) == 1


def test_saving_to_a_full_disk_keeps_the_file_as_it_was(tmp_path: Path) -> None:
    with small_disk(tmp_path / "desk", ROOM) as desk:
        path = desk / "budget.article"
        storage.save(article(title("Le budget"), para("Premier jet.")), path)
        before = path.read_bytes()
        with pytest.raises(SaveError) as caught:
            storage.save(too_big(), path)
        left = listing(desk)
    assert str(path) in str(caught.value) and "no space left on the disk" in str(caught.value)
    assert left == {"budget.article": before}


def test_exporting_to_a_full_disk_keeps_the_earlier_export(tmp_path: Path) -> None:
    with small_disk(tmp_path / "out", ROOM) as out:
        path = out / "budget.docx"
        docx.export(article(title("Le budget"), para("Premier jet.")), path, ExportOptions())
        before = path.read_bytes()
        noise = os.urandom(120_000).hex()  # copy that does not compress
        with pytest.raises(SaveError) as caught:
            docx.export(article(title("Le budget"), para(noise)), path, ExportOptions())
        left = listing(out)
    assert str(path) in str(caught.value) and "no space left on the disk" in str(caught.value)
    assert left == {"budget.docx": before}


def test_the_export_command_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    piece = tmp_path / "budget.article"
    storage.save(too_big(), piece)
    with small_disk(tmp_path / "out", ROOM) as out:
        code = main(["export", str(piece), "--to", "ninjs", "-o", str(out)])
        err = capsys.readouterr().err
        left = listing(out)
    assert code != 0
    assert str(out) in err and "no space left on the disk" in err
    assert left == {}

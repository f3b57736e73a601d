"""Each command loads only what it runs: a seed-sized piece is done before a bigger program
would have finished starting. Run as real processes, the modules each one ended with listed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import storage
from editor.model.build import article, image, media, para, quote, title
from tests.shared import grammar_engine

LISTING = """
import json, sys
from editor.cli import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def modules_after(*args: str | Path, env: dict[str, str] | None = None) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", LISTING, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["status"] == 0, result.stderr
    return set(report["modules"])


@pytest.fixture
def piece(tmp_path: Path) -> Path:
    path = tmp_path / "piece.article"
    said = "Nous ne fermerons pas l’école."
    storage.save(article(title("Le maire"), para(f"Il l’a dit : « {said} »"), quote(said)), path)
    return path


CHECKING = {"editor.model.check", "editor.model.typography", "editor.model.exergue"}
WRITERS = {"docx", "ebooklib", "lxml", "editor.formats.xhtml"}
IDS_AND_HASHES = {"secrets", "uuid", "hashlib"}
"""Loaded with the first id made or picture hashed: reading and counting copy makes none."""
SERVER_AND_IMPORT = {"logging", "editor.importing"}
"""The co-editing server's log and the import command: no other command runs either."""
READING_ONLY = {"editor.formats", "editor.publish.command", "tempfile", "shutil"}
"""What a command that only reads the article never needs: the formats' registry, the
publishing options, and a save's temporary file (shutil and the compression modules with it,
which argparse would also load to ask the terminal's width)."""
NO_TEMPLATE = {"editor.model.templates"}
"""The piece names no length template: the check loads none of their module."""
NO_REVIEW = {"editor.model.annotation_values"}
"""The piece is under no review: its suggestions' and comments' classes are never made."""
NO_PICTURE = {"base64"}
"""The piece has no picture: its file is read without decoding one."""


@pytest.mark.parametrize(
    ("command", "not_loaded"),
    [
        (
            ("stats",),
            CHECKING
            | WRITERS
            | IDS_AND_HASHES
            | SERVER_AND_IMPORT
            | READING_ONLY
            | NO_PICTURE
            | NO_REVIEW
            | {"PySide6"},
        ),
        (("check",), WRITERS | IDS_AND_HASHES | {"PySide6"}),
        (
            ("check", "--no-grammar"),
            {"editor.model.grammar", "editor.model.grammar_workers"}
            | NO_TEMPLATE
            | NO_REVIEW
            | SERVER_AND_IMPORT
            | READING_ONLY
            | NO_PICTURE,
        ),
        (("export", "--to", "epub"), CHECKING | {"docx", "PySide6"}),
        (
            ("export", "--to", "docx"),
            CHECKING
            | SERVER_AND_IMPORT
            | NO_REVIEW
            | {"editor.formats.docx_review", "editor.formats.safety", "ebooklib", "PySide6"},
        ),
    ],
)
def test_a_command_loads_only_what_it_runs(
    piece: Path, tmp_path: Path, command: tuple[str, ...], not_loaded: set[str]
) -> None:
    name, *rest = command
    options = ["-o", str(tmp_path / "out")] if name == "export" else []
    loaded = modules_after(name, piece, *rest, *options)
    assert not_loaded & loaded == set()


def test_the_window_starts_without_the_writers_the_shaping_or_the_network(
    piece: Path, tmp_path: Path
) -> None:
    """The first window holds no library it does not draw with: lxml and the exporters' load
    with an export, the column fit's shaping with a print profile, ssl with a publication —
    each several megabytes that a journalist who only writes never pays for."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COPYDESK_SETTINGS": str(tmp_path / "settings.ini"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    loaded = modules_after(piece, "--screenshot", tmp_path / "window.png", env=environment)
    assert "PySide6.QtWidgets" in loaded
    assert (WRITERS | {"uharfbuzz", "pyphen", "ssl", "urllib.request"}) & loaded == set()


def test_a_screenshot_starts_no_grammar_process(piece: Path, tmp_path: Path) -> None:
    """The picture is the window's first paint, long before any reading could come back:
    workers spawned for it would only take the processor from it."""
    grammar_engine()  # French copy and Grammalecte there: a window would read it
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COPYDESK_SETTINGS": str(tmp_path / "settings.ini"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    loaded = modules_after(piece, "--screenshot", tmp_path / "window.png", env=environment)
    assert (tmp_path / "window.png").exists()
    assert {"multiprocessing", "concurrent.futures.process"} & loaded == set()


def test_the_window_code_starts_no_process_machinery_before_grammar_reads() -> None:
    """The grammar's worker pool, and multiprocessing with it, load at the first paragraphs
    sent to it — after the window is up — not with the window's code."""
    result = subprocess.run(
        [sys.executable, "-c", LOADED_BY_WINDOW_CODE],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    assert "editor.model.grammar_workers" in loaded
    assert {"multiprocessing", "concurrent.futures.process"} & loaded == set()


LOADED_BY_WINDOW_CODE = """
import json, sys
import editor.app.application
print(json.dumps(sorted(sys.modules)))
"""


def test_python_m_editor_loads_no_multiprocessing_for_a_command(piece: Path) -> None:
    """`python -m editor` keeps its guard for spawned grammar workers, and only a frozen copy
    loads multiprocessing for `freeze_support`: a seed-sized `stats` does not pay for it."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "editor", "stats", str(piece)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "editor.model.stats" in imported
    assert "multiprocessing" not in imported


def test_the_application_keeps_no_source_lines_of_the_window_modules() -> None:
    """PySide6 reads the source of each module that imports it; the lines Python cached then
    (about 6 MB for the window's modules) are let go once the application exists."""
    result = subprocess.run(
        [sys.executable, "-c", CACHED_SOURCES],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    before, after = json.loads(result.stdout.splitlines()[-1])
    assert before > 50  # the window's modules were read: what there was to let go
    assert after == 0


CACHED_SOURCES = """
import json, linecache
import editor.app.application as application
before = sum("editor" in name for name in linecache.cache)
application.application([])
print(json.dumps([before, sum("editor" in name for name in linecache.cache)]))
"""


TEMPLATES_READ = """
import json, sys
from editor.cli import main
from editor.model import templates
status = main(sys.argv[1:])
print(json.dumps([status, templates.builtin_templates.cache_info().currsize]))
"""


@pytest.mark.parametrize("command", [("check", "--no-grammar"), ("stats",)])
def test_the_shipped_templates_are_read_only_for_an_article_that_names_one(
    piece: Path, command: tuple[str, ...]
) -> None:
    """Most copy is written to no template: its check and stats read none of the five."""

    def templates_read(path: Path) -> int:
        result = subprocess.run(
            [sys.executable, "-c", TEMPLATES_READ, command[0], str(path), *command[1:]],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        status, read = json.loads(result.stdout.splitlines()[-1])
        assert status in (0, 1), result.stderr
        return int(read)

    assert templates_read(piece) == 0
    named = piece.with_name("named.article")
    storage.save(storage.load(piece).with_meta(template="breve"), named)
    assert templates_read(named) == 1


def test_a_piece_with_its_photo_is_checked_without_openssls_hashes(tmp_path: Path) -> None:
    """The photo's checksum is verified as the file is read: for a few hundred kilobytes of
    pictures, with CPython's own SHA-256, not by loading OpenSSL's (nor the base64 module)."""
    from tests.benchmarks.corpus import _png

    photo = media(_png(3))
    path = tmp_path / "photo.article"
    storage.save(article(title("Le maire"), para("Il l’a dit."), image(photo, alt="Le maire"),
                         media=[photo]), path)  # fmt: skip
    loaded = modules_after("check", path, "--no-grammar")
    assert {"hashlib", "_hashlib", "base64"} & loaded == set()
    assert "_sha256" in loaded


WRITING_DOCX = {
    "editor.formats.docx",
    "editor.formats.docx_base",
    "editor.formats.docx_package",
    "editor.formats.docx_review",
    "editor.formats.docx_save",
    "editor.formats.docx_header",
}
"""The DOCX writer: an import reads what it wrote through `docx_shared`, never loading it."""


def test_a_word_import_loads_none_of_the_writer(piece: Path, tmp_path: Path) -> None:
    """A Word document under no review is read without the package writer, the review's
    writer or the suggestions' and comments' classes; deciding its revisions is asked by
    few, and loads the review's module only then."""
    from editor.formats import docx

    word = tmp_path / "piece.docx"
    docx.export(storage.load(piece), word)
    out = tmp_path / "imported.article"
    loaded = modules_after("import", word, "-o", out)
    assert "editor.formats.docx_read" in loaded
    assert (WRITING_DOCX | NO_REVIEW | {"editor.model.review", "ebooklib"}) & loaded == set()
    assert "_strptime" not in loaded  # its dates in the form the export writes them
    assert storage.load(out).blocks[0].plain_text == "Le maire"
    decided = modules_after("import", word, "-o", out, "--force", "--track-changes", "accept")
    assert "editor.model.review" in decided

"""Each command loads only what it runs: a seed-sized piece is done before a bigger program
would have finished starting. Run as real processes, the modules each one ended with listed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import storage
from editor.model.build import article, para, quote, title

LISTING = """
import json, sys
from editor.cli import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def modules_after(*args: str | Path) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", LISTING, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
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


@pytest.mark.parametrize(
    ("command", "not_loaded"),
    [
        (("stats",), CHECKING | WRITERS | {"PySide6"}),
        (("check",), WRITERS | {"PySide6"}),
        (("export", "--to", "epub"), CHECKING | {"docx", "PySide6"}),
        (("export", "--to", "docx"), CHECKING | {"ebooklib", "PySide6"}),
    ],
)
def test_a_command_loads_only_what_it_runs(
    piece: Path, tmp_path: Path, command: tuple[str, ...], not_loaded: set[str]
) -> None:
    name, *rest = command
    options = ["-o", str(tmp_path / "out")] if name == "export" else []
    loaded = modules_after(name, piece, *rest, *options)
    assert not_loaded & loaded == set()

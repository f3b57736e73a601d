"""The copydesk command, run as a real process: stats, check, usage and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import storage
from editor.model.build import article, para, title
from editor.model.stats import article_stats
from tests.model.test_storage import BAD_FILES
from tests.shared import SAMPLE, seed_article


def copydesk(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.article"
    storage.save(seed_article(), path)
    return path


def test_version() -> None:
    result = copydesk("--version")
    assert result.returncode == 0 and result.stdout.startswith("copydesk ")


def test_stats_json_on_the_seed(seed_file: Path) -> None:
    result = copydesk("stats", seed_file, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = article_stats(seed_article())
    assert data["total"]["words"] == expected.total.words
    assert data["total"]["signes"] == expected.total.signes
    assert data["body"]["signes"] == expected.body.signes
    assert set(data["total"]) == {"words", "signes", "feuillets", "reading_minutes"}
    assert [b["kind"] for b in data["blocks"]][:3] == ["title", "standfirst", "paragraph"]
    assert {"id", "kind", "words", "signes"} <= set(data["blocks"][0])


def test_stats_table_on_the_sample() -> None:
    result = copydesk("stats", SAMPLE)
    assert result.returncode == 0, result.stderr
    assert "Pull quote" in result.stdout and "feuillets" in result.stdout


@pytest.mark.parametrize("path_of", ["seed", "sample"])
def test_check_passes_on_seed_and_sample(seed_file: Path, path_of: str) -> None:
    result = copydesk("check", seed_file if path_of == "seed" else SAMPLE, "--json")
    assert result.returncode == 0, result.stderr
    assert [p for p in json.loads(result.stdout) if p["severity"] == "error"] == []


def test_check_exits_1_on_errors(tmp_path: Path) -> None:
    path = tmp_path / "two-titles.article"
    storage.save(article(title("A"), para("p"), title("B")), path)
    result = copydesk("check", path)
    assert result.returncode == 1
    assert "title-repeated" in result.stdout


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_exits_2_naming_the_file(tmp_path: Path, name: str) -> None:
    content, reason = BAD_FILES[name]
    path = tmp_path / f"{name}.article"
    path.write_bytes(content)
    for command in ("stats", "check"):
        result = copydesk(command, path)
        assert result.returncode == 2
        assert str(path) in result.stderr and reason in result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == content


def test_missing_file_and_unknown_format(tmp_path: Path, seed_file: Path) -> None:
    result = copydesk("stats", tmp_path / "nope.article")
    assert result.returncode == 2 and "nope.article" in result.stderr
    result = copydesk("export", seed_file, "--to", "pdf")
    assert result.returncode == 2 and "unknown format" in result.stderr


def test_usage_error_exits_2() -> None:
    assert copydesk("stats").returncode == 2


def test_errors_speak_french_when_asked(tmp_path: Path) -> None:
    broken = tmp_path / "cassé.article"
    broken.write_bytes(b"")
    for command in (["stats"], ["check"], ["export", "--to", "docx"]):
        english = copydesk(command[0], broken, *command[1:])
        french = copydesk(command[0], broken, *command[1:], "--language", "fr")
        assert english.returncode == french.returncode == 2
        assert english.stderr == f"copydesk: {broken}: the file is empty\n"
        assert french.stderr == f"copydesk: {broken}\u00a0: le fichier est vide\n", command
    missing = tmp_path / "absent.docx"
    french = copydesk("import", missing, "--language", "fr")
    assert french.returncode == 2
    assert french.stderr == f"copydesk: {missing}\u00a0: ce fichier n’existe pas\n"


def test_a_broken_template_folder_in_french(tmp_path: Path, seed_file: Path) -> None:
    folder = tmp_path / "gabarits"
    folder.mkdir()
    (folder / "filet.json").write_text('{"target": "long"}', encoding="utf-8")
    french = copydesk("stats", seed_file, "--templates", folder, "--language", "fr")
    assert french.returncode == 2
    assert "«\u00a0target\u00a0» doit être un nombre entier de signes, pas 'long'" in french.stderr
    english = copydesk("stats", seed_file, "--templates", folder)
    assert "“target” must be a whole number of signes, not 'long'" in english.stderr

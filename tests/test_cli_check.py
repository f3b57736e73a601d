"""`copydesk check` and `copydesk stats` with templates, run as real processes."""

from __future__ import annotations

import json
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest

from editor.model import storage
from editor.model.build import article, para, title
from editor.model.check import fix_all_typography
from editor.model.stats import article_stats
from tests.shared import SAMPLE, seed_article
from tests.test_cli import copydesk

pytestmark = pytest.mark.slow

TYPOGRAPHIC = set(" '\"\u00a0\u202f’‘«»“”….")
"""The only characters `--fix` may add, remove or replace."""
PROBLEM_KEYS = {
    "block",
    "index",
    "field",
    "position",
    "kind",
    "severity",
    "code",
    "message",
    "values",
    "fix",
    "excerpt",
    "suggestions",
}


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.article"
    storage.save(seed_article(), path)
    return path


def problems_of(path: Path, *options: str) -> list[dict[str, Any]]:
    result = copydesk("check", path, "--json", *options)
    assert result.returncode in (0, 1), result.stderr
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def keys_in_order(value: Any) -> Any:
    """The shape of a JSON value: its keys in order, its lists' lengths, no text."""
    if isinstance(value, dict):
        return [(k, keys_in_order(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [keys_in_order(v) for v in value]
    return type(value).__name__


def test_check_finds_the_seed_typography(seed_file: Path) -> None:
    seed = storage.load(seed_file)
    problems = problems_of(seed_file)
    assert problems and all(set(p) == PROBLEM_KEYS for p in problems)
    typography = [p for p in problems if p["kind"] == "typography"]

    def text(p: dict[str, Any]) -> str:
        block = seed.blocks[p["index"]]
        return block.plain_text[p["position"]["start"] : p["position"]["end"]]

    title_colon = [p for p in typography if p["index"] == 0]
    assert [(p["code"], text(p), p["fix"]["replacement"]) for p in title_colon] == [
        ("space-before-colon", " ", "\u00a0")
    ]
    assert title_colon[0]["excerpt"].endswith("l’OTAN : Un Adieu Amer")

    hours = next(i for i, b in enumerate(seed.blocks) if "« en 24 heures »" in b.plain_text)
    around = seed.blocks[hours].plain_text.index("« en 24 heures »")
    spaces = {
        p["position"]["start"]
        for p in typography
        if p["index"] == hours and p["code"] == "space-inside-guillemets"
    }
    assert {around + 1, around + 14} <= spaces

    for kind in ("standfirst", "author_bio"):
        index = next(i for i, b in enumerate(seed.blocks) if b.kind == kind)
        apostrophes = [p for p in typography if p["index"] == index]
        assert {p["code"] for p in apostrophes} >= {"straight-apostrophe"}
        assert all(text(p) == "'" for p in apostrophes if p["code"] == "straight-apostrophe")
    assert all(p["fix"]["safe"] and p["severity"] == "warning" for p in typography)
    assert all(p["block"] == seed.blocks[p["index"]].id for p in typography)
    assert not [p for p in problems if p["severity"] == "error"]


def test_the_sample_has_no_typography_problem() -> None:
    assert [p for p in problems_of(SAMPLE) if p["kind"] == "typography"] == []


def test_check_prints_one_line_per_problem(seed_file: Path) -> None:
    result = copydesk("check", seed_file)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(
        "block 1 (title)" in line and "typography" in line and "[space-before-colon]" in line
        for line in lines
    )
    assert "0 error(s)" in lines[-1] and "--fix" in lines[-1]


def test_fix_corrects_the_seed_and_leaves_every_other_character(seed_file: Path) -> None:
    before = seed_file.read_text(encoding="utf-8")
    result = copydesk("check", seed_file, "--fix")
    assert result.returncode == 0, result.stderr
    assert "fixed 18 typography problem(s)" in result.stdout
    after = seed_file.read_text(encoding="utf-8")
    assert after != before
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            changed = set(before[i1:i2]) | set(after[j1:j2])
            assert changed <= TYPOGRAPHIC, (before[i1:i2], after[j1:j2])
    assert keys_in_order(json.loads(after)) == keys_in_order(json.loads(before))
    fixed = storage.load(seed_file)
    assert fixed == fix_all_typography(storage.loads(before))
    assert fixed.title.endswith("l’OTAN\u00a0: Un Adieu Amer")
    assert "«\u00a0en 24 heures\u00a0»" in after and "s’apprête" in fixed.standfirst
    assert "j’explore" in fixed.blocks[-1].plain_text
    assert not [p for p in problems_of(seed_file) if p["fix"] and p["fix"]["safe"]]

    again = copydesk("check", seed_file, "--fix")
    assert again.returncode == 0 and "fixed 0 typography problem(s)" in again.stdout
    assert seed_file.read_text(encoding="utf-8") == after


def test_fix_turns_straight_quotes_into_guillemets(tmp_path: Path) -> None:
    path = tmp_path / "quotes.article"
    storage.save(article(title("Titre"), para('Il a dit "oui"...')), path)
    assert '\\"oui\\"' in path.read_text(encoding="utf-8")
    assert copydesk("check", path, "--fix").returncode == 0
    assert storage.load(path).blocks[1].plain_text == "Il a dit «\u00a0oui\u00a0»…"


def test_fix_refuses_a_file_it_would_change_beyond_typography(tmp_path: Path) -> None:
    path = tmp_path / "hand-written.article"
    content = '{"format": "copydesk.article", "version": 1, "blocks": [{"kind": "title", '
    content += '"text": "L\'été : enfin"}]}\n'
    path.write_text(content, encoding="utf-8")
    result = copydesk("check", path, "--fix")
    assert result.returncode == 2
    assert str(path) in result.stderr and "more than typography" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert path.read_text(encoding="utf-8") == content


def test_fix_with_json_lists_what_remains(seed_file: Path) -> None:
    remaining = problems_of(seed_file, "--fix")
    assert remaining and not [p for p in remaining if p["kind"] == "typography"]
    assert {p["code"] for p in remaining} >= {"authors-missing", "pullquote-not-in-body"}


def test_errors_exit_1_and_bad_input_2(tmp_path: Path) -> None:
    path = tmp_path / "draft.article"
    storage.save(article(title("Le maire"), para("Il a dit TK hier.")), path)
    result = copydesk("check", path, "--json")
    assert result.returncode == 1
    errors = [p for p in json.loads(result.stdout) if p["severity"] == "error"]
    assert [(p["kind"], p["position"]) for p in errors] == [
        ("placeholder", {"start": 9, "end": 11})
    ]
    for command in ("check", "stats"):
        missing = copydesk(command, path, "--templates", tmp_path / "nope")
        assert missing.returncode == 2 and "no such folder of templates" in missing.stderr


# -- stats and templates -----------------------------------------------------------------------


def test_stats_shows_the_template_target(tmp_path: Path) -> None:
    seed = seed_article().with_meta(template="article")
    path = tmp_path / "seed.article"
    storage.save(seed, path)
    body = article_stats(seed).body.signes

    data = json.loads(copydesk("stats", path, "--json").stdout)
    assert set(data) == {"total", "body", "blocks", "target"}
    assert set(data["total"]) == {"words", "signes", "feuillets", "reading_minutes"}
    target = data["target"]
    assert target["template"] == "article" and target["target"] == 4500
    assert target["signes"] == body and target["difference"] == body - 4500
    assert target["verdict"] == "under" and target["lines"] == -((4500 - body + 39) // 40)

    table = copydesk("stats", path)
    assert table.returncode == 0 and "Article: 4500 ± 300 signes" in table.stdout
    assert f"{4500 - body} under" in table.stdout

    storage.save(seed_article(), path)
    assert json.loads(copydesk("stats", path, "--json").stdout)["target"] is None


def test_a_newsroom_template_on_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "filet.json").write_text('{"extends": "breve", "target": 300, "tolerance": 20}')
    path = tmp_path / "filet.article"
    storage.save(article(title("Titre"), para("x" * 400), meta={"template": "filet"}), path)

    data = json.loads(copydesk("stats", path, "--json", "--templates", folder).stdout)
    assert (data["target"]["target"], data["target"]["verdict"]) == (300, "over")
    over = [p for p in problems_of(path, "--templates", folder) if p["code"] == "over-target"]
    assert [(p["index"], p["position"]) for p in over] == [(1, {"start": 320, "end": 400})]
    assert "template-unknown" in {p["code"] for p in problems_of(path)}

    (folder / "broken.json").write_text('{"target": "long"}')
    result = copydesk("check", path, "--templates", folder)
    assert result.returncode == 2 and "broken.json" in result.stderr


def test_check_speaks_french_when_asked(seed_file: Path) -> None:
    english = copydesk("check", seed_file)
    french = copydesk("check", seed_file, "--language", "fr")
    assert french.returncode == english.returncode, french.stderr
    said = french.stdout.splitlines()
    assert len(said) == len(english.stdout.splitlines())
    colon = next(line for line in said if "[space-before-colon]" in line)
    assert "Devant le deux-points\u00a0: espace insécable" in colon
    assert not any("takes a no-break space" in line for line in said)
    english_lines = english.stdout.splitlines()
    assert said[-1] == english_lines[-1]  # the tally stays the same, for scripts

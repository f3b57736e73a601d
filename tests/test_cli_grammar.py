"""`copydesk check` with French grammar, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import grammalecte, storage
from editor.model.build import article, para, title
from tests.shared import grammar_engine
from tests.test_cli import copydesk

pytestmark = pytest.mark.slow

COPY = "Il a dit : « les enfant sont partis » ; ils sont allé au marché."


@pytest.fixture
def piece(tmp_path: Path) -> Path:
    path = tmp_path / "piece.article"
    storage.save(article(title("Le marché", id="t"), para(COPY, id="p1")), path)
    return path


def test_grammar_problems_in_json(piece: Path) -> None:
    grammar_engine()
    result = copydesk("check", piece, "--json")
    assert result.returncode == 0, result.stderr
    grammar = [p for p in json.loads(result.stdout) if p["kind"] == "grammar"]
    start = COPY.index("allé")
    assert [(p["block"], p["position"], p["suggestions"]) for p in grammar][-1] == (
        "p1",
        {"start": start, "end": start + 4},
        ["allés"],
    )
    assert all(p["severity"] == "warning" and not p["fix"]["safe"] for p in grammar)
    assert all(p["message"] and p["code"] for p in grammar)


def test_fix_never_applies_a_grammar_suggestion(piece: Path) -> None:
    grammar_engine()
    result = copydesk("check", piece, "--fix")
    assert result.returncode == 0, result.stderr
    fixed = storage.load(piece).blocks[1].plain_text
    assert "allé au" in fixed and "\u00a0:" in fixed  # typography fixed, grammar left
    assert "grammar" in result.stdout and "allés" not in fixed


def test_no_grammar_leaves_it_out(piece: Path) -> None:
    result = copydesk("check", piece, "--json", "--no-grammar")
    assert result.returncode == 0, result.stderr
    kinds = {p["kind"] for p in json.loads(result.stdout)}
    assert "typography" in kinds and "grammar" not in kinds


def test_without_grammalecte_the_check_says_so_and_goes_on(piece: Path, tmp_path: Path) -> None:
    env = {**os.environ, grammalecte.ENV: str(tmp_path / "nowhere")}
    result = subprocess.run(
        [sys.executable, "-m", "editor", "check", str(piece), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0
    assert "grammar not checked" in result.stderr and "python3-grammalecte" in result.stderr
    assert "Traceback" not in result.stderr
    kinds = {p["kind"] for p in json.loads(result.stdout)}
    assert "typography" in kinds and "grammar" not in kinds


def test_a_newsroom_rule_list_is_passed_over(piece: Path, tmp_path: Path) -> None:
    grammar_engine()
    rules = tmp_path / "rules.txt"
    rules.write_text("gv1__ppas_3pl_mas_verbe_état\ng3__gn_les_1m\n", encoding="utf-8")
    result = copydesk("check", piece, "--json", "--grammar-rules", rules)
    assert result.returncode == 0, result.stderr
    assert [p for p in json.loads(result.stdout) if p["kind"] == "grammar"] == []
    missing = copydesk("check", piece, "--grammar-rules", tmp_path / "none.txt")
    assert missing.returncode == 2 and "none.txt" in missing.stderr


def test_a_quote_in_english_is_neither_grammar_checked_nor_given_french_spaces(
    tmp_path: Path,
) -> None:
    grammar_engine()
    path = tmp_path / "quoted.article"
    english = 'He said: "the children is gone"!'
    storage.save(
        article(title("Le marché", id="t"), para(COPY, id="p1"), para(english, id="q", lang="en")),
        path,
    )
    result = copydesk("check", path, "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert {p["block"] for p in found if p["kind"] == "grammar"} == {"p1"}
    assert {p["code"] for p in found if p["block"] == "q"} == {"straight-quotes"}
    fixed = copydesk("check", path, "--fix")
    assert fixed.returncode == 0, fixed.stderr
    assert storage.load(path).blocks[2].plain_text == "He said: “the children is gone”!"

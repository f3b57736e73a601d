"""The check finds the same problems on the benchmark's articles, whatever its passes become.

Each corpus article (tests/benchmarks/corpus.py: the seed size, a 1 000-word piece, the
100 000-word long read and the 400 000-word book) is checked, and its whole list of problems —
kind, code, block, field, range, fix, values, message, in order — compared with the list the
check gave before its walks were fused and its pull-quote search indexed. Regenerate the golden
files with COPYDESK_REGENERATE_GOLDEN=1 only for a change meant to find other problems.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings

from editor.model.annotations import is_under_review
from editor.model.article import Article, language_of
from editor.model.check import (
    Problem,
    article_problems,
    block_problems,
    check,
    in_reading_order,
)
from editor.model.templates import Template, targets_for
from editor.model.typography import profile_for
from tests.benchmarks.corpus import SIZES, build
from tests.strategies import articles

GOLDEN = Path(__file__).parent / "golden" / "check"


def as_line(problem: Problem) -> str:
    """One problem as one line of JSON: every field, the fix and the values included, but the
    block's id, which the corpus draws anew each time it builds an article."""
    fix = problem.fix
    return json.dumps(
        [
            problem.block_index,
            problem.field,
            problem.start,
            problem.end,
            problem.kind,
            problem.code,
            problem.severity.value,
            None if fix is None else [fix.start, fix.end, fix.replacement, fix.safe],
            [list(pair) for pair in problem.args],
            list(problem.suggestions),
            problem.message,
        ],
        ensure_ascii=False,
    )


@pytest.mark.parametrize("size", ["seed", "piece", "longread", "book"])
def test_the_corpus_articles_give_the_same_problems(size: str) -> None:
    found = "".join(as_line(problem) + "\n" for problem in check(build(SIZES[size])))
    golden = GOLDEN / f"{size}.jsonl"
    if os.environ.get("COPYDESK_REGENERATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(found, encoding="utf-8")
    assert found == golden.read_text(encoding="utf-8")


def each_rule_alone(art: Article, template: Template | None = None) -> list[Problem]:
    """What the check found when each rule walked the article on its own: every block's
    problems, block after block, then the article's, in reading order (an article without
    suggestions, which is its own accepted view)."""
    lang = art.meta.language
    found = [
        problem
        for index, block in enumerate(art.blocks)
        for problem in block_problems(block, index, profile_for(language_of(block, lang)), template)
    ]
    return in_reading_order([*found, *article_problems(art, template)])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(every_kind=True))
def test_one_walk_finds_what_each_rule_finds_alone(art: Article) -> None:
    """The check reads each block once for all its rules, the body's passages included."""
    assume(not is_under_review(art))
    assert check(art) == each_rule_alone(art, targets_for(art))


def test_one_walk_with_a_length_template_finds_what_each_rule_finds_alone() -> None:
    """Lengths per block and for the whole piece, on the piece and the long read cut short."""
    for size in ("piece", "longread"):
        art = build(SIZES[size])
        art = art.with_blocks(art.blocks[:300]).with_meta(template="chronique")
        template = targets_for(art, None)
        assert template is not None
        assert check(art) == each_rule_alone(art, template)

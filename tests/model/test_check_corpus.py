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

from editor.model.check import Problem, check
from tests.benchmarks.corpus import SIZES, build

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

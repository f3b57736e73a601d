"""The cost of the desk's review on a long article: accepting every suggestion at once, and a
DOCX export that carries them as Word revisions beside the same article without them.

Run alone: python -m tests.benchmarks.review_cost; `run.py` adds its rows to the table.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from editor.model.annotations import Comment, Suggestion, accepted_view
from editor.model.article import Article
from editor.model.inline import Run
from editor.model.review import Anchor, accept_all, add_comment

SUGGESTIONS = 200
COMMENTS = 20
AUTHORS = ("Anne Martin", "Paul Durand", "Zoé Leroy")
WHEN = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def under_review(article: Article, count: int = SUGGESTIONS, comments: int = COMMENTS) -> Article:
    """`count` suggestions spread evenly over the paragraphs (insertions, deletions, deleted
    paragraphs in turn) and `comments` comments: the same every time."""
    places = [i for i, b in enumerate(article.blocks) if b.kind == "paragraph" and b.text]
    blocks = list(article.blocks)
    suggestions: dict[str, Suggestion] = {}
    step = max(1, len(places) // count)
    for n, index in enumerate(places[::step][:count]):
        sid, block = f"s{n + 1}", blocks[index]
        author = AUTHORS[n % len(AUTHORS)]
        first = block.text[0]
        cut = len(first.text) // 2
        if n % 3 == 0:
            text = (first.with_text(first.text[:cut]), Run("ajouté ", insert=sid),
                    first.with_text(first.text[cut:]), *block.text[1:])  # fmt: skip
            blocks[index] = replace(block, text=text)
            suggestions[sid] = Suggestion(sid, "insert", author, WHEN)
        elif n % 3 == 1:
            gone = replace(first.with_text(first.text[cut:]), delete=sid)
            blocks[index] = replace(
                block, text=(first.with_text(first.text[:cut]), gone, *block.text[1:])
            )
            suggestions[sid] = Suggestion(sid, "delete", author, WHEN)
        else:
            blocks[index] = replace(block, delete=sid)
            suggestions[sid] = Suggestion(sid, "block-delete", author, WHEN)
    reviewed = replace(article, blocks=tuple(blocks), suggestions=suggestions)
    for n, index in enumerate(places[1 :: max(1, len(places) // max(comments, 1))][:comments]):
        block = reviewed.blocks[index]
        comment = Comment(f"c{n + 1}", AUTHORS[n % len(AUTHORS)], WHEN, "À vérifier")
        reviewed = add_comment(reviewed, comment, Anchor(block.id, 0), Anchor(block.id, 5))
    return reviewed


def best_of(runs: int, work: object) -> list[float]:
    assert callable(work)
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        values.append(time.perf_counter() - start)
    return values


def measure(article: Article, runs: int, out: Path) -> dict[str, list[float]]:
    """Seconds per run: accept-all, the accepted view, DOCX with and without the review."""
    from editor.formats import docx
    from editor.formats.options import ExportOptions

    reviewed = under_review(article)
    plain = accepted_view(reviewed)
    options = ExportOptions(now=WHEN)
    return {
        "accept_all": best_of(runs, lambda: accept_all(reviewed)),
        "accepted_view": best_of(runs, lambda: accepted_view(reviewed)),
        "docx_reviewed": best_of(runs, lambda: docx.export(reviewed, out / "r.docx", options)),
        "docx_plain": best_of(runs, lambda: docx.export(plain, out / "p.docx", options)),
    }


def main() -> int:
    import statistics
    import tempfile

    from tests.benchmarks.corpus import SIZES, build

    with tempfile.TemporaryDirectory() as scratch:
        figures = measure(build(SIZES["longread"]), 5, Path(scratch))
    for name, values in figures.items():
        print(f"{name}: median {statistics.median(values) * 1000:.1f} ms")
    ratio = statistics.median(figures["docx_reviewed"]) / statistics.median(figures["docx_plain"])
    print(f"DOCX with review / without: {ratio:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())

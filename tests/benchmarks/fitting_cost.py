"""Copy fitting's cost: a whole article laid out from scratch, and one paragraph after a key.

Run: python -m tests.benchmarks.fitting_cost FILE.article [--keys N]   (prints JSON)

From scratch means a fresh process with the article loaded and nothing measured yet: every
font found and opened, every word shaped, every paragraph broken into lines. The keystroke
is what the window does after each key: the paragraph typed in is a new value, the fit is
taken again through the cache, which lays out that paragraph alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import replace
from pathlib import Path

from editor.formats.layout import FitCache, count_lines
from editor.model import storage
from editor.model.article import Block
from editor.model.inline import Run
from editor.model.print_profile import BlockLines, builtin_profiles, fit

PROFILE = "quotidien"


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.99) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", type=Path)
    parser.add_argument("--keys", type=int, default=500)
    args = parser.parse_args()
    article = storage.load(args.article)
    profile = builtin_profiles()[PROFILE]
    cache = FitCache(profile)

    def lines_of(block: Block) -> BlockLines:
        return cache.lines_of(block, "fr")

    start, cpu = time.perf_counter(), time.process_time()
    whole = fit(article, profile, count_lines, lines_of=lines_of)
    from_scratch, from_scratch_cpu = time.perf_counter() - start, time.process_time() - cpu

    index = next(i for i in range(len(article.blocks) // 2, len(article.blocks))
                 if article.blocks[i].kind == "paragraph")  # fmt: skip
    typed = "Le maire a annoncé hier soir une rallonge budgétaire exceptionnelle. " * 8
    relays: list[float] = []  # the paragraph typed in, laid out again
    relays_cpu: list[float] = []
    updates: list[float] = []  # and the article's fit taken again around it
    blocks = list(article.blocks)
    for key in range(args.keys):
        block = blocks[index]
        blocks[index] = replace(block, text=(*block.text, Run(typed[key % len(typed)])))
        edited = replace(article, blocks=tuple(blocks))
        start, cpu = time.perf_counter(), time.process_time()
        cache.lines_of(blocks[index], "fr")
        relays.append((time.perf_counter() - start) * 1000)
        relays_cpu.append((time.process_time() - cpu) * 1000)
        blocks[index] = replace(blocks[index])  # a new value again: the update lays it out too
        edited = replace(article, blocks=tuple(blocks))
        start = time.perf_counter()
        fit(edited, profile, count_lines, lines_of=lines_of)
        updates.append((time.perf_counter() - start) * 1000)
    print(
        json.dumps(
            {
                "blocks": len(article.blocks),
                "lines": whole.lines,
                "from_scratch_s": from_scratch,
                "from_scratch_cpu_s": from_scratch_cpu,
                "relay_p50_ms": statistics.median(relays),
                "relay_p99_ms": p99(relays),
                "relay_cpu_p99_ms": p99(relays_cpu),
                "update_p50_ms": statistics.median(updates),
                "update_p99_ms": p99(updates),
            }
        )
    )


if __name__ == "__main__":
    main()

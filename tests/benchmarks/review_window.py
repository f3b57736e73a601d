"""Accept All Changes and its Undo in the real window, offscreen, in its own process; run.py
reads the JSON it prints.

    python tests/benchmarks/review_window.py ARTICLE [--runs N] [--profile]

The article is put under the desk's review as `review_cost` does (200 suggestions, 20
comments), opened in a window, and Accept All Changes is timed from the menu's call to the
end of the event processing it causes (the text rewritten, the counts, the paint), in wall
time and in this process's CPU time (the steadier figure on a shared machine); the Undo that
brings the suggestions back between runs is timed the same way. `--profile` prints
cProfile's top functions of one Accept All and one Undo to stderr before the runs.

Each step starts on a settled window, as a desk editor's does: the grammar's first reading of
the article (some ten seconds of both cores in its worker processes after opening) and its
reading of the paragraphs the last step changed are over. Timed during that reading, the
window's thread waits for a core: on an idle two-core machine, a third more wall time for the
same CPU time, which measures the machine's cores, not Accept All. The window's objects are
put out of the cycle collector's walks once it is open, as the application does
(`collector.follow`): without that, a full collection of the long read's heap (50–70 ms)
lands in one step or another.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks import window_main


def accept_all(path: Path, runs: int, profile: bool) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from editor.app import collector, i18n
    from editor.app.document import Document
    from editor.app.main_window import MainWindow
    from editor.model import review, storage
    from tests.benchmarks.review_cost import under_review

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    reviewed = under_review(storage.load(path))
    window = MainWindow(Document(reviewed, None), opener=lambda path: None)
    window.show()
    collector.follow(window)  # as the application does with every window it opens
    app.processEvents()
    window.review.now()
    app.processEvents()

    def settled() -> None:
        deadline = time.monotonic() + 120
        while window.grammar.busy and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()

    def accept() -> None:
        window.review_tools.decide_all(True)
        app.processEvents()

    def undo() -> None:
        window.document.undo_stack.undo()
        app.processEvents()

    def timed(step: Callable[[], None], wall: list[float], cpu: list[float]) -> None:
        begin, begin_cpu = time.perf_counter(), time.process_time()
        step()
        wall.append(time.perf_counter() - begin)
        cpu.append(time.process_time() - begin_cpu)

    if profile:
        import cProfile
        import pstats

        for step in (accept, undo):
            settled()
            profiler = cProfile.Profile()
            profiler.runcall(step)
            print(f"-- {step.__name__}", file=sys.stderr)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    seconds: list[float] = []
    cpu: list[float] = []
    undo_seconds: list[float] = []
    undo_cpu: list[float] = []
    for _ in range(runs):
        settled()
        timed(accept, seconds, cpu)
        assert not window.document.article.suggestions, "Accept All left suggestions"
        settled()
        timed(undo, undo_seconds, undo_cpu)
        assert review.pending(window.document.article) == review.pending(reviewed)
    return {
        "accept_all_s": seconds,
        "median_s": statistics.median(seconds),
        "cpu_s": cpu,
        "median_cpu_s": statistics.median(cpu),
        "undo_s": undo_seconds,
        "median_undo_s": statistics.median(undo_seconds),
        "undo_cpu_s": undo_cpu,
        "median_undo_cpu_s": statistics.median(undo_cpu),
        "suggestions": review.pending(reviewed),
        "blocks": len(reviewed.blocks),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    return window_main.report(lambda: accept_all(args.article, args.runs, args.profile))


if __name__ == "__main__":
    sys.exit(main())

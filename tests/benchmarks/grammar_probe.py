"""Measures grammar as you type in the real window offscreen; run.py reads the JSON it prints.

    python tests/benchmarks/grammar_probe.py ARTICLE [--chars N]

- The first full pass: from opening the article to every paragraph read, Grammalecte running in
  its worker processes; meanwhile a 10 ms timer on the window's thread records its longest
  wait, i.e. the longest the window was held up (collecting results, drawing underlines).
- The same reading as the command line's check (`Workers.read_all`, all texts at once, workers
  at normal priority) in the same run, before the window opens, for comparison; for both, the
  CPU time of the worker processes (steadier than wall time on a loaded machine) and the load
  average.
- Keystrokes, timed as `window_probe.py` times them (key event to the end of the processing it
  causes), typed word by word with a pause after each word long enough for grammar to read the
  paragraph again and draw it, with grammar on, then the same with grammar off.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ROUNDS = 3
"""Typing with grammar on, then off, this many times over."""
TYPED = "Les enfant jouent dans la cour pendant que ils sont allé au marché. "


class Stalls:
    """The longest the window's thread went without running a 10 ms timer, less the 10 ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000 - 10)
        self._last = now

    def reset(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()


def _until(app: Any, done: Any, limit: float) -> float:
    start = time.perf_counter()
    while not done() and time.perf_counter() - start < limit:
        app.processEvents()
        time.sleep(0.005)
    return time.perf_counter() - start


def _type(app: Any, window: Any, chars: int) -> tuple[list[float], list[float]]:
    """Each key's wall time and the window thread's CPU time for it, in ms. After each word
    the typist pauses until the pause's work is done (grammar read the paragraph again, the
    check and the panel drawn): that work is the pause's, measured as the longest hold-up."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    surface, grammar, review = window.surface, window.grammar, window.review
    latencies, cpu = [], []
    for index in range(chars):
        character = TYPED[index % len(TYPED)]
        begin, thread = time.perf_counter(), time.thread_time()
        if character.isascii():
            QTest.keyClicks(surface, character)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    surface, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
                )
        QApplication.processEvents()
        latencies.append((time.perf_counter() - begin) * 1000)
        cpu.append((time.thread_time() - thread) * 1000)
        if character == " ":  # a pause: grammar reads the paragraph again and draws it
            _until(app, lambda: not grammar.busy and not review.stale and not review.running, 5)
    return latencies, cpu


def _worker_cpu(workers: Any) -> float:
    """CPU seconds used so far by the worker processes of a `Workers` pool (Linux's /proc)."""
    pool = workers._pool
    if pool is None:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in list(pool._processes or {}):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def _as_the_check_reads(path: Path) -> dict[str, float]:
    """The command line's reading of the whole article: wall time and the workers' CPU."""
    from editor.model import storage
    from editor.model.grammar import GrammarCache, texts_of
    from editor.model.grammar_workers import Workers

    article = storage.load(path)
    texts = [text for _, block in GrammarCache().due(article) for _, text in texts_of(block)]
    workers = Workers()
    start = time.perf_counter()
    workers.read_all(texts)
    wall = time.perf_counter() - start
    cpu = _worker_cpu(workers)
    workers.close()
    return {"check_read_s": wall, "check_workers_cpu_s": cpu}


def _p99(values: list[float]) -> float:
    return values[min(len(values) - 1, int(len(values) * 0.99))]


def probe(path: Path, chars: int) -> dict[str, Any]:
    from PySide6.QtGui import QTextCursor

    from editor.app.application import Copydesk, application

    load_before = os.getloadavg()[0]
    check = _as_the_check_reads(path)
    app = application([])
    stalls = Stalls()
    start = time.perf_counter()
    window = Copydesk(report=print).open(path)
    assert window is not None, f"{path} did not open"
    window.grammar.action.setChecked(True)
    grammar = window.grammar
    app.processEvents()
    opened = time.perf_counter() - start
    stalls.reset()  # opening is measured by window_probe.py; from here the window is up

    def read_all() -> bool:
        return not grammar.busy and not grammar.cache.due(window.document.article)

    _until(app, read_all, 600)
    first_pass = time.perf_counter() - start
    if grammar.missing:
        return {"unavailable": grammar.missing.reason}
    pass_stall = stalls.longest
    workers_cpu = _worker_cpu(grammar.workers)
    load_after = os.getloadavg()[0]
    surface = window.surface
    middle = surface.document().findBlockByNumber(surface.document().blockCount() // 2)
    cursor = surface.textCursor()
    cursor.setPosition(middle.position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    surface.setTextCursor(cursor)
    stalls.reset()
    on: list[float] = []
    off: list[float] = []
    on_cpu: list[float] = []
    off_cpu: list[float] = []
    stall = {True: 0.0, False: 0.0}
    for _round in range(ROUNDS):  # on and off in turn: both see the machine's load alike
        for grammar_on, wall, cpu in ((True, on, on_cpu), (False, off, off_cpu)):
            window.grammar.action.setChecked(grammar_on)
            _until(app, lambda: not grammar.busy, 60)
            stalls.reset()
            keys, used = _type(app, window, chars // ROUNDS)
            wall += keys
            cpu += used
            stall[grammar_on] = max(stall[grammar_on], stalls.longest)
    on, off, on_cpu, off_cpu = sorted(on), sorted(off), sorted(on_cpu), sorted(off_cpu)
    return {
        **check,
        "load_before": load_before,
        "load_after_pass": load_after,
        "opened_s": opened,
        "first_pass_s": first_pass,
        "pass_workers_cpu_s": workers_cpu,
        "pass_stall_ms": pass_stall,
        "problems": len(grammar.cache.problems(window.document.article)),
        "key_on_p50_ms": statistics.median(on),
        "key_on_p99_ms": _p99(on),
        "key_off_p50_ms": statistics.median(off),
        "key_off_p99_ms": _p99(off),
        "key_on_cpu_p99_ms": _p99(on_cpu),
        "key_off_cpu_p99_ms": _p99(off_cpu),
        "typing_stall_ms": stall[True],
        "typing_stall_off_ms": stall[False],
        "load_end": os.getloadavg()[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", type=Path)
    parser.add_argument("--chars", type=int, default=300)
    args = parser.parse_args()
    print(json.dumps(probe(args.article, args.chars)))
    sys.stdout.flush()
    from editor.app.grammar import close_workers

    close_workers()
    os._exit(0)  # skip teardown: the figures are taken


if __name__ == "__main__":
    sys.exit(main())

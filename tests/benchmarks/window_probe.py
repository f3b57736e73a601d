"""Measures the real window offscreen, in its own process; run.py reads the JSON it prints.

    python tests/benchmarks/window_probe.py ARTICLE [--chars N]   open, type, autosave, memory
    python tests/benchmarks/window_probe.py --cold-start           the sample to a painted window

Each keystroke is timed from the key event to the end of the event processing it causes:
the model update, the live counts, layout and paint (with typography and spell-check when
the window has them switched on). Keys are typed twice: back to back (the typing itself),
and at a human pace, one every 100 ms with the event loop running between them, so that the
timers of the window (the pause's check, spelling, autosave) fire between keys as they do
for a journalist — that second run starts on a freshly opened window, as its first full
pass begins. The longest UI-thread stall is the longest the event loop went without
turning (a 1 ms timer's largest gap) in the first 3 s after the window opened; beside it, how
many stalls passed 50 ms and the UI thread's CPU time over those 3 s (a busy machine
lengthens stalls but not that). The interpreter's collections are timed throughout: the
longest, and how many took over 10 ms.

With `WINDOW_PROBE_STALLS` set, a watchdog thread samples the UI thread's Python stack every
10 ms during those 3 s (`sys._current_frames`), and each stall over 50 ms is printed to stderr
with the functions its samples were in, most seen first: what to move off the UI thread.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks import window_main


def cold_start() -> int:
    from editor.cli import main
    from editor.resources import resource

    # the sample named: without a file, Copydesk shows its start screen
    sample = resource("samples", "bibliotheque-croix-rousse.article")
    with tempfile.TemporaryDirectory() as folder:
        return main([str(sample), "--screenshot", str(Path(folder) / "window.png")])


def probe(path: Path, chars: int) -> dict[str, float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.app.application import Copydesk, application
    from editor.model import storage

    app = application([])
    collections = _Collections()
    start = time.perf_counter()
    window = Copydesk(report=print).open(path)
    assert window is not None, f"{path} did not open"
    window.autotype.action.setChecked(True)  # typing as the desk types: every tool on
    window.spelling.action.setChecked(True)
    app.processEvents()
    window.repaint()
    open_s = time.perf_counter() - start
    stalls = _stalls(app, 3.0)
    _settle(app, window)

    surface = window.surface
    cursor = surface.textCursor()
    middle = surface.document().findBlockByNumber(surface.document().blockCount() // 2)
    cursor.setPosition(middle.position() + min(10, max(0, middle.length() - 1)))
    surface.setTextCursor(cursor)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    typed = "La copie avance, mot après mot, jusqu’au bouclage du soir. "
    latencies, cpus = [], []
    for index in range(chars):
        character = typed[index % len(typed)]
        begin, cpu = time.perf_counter(), time.thread_time()
        if character.isascii():
            QTest.keyClicks(surface, character)
        else:  # as a French keyboard sends it: the text of a key event
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    surface, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
                )
        QApplication.processEvents()
        latencies.append((time.perf_counter() - begin) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)
    pause = _pause_work(window, surface)
    QTest.keyClick(surface, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()

    article = window.document.article
    saves = []
    for _ in range(3):
        begin = time.perf_counter()
        storage.dumps(article)
        saves.append((time.perf_counter() - begin) * 1000)
    latencies.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.document.undo_stack.setClean()
    window.close()
    _deleted(app)
    human = _human_pace(app, path, 30)
    return {
        "open_s": open_s,
        **stalls,
        "key_p50_ms": statistics.median(latencies),
        "key_p99_ms": _percentile(latencies, 0.99),
        "key_cpu_p50_ms": statistics.median(cpus),
        "key_cpu_p99_ms": _percentile(cpus, 0.99),
        **human,
        "autosave_ms": statistics.median(saves),
        **pause,
        "spelling": window.spelling.speller.available,
        "peak_mb": peak_mb,
        "blocks": len(article.blocks),
        "load": os.getloadavg()[0],
        **collections.figures(),
    }


def _deleted(app: Any) -> None:
    """Windows closed so far deleted now, not in the middle of the next measure."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


class _Collections:
    """The interpreter's cyclic collections, each timed (they hold every thread)."""

    def __init__(self) -> None:
        self.began = self.cpu = 0.0
        self.took: list[tuple[int, float]] = []
        self.full_cpu: list[float] = []
        """The CPU time of each full collection, on the thread it ran on."""
        gc.callbacks.append(self._seen)

    def _seen(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.began, self.cpu = time.perf_counter(), time.thread_time()
            return
        self.took.append((info["generation"], (time.perf_counter() - self.began) * 1000))
        if info["generation"] == 2:
            self.full_cpu.append((time.thread_time() - self.cpu) * 1000)
            if os.environ.get("WINDOW_PROBE_COLLECTIONS"):
                print(f"full collection: {self.full_cpu[-1]:.1f} ms CPU", file=sys.stderr)
                traceback.print_stack(limit=12, file=sys.stderr)

    def figures(self) -> dict[str, float]:
        full = [ms for generation, ms in self.took if generation == 2]
        return {
            "gc_longest_ms": max((ms for _, ms in self.took), default=0.0),
            "gc_full_longest_ms": max(full, default=0.0),
            "gc_full": len(full),
            "gc_full_cpu_longest_ms": max(self.full_cpu, default=0.0),
            "gc_over_10ms": sum(ms > 10 for _, ms in self.took),
        }


class _Turns:
    """The event loop's turns, seen by a 1 ms timer: its largest gap is the longest time the
    UI thread was busy with one thing (a slot, a layout, a paint) and deaf to the keyboard."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.long_ones = 0
        """Stalls over 50 ms."""
        self.spans: list[tuple[float, float]] = []
        """Each stall over 50 ms: when it began and ended (perf_counter)."""
        self.cpu_last = time.thread_time()
        self.longest_cpu = 0.0
        """The most CPU time the UI thread spent between two turns: the stall a busy machine
        does not lengthen (a slice lent to the pass's worker is the worker's CPU, not this)."""
        self.timer = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._turn)
        self.timer.start()

    def _turn(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, now - self.last)
        self.longest_cpu = max(self.longest_cpu, cpu - self.cpu_last)
        self.cpu_last = cpu
        if now - self.last > 0.05:
            self.long_ones += 1
            self.spans.append((self.last, now))
        self.last = now


class _Sampler:
    """The UI thread's Python stack and CPU clock every 10 ms, from a thread of its own, with
    where the other threads were: a stall with no frame of ours is Qt's own work if the UI
    thread's CPU clock ran through it, else a wait for the interpreter or a core."""

    def __init__(self) -> None:
        self.ui = threading.get_ident()
        self.clock = time.pthread_getcpuclockid(self.ui)
        self.samples: list[tuple[float, float, list[str], list[str]]] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.01):
            frames = sys._current_frames()
            others = [
                _where(frame)[0]
                for ident, frame in frames.items()
                if ident not in (self.ui, threading.get_ident())
            ]
            now, cpu = time.perf_counter(), time.clock_gettime(self.clock)
            self.samples.append((now, cpu, _where(frames.get(self.ui)), others))

    def report(self, spans: list[tuple[float, float]], began: float) -> None:
        self.stop.set()
        self.thread.join()
        for start, end in spans:
            inside = [sample for sample in self.samples if start <= sample[0] <= end]
            cpu = inside[-1][1] - inside[0][1] if len(inside) > 1 else 0.0
            print(
                f"stall {(end - start) * 1000:.0f} ms at +{(start - began) * 1000:.0f} ms, "
                f"{len(inside)} samples, UI CPU {cpu * 1000:.0f} ms between the first and last",
                file=sys.stderr,
            )
            seen: dict[str, int] = {}
            for _, _, stack, others in inside:
                for place in {*stack[:8], *(f"(other) {o}" for o in others)}:
                    seen[place] = seen.get(place, 0) + 1
            for place, count in sorted(seen.items(), key=lambda p: -p[1])[:14]:
                print(f"    {count:3d}  {place}", file=sys.stderr)


def _where(frame: Any) -> list[str]:
    stack = []
    while frame is not None and len(stack) < 40:
        code = frame.f_code
        where = Path(code.co_filename)
        stack.append(f"{where.parent.name}/{where.name}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return stack or ["(no frame)"]


def _run_loop(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _stalls(app: Any, seconds: float) -> dict[str, float]:
    """The longest UI-thread stall (ms) while the window does what it does after opening,
    how many passed 50 ms, and the UI thread's CPU time (ms) meanwhile."""
    cpu = time.thread_time()
    began = time.perf_counter()
    sampler = _Sampler() if os.environ.get("WINDOW_PROBE_STALLS") else None
    turns = _Turns()
    _run_loop(seconds)
    turns.timer.stop()
    if sampler is not None:
        sampler.report(turns.spans, began)
    return {
        "stall_ms": turns.longest * 1000,
        "stall_longest_cpu_ms": turns.longest_cpu * 1000,
        "stalls_over_50ms": turns.long_ones,
        "stall_cpu_ms": (time.thread_time() - cpu) * 1000,
    }


def _human_pace(app: Any, path: Path, keys: int) -> dict[str, float]:
    """Keys one every 100 ms into a window just opened, from the moment its first full pass
    over the article begins: each timed from the key event to the end of what it causes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from editor.app.application import Copydesk

    window = Copydesk(report=print).open(path)
    assert window is not None
    app.processEvents()
    deadline = time.perf_counter() + 10
    while not window.review.running and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    during_pass = 0
    surface = window.surface  # the cursor where opening puts it, at the top of the piece
    latencies: list[float] = []
    cpus: list[float] = []
    """The UI thread's CPU time of each key: what a busy machine does not lengthen."""

    def key() -> None:
        nonlocal during_pass
        during_pass += window.review.running
        begin, cpu = time.perf_counter(), time.thread_time()
        QTest.keyClicks(surface, "e")
        app.processEvents()
        latencies.append((time.perf_counter() - begin) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)

    timer = QTimer(interval=100)
    timer.timeout.connect(key)
    key()
    timer.start()
    _run_loop(keys / 10)
    timer.stop()
    window.document.undo_stack.setClean()
    window.close()
    return {
        "human_p50_ms": statistics.median(latencies),
        "human_p95_ms": _percentile(latencies, 0.95),
        "human_p99_ms": _percentile(latencies, 0.99),
        "human_max_ms": max(latencies),
        "human_cpu_p95_ms": _percentile(cpus, 0.95),
        "human_cpu_max_ms": max(cpus),
        "human_keys": len(latencies),
        "human_keys_during_first_pass": during_pass,
    }


def desk_window(app: Any, path: Path, report: Any = print) -> Any:
    """`path` open as the desk types in it: every tool on (typography as you type, spelling),
    and what the window does once after opening done (`_settle`)."""
    from editor.app.application import Copydesk

    window = Copydesk(report=report).open(path)
    assert window is not None, f"{path} did not open"
    window.autotype.action.setChecked(True)
    window.spelling.action.setChecked(True)
    app.processEvents()
    _settle(app, window)
    return window


def _settle(app: Any, window: Any) -> None:
    """Let the window finish what it does once after opening — the dictionary opening on its
    thread, then the first spelling pass over the paragraphs in view — as it has long done by
    the time a journalist starts typing; the keystrokes measure typing, not that."""
    deadline = time.perf_counter() + 5
    while not window.spelling.speller.ready and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(10):  # the catch-up timer of the spelling pass (30 ms)
        app.processEvents()
        time.sleep(0.01)


def _pause_work(window: Any, surface: Any) -> dict[str, float]:
    """What the window does when typing pauses, or when the check is asked for (Show
    Problems, a fix): a pass of the check and outline asked for (the first pass has run by
    now), again after one keystroke, then the target shading. The pass runs off the window's
    thread: each is timed from the request to its findings drawn, with the longest the
    window's thread was held meanwhile (its slices, the drawing of the findings) and that
    thread's CPU time."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    def asked() -> tuple[float, float, float, float]:
        review = window.review
        loop = QEventLoop()
        landed: list[bool] = []

        def land() -> None:
            landed.append(True)
            loop.quit()

        review.published.connect(land)
        QTimer.singleShot(60_000, loop.quit)  # never for good, whatever happens
        begin, cpu = time.perf_counter(), time.thread_time()
        turns = _Turns()
        # (code that checks on request on the window's thread has landed before the loop)
        getattr(window.check_dock, "request", window.check_dock.refresh)()
        if not landed:
            loop.exec()
        turns._turn()  # the stretch since the last turn counts too
        turns.timer.stop()
        review.published.disconnect(land)
        took = (time.perf_counter() - begin) * 1000
        held = turns.longest * 1000, turns.longest_cpu * 1000
        return took, *held, (time.thread_time() - cpu) * 1000

    first, first_held, first_held_cpu, first_cpu = asked()
    QTest.keyClick(surface, Qt.Key.Key_X)
    again, again_held, again_held_cpu, again_cpu = asked()
    begin = time.perf_counter()
    window.shading.refresh_target()
    shade = (time.perf_counter() - begin) * 1000
    return {
        "check_first_ms": first,
        "check_first_held_ms": first_held,
        "check_first_held_cpu_ms": first_held_cpu,
        "check_first_cpu_ms": first_cpu,
        "check_again_ms": again,
        "pause_ms": max(again_held, shade),
        "pause_held_cpu_ms": max(again_held_cpu, shade),
        "pause_cpu_ms": again_cpu + shade,
        "shade_ms": shade,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?", type=Path)
    parser.add_argument("--chars", type=int, default=500)
    parser.add_argument("--cold-start", action="store_true")
    args = parser.parse_args()
    if args.cold_start:
        return cold_start()
    return window_main.report(lambda: probe(args.article, args.chars))


if __name__ == "__main__":
    sys.exit(main())

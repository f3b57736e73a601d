"""Measures keystrokes with Track Changes on beside off, in the real window offscreen, on an
article under review; run.py reads the JSON it prints.

    python tests/benchmarks/tracking_probe.py ARTICLE [--chars N] [--rounds R]

The article gets the desk's review of `review_cost` (200 suggestions, three authors, 20
comments). Every desk tool is on, as in `window_probe.py`, and each keystroke is timed the same
way: from the key event to the end of the event processing it causes, in wall-clock time and
in the CPU time of the window's thread (which a machine shared with other work inflates
less). The keys are typed in rounds into the middle of two neighbouring paragraphs of the
same make (so that re-wrapping the lines after the cursor and what is in view cost both modes
alike), tracking off in the first, then on in the second, then off again and so on, each round
going on where the last one in that mode stopped: a machine whose load changes during the run
slows both modes alike, and the tracked keys extend the one insertion they began, as a
journalist's typing does. After each jump the window is left half
a second to scroll and check the paragraphs come into view, so that no mode is charged with the
other's jump.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks import window_main

TYPED = "La copie avance, mot après mot, jusqu’au bouclage du soir. "
REVIEWER = "Léa Moreau"


def _key(surface: Any, character: str) -> tuple[float, float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    begin, cpu = time.perf_counter(), time.thread_time()
    if character.isascii():
        QTest.keyClicks(surface, character)
    else:  # as a French keyboard sends it: the text of a key event
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                surface, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            )
    QApplication.processEvents()
    return (time.perf_counter() - begin) * 1000, (time.thread_time() - cpu) * 1000


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def probe(path: Path, chars: int, rounds: int) -> dict[str, float]:
    from PySide6.QtGui import QTextCursor

    from editor.app.application import application
    from editor.app.settings import Settings
    from editor.model import storage
    from tests.benchmarks.review_cost import under_review
    from tests.benchmarks.window_probe import _run_loop, desk_window

    app = application([])
    reviewed = under_review(storage.load(path))
    folder = Path(tempfile.mkdtemp(prefix="copydesk-tracking-"))
    target = folder / "reviewed.article"
    storage.save(reviewed, target)
    Settings().set("reviewer_name", REVIEWER)
    window = desk_window(app, target)

    surface = window.surface
    text = surface.document()
    places = []
    block = text.findBlockByNumber(text.blockCount() // 2)
    while len(places) < 2 and block.isValid():
        if block.length() >= 200 and not _annotated(window, block):  # plain, away from the
            place = QTextCursor(block)  # suggestions' own; a cursor of the text follows edits
            place.setPosition(block.position() + block.text().index(" ", block.length() // 2))
            places.append(place)
        block = block.next()
    latencies: dict[bool, list[float]] = {False: [], True: []}
    cpu: dict[bool, list[float]] = {False: [], True: []}
    per_round = max(1, chars // rounds)
    typed = 0
    for _ in range(rounds):
        for tracking, place in ((False, places[0]), (True, places[1])):
            if window.tracking.on != tracking:
                window.tracking.action.trigger()
            surface.setTextCursor(QTextCursor(place))
            _run_loop(0.5)  # the jump's own work (scrolling, spelling what came into view) done
            for index in range(per_round):
                wall, used = _key(surface, TYPED[(typed + index) % len(TYPED)])
                latencies[tracking].append(wall)
                cpu[tracking].append(used)
            place.setPosition(surface.textCursor().position())
        typed += per_round
    article = window.document.article
    mine = [s for s in article.suggestions.values() if s.author == REVIEWER]
    window.document.undo_stack.setClean()
    window.close()
    off, on = latencies[False], latencies[True]
    return {
        "off_p50_ms": statistics.median(off),
        "off_p99_ms": _percentile(off, 0.99),
        "on_p50_ms": statistics.median(on),
        "on_p99_ms": _percentile(on, 0.99),
        "off_cpu_p50_ms": statistics.median(cpu[False]),
        "off_cpu_p99_ms": _percentile(cpu[False], 0.99),
        "on_cpu_p50_ms": statistics.median(cpu[True]),
        "on_cpu_p99_ms": _percentile(cpu[True], 0.99),
        "keys": len(on),
        "suggestions": len(article.suggestions),
        "started": len(mine),
        "words": sum(len(b.plain_text.split()) for b in article.blocks),
        "load": os.getloadavg()[0],
    }


def _annotated(window: Any, block: Any) -> bool:
    from editor.app import bridge
    from editor.model.annotations import block_is_annotated

    unit = bridge.unit_of(block)
    return unit is None or block_is_annotated(window.document.block(unit.id))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", type=Path)
    parser.add_argument("--chars", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    return window_main.report(lambda: probe(args.article, args.chars, args.rounds))


if __name__ == "__main__":
    sys.exit(main())

"""Measures what a small repaint of the page costs the window's thread: the writer's caret
blinking, one paragraph (what a key repaints), and the page in view, offscreen.

    python tests/benchmarks/paint_cost.py ARTICLE [--at top|middle] [--review]
        [--colleague far|caret|selection] [--repaints N] [--profile]

The window opens the article as the desk does (spelling and typography on, the first
readings done, `remote_probe._read_through`) and shares it in a room of a `copydesk serve`
running in this process, with a colleague in it: her caret far below the view (what the
remote probe has), or her caret or a selection in the paragraph in view. `--review` puts the
review of `review_cost.py` on the article first (220 extra selections Qt walks at each paint).
Each repaint is asked as Qt asks it — `update` of the viewport's rectangle: the caret's, with
the four pixels Qt adds either side of it; the paragraph's whole width; the whole viewport —
and timed to the end of the event processing it causes in the CPU time of the window's
thread. A paint of the widget (`grab`) takes another path and is not what a blink costs.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks import window_main
from tests.benchmarks.remote_probe import _read_through, in_room

COLLEAGUE = ("far", "caret", "selection")


def _opened(path: Path, review: bool) -> Path:
    if not review:
        return path
    from editor.model import storage
    from tests.benchmarks.review_cost import under_review

    reviewed = Path(tempfile.mkdtemp(prefix="copydesk-paint-")) / path.name
    storage.save(under_review(storage.load(path)), reviewed)
    return reviewed


def probe(
    path: Path, at: str, colleague: str, review: bool, repaints: int, profile: bool
) -> dict[str, Any]:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from editor.app import bridge
    from editor.app.application import application
    from editor.coedit.presence import Cursor, Peer, User
    from tests.benchmarks.window_probe import _run_loop, desk_window
    from tests.coedit.rooms import room_server

    app = application([])
    window = desk_window(app, _opened(path, review))
    _read_through(app, window)
    surface = window.surface
    viewport = surface.viewport()
    with room_server(Path(tempfile.mkdtemp(prefix="copydesk-paint-"))) as server:
        shared = in_room(app, window, server.address("desk/paint"))
        if at == "middle":
            cursor = surface.textCursor()
            cursor.setPosition(surface.document().characterCount() // 2)
            surface.setTextCursor(cursor)
            surface.ensureCursorVisible()
        _run_loop(0.3)
        in_view = surface.cursorForPosition(viewport.rect().center()).block()
        blocks = window.document.article.blocks
        far = next(b for b in blocks[len(blocks) // 2 :] if b.kind == "paragraph").id
        unit = bridge.unit_of(in_view)
        here = unit.id if unit is not None else far
        cursors = {
            "far": Cursor(far, 2, 2),
            "caret": Cursor(here, 12, 12),
            "selection": Cursor(here, 2, 12),
        }
        shared._peers([Peer(7, User.named("Léa"), cursors[colleague])])
        _run_loop(0.3)
        box = surface.document().documentLayout().blockBoundingRect(in_view).toAlignedRect()
        box.translate(-surface.horizontalScrollBar().value(), -surface.verticalScrollBar().value())
        areas = {
            "blink": surface.cursorRect().adjusted(-4, 0, 4, 0),
            "paragraph": QRect(0, box.top(), viewport.width(), box.height()),
            "view": viewport.rect(),
        }

        def repaint(area: QRect) -> float:
            used = time.thread_time()
            viewport.update(area)
            QApplication.processEvents()
            return (time.thread_time() - used) * 1000

        figures: dict[str, Any] = {}
        for name, area in areas.items():
            for _ in range(20):  # warm
                repaint(area)
            cpu = [repaint(area) for _ in range(repaints)]
            figures[f"{name}_cpu_p50_ms"] = statistics.median(cpu)
            figures[f"{name}_cpu_p90_ms"] = sorted(cpu)[int(len(cpu) * 0.9)]
        if profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(repaints):
                repaint(areas["blink"])
            profiler.disable()
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(20)
        figures["extra_selections"] = len(surface.extraSelections())
        figures["load"] = os.getloadavg()[0]
        shared.close()
    window.document.undo_stack.setClean()
    window.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", type=Path)
    parser.add_argument("--at", choices=("top", "middle"), default="top")
    parser.add_argument("--colleague", choices=COLLEAGUE, default="far")
    parser.add_argument("--review", action="store_true")
    parser.add_argument("--repaints", type=int, default=300)
    parser.add_argument("--profile", action="store_true", help="cProfile of the blinks, on stderr")
    args = parser.parse_args()
    return window_main.report(
        lambda: probe(
            args.article, args.at, args.colleague, args.review, args.repaints, args.profile
        )
    )


if __name__ == "__main__":
    sys.exit(main())

"""Measures a colleague's keystroke arriving in the real window, offscreen, on an open shared
article; run.py reads the JSON it prints.

    python tests/benchmarks/remote_probe.py ARTICLE [--keys N] [--stages FILE]

The window opens the article as a journalist does (spelling and typography on) and shares
it in a room of a `copydesk serve` running in this process; once in, a colleague's copy of
the room's document types KEYS characters into paragraphs in the middle of the article, one
Yjs update per key, as the room relays them, each followed by her caret's new place (the
presence message that follows a key). Each is handed to the window as the room link hands
it (the slots its signals run on the window's thread) and timed from there to the end of
the event processing it causes: the follower's reading, the `Changes`, the range written on
the page, the repair's check, the counts, her caret drawn again, the paint. CPU time of
the window's thread is the figure to trust on a shared machine; wall-clock time is given
beside it. With `--stages`, every key's time is written to FILE stage by stage
(`remote_stages.py`), with the stages of the slowest 2 % beside the median keys'.
"""

from __future__ import annotations

import argparse
import contextlib
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
from tests.benchmarks.remote_stages import TURN, Stages

TYPED = "Le préfet 🚒 a parlé, et la ville attend. "


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def _read_through(app: Any, window: Any) -> float:
    """Wait for grammar's first reading of the article and the check's first pass: work the
    window does once after opening (tens of seconds of the workers on a long read, whose
    results the window takes in and draws a slice at a time), long done by the time a
    colleague types in the middle of the piece, as `_settle` waits for spelling's. What that
    first reading costs the window is the grammar probe's figure; here it would only decide
    which of the colleague's keys it lands in. Returns the seconds waited."""
    begin = time.perf_counter()
    grammar, review = window.grammar, window.review

    def reading() -> bool:
        return bool(grammar.busy or review.running or review.stale)

    while reading() and time.perf_counter() - begin < 600:
        app.processEvents()
        time.sleep(0.01)
    return time.perf_counter() - begin


def in_room(app: Any, window: Any, address: str) -> Any:
    """`window` shared by Marc into the room at `address`, once it follows the room."""
    from editor.app import share_commands
    from editor.coedit.presence import User

    shared = share_commands.share(window, address, User.named("Marc"))
    deadline = time.monotonic() + 120
    while shared.follower is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert shared.follower is not None, "the window did not get into the room"
    return shared


def probe(path: Path, keys: int, stages: Stages | None = None) -> dict[str, float]:
    from pycrdt import Doc
    from PySide6.QtWidgets import QApplication

    from editor.app.application import application
    from editor.coedit.edits import TextEdit, apply_text_edit
    from editor.coedit.presence import Cursor, Peer, User
    from editor.model.inline import plain
    from tests.benchmarks.window_probe import _run_loop, desk_window
    from tests.coedit.rooms import room_server

    if stages is not None:
        stages.install()
    app = application([])
    window = desk_window(app, path)
    settled = _read_through(app, window)
    with room_server(Path(tempfile.mkdtemp(prefix="copydesk-remote-"))) as server:
        shared = in_room(app, window, server.address("desk/long"))
        colleague: Any = Doc()
        lea = User.named("Léa")
        colleague.apply_update(shared.doc.get_update())
        blocks = window.document.article.blocks
        middle = [b for b in blocks[len(blocks) // 2 :] if b.kind == "paragraph"][:4]
        # where each of her paragraphs stands in her copy: her Copydesk finds the block from
        # there, not by reading the blocks from the first (a millisecond of the probe's own
        # before each key, on the thread it measures)
        hints = {block.id: blocks.index(block) for block in middle}
        # she is in the room before she types, as in use: her arrival (the status bar saying
        # who is in, laid out and painted again) is her joining's, not her first key's
        shared._peers([Peer(7, lea, Cursor(middle[0].id, 0, 0))])
        _run_loop(0.2)
        wall: list[float] = []
        cpu: list[float] = []
        for index in range(keys):
            block = middle[index * len(middle) // keys]
            at = len(block.plain_text) // 2 + index % 40
            state = colleague.get_state()
            edit = TextEdit(block.id, at, 0, plain(TYPED[index % len(TYPED)]))
            apply_text_edit(colleague, edit, origin="colleague", hint=hints[block.id])
            update = colleague.get_update(state)
            staged = stages.key(index, index % 50 == 0) if stages else contextlib.nullcontext()
            with staged:
                begin, used = time.perf_counter(), time.thread_time()
                shared._received(update)  # what the link's `received` signal runs
                shared._peers([Peer(7, lea, Cursor(block.id, at + 1, at + 1))])  # her caret
                with stages.stage(TURN) if stages else contextlib.nullcontext():
                    QApplication.processEvents()
                wall.append((time.perf_counter() - begin) * 1000)
                cpu.append((time.thread_time() - used) * 1000)
            if index % 50 == 49:
                _run_loop(0.2)  # a pause: the window's timers do their work outside the keys
        article = window.document.article
        assert shared.follower.article == article
        words = sum(len(b.plain_text.split()) for b in article.blocks)
        shared.close()
    window.document.undo_stack.setClean()
    window.close()
    if os.environ.get("REMOTE_PROBE_SPIKES"):
        print(sorted(((round(c, 2), i) for i, c in enumerate(cpu)), reverse=True)[:10])
    return {
        "remote_p50_ms": statistics.median(wall),
        "remote_p99_ms": _percentile(wall, 0.99),
        "remote_cpu_p50_ms": statistics.median(cpu),
        "remote_cpu_p99_ms": _percentile(cpu, 0.99),
        "keys": len(cpu),
        "words": words,
        "load": os.getloadavg()[0],
        "first_reading_s": settled,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", type=Path)
    parser.add_argument("--keys", type=int, default=400)
    parser.add_argument("--stages", type=Path, help="every key's stages, written as JSON")
    args = parser.parse_args()
    stages = Stages() if args.stages else None

    def measure() -> dict[str, float]:
        figures = probe(args.article, args.keys, stages)
        if stages is not None:
            stages.write(args.stages)
        return figures

    return window_main.report(measure)


if __name__ == "__main__":
    sys.exit(main())

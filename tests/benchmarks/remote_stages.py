"""Where a colleague's keystroke spends the window's thread, stage by stage, for every key
of `remote_probe.py --stages FILE`: the figure alone says how slow the slowest keys are, not
what they do that the median key does not.

Each stage is a function of the window's remote path, timed where it is called (CPU time of
the thread, `time.thread_time`) without what the other stages timed inside it: a stage's
figure is its own work and Qt's under it (the bridge's edit holds Qt's layout of the
paragraph and of what lies below it; the event loop's turn holds the paint). The functions
are wrapped before the window is built, since its signals hold the methods they connect.
Collections of the cycle collector during a key are kept with it, generation and time.
"""

from __future__ import annotations

import functools
import gc
import importlib
import json
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

STAGES: tuple[tuple[str, str, str, str], ...] = (
    ("editor.coedit.changes", "Follower", "receive", "update applied (pycrdt, its events)"),
    ("editor.coedit.changes", "Follower", "_block_changed", "the follower reads the event"),
    ("editor.coedit.changes", "Follower", "_transaction_done", "the follower's changes"),
    ("editor.coedit.changes", "Follower", "repair", "the repair's check"),
    ("editor.app.together", "SharedArticle", "_remote", "the changes applied"),
    ("editor.app.together", "", "_edit_text", "the bridge's edit (Qt's layout)"),
    ("editor.app.bridge", "", "insert_run", "the bridge's edit (Qt's layout)"),
    ("editor.app.document", "Document", "_fold", "the model block"),
    ("editor.app.document", "Document", "_take_told", "the model block"),
    ("editor.app.spelling", "Underline", "highlightBlock", "highlighting"),
    ("editor.app.shading", "Shading", "_touched", "listeners"),
    ("editor.app.recolour", "Recolour", "_touched", "listeners"),
    ("editor.app.find", "FindBar", "_text_changed", "listeners"),
    ("editor.app.grammar", "Grammar", "_moved", "listeners"),
    ("editor.app.grammar", "Grammar", "_typed_on", "listeners"),
    ("editor.app.pause_review", "PauseReview", "_typed_on", "listeners"),
    ("editor.app.together", "SharedArticle", "_peers", "presence"),
    ("editor.app.presence_marks", "PresenceMarks", "_refresh", "her caret placed"),
    ("editor.app.presence_marks", "PresenceMarks", "paintEvent", "her caret drawn"),
)
"""Module, class ("" for a module's function), function, and the stage it counts to."""

TURN = "the event loop's turn (the paint)"
SLOWEST = 0.02


class Stages:
    """The stages of each key, kept as the probe types."""

    def __init__(self) -> None:
        self.keys: list[dict[str, Any]] = []
        self._open: list[list[Any]] = []  # [stage, start, what stages inside took]
        self._spent: dict[str, float] = {}
        self._collections: list[tuple[int, float]] = []
        self._collecting = 0.0

    def install(self) -> None:
        """Wrap every stage's function; before the window is built."""
        for module_name, owner_name, name, stage in STAGES:
            module = importlib.import_module(module_name)
            owner = getattr(module, owner_name) if owner_name else module
            if hasattr(owner, name):
                setattr(owner, name, self._timed(getattr(owner, name), stage))
        gc.callbacks.append(self._collection)

    def _timed(self, function: Callable[..., Any], stage: str) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(stage):
                return function(*args, **kwargs)

        return timed

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        self._open.append([name, time.thread_time(), 0.0])
        try:
            yield
        finally:
            _, start, inside = self._open.pop()
            spent = time.thread_time() - start
            self._spent[name] = self._spent.get(name, 0.0) + (spent - inside) * 1000
            if self._open:
                self._open[-1][2] += spent

    def _collection(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._collecting = time.thread_time()
        else:
            spent = (time.thread_time() - self._collecting) * 1000
            self._collections.append((info["generation"], round(spent, 3)))

    @contextmanager
    def key(self, index: int, after_pause: bool) -> Iterator[None]:
        """One key, from the update handed to the window to the end of its turn."""
        self._spent, self._collections = {}, []
        begin, used = time.perf_counter(), time.thread_time()
        yield
        self.keys.append(
            {
                "key": index,
                "after_pause": after_pause,
                "cpu_ms": (time.thread_time() - used) * 1000,
                "wall_ms": (time.perf_counter() - begin) * 1000,
                "stages": {name: round(ms, 4) for name, ms in self._spent.items()},
                "collections": self._collections,
            }
        )

    def summary(self) -> dict[str, Any]:
        """Each stage's mean over the middle half of the keys and over the slowest 2 %."""
        ordered = sorted(self.keys, key=lambda k: k["cpu_ms"])
        middle = ordered[len(ordered) // 4 : 3 * len(ordered) // 4]
        slowest = ordered[-max(1, round(len(ordered) * SLOWEST)) :]
        names = sorted({name for key in self.keys for name in key["stages"]})

        def mean(keys: list[dict[str, Any]], name: str) -> float:
            return round(statistics.fmean(k["stages"].get(name, 0.0) for k in keys), 3)

        return {
            "middle_half_ms": {name: mean(middle, name) for name in names},
            "slowest_ms": {name: mean(slowest, name) for name in names},
            "slowest_keys": slowest,
        }

    def write(self, path: Path) -> None:
        path.write_text(json.dumps({**self.summary(), "keys": self.keys}, indent=1))

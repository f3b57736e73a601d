"""The interpreter's cycle collector, kept off the writer's keystrokes.

A full collection walks every object the collector tracks: on the heap of a 100 000-word
article (its blocks and runs, the window's caches, Qt's wrappers) 50 to 70 ms of CPU, and on
a busy machine up to a quarter of a second of wall time, landing in whatever key was being
typed (and holding every thread, the pause's worker too). Most of that heap is the article
and the window, which live as long as the window does: once a window is open they are moved
out of the collector's sight (`gc.freeze`), so later collections walk only what was made
since. Frozen objects are still freed by their reference counts; only a cycle among them
would wait. So when a window closes, everything is handed back to the collector, collected
once (the closed window's cycles freed: a moment nobody is typing in it) and what is left
frozen again. What the passes over the whole article leave is frozen in turn, as each ends
(`put_by`).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer


def started() -> None:
    """The first window is up (or the start screen): collections from now on. The start
    runs without them (`launch.run_window` turns them off before the window's modules
    load): nearly everything it makes, modules, Qt's wrappers, the window, lives as long as
    the application, and the ninety young collections that walked it found a few hundred
    objects to free for 10–12 ms of CPU. What the start made is frozen with the window."""
    gc.enable()


def settle() -> None:
    """The objects alive now live as long as the windows: out of the collector's walks."""
    gc.freeze()


@contextlib.contextmanager
def held() -> Iterator[None]:
    """No collection while an article is read and its window built: everything made then
    lives as long as the window, and is frozen once it is shown (`follow`). Reading a book
    set off full collections that walked the article being built, 25 to 45 ms of CPU each,
    and so did opening it again in a second window."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def put_by() -> None:
    """A pass over the whole article (the check and outline's, grammar's reading) left what
    lives until the next one: its findings, readings, caches, the panel's rows. Made after
    the window opened, they were walked by every full collection that followed (on a book,
    nine of them, up to 160 ms each, in keys typed then): the young cycles are collected
    (a few milliseconds at most), and the rest joins what is frozen."""
    gc.collect(1)
    gc.freeze()


def release() -> None:
    """A window went: collect what it left (its cycles too), and freeze the rest again."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def follow(window: QObject) -> None:
    """Settle now that `window` is open, release once it is gone."""
    settle()
    window.destroyed.connect(lambda *_: QTimer.singleShot(0, release))

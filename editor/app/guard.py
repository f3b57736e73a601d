"""Python code that Qt calls from inside its own event handling, made safe to fail.

An exception raised in an override Qt calls — an event filter, a key or paint handler, the
spelling highlighter, a picture drawn in the text — cannot travel through Qt's C++. At the
top of the event loop PySide reports it and goes on; raised in an override nested in another
(a filter inside the page's `event()`, a highlighter inside a key press) it left shiboken
with an error set where none may be, and the process died with a segmentation fault, taking
the journalist's unsaved text with it. So each override is wrapped here: an exception is
reported at once through `sys.excepthook` — the crash handler once the application runs
(`crash.py`: recovery copies of every unsaved article, the log, the message), pytest-qt's in
the tests, where a programming error fails the test — and never raised into Qt; Qt gets the
safe answer instead: the base class's own handling of the event, so the page still types and
paints, or what the override stands for when there is none (`instead`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar, cast

Self = TypeVar("Self")
P = ParamSpec("P")
R = TypeVar("R")
Override = Callable[Concatenate[Self, P], R]


def report() -> None:
    """The exception being handled, to whoever reports errors."""
    kind, value, traceback = sys.exc_info()
    if kind is not None and value is not None:
        sys.excepthook(kind, value, traceback)


def falls_back(
    fallback: Callable[Concatenate[Self, P], R],
) -> Callable[[Override[Self, P, R]], Override[Self, P, R]]:
    """The override, reporting what it raises and then answering Qt with `fallback`."""

    def wrap(method: Override[Self, P, R]) -> Override[Self, P, R]:
        @wraps(method)
        def safe(self: Self, /, *args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return method(self, *args, **kwargs)
            except Exception:
                report()
            return fallback(self, *args, **kwargs)

        return safe

    return wrap


def guarded(method: Override[Self, P, R]) -> Override[Self, P, R]:
    """The override, falling back to the base class's implementation when it raises."""
    name = method.__name__

    def base(self: Self, /, *args: P.args, **kwargs: P.kwargs) -> R:
        owner = next(k for k in type(self).__mro__ if vars(k).get(name) is safe)
        return cast(R, getattr(super(owner, self), name)(*args, **kwargs))

    safe = falls_back(base)(method)
    return safe


def instead(answer: object) -> Callable[[Override[Self, P, R]], Override[Self, P, R]]:
    """The override, answering `answer` when it raises: an event filter lets the event
    through (False); a drawing with no base to fall back on draws nothing (None)."""

    def wrap(method: Override[Self, P, R]) -> Override[Self, P, R]:
        def answered(_self: Self, /, *_args: P.args, **_kwargs: P.kwargs) -> R:
            return cast(R, answer)

        return falls_back(answered)(method)

    return wrap


def instead_made(make: Callable[[], R]) -> Callable[[Override[Self, P, R]], Override[Self, P, R]]:
    """The override, answering a value made afresh by `make` when it raises (an empty size,
    an empty picture: Qt's own answers when there is nothing to show)."""
    return falls_back(lambda *_args, **_kwargs: make())

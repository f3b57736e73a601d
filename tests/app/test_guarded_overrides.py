"""Every Python override Qt calls while it handles an event wears a guard (`guard.py`): an
exception raised from one into Qt could crash the process, unsaved text and all. A new
event filter or handler without one fails here, by name."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QPyTextObject

import editor.app

CALLED_BY_QT = re.compile(
    r"^(eventFilter|event|[a-z][A-Za-z]*Event|highlightBlock|drawObject|intrinsicSize)$"
)


def overrides() -> dict[str, Callable[..., object]]:
    """Every such override defined in the window's package, by `module.Class.method`."""
    found = {}
    for module_info in pkgutil.iter_modules(editor.app.__path__):
        module = importlib.import_module(f"editor.app.{module_info.name}")
        for cls in vars(module).values():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            if not issubclass(cls, (QObject, QPyTextObject)):
                continue
            for name, member in vars(cls).items():
                if CALLED_BY_QT.match(name) and inspect.isfunction(member):
                    found[f"{module_info.name}.{cls.__name__}.{name}"] = member
    return found


def test_every_override_qt_calls_during_an_event_is_guarded() -> None:
    found = overrides()
    assert "surface.Surface.keyPressEvent" in found and "spelling.Underline.highlightBlock" in found
    unguarded = [name for name, method in found.items() if not hasattr(method, "__wrapped__")]
    assert unguarded == [], f"wrap with editor.app.guard (guarded, instead…): {unguarded}"

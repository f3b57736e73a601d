"""Modules declared to PySide6 before the window's modules load, so it does not read them.

PySide6 reads the whole source of every module imported after it, or first named by an import
after it (`inspect.getsource`), to learn whether it names PySide6 and so may switch on one of
its `__feature__` options (`snake_case`, `true_property`); it keeps the answer in a table by
module name and never asks again. At a start that was 140 files read and searched before
the first paint (18 to 25 ms): Copydesk's own, and the standard library's modules loaded
before PySide6 that a module of the window imports again. Copydesk switches on no feature
anywhere, so both are entered in the table beforehand as the scan would find them —
Copydesk's modules using PySide6 without a feature, the others ignored — and neither is read.
A PySide6 without the table (another version) reads them as before."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import PySide6

NO_FEATURE = 0
"""PySide6's entry for a module that uses it with none of its features switched on."""
IGNORED = -1
"""PySide6's entry for a module that does not use it: never switched."""


def declare_own_modules() -> None:
    """Enter every module of the `editor` package in PySide6's feature table, and every
    other module loaded before it, unless the table holds one already."""
    feature = sys.modules.get(f"{PySide6.__name__}.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    package = Path(__file__).resolve().parent.parent
    for name in _modules(package, package.name):
        table.setdefault(name, NO_FEATURE)
    for name in list(sys.modules):
        table.setdefault(name, IGNORED)


def _modules(folder: Path, dotted: str) -> list[str]:
    """The dotted names of the Python modules in `folder` and its packages (a directory
    listing, not an import: a fraction of a millisecond)."""
    names = [dotted]
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return names
    for entry in entries:
        if entry.name.endswith(".py") and entry.name != "__init__.py":
            names.append(f"{dotted}.{entry.name[:-3]}")
        elif entry.is_dir() and os.path.exists(os.path.join(entry.path, "__init__.py")):
            names += _modules(Path(entry.path), f"{dotted}.{entry.name}")
    return names

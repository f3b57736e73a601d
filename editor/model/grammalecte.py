"""Grammalecte, the free French grammar checker, found where the system installed it.

Why in process, from the system's files. Grammalecte (GPL-3, like Copydesk's GPL-3.0-or-later)
is pure Python using the standard library only, so Copydesk's own interpreter runs it: a
paragraph costs a function call of one to a few milliseconds. Its bundled server, or Debian's
`python3` in a subprocess speaking JSON, would add a second interpreter to start, a copy of its
dictionaries in memory, and a round trip per paragraph; nothing is gained for a library this
plain. Debian and Ubuntu ship it as `python3-grammalecte` for the system Python, outside
Copydesk's virtualenv (or bundle); rather than copying its code into the repository, `load`
looks for the folder holding the `grammalecte` package and imports that package alone from
there, never the folder's other packages, built for another Python.

Where it looks: the interpreter's own path first (a `pip install` into the environment), then
the system folders (`PLACES`). `COPYDESK_GRAMMALECTE` names the folder to use instead of all
of them (an unusual install, or an empty folder to run without grammar). Anything going wrong
while loading (missing, damaged, written for an incompatible Python) is `Missing`, with its
reason: the caller says so in words and everything else works on.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

PACKAGE = "grammalecte"
ENV = "COPYDESK_GRAMMALECTE"
PLACES = (
    Path("/usr/lib/python3/dist-packages"),
    Path("/usr/share/grammalecte"),
    Path("/usr/local/lib/python3/dist-packages"),
)
"""Where distributions put it: Debian and Ubuntu's python3-grammalecte first."""
INSTALL = "on Debian or Ubuntu: sudo apt install python3-grammalecte"

OPTIONS_OFF = ("apos", "esp", "nbsp", "typo", "num", "unit", "tab", "liga")
"""Grammalecte's typography options. Copydesk's own typography profile is the authority on
apostrophes, spaces, no-break spaces, quotes, ellipses and digit grouping (`typography.py`, with
its regional variants and safe fixes): these would report the same thing a second time, or
contradict the profile (fr-CA's spaces, a house's fine spaces)."""

_BRANCH = re.compile(r"__b\d+_a\d+(?:_\d+)?$")
"""A graph rule's branch and action: "gv1__ppas_avoir__b1_a1_1" is rule "gv1__ppas_avoir"."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem Grammalecte sees in a paragraph; offsets in code points of its text."""

    start: int
    end: int
    rule: str
    option: str
    message: str
    suggestions: tuple[str, ...] = ()
    url: str = ""


@dataclass(frozen=True, slots=True)
class Missing:
    """Grammalecte could not be loaded; `reason` says why, for the message."""

    reason: str


def rule_of(rule_id: str) -> str:
    """The rule a finding comes from, without the branch that fired ("Ignore this rule")."""
    return _BRANCH.sub("", rule_id)


class Engine:
    """The French grammar checker of this process: one lock, as Grammalecte keeps its state in
    module globals and is not made for two threads at once."""

    def __init__(self, module: ModuleType, folder: Path | None) -> None:
        self._gce: Any = module
        self.folder = folder
        """Where the package was found (None: on the interpreter's own path)."""
        self.version = str(getattr(module, "version", "?"))
        self._lock = threading.Lock()
        defaults: Mapping[str, bool] = self._gce.getDefaultOptions()
        self.options = {**defaults, **{name: False for name in OPTIONS_OFF if name in defaults}}

    def findings(self, text: str) -> list[Finding]:
        """Grammar problems of one paragraph, in order of place."""
        if not text.strip():
            return []
        with self._lock:
            raw = self._gce.parse(text, "FR", dOptions=self.options)
        found = [
            Finding(
                int(e["nStart"]),
                int(e["nEnd"]),
                str(e["sRuleId"]),
                str(e["sType"]),
                str(e["sMessage"]),
                tuple(str(s) for s in e.get("aSuggestions", ())),
                str(e.get("URL", "")),
            )
            for e in raw
        ]
        return sorted(found, key=lambda f: (f.start, f.end, f.rule))


def _places() -> Sequence[Path] | None:
    """The folders to look in; None for the default search (the interpreter's path first)."""
    chosen = os.environ.get(ENV, "").strip()
    return [Path(chosen)] if chosen else None


def _import_from(folder: Path) -> ModuleType:
    """The `grammalecte` package of `folder`, imported alone (its submodules follow it)."""
    package = folder / PACKAGE
    spec = importlib.util.spec_from_file_location(
        PACKAGE, package / "__init__.py", submodule_search_locations=[str(package)]
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"no {PACKAGE} package in {folder}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[PACKAGE]
        raise
    return module


def _find(places: Sequence[Path] | None) -> tuple[ModuleType, Path | None] | Missing:
    if places is None and (PACKAGE in sys.modules or importlib.util.find_spec(PACKAGE)):
        return importlib.import_module(PACKAGE), None
    for folder in PLACES if places is None else places:
        if (folder / PACKAGE / "__init__.py").is_file():
            return _import_from(folder), folder
    where = ", ".join(str(p) for p in (PLACES if places is None else places))
    return Missing(f"Grammalecte is not installed (looked in {where})")


def _load(places: Sequence[Path] | None) -> Engine | Missing:
    try:
        found = _find(places)
        if isinstance(found, Missing):
            return found
        folder = found[1]
        french = importlib.import_module(f"{PACKAGE}.fr")
        french.load("Python")
        return Engine(french, folder)
    except Exception as error:  # a damaged or incompatible install: said in words
        return Missing(f"Grammalecte could not be loaded ({type(error).__name__}: {error})")


_engines: dict[tuple[str, ...] | None, Engine | Missing] = {}
_loading = threading.Lock()


def load() -> Engine | Missing:
    """The engine, loaded once per process (about a tenth of a second, its rules at first use)."""
    places = _places()
    key = None if places is None else tuple(str(p) for p in places)
    with _loading:
        found = _engines.get(key)
        if found is None:
            found = _engines[key] = _load(places)
        return found

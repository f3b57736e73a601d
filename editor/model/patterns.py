"""Regular expressions compiled the first time they are used.

Compiling a pattern is Python code (the `re` module's parser and compiler), run at every
start for a pattern made when its module loads: the typography rules' thirty and the check's
placeholders took 4–7 ms of a `copydesk check` that lasts 80, and clean copy needs few of
them (most look for a mistake that is not there, behind a quick test that finds no hint).
Once compiled, the pattern's methods are the compiled pattern's own, looked up as directly.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class Pattern:
    """`re.compile(source, flags)`, done on the first call of one of its methods."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags

    def _compiled(self) -> re.Pattern[str]:
        compiled = re.compile(self.source, self.flags)
        for name in _METHODS:  # later calls go straight to the compiled pattern
            setattr(self, name, getattr(compiled, name))
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self._compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._compiled().split(string, maxsplit)

"""What the window's start compiles at every launch for the same text, compiled once and kept.

Two kinds of work ran at every start for nothing new: the methods `dataclasses` writes for
each frozen class (`__init__`, `__eq__`, `__repr__`, `__setattr__`…, some 350 small functions
for the 58 classes of the model and the window, each compiled from its text: 25 ms of every
start before the window's first paint), and the programs of the regular expressions the
modules compile at import (typography's, the command line's, PySide6's signature support's:
some 45 patterns, 15–20 ms). Within `kept`, both are handed back from a file written at an
earlier start, as Python keeps a module's bytecode (the same rules as
`editor.app.support_bytecode`, whose folder it shares): a method's code by the exact text
`dataclasses` would compile, a pattern's program by its exact text and flags, for this
interpreter's bytecode and this regular-expression engine (`_sre.MAGIC`). The code is the
very code compiling that text makes; anything else compiles as it did. An interpreter whose
`re` or `dataclasses` is not the one this was written against is left alone."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine behind `re`
import contextlib
import dataclasses
import marshal
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import CodeType
from typing import Any

from editor.app import support_bytecode

KEPT = support_bytecode.FOLDER / f"start.{sys.implementation.cache_tag}.marshal"
ENGINE = f"sre {_sre.MAGIC} {sys.version_info[:2]}"
"""A kept program is for this engine only: its opcodes change between Python versions."""
KNOWN = sys.version_info[:2] in ((3, 11), (3, 12))
"""The versions whose `re._compiler.compile` and `dataclasses._create_fn` this mirrors."""
CREATE_FN = "def __create_fn__("
"""How every text `dataclasses` compiles begins (its `_create_fn`)."""

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes after the pattern: flags, code, groups, names, names by index."""


class Kept:
    """The code and programs read from the file, and those the start made or used."""

    def __init__(self, path: Path) -> None:
        found = _read(path)
        self.methods: dict[str, CodeType] = found[0]
        self.programs: dict[tuple[str | bytes, int], Program] = found[1]
        self.used_methods: set[str] = set()
        self.used_programs: set[tuple[str | bytes, int]] = set()
        self.fresh = False

    def method_code(self, text: str) -> CodeType:
        """The code of a text `dataclasses` writes: kept, else compiled as its `exec` would."""
        code = self.methods.get(text)
        if code is None:  # `exec` of a text inherits dataclasses' own flags: none
            code = self.methods[text] = compile(text, "<string>", "exec", dont_inherit=True)
            self.fresh = True
        self.used_methods.add(text)
        return code

    def pattern(self, plain: Callable[..., Any], source: str | bytes, flags: int) -> Any:
        """`source` compiled by the engine from its kept program, else as `re` compiles it."""
        key = (source, int(flags))  # a flag enum would not marshal
        program = self.programs.get(key)
        if program is None:
            compiled = plain(source, flags)
            self.programs[key] = _program(source, flags)
            self.fresh = True
            self.used_programs.add(key)
            return compiled
        self.used_programs.add(key)
        return _sre.compile(source, *program)

    def contents(self) -> dict[str, Any]:
        return {
            "engine": ENGINE,
            "methods": {t: c for t, c in self.methods.items() if t in self.used_methods},
            "programs": {k: p for k, p in self.programs.items() if k in self.used_programs},
        }


def _program(source: str | bytes, flags: int) -> Program:
    """The arguments `re._compiler.compile` hands the engine for `source` (its own steps)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are named ints
    names = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    groups = parsed.state.groups - 1
    return (int(flags | parsed.state.flags), code, groups, names, tuple(by_index))


@contextlib.contextmanager
def kept(path: Path = KEPT, asked: bool = False) -> Iterator[Kept]:
    """Within: dataclasses' methods and regular expressions taken from `path` where their text
    is the same; written there when new, unless bytecode is not to be written and this was
    not `asked` (the rules of `support_bytecode.kept`)."""
    store = Kept(path)
    if not KNOWN or hasattr(dataclasses, "exec"):
        yield store
        return
    from re import _compiler  # type: ignore[attr-defined]

    plain_compile = _compiler.compile

    def exec_text(source: Any, globals: Any = None, locals: Any = None) -> None:
        if isinstance(source, str):  # compiled with dataclasses' flags, not this module's
            source = (
                store.method_code(source)
                if source.startswith(CREATE_FN)
                else compile(source, "<string>", "exec", dont_inherit=True)
            )
        exec(source, globals, locals)

    def compile_pattern(source: Any, flags: int = 0) -> Any:
        if not isinstance(source, (str, bytes)) or flags & re.DEBUG:
            return plain_compile(source, flags)
        return store.pattern(plain_compile, source, flags)

    dataclasses.exec = exec_text  # type: ignore[attr-defined]  # found before the builtin
    _compiler.compile = compile_pattern
    try:
        yield store
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
        _compiler.compile = plain_compile
    if store.fresh and (asked or not (sys.dont_write_bytecode or getattr(sys, "frozen", False))):
        _write(path, store.contents())


def _read(path: Path) -> tuple[dict[str, CodeType], dict[tuple[str | bytes, int], Program]]:
    """The methods and programs kept at `path`; none when it is missing, unreadable, from
    another engine or not this file's."""
    try:  # read whole: `marshal.load` of a file reads it a field at a time (95 000 calls)
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if not isinstance(found, dict) or found.get("engine") != ENGINE:
        return {}, {}
    methods, programs = found.get("methods"), found.get("programs")
    if not isinstance(methods, dict) or not isinstance(programs, dict):
        return {}, {}
    return (
        {t: c for t, c in methods.items() if isinstance(t, str) and isinstance(c, CodeType)},
        {k: p for k, p in programs.items() if _is_program(k, p)},
    )


def _is_program(key: object, program: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], (str, bytes))
        and isinstance(key[1], int)
        and isinstance(program, tuple)
        and len(program) == 5
        and isinstance(program[0], int)
        and isinstance(program[1], list)
        and all(isinstance(op, int) for op in program[1])
        and isinstance(program[2], int)
        and isinstance(program[3], dict)
        and isinstance(program[4], tuple)
    )


def _write(path: Path, contents: dict[str, Any]) -> None:
    """Keep `contents` at `path`, whole or not at all (a start that cannot write starts as
    before: the next compiles again)."""
    from editor.model.atomic import atomic_write_bytes  # seldom: on a first start or an upgrade

    try:
        path.parent.mkdir(exist_ok=True)
        atomic_write_bytes(path, marshal.dumps(contents))
    except (OSError, ValueError):
        pass  # a folder not ours to write: the start compiles as it did before

"""PySide6's signature support, compiled once and kept, as Python keeps a module's bytecode.

Importing PySide6 starts shiboken's signature support: thirteen modules that shiboken carries
inside its library as source text and compiles at every start (`compile`, 12–17 ms of every
start before the window's first paint, for the same text each time). Its own switch to keep
them as files (`SBK_EMBED=0`) writes into the installed library. So while PySide6 is first
imported, `compile` is handed back the code compiled at an earlier start for the same text
(by its SHA-1, its name and the compiler flags, for this interpreter's bytecode), kept in one
file among Copydesk's own bytecode. The file is written when missing or out of date, where that
folder is writable and bytecode may be written (`sys.dont_write_bytecode`), as Python does for
a module, or when asked (`python -m editor.app.support_bytecode`, which the benchmarks run
beside `compileall` and the installers' bundle ships, `packaging/copydesk.spec`); an installed
bundle only reads it, never writes into itself (a signed application must stay as signed);
one unreadable or from another version is compiled afresh. Every other compile goes
through untouched, and the code is the very code `compile` makes of that text."""

from __future__ import annotations
import __future__

import builtins
import contextlib
import hashlib
import marshal
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

FOLDER = Path(__file__).resolve().parent / "__pycache__"
KEPT = FOLDER / f"shibokensupport.{sys.implementation.cache_tag}.marshal"
SUPPORT = ("shibokensupport/", "signature_bootstrap.py")
"""The names shiboken compiles its support modules under."""
FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag
"""The flags a `compile` inherits from the code that calls it (its `__future__` imports)."""


@contextlib.contextmanager
def kept(path: Path = KEPT, asked: bool = False) -> Iterator[None]:
    """Within: the support modules' code taken from `path` where their text is the same;
    written there when new, unless bytecode is not to be written and this was not `asked`."""
    known = read(path)
    fresh: dict[str, CodeType] = {}
    used: set[str] = set()
    plain = builtins.compile

    def compile(  # stands in for the builtin, with its signature
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **more: Any,
    ) -> Any:
        name = os.fspath(filename) if isinstance(filename, (str, os.PathLike)) else ""
        if (
            mode != "exec"
            or more
            or not isinstance(name, str)
            or not name.startswith(SUPPORT)
            or not isinstance(source, (str, bytes))
        ):
            return plain(source, filename, mode, flags, dont_inherit, optimize, **more)
        if not dont_inherit:  # as the builtin does: the caller's __future__ imports
            flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        text = source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
        key = f"{name}:{flags}:{optimize}:{hashlib.sha1(text).hexdigest()}"
        code = known.get(key)
        if code is None:
            code = fresh[key] = plain(source, filename, mode, flags, True, optimize)
        used.add(key)
        return code

    builtins.compile = compile
    try:
        yield
    finally:
        builtins.compile = plain
    if fresh and (asked or not (sys.dont_write_bytecode or getattr(sys, "frozen", False))):
        write(path, {key: code for key, code in {**known, **fresh}.items() if key in used})


def read(path: Path) -> dict[str, CodeType]:
    """The code kept at `path`; nothing when it is missing, unreadable or not this file's."""
    try:  # read whole: `marshal.load` of a file reads it a field at a time (95 000 calls)
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, CodeType)}


def write(path: Path, code: dict[str, CodeType]) -> None:
    """Keep `code` at `path`, whole or not at all (a start that cannot write starts as
    before: the next compiles again)."""
    from editor.model.atomic import atomic_write_bytes  # seldom: on a first start or an upgrade

    try:
        path.parent.mkdir(exist_ok=True)
        atomic_write_bytes(path, marshal.dumps(code))
    except OSError:
        pass  # a folder not ours to write: the support compiles as it did before


def main() -> int:
    """Keep the support's code now, whatever `PYTHONDONTWRITEBYTECODE` says, as `compileall`
    compiles a package, and what the window's modules compile at their import beside it
    (`editor.app.start_kept`): 0, or 1 when PySide6 cannot be imported."""
    from editor.app import start_kept

    with start_kept.kept(start_kept.KEPT, asked=True):
        import editor.doctor  # a start imports it before PySide6

        with kept(KEPT, asked=True):
            try:
                import PySide6.QtCore  # noqa: F401 - its import is what compiles the support
            except ImportError as error:
                print(f"PySide6 cannot be imported: {error}", file=sys.stderr)
                return 1
        import editor.app.application  # noqa: F401 - the window's modules, as a start loads them
    return 0


if __name__ == "__main__":
    sys.exit(main())

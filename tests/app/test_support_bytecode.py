"""PySide6's signature support compiled once and kept: the same code as compiling its text,
the text changed compiled again, a damaged file ignored, every other compile untouched, and
PySide6 started from the kept code reads signatures as before."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.app import support_bytecode

SUPPORT_TEXT = b"def where(x: NotDefinedAnywhere) -> int:\n    return 1\n"
"""Annotations naming nothing: they only compile and run with `from __future__ import
annotations`, which this test module has and the compile inherits, as shiboken's does."""
ROOT = Path(__file__).resolve().parents[2]


def compiled(path: Path, text: bytes, name: str = "shibokensupport/signature/x.py") -> object:
    with support_bytecode.kept(path, asked=True):
        return compile(text, name, "exec")


def test_the_kept_code_is_what_compiling_the_text_makes(tmp_path: Path) -> None:
    kept = tmp_path / "support.marshal"
    first = compiled(kept, SUPPORT_TEXT)
    assert kept.exists()
    again = compiled(kept, SUPPORT_TEXT)
    plain = compile(SUPPORT_TEXT, "shibokensupport/signature/x.py", "exec")
    assert marshal.dumps(first) == marshal.dumps(again) == marshal.dumps(plain)
    namespace: dict[str, object] = {}
    exec(again, namespace)  # the caller's __future__ annotations were inherited
    assert callable(namespace["where"])


def test_a_changed_text_is_compiled_again_and_kept_alone(tmp_path: Path) -> None:
    kept = tmp_path / "support.marshal"
    compiled(kept, SUPPORT_TEXT)
    changed = SUPPORT_TEXT + b"LATER = 2\n"
    code = compiled(kept, changed)
    namespace: dict[str, object] = {}
    exec(code, namespace)
    assert namespace["LATER"] == 2
    assert len(support_bytecode.read(kept)) == 1  # the old text's code is dropped


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", marshal.dumps([1, 2, 3])])
def test_a_damaged_file_is_ignored_and_written_afresh(tmp_path: Path, damage: bytes) -> None:
    kept = tmp_path / "support.marshal"
    kept.write_bytes(damage)
    namespace: dict[str, object] = {}
    exec(compiled(kept, SUPPORT_TEXT), namespace)
    assert callable(namespace["where"])
    assert len(support_bytecode.read(kept)) == 1


def test_other_compiles_go_through_untouched(tmp_path: Path) -> None:
    kept = tmp_path / "support.marshal"
    with support_bytecode.kept(kept, asked=True):
        assert eval(compile("6 * 7", "<mine>", "eval")) == 42
        code = compile(SUPPORT_TEXT, "mine.py", "exec")
    assert not kept.exists()
    assert marshal.dumps(code) == marshal.dumps(compile(SUPPORT_TEXT, "mine.py", "exec"))


def test_nothing_is_written_where_bytecode_is_not_to_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "support.marshal"
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with support_bytecode.kept(kept):
        compile(SUPPORT_TEXT, "shibokensupport/signature/x.py", "exec")
    assert not kept.exists()


def test_pyside_started_from_the_kept_code_reads_signatures(tmp_path: Path) -> None:
    """Two processes: the first compiles and keeps the support, the second starts from it;
    both see the same signature of a Qt method."""
    kept = tmp_path / "support.marshal"
    script = (
        "from pathlib import Path\n"
        "from editor.app import support_bytecode\n"
        f"with support_bytecode.kept(Path({str(kept)!r}), asked=True):\n"
        "    from PySide6.QtWidgets import QWidget\n"
        "from PySide6.support.signature import get_signature\n"
        "print(get_signature(QWidget.setWindowTitle), QWidget.resize.__doc__.count('\\n'))\n"
        "print(sorted(support_bytecode.read(Path(" + repr(str(kept)) + "))) != [])\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=environment,
            check=True, timeout=120,
        ).stdout.splitlines()
        for _ in range(2)
    ]  # fmt: skip
    assert runs[0] == runs[1]
    assert runs[0][0].startswith("(self, arg__1: str") and runs[0][1] == "True"
    names = {key.split(":", 1)[0] for key in support_bytecode.read(kept)}
    assert "shibokensupport/signature/loader.py" in names


def test_an_installed_bundle_reads_the_kept_code_and_never_writes_into_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle (`sys.frozen`) ships the file and reads it; writing into itself would break a
    signed application."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    kept = tmp_path / "support.marshal"
    with support_bytecode.kept(kept):
        compile(SUPPORT_TEXT, "shibokensupport/signature/x.py", "exec")
    assert not kept.exists()
    compiled(kept, SUPPORT_TEXT)  # as the bundle's build does: asked
    (key,) = support_bytecode.read(kept)
    support_bytecode.write(kept, {key: compile("SHIPPED = True\n", "x", "exec")})
    with support_bytecode.kept(kept):
        code = compile(SUPPORT_TEXT, "shibokensupport/signature/x.py", "exec")
    namespace: dict[str, object] = {}
    exec(code, namespace)
    assert namespace.get("SHIPPED") is True  # the shipped code, not a compile of the text

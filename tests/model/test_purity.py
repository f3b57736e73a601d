"""The model stays free of Qt, of format libraries and of the co-editing engine."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.shared import PROJECT_ROOT

FORBIDDEN = ("PySide6", "docx", "ebooklib", "lxml", "shiboken6", "pycrdt")


def test_model_sources_import_no_gui_or_format_library() -> None:
    for path in (PROJECT_ROOT / "editor" / "model").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_importing_the_model_loads_none_of_them() -> None:
    code = (
        "import sys, editor.model, editor.model.storage, editor.model.stats, "
        "editor.model.build; print(','.join(sorted(m for m in sys.modules)))"
    )
    loaded = (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        .stdout.strip()
        .split(",")
    )
    assert not [m for m in loaded if m.split(".")[0] in FORBIDDEN]


def test_command_line_exports_do_not_import_qt() -> None:
    code = "import sys, editor.cli, editor.formats; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

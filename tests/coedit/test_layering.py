"""Co-editing sits beside the formats: it reads the model and pycrdt, never Qt, so the command
line and a headless client share it."""

from __future__ import annotations

import subprocess
import sys


def test_the_shared_document_loads_no_qt() -> None:
    code = (
        "import sys, editor.coedit.changes, editor.coedit.repair; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

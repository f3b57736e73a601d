"""The cost of an autosave of a 100 000-word article: serialising it, and the UI thread's share.

Run: python -m tests.benchmarks.autosave_cost
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from editor.app.autosave import AppData, Autosave, recovery_bytes
    from editor.app.document import Document
    from tests.benchmarks.corpus import SIZES, build

    app = QApplication.instance() or QApplication([])
    article = build(SIZES["longread"])
    from editor.model.stats import article_stats

    print(f"{article_stats(article).total.words} words")
    serialise = []
    for _ in range(5):
        started = time.perf_counter()
        recovery_bytes(article, None)
        serialise.append(time.perf_counter() - started)
    with tempfile.TemporaryDirectory() as folder:
        document = Document(article)
        document.undo_stack.resetClean()
        keeper = Autosave(document, AppData(Path(folder)))
        ui = []
        for _ in range(5):
            keeper.save_now()
            ui.append(keeper.ui_seconds)
            keeper.wait()
        app.processEvents()
    print(f"serialisation (worker): median {statistics.median(serialise) * 1000:.0f} ms")
    print(f"UI thread per autosave: median {statistics.median(ui) * 1000:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

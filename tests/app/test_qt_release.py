"""The installed PySide6 does not leak references to None.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call to a method returning
void; after a few thousand calls None is freed and the interpreter aborts. The editor makes
such calls on every keystroke, so a release with that bug must fail here, not in a newsroom.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QTextDocument

CALLS = 10_000


def test_void_methods_keep_none_alive() -> None:
    holder = QObject()
    document = QTextDocument()
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for n in range(CALLS):
        holder.setObjectName("name")
        cursor.insertText("x")
        if n % 1000 == 0:
            document.clear()
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references over {CALLS} calls"

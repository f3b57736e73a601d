"""The ending every window probe shares: its figures as one JSON line for run.py, or why the
window cannot start on this machine (run.py then reports the rows as not measured)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any


def report(measure: Callable[[], dict[str, Any]]) -> int:
    try:
        import editor.app.application  # noqa: F401
    except ImportError as error:
        print(json.dumps({"unavailable": f"the editor window cannot start: {error}"}))
        return 0
    print(json.dumps(measure()))
    os._exit(0)  # skip teardown: the figures are taken

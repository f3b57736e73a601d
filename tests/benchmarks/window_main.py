"""The ending every window probe shares: its figures as one JSON line for run.py, or why the
window cannot start on this machine (run.py then reports the rows as not measured)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from typing import Any


def report(measure: Callable[[], dict[str, Any]]) -> int:
    scratch = fresh_settings()
    try:
        import editor.app.application  # noqa: F401
    except ImportError as error:
        print(json.dumps({"unavailable": f"the editor window cannot start: {error}"}))
        return 0
    print(json.dumps(measure()), flush=True)
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)
    os._exit(0)  # skip teardown: the figures are taken


def fresh_settings() -> str | None:
    """A probe run by hand measures what `run.py` measures: a window with every desk tool at
    its default, from a settings file of its own, never the machine's (where grammar as you
    type may be off: its two workers reading the first pass then leave the window both cores,
    and the keys' wall times came out half the table's)."""
    if "COPYDESK_SETTINGS" in os.environ:
        return None
    folder = tempfile.mkdtemp(prefix="copydesk-probe-")
    os.environ["COPYDESK_SETTINGS"] = os.path.join(folder, "settings.ini")
    return folder

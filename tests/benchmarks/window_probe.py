"""Measures the window offscreen; run by run.py in its own process. Prints JSON."""

from __future__ import annotations

import json
import sys

print(json.dumps({"unavailable": "the editor window is not built yet"}))
sys.exit(0)

"""Where the shipped resources live: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "article.schema.json").is_file():
            return candidate
    raise FileNotFoundError("Copydesk's resources folder is missing from this installation")


def resource(*parts: str) -> Path:
    """The path of a shipped resource, e.g. `resource("samples", "sample.article")`."""
    return resources_dir().joinpath(*parts)

"""What an importer gives back: the article, and what the user should know about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.model.article import Article


class ImportRefusedError(Exception):
    """Input that cannot be imported; the message names the file and is for the user."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True, slots=True)
class Imported:
    article: Article
    notes: tuple[str, ...] = field(default=())
    """Guesses made and things that could not be mapped, in the user's words."""


MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Copy larger than this is refused before it is read."""


def read_limited(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportRefusedError(
                path,
                f"the file is {size // (1024 * 1024)} MB; the limit is {limit // (1024 * 1024)} MB",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportRefusedError(path, "no such file") from None
    except IsADirectoryError:
        raise ImportRefusedError(path, "this is a folder, not a file") from None
    except PermissionError:
        raise ImportRefusedError(path, "permission denied") from None

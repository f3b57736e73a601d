"""What an importer gives back: the article, and what the user should know about it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from editor.model.article import Article


class ImportRefusedError(Exception):
    """Input that cannot be imported; the message names the file and is for the user.

    The message is English, for the command line; `code` names the reason and `values` holds
    what is in it, so the window can say it in its own language (as for `ArticleFileError`).
    `what` names the input in the sentence: a key of `WHATS`."""

    def __init__(
        self,
        path: Path | str,
        reason: str,
        code: str = "",
        values: Mapping[str, str] | None = None,
    ) -> None:
        self.path = Path(path)
        self.reason = reason
        self.code = code
        self.values = dict(values or {})
        super().__init__(f"{self.path}: {reason}")


WHATS: Mapping[str, str] = {
    "file": "the file",
    "document": "the document",
    "word": "the Word document",
    "newsml": "the NewsML file",
}
"""What an import refusal calls its input, by key."""


class Note(str):
    """Something the user should know about an import, in English (a plain `str` for the
    command line); `code` and `values` let the window say it in its own language."""

    code: str
    values: dict[str, str]

    def __new__(cls, text: str, code: str = "", values: Mapping[str, str] | None = None) -> Note:
        note = super().__new__(cls, text)
        note.code = code
        note.values = dict(values or {})
        return note


def plural(count: int, one: str, many: str) -> str:
    """The English form for `count` ("1 line", "3 lines")."""
    return one if count == 1 else many


def left_out_note(what: str, count: int) -> Note:
    """What an import could not keep as such, and how many times."""
    return Note(
        f"Not kept as such: {what} ({count}).", "left-out", {"what": what, "count": str(count)}
    )


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
            megabytes, most = size // (1024 * 1024), limit // (1024 * 1024)
            raise ImportRefusedError(
                path,
                f"the file is {megabytes} MB; the limit is {most} MB",
                "too-large",
                {"size": str(megabytes), "limit": str(most)},
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportRefusedError(path, "no such file", "missing") from None
    except IsADirectoryError:
        raise ImportRefusedError(path, "this is a folder, not a file", "folder") from None
    except PermissionError:
        raise ImportRefusedError(path, "permission denied", "permission") from None

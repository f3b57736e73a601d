"""`copydesk import`, and the word for copy given where an article is expected.

Read first, then decide where to write: a file that cannot be imported is said to be so before
anything is said about the article it would have become. Every refusal is an
`ImportRefusedError` naming the file, which the command line prints as one line, exit 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.formats import IMPORTERS, reader_for
from editor.formats.imported import Imported, ImportRefusedError
from editor.model import storage


def refuse_copy(path: Path, command: str) -> None:
    """A Word document or wire item given where an article is expected, and not readable as
    one, is named for what it is, with the command that makes an article of it — not a JSON
    parser's complaint."""
    if path.name.lower().endswith(".article") or not path.is_file() or not _known_suffix(path):
        return
    kind = _COPY_KINDS.get(reader_for(path).name, "copy to import")
    raise ImportRefusedError(
        path,
        f"is {kind}, not a Copydesk article; {command} reads .article files — "
        f"make one with: copydesk import {path}",
    )


_COPY_KINDS = {
    "docx": "a Word document",
    "newsml": "a NewsML-G2 or NITF wire item",
    "text": "plain text or Markdown",
}
"""What each importer reads, as a sentence says it."""


def run(options: argparse.Namespace) -> int:
    """Read first, then decide where to write: a file that cannot be imported is said to be
    so before anything is said about the article it would have become."""
    source: Path = options.file
    if source.name.lower().endswith(".article"):
        raise ImportRefusedError(
            source,
            f"is a Copydesk article already, there is nothing to import "
            f"(open it with: copydesk {source})",
        )
    imported = _read(source, options)
    target: Path = options.output or _article_beside(source)
    if target.exists() and target.resolve() == source.resolve():
        raise ImportRefusedError(target, "is the file being imported; choose the article with -o")
    if target.exists() and not options.force:
        raise ImportRefusedError(target, "already exists (choose another with -o, or --force)")
    if not target.parent.is_dir():  # a typed -o, not a folder gone while saving
        raise ImportRefusedError(target, f"there is no folder {target.parent}")
    for note in imported.notes:
        print(f"copydesk: note: {note}", file=sys.stderr)
    storage.save(imported.article, target)
    print(target)
    return 0


def _read(source: Path, options: argparse.Namespace) -> Imported:
    reader = reader_for(source)
    module = reader.implementation()
    try:
        if reader.name == "newsml":
            found = module.items(source)
            if len(found) > 1 and options.item is None:
                listing = "; ".join(f"{i.index + 1}: {i.headline or i.guid}" for i in found)
                raise ImportRefusedError(
                    source, f"holds {len(found)} items, choose one with --item N ({listing})"
                )
            index = (options.item or 1) - 1
            if not 0 <= index < len(found):
                raise ImportRefusedError(source, f"there is no item {options.item}")
            imported: Imported = module.load(source, index)
        elif reader.name == "docx":
            imported = module.load(source, options.style_map, options.track_changes)
        else:
            imported = module.load(source)
    except ImportRefusedError as error:
        if reader.name != "text" or _known_suffix(source) or not source.is_file():
            raise
        # no importer claims the name and it did not read as text: say what import takes
        raise ImportRefusedError(
            source,
            "not a file Copydesk imports (a Word .docx, a NewsML-G2 or NITF .xml, "
            f"plain text or Markdown): {error.reason}",
        ) from None
    return imported


def _known_suffix(path: Path) -> str:
    """The longest import suffix the name ends with (`.newsml.xml` before `.xml`), or ""."""
    name = path.name.lower()
    found = [s for r in IMPORTERS.values() for s in r.suffixes if name.endswith(s)]
    return max(found, key=len, default="")


def _article_beside(source: Path) -> Path:
    """`depeche.newsml.xml` → `depeche.article`, `AFP.2024.12.04.docx` → `AFP.2024.12.04.article`:
    only the import suffix goes, not everything after the first dot."""
    suffix = _known_suffix(source)
    stem = source.name[: len(source.name) - len(suffix)] if suffix else source.stem
    return source.with_name((stem or source.name) + ".article")

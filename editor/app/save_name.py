"""Where Save As starts: a name from the article's slug or title, in a folder that makes sense.

An article with a file keeps its name and folder (Save As makes a variant beside it, as in
every word processor). One without — new, a copy of the sample, an import — is named by
`naming.file_stem` with `.article`, or "untitled" in the interface's language for an article
with neither slug nor title: never "article.article", which every new article would share. It
goes beside the file it was imported from, else in the user's Documents folder (never inside the
installation, where the sample lives).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from editor.app.document import Document
from editor.model.naming import file_stem, slugify

SUFFIX = ".article"


def tr(text: str) -> str:
    return QCoreApplication.translate("SaveName", text)


def documents_folder() -> Path:
    """The user's Documents folder, or their home when the platform names none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def suggested_path(document: Document) -> Path:
    """The path the Save As dialog proposes for `document`."""
    if document.path is not None:
        return document.path
    folder = document.origin.parent if document.origin is not None else documents_folder()
    stem = file_stem(document.article) or slugify(tr("untitled")) or "untitled"
    return folder / f"{stem}{SUFFIX}"

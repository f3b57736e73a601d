"""Exporters and importers, one module per format, found through one registry.

Each exporter module has `export(article, path, options)`; each importer module
has `load(path)`. Modules are imported on first use, so `copydesk export --to
newsml` never pays for python-docx, and the command line never imports Qt.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    label: str
    suffix: str
    module: str

    def implementation(self) -> ModuleType:
        return importlib.import_module(self.module)

    def output_for(self, source: Path, folder: Path | None = None) -> Path:
        """`NAME.docx` beside the article, or in `folder`."""
        name = source.name.removesuffix(".article") if source.suffix == ".article" else source.stem
        return (folder or source.parent) / (name + self.suffix)


EXPORTERS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("docx", "Word document for print (DOCX)", ".docx", "editor.formats.docx"),
        Format("epub", "E-book (EPUB 3)", ".epub", "editor.formats.epub"),
        Format("newsml", "Wire item (NewsML-G2)", ".newsml.xml", "editor.formats.newsml"),
    )
}
"""Every export format by its command-line name, in menu order."""

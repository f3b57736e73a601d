"""Exporters and importers, one module per format, found through one registry.

Each exporter module has `export(article, path, options) -> list[Path]`, which returns
every file it wrote (the main file first, then the pictures some write beside it), so the
command line and the Export dialog list them all; each importer module
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
    final: bool = True
    """Readers get the final text only: an article with pending suggestions is refused
    (unless they are accepted on the way out); False for a format that carries them."""

    def implementation(self) -> ModuleType:
        return importlib.import_module(self.module)

    def output_for(self, source: Path, folder: Path | None = None) -> Path:
        """`NAME.docx` beside the article, or in `folder`."""
        name = source.name.removesuffix(".article") if source.suffix == ".article" else source.stem
        return (folder or source.parent) / (name + self.suffix)


EXPORTERS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("docx", "Word document for print (DOCX)", ".docx", "editor.formats.docx", False),
        Format("epub", "E-book (EPUB 3)", ".epub", "editor.formats.epub"),
        Format("newsml", "Wire item (NewsML-G2)", ".newsml.xml", "editor.formats.newsml"),
        Format(
            "ninjs", "News in JSON for the web (IPTC ninjs)", ".ninjs.json", "editor.formats.ninjs"
        ),
        Format("icml", "InDesign/InCopy story (ICML)", ".icml", "editor.formats.icml"),
    )
}
"""Every export format by its command-line name, in menu order."""


@dataclass(frozen=True, slots=True)
class Reader:
    """An import format: the files it takes and the module whose `load(path)` reads them."""

    name: str
    label: str
    suffixes: tuple[str, ...]
    module: str
    magic: bytes = b""
    """How the file starts, to recognise it when its name says nothing."""

    def implementation(self) -> ModuleType:
        return importlib.import_module(self.module)


IMPORTERS: dict[str, Reader] = {
    r.name: r
    for r in (
        Reader("docx", "Word documents", (".docx",), "editor.formats.docx_read", b"PK\x03\x04"),
        Reader(
            "newsml",
            "NewsML-G2 and NITF wire items",
            (".newsml.xml", ".nitf.xml", ".xml", ".nitf"),
            "editor.formats.newsml_read",
            b"<",
        ),
        Reader(
            "text",
            "Plain text and Markdown",
            (".txt", ".text", ".md", ".markdown"),
            "editor.formats.text",
        ),
    )
}
"""Every import format by name, in the order File → Open lists them."""


def reader_for(path: Path) -> Reader:
    """The reader for a file: by the longest matching suffix, else by its first bytes."""
    name = path.name.lower()
    matches = [(len(s), r) for r in IMPORTERS.values() for s in r.suffixes if name.endswith(s)]
    if matches:
        return max(matches, key=lambda m: m[0])[1]
    try:
        with open(path, "rb") as handle:
            start = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return IMPORTERS["text"]
    return next(
        (r for r in IMPORTERS.values() if r.magic and start.startswith(r.magic)), IMPORTERS["text"]
    )

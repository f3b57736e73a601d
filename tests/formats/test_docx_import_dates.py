"""The document's dates on the way in: read as python-docx reads them, whatever their form.

The form Word and our export write ("2025-02-01T07:30:00Z") is read without `strptime`;
every other form, and every impossible date, must still come out as python-docx makes it."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import docx
import pytest

from editor.formats import docx_read
from editor.formats.docx import export
from editor.model.build import article, para, title

FORMS = [
    "2025-02-01T07:30:00Z",
    "1999-12-31T23:59:59Z",
    "2025-02-01T07:30:00",
    "2025-02-01T07:30:00+02:00",
    "2025-02-01T07:30:00-05:30",
    "2025-02-01T07:30:00.123Z",
    "2025-02-01",
    "2025-02",
    "2025",
    "2025-02-30T07:30:00Z",
    "2025-02-01T24:00:00Z",
    "2025-02-01T07:30:60Z",
    "2025-2-1T7:30:00Z",
    "2025-02-01 07:30:00Z",
    "2025-02-01T07:30:00z",
    "٢٠٢٥-02-01T07:30:00Z",
    "+025-02-01T07:30:00Z",
    "yesterday",
    "",
]


def _with_created(path: Path, text: str, target: Path) -> None:
    """The same DOCX with `dcterms:created` holding `text`."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "docProps/core.xml":
                start = data.index(b"<dcterms:created")
                start = data.index(b">", start) + 1
                end = data.index(b"</dcterms:created>", start)
                data = data[:start] + text.encode() + data[end:]
            copy.writestr(item, data)


@pytest.mark.parametrize("text", FORMS)
def test_a_created_date_reads_as_python_docx_reads_it(tmp_path: Path, text: str) -> None:
    written = tmp_path / "written.docx"
    piece = article(title("Le maire"), para("Le conseil vote ce soir."))
    export(piece.with_meta(created=datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)), written)
    changed = tmp_path / "changed.docx"
    _with_created(written, text, changed)
    try:
        expected = docx.Document(BytesIO(changed.read_bytes())).core_properties.created
    except (ValueError, TypeError):
        expected = None
    if expected is not None and expected.tzinfo is None:
        expected = expected.replace(tzinfo=UTC)
    assert docx_read.load(changed).article.meta.created == expected


def test_the_exports_own_dates_come_back_to_the_second(tmp_path: Path) -> None:
    path = tmp_path / "piece.docx"
    moment = datetime(2025, 2, 1, 7, 30, tzinfo=UTC)
    export(article(title("Le maire")).with_meta(created=moment, modified=moment), path)
    meta = docx_read.load(path).article.meta
    assert (meta.created, meta.modified) == (moment, moment)

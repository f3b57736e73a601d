"""The README and the user guide speak of every export format Copydesk has, from their
opening paragraphs on."""

from __future__ import annotations

import pytest

from editor.formats import EXPORTERS
from tests.shared import PROJECT_ROOT

DOCS = ("README.md", "resources/guide/guide.en.md", "resources/guide/guide.fr.md")
NAMES = {"docx": "DOCX", "epub": "EPUB", "newsml": "NewsML", "icml": "ICML", "ninjs": "ninjs"}
"""How the documents write each format's name."""


@pytest.mark.parametrize("document", DOCS)
def test_every_export_format_is_in_the_documents(document: str) -> None:
    text = (PROJECT_ROOT / document).read_text(encoding="utf-8")
    intro = text.partition("\n## ")[0]  # the opening, before the first section
    missing = [name for name in EXPORTERS if NAMES.get(name, name) not in text]
    assert missing == []
    assert [n for n in EXPORTERS if NAMES.get(n, n) not in intro] == []  # the opening too

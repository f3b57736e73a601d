"""The embargo as a line at the top of every page, in the page header.

A header, not a body paragraph: the body is what layout people import into InDesign and
what the paper prints, and an embargo line there would be set in the page by mistake.
Word, LibreOffice and a printed proof show the header on every page, so whoever opens
the file sees the embargo before the copy. A reference template's own header is kept:
the line goes above it. The line is bold, the header's one direct formatting (InDesign
ignores Word headers, so it never reaches a layout)."""

from __future__ import annotations

from docx.document import Document
from docx.section import _Header
from docx.text.paragraph import Paragraph


def set_embargo_header(document: Document, line: str) -> None:
    """Put `line` first in the header of each section that has its own (the later ones linked
    to the previous show that one), and in a first-page header where the template has one."""
    if not line:
        return
    for number, section in enumerate(document.sections):
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        for header in headers:
            if number and header.is_linked_to_previous:
                continue
            header.is_linked_to_previous = False
            _first_line(header, line)


def _first_line(header: _Header, line: str) -> None:
    paragraphs = header.paragraphs
    if len(paragraphs) == 1 and not paragraphs[0].text.strip():
        paragraph: Paragraph = paragraphs[0]
    else:
        paragraph = paragraphs[0].insert_paragraph_before()
    paragraph.add_run(line).bold = True

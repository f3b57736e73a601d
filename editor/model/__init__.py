"""The shared document model: pure Python, no Qt and no format library.

The editing window, the counts and checks, the native file and every exporter
read and build these values.
"""

from editor.model.article import Article, Author, Block, Dateline, Media, Meta, Subject
from editor.model.inline import EM, LINK, MARKS, STRONG, SUP, Run, Text
from editor.model.schema import KINDS, Problem, Severity, validate

__all__ = [
    "EM",
    "KINDS",
    "LINK",
    "MARKS",
    "STRONG",
    "SUP",
    "Article",
    "Author",
    "Block",
    "Dateline",
    "Media",
    "Meta",
    "Problem",
    "Run",
    "Severity",
    "Subject",
    "Text",
    "validate",
]

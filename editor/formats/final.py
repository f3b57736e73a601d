"""The text a format for readers gets: the article as accepted, never its markup.

E-book, wire and layout readers cannot show a tracked change, so an export for them either
finds every suggestion decided, or is told to accept what is pending (`--accept-all`, the
Export dialog's box); otherwise it refuses, saying how many wait and how to decide them.
Comments are the desk's own: they never leave in these formats.
"""

from __future__ import annotations

from editor.formats.options import ExportError, ExportOptions
from editor.model.annotations import accepted_view
from editor.model.article import Article


def unresolved_message(pending: int, file: str = "FILE") -> str:
    """Why an export for readers is refused, for the command line and the Export dialog."""
    return (
        f"{pending} {'suggestion' if pending == 1 else 'suggestions'} not yet accepted or "
        "rejected; decide them with "
        f"copydesk review {file} --accept-all or --reject-all, or export with --accept-all"
    )


def final_text(article: Article, options: ExportOptions, format_label: str) -> Article:
    """The accepted view, or an `ExportError` when suggestions wait and none may be accepted."""
    pending = len(article.suggestions)
    if pending and not options.accept_all:
        raise ExportError(f"{format_label}: {unresolved_message(pending)}")
    return accepted_view(article)

"""Options an export can take, shared by the command line and the Export dialog."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from editor.model.article import Article

PUB_STATUSES: tuple[str, ...] = ("usable", "withheld", "canceled")


class ExportError(Exception):
    """An export that cannot be done as asked; the message is for the user.

    Where the window words it in its own language, `code` names the reason and `values`
    holds what is in the English message (the style map's errors, for one)."""

    def __init__(self, message: str, code: str = "", values: Mapping[str, str] | None = None):
        self.code = code
        self.values = dict(values or {})
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    # DOCX
    style_map: Path | None = None
    """A JSON file mapping roles to style names: the block kinds, plus section, byline, dateline,
    photo, caption, credit and pullquote_attribution (format in `editor.formats.docx`)."""
    reference_docx: Path | None = None
    """A newsroom's template: its styles, page size and fonts are used."""
    # NewsML-G2 (provider, status, embargo and urgency go into ninjs too)
    provider_name: str = ""
    provider_uri: str = ""
    pub_status: str = "usable"
    embargo: datetime | None = None
    urgency: int | None = None
    narrow_nbsp_to_nbsp: bool = False
    """Replace U+202F by U+00A0 for receivers whose fonts lack the narrow no-break space."""
    # ninjs
    ninjs_flavour: str = "iptc"
    """`iptc` for ninjs 3.1, `superdesk` for the ninjs 1.x keys Superdesk's ingest reads."""
    # EPUB
    cover: bool = False
    # All formats
    accept_all: bool = False
    """Export the article as if every pending suggestion were accepted (EPUB, NewsML, ICML
    refuse an article with suggestions otherwise; DOCX carries them as tracked changes)."""
    now: datetime | None = None
    """The export's own timestamp (UTC); None means the current time. Tests pin it."""


def embargo_of(article: Article, options: ExportOptions) -> datetime | None:
    """The embargo an export writes: the article's own, unless this run overrides it (the
    command line's `--embargo`, for scripts that hold a piece without editing it)."""
    return options.embargo if options.embargo is not None else article.meta.embargo

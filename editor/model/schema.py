"""Block kinds as one table, and the structural rules checked against it.

Adding a block kind means one row in `KINDS` (and one entry in each format's
table). `validate` reports broken rules as values; it never raises.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from editor.model.annotations import accepted_view
from editor.model.article import Article, Block
from editor.model.inline import EM, LINK, MARKS, STRONG, SUP, marks_used


@dataclass(frozen=True, slots=True)
class Kind:
    """What a block kind is and what it may hold."""

    name: str
    label: str
    """English label; the window translates it, the French one is `label_fr`."""
    label_fr: str
    fields: tuple[str, ...] = ()
    """Extra string fields in `Block.attrs`."""
    marks: frozenset[str] = frozenset(MARKS)
    has_text: bool = True
    counted_in_body: bool = False


KICKER = "kicker"
TITLE = "title"
STANDFIRST = "standfirst"
SUBHEAD = "subhead"
PARAGRAPH = "paragraph"
PULLQUOTE = "pullquote"
IMAGE = "image"
AUTHOR_BIO = "author_bio"

HEADING_MARKS = frozenset({EM, SUP})

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(KICKER, "Kicker", "Surtitre", marks=HEADING_MARKS),
        Kind(TITLE, "Title", "Titre", marks=HEADING_MARKS),
        Kind(STANDFIRST, "Standfirst", "Chapô", marks=frozenset({EM, STRONG, SUP})),
        Kind(SUBHEAD, "Subhead", "Intertitre", marks=HEADING_MARKS, counted_in_body=True),
        Kind(PARAGRAPH, "Paragraph", "Paragraphe", counted_in_body=True),
        Kind(PULLQUOTE, "Pull quote", "Exergue", fields=("attribution",), marks=HEADING_MARKS),
        Kind(
            IMAGE,
            "Image",
            "Image",
            fields=("media", "caption", "credit", "alt"),
            marks=frozenset(),
            has_text=False,
        ),
        Kind(AUTHOR_BIO, "Author bio", "Bio auteur"),
    )
}
"""Every block kind, in the order a complete article reads them."""


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """A broken rule, tied to a block where there is one (index -1: the article as a whole)."""

    code: str
    message: str
    severity: Severity = Severity.ERROR
    block_id: str | None = None
    block_index: int = -1
    args: tuple[tuple[str, str], ...] = ()
    """The values in the message (a kind, a field…), so that the interface can say it in
    its own language: `message` is the English the command line prints."""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    description: str


RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        Rule("unknown-kind", "Every block has a known kind."),
        Rule("title-missing", "An article has a title."),
        Rule("title-repeated", "An article has one title."),
        Rule("kicker-repeated", "An article has at most one kicker."),
        Rule("kicker-after-title", "The kicker stands above the title."),
        Rule("standfirst-repeated", "An article has at most one standfirst."),
        Rule("standfirst-before-title", "The standfirst comes after the title."),
        Rule("bio-not-last", "Author bios close the article."),
        Rule("empty-text", "A text block is not empty."),
        Rule("pullquote-empty", "A pull quote has text."),
        Rule("image-missing-media", "An image block points at an image the article holds."),
        Rule("image-missing-alt", "An image has alternative text for readers who cannot see it."),
        Rule("mark-not-allowed", "A block only uses the marks its kind allows."),
        Rule("link-without-address", "A link has an address."),
        Rule("unknown-field", "A block only has the fields its kind defines."),
    )
}
"""The structural rules, one row each; tests check every row has a failing and a passing case."""


def _go_on() -> None:
    """A walk that is never held."""


def validate(article: Article, pace: Callable[[], object] = _go_on) -> list[Problem]:
    """Every structural rule the article breaks, in reading order.

    The rules hold on the article as accepted (a title suggested for deletion is no title);
    block indexes count the blocks of that view, ids are the same in both. `pace` is called
    before each block's rules: the window's check runs in the short slices the window lends
    it, and a book's walk in one go (30 ms) held the window that long."""
    return validate_accepted(accepted_view(article), pace)


def validate_accepted(article: Article, pace: Callable[[], object] = _go_on) -> list[Problem]:
    """`validate` of an article that is its own accepted view (`accepted_view`'s result): the
    check has made that view already, and asking again walks every run of the article."""
    problems: list[Problem] = []
    first_index: dict[str, int] = {}
    last_non_bio = -1
    for index, block in enumerate(article.blocks):
        if block.kind != AUTHOR_BIO:
            last_non_bio = index
        first_index.setdefault(block.kind, index)
    title_at = first_index.get(TITLE)

    def report(
        code: str, message: str, index: int, severity: Severity = Severity.ERROR, **args: str
    ) -> None:
        block_id = article.blocks[index].id if index >= 0 else None
        problems.append(Problem(code, message, severity, block_id, index, tuple(args.items())))

    if title_at is None:
        report("title-missing", "The article has no title.", -1)
    for index, block in enumerate(article.blocks):
        pace()
        kind = KINDS.get(block.kind)
        if kind is None:
            report("unknown-kind", f"Unknown block kind “{block.kind}”.", index, kind=block.kind)
            continue
        _check_block(article, block, kind, index, report)
        if block.kind == TITLE and index != title_at:
            report("title-repeated", "A second title; an article has one.", index)
        elif block.kind == KICKER:
            if index != first_index[KICKER]:
                report("kicker-repeated", "A second kicker; an article has at most one.", index)
            elif title_at is not None and index > title_at:
                report("kicker-after-title", "The kicker should stand above the title.", index)
        elif block.kind == STANDFIRST:
            if index != first_index[STANDFIRST]:
                report("standfirst-repeated", "A second standfirst; an article has one.", index)
            elif title_at is None or index < title_at:
                report("standfirst-before-title", "The standfirst should follow the title.", index)
        elif block.kind == AUTHOR_BIO and index < last_non_bio:
            report("bio-not-last", "The author bio should close the article.", index)
    problems.sort(key=lambda p: p.block_index)
    return problems


def _check_block(article: Article, block: Block, kind: Kind, index: int, report: _Report) -> None:
    unknown = sorted(set(block.attrs) - set(kind.fields))
    if unknown:
        message = f"{kind.label} has no field “{unknown[0]}”."
        report("unknown-field", message, index, kind=kind.name, field=unknown[0])
    if block.kind == PULLQUOTE and not block.plain_text.strip():
        report("pullquote-empty", "The pull quote has no text.", index)
    elif kind.has_text and not block.plain_text.strip():
        message = f"Empty {kind.label.lower()}."
        report("empty-text", message, index, Severity.WARNING, kind=kind.name)
    extra_marks = sorted(marks_used(block.text) - kind.marks)
    if extra_marks:
        message = f"{kind.label} cannot carry “{extra_marks[0]}”."
        report("mark-not-allowed", message, index, kind=kind.name, mark=extra_marks[0])
    if any(LINK in run.marks and not (run.href or "").strip() for run in block.text):
        report("link-without-address", "A link has no address.", index)
    if block.kind == IMAGE:
        if block.attr("media") not in article.media:
            report("image-missing-media", "The image file is missing from the article.", index)
        if not block.attr("alt").strip():
            report(
                "image-missing-alt", "The image has no alternative text.", index, Severity.WARNING
            )


class _Report(Protocol):
    def __call__(
        self, code: str, message: str, index: int, severity: Severity = Severity.ERROR, **args: str
    ) -> None: ...

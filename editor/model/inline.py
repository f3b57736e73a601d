"""Inline text: a tuple of runs, each a string with a set of marks.

The model keeps inline text in one canonical form — no empty runs, adjacent runs
with the same marks merged — so two texts that read the same compare equal, and
`load(save(a)) == a` holds without a separate normaliser at every call site.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

EM = "em"
STRONG = "strong"
SUP = "sup"
LINK = "link"
MARKS: tuple[str, ...] = (EM, STRONG, SUP, LINK)
"""Every mark, in the order files and exporters list them."""


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with the same marks; `href` is set exactly when `link` is a mark.

    The review annotations travel beside the marks, not in them (see the model's README):
    `insert` / `delete` name the suggestion that inserted or deletes this text (a deleted run
    stays here until the suggestion is accepted or rejected), `comments` the comments whose
    range covers it. Typographic marks are what the reader sees; annotations are not.
    """

    text: str
    marks: frozenset[str] = field(default_factory=frozenset)
    href: str | None = None
    insert: str | None = None
    delete: str | None = None
    comments: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_plain(self) -> bool:
        """No marks and no annotations: the file writes it as a bare string."""
        return not self.marks and not self.is_annotated

    @property
    def is_annotated(self) -> bool:
        return self.insert is not None or self.delete is not None or bool(self.comments)

    @property
    def is_suggested(self) -> bool:
        """Part of an insertion or a deletion still waiting for the desk."""
        return self.insert is not None or self.delete is not None

    def same_style(self, other: Run) -> bool:
        return (
            self.marks == other.marks
            and self.href == other.href
            and self.insert == other.insert
            and self.delete == other.delete
            and self.comments == other.comments
        )

    def with_text(self, text: str) -> Run:
        """The same marks and annotations on other characters."""
        return replace(self, text=text)


Text = tuple[Run, ...]
"""Inline text: runs in reading order, in canonical form (see `normalize`)."""


def normalize(runs: Iterable[Run]) -> Text:
    """Drop empty runs and merge neighbours that carry the same marks and link."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        href = run.href if LINK in run.marks else None
        if href != run.href:
            run = replace(run, href=href)
        if merged and merged[-1].same_style(run):
            last = merged.pop()
            run = run.with_text(last.text + run.text)
        merged.append(run)
    return tuple(merged)


def plain(text: str) -> Text:
    """Inline text with no marks."""
    return (Run(text),) if text else ()


def text_of(runs: Text) -> str:
    """The characters of inline text, marks dropped."""
    return "".join(run.text for run in runs)


def is_annotated(runs: Text) -> bool:
    return any(run.is_annotated for run in runs)


def marks_used(runs: Text) -> frozenset[str]:
    used: set[str] = set()
    for run in runs:
        used.update(run.marks)
    return frozenset(used)


def slice_text(runs: Text, start: int, end: int) -> Text:
    """The runs covering characters [start, end) of the text, marks kept."""
    out: list[Run] = []
    pos = 0
    for run in runs:
        run_end = pos + len(run.text)
        lo, hi = max(start, pos), min(end, run_end)
        if lo < hi:
            out.append(run.with_text(run.text[lo - pos : hi - pos]))
        pos = run_end
        if pos >= end:
            break
    return normalize(out)


def replace_text(runs: Text, start: int, end: int, new: str) -> Text:
    """Replace characters [start, end) by `new`, which takes the marks of the run it lands in.

    Used by typography fixes and find/replace: the marks around a change survive it.
    """
    total = len(text_of(runs))
    before = slice_text(runs, 0, start)
    after = slice_text(runs, end, total)
    if not new:
        return normalize(before + after)
    style = _style_at(runs, start)
    return normalize((*before, style.with_text(new), *after))


def _style_at(runs: Text, offset: int) -> Run:
    pos = 0
    for run in runs:
        if offset < pos + len(run.text):
            return run
        pos += len(run.text)
    return runs[-1] if runs else Run("")

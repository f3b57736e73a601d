"""The marbre: every problem a secrétaire de rédaction would catch before the piece leaves.

One list, each problem tied to a block, a field and a character range, with a kind
(structure, typography, placeholder, length, pullquote, image, metadata; grammar from
`grammar.py`), a
severity, a message and, where a fix is safe, the fix itself. Block checks depend
only on the block, the language and the template, so `CheckCache` redoes only the
blocks an edit touched; article checks (structure, target, exergue, metadata) are
cheap and run whole.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING

from editor.model import schema
from editor.model.annotations import accepted_view
from editor.model.article import Article, Block, language_of
from editor.model.exergue import Body, Passage, Prepared
from editor.model.inline import replace_text
from editor.model.patterns import Pattern
from editor.model.stats import StatsCache
from editor.model.typography import (
    NBSP,
    NNBSP,
    Correction,
    Profile,
    fix_runs,
    fix_text,
    grouped,
    profile_for,
    review,
)

if TYPE_CHECKING:  # the templates' module loads with the first article that names one
    from editor.model.templates import Template

STRUCTURE = "structure"
TYPOGRAPHY = "typography"
PLACEHOLDER = "placeholder"
LENGTH = "length"
PULLQUOTE = "pullquote"
IMAGE = "image"
METADATA = "metadata"
REVIEW = "review"
GRAMMAR = "grammar"
PROBLEM_KINDS = (
    STRUCTURE, TYPOGRAPHY, PLACEHOLDER, LENGTH, PULLQUOTE, IMAGE, METADATA, REVIEW, GRAMMAR,
)
TEXT_FIELDS = ("text", "attribution", "caption", "credit", "alt")
"""The fields of a block that hold words, in reading order."""


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace [start, end) of the problem's field by `replacement`; `safe` ones apply blindly."""

    start: int
    end: int
    replacement: str
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str
    code: str
    message: str
    severity: Severity = Severity.WARNING
    block_index: int = -1
    """-1: the article as a whole (its metadata, its length)."""
    block_id: str | None = None
    field: str = "text"
    start: int | None = None
    end: int | None = None
    fix: Fix | None = None
    args: tuple[tuple[str, str], ...] = ()
    """The values in the message, for the interface to say it in its own language:
    `message` is the English the command line prints."""
    suggestions: tuple[str, ...] = ()
    """What the text could read instead, best first (grammar: Grammalecte's own)."""

    @property
    def values(self) -> dict[str, str]:
        return dict(self.args)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


_FIELD_ORDER = {name: order for order, name in enumerate(TEXT_FIELDS)}


def _sort_key(problem: Problem) -> tuple[int, int, int]:
    field = _FIELD_ORDER.get(problem.field or "", 0)
    return problem.block_index, field, -1 if problem.start is None else problem.start


def in_reading_order(problems: list[Problem]) -> list[Problem]:
    """Problems from several checks as one list, block by block, field by field."""
    return sorted(problems, key=_sort_key)


def merged_in_reading_order(first: list[Problem], ordered: list[Problem]) -> list[Problem]:
    """`in_reading_order([*first, *ordered])` where `ordered` is in reading order already (a
    long read's thousands of grammar problems): the fewer are put in place by bisection, so a
    pause never sorts the many again."""
    if len(ordered) < 4 * len(first) + 16:
        return in_reading_order([*first, *ordered])
    merged: list[Problem] = []
    taken = 0
    for problem in in_reading_order(first):
        at = bisect.bisect_left(ordered, _sort_key(problem), lo=taken, key=_sort_key)
        merged += ordered[taken:at]
        merged.append(problem)
        taken = at
    merged += ordered[taken:]
    return merged


def text_of_field(block: Block, field: str) -> str:
    return block.plain_text if field == "text" else block.attr(field)


def _fields(block: Block) -> Iterator[tuple[str, str]]:
    if schema.KINDS.get(block.kind, schema.KINDS[schema.PARAGRAPH]).has_text:
        yield "text", block.plain_text
    for name in TEXT_FIELDS[1:]:
        if block.attr(name):
            yield name, block.attr(name)


# -- typography --------------------------------------------------------------------------------

_SPACE_NAMES = {NBSP: "a no-break space", NNBSP: "a narrow no-break space", "": "no space"}
_SPACE_CODES = {NBSP: "nbsp", NNBSP: "nnbsp", "": "none"}
"""The space a rule asks for, named for the interface's translation of the message."""


def _typography_args(text: str, c: Correction) -> dict[str, str]:
    return {
        "char": text[c.end : c.end + 1],
        "space": _SPACE_CODES.get(c.replacement, "space"),
        "replacement": c.replacement.strip() if c.rule == "straight-quotes" else c.replacement,
    }


_MESSAGES: Mapping[str, Callable[[str, Correction], str]] = {
    "space-before-punctuation": lambda text, c: (
        f"“{text[c.end : c.end + 1]}” takes {_SPACE_NAMES.get(c.replacement, 'a space')} before it"
    ),
    "space-before-colon": lambda text, c: (
        f"“:” takes {_SPACE_NAMES.get(c.replacement, 'a space')} before it"
    ),
    "space-inside-guillemets": lambda text, c: (
        f"Guillemets take {_SPACE_NAMES.get(c.replacement, 'a space')} inside them"
    ),
    "straight-quotes": lambda text, c: f"Straight quote; typographic: {c.replacement.strip()}",
    "straight-apostrophe": lambda text, c: f"Straight apostrophe; typographic: {c.replacement}",
    "ellipsis": lambda text, c: "Three dots; one ellipsis character: …",
    "double-space": lambda text, c: "Several spaces in a row",
    "number-grouping": lambda text, c: "Digits of a large number are grouped in threes (10 000)",
    "accented-capital": lambda text, c: f"Capitals keep their accents: “{c.replacement}”?",
}


def _at(
    kind: str,
    block: Block,
    index: int,
    code: str,
    message: str,
    severity: Severity = Severity.WARNING,
    field: str = "text",
    span: tuple[int, int] | None = None,
    fix: Fix | None = None,
    values: Mapping[str, object] | None = None,
) -> Problem:
    start, end = span if span is not None else (None, None)
    args = tuple((name, str(value)) for name, value in (values or {}).items())
    return Problem(kind, code, message, severity, index, block.id, field, start, end, fix, args)


def _typography(
    block: Block, index: int, profile: Profile, fields: tuple[tuple[str, str], ...]
) -> Iterator[Problem]:
    for field, text in fields:
        found = review(text, profile)
        if found.clean:
            continue
        for c in grouped(list(found.fixes)):
            message = _MESSAGES[c.rule](text, c)
            fix = Fix(c.start, c.end, c.replacement)
            yield _at(
                TYPOGRAPHY,
                block,
                index,
                c.rule,
                message,
                field=field,
                span=(c.start, c.end),
                fix=fix,
                values=_typography_args(text, c),
            )
        for c in found.suggestions:
            message = _MESSAGES[c.rule](text, c)
            fix = Fix(c.start, c.end, c.replacement, safe=False)
            yield _at(
                TYPOGRAPHY,
                block,
                index,
                c.rule,
                message,
                Severity.SUGGESTION,
                field,
                (c.start, c.end),
                fix,
                values=_typography_args(text, c),
            )
        for at in found.unpaired:
            what = "quote" if text[at] == '"' else "apostrophe"
            message = f"Straight {what} without its pair"
            span = (at, at + 1)
            yield _at(
                TYPOGRAPHY,
                block,
                index,
                "unpaired-quote",
                message,
                field=field,
                span=span,
                values={"what": what},
            )
        for at in found.unbalanced:
            message = f"“{text[at]}” without its partner"
            yield _at(
                TYPOGRAPHY,
                block,
                index,
                "unbalanced-quotes",
                message,
                field=field,
                span=(at, at + 1),
                values={"char": text[at]},
            )


# -- placeholders, lengths, images -------------------------------------------------------------

_PLACEHOLDERS: tuple[tuple[Pattern, Severity], ...] = (
    (
        Pattern(
            r"\[\s*(?:à compléter|a completer|à vérifier|a verifier|à venir|à confirmer|tk|"
            r"tbc|tbd|xxx|lien|link|source|chiffre|photo)\b[^\]]*\]",
            re.I,
        ),
        Severity.ERROR,
    ),
    (Pattern(r"\bTK(?:TK)*\b"), Severity.ERROR),
    (Pattern(r"\bX{3,}\b"), Severity.ERROR),
    (Pattern(r"\?{3,}"), Severity.WARNING),
)
"""Marks left for later, "[à compléter]" first so that its "TK" or "XXX" is not found twice."""
_PLACEHOLDER_HINT = Pattern(r"TK|XXX|\[|\?\?\?")


def _placeholders(
    block: Block, index: int, fields: tuple[tuple[str, str], ...]
) -> Iterator[Problem]:
    for field, text in fields:
        if not _PLACEHOLDER_HINT.search(text):
            continue
        taken: list[tuple[int, int]] = []
        for pattern, severity in _PLACEHOLDERS:
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                message = f"Placeholder “{match.group()}” left in the text"
                yield _at(
                    PLACEHOLDER,
                    block,
                    index,
                    "placeholder",
                    message,
                    severity,
                    field,
                    match.span(),
                    values={"text": match.group()},
                )


_FIELD_WORDS = {"alt": "alt text"}
"""Fields whose name is not the word a reader uses for them."""


def _lines(count: int) -> str:
    """ "1 line", "3 lines": the English plural (the window words it with Qt's %n forms)."""
    return f"{count} line" if count == 1 else f"{count} lines"


def _lengths(block: Block, index: int, template: Template | None) -> Iterator[Problem]:
    if template is None:
        return
    from editor.model.templates import offset_of_signe, over_limit

    label = schema.KINDS[block.kind].label if block.kind in schema.KINDS else block.kind
    for field, limit, signes in over_limit(block, template):
        text = text_of_field(block, field)
        over = signes - limit
        what = label if field == "text" else f"{label} {_FIELD_WORDS.get(field, field)}"
        message = (
            f"{what} is {signes} signes, {over} over its limit of {limit} "
            f"({_lines(template.lines(over))} of {template.signes_per_line})"
        )
        span = (offset_of_signe(text, limit), len(text))
        figures = {"signes": signes, "over": over, "limit": limit, "lines": template.lines(over)}
        yield _at(
            LENGTH,
            block,
            index,
            "block-too-long",
            message,
            field=field,
            span=span,
            values={"kind": block.kind, "per_line": template.signes_per_line, **figures},
        )


def _image(block: Block, index: int) -> Iterator[Problem]:
    if block.kind != schema.IMAGE:
        return
    if not block.attr("credit").strip():
        message = "The image has no credit (photographer or agency)"
        yield _at(IMAGE, block, index, "image-missing-credit", message)
    if not block.attr("caption").strip():
        message = "The image has no caption"
        yield _at(IMAGE, block, index, "image-missing-caption", message, Severity.SUGGESTION)


def block_problems(
    block: Block, index: int, profile: Profile, template: Template | None = None
) -> list[Problem]:
    """The problems of one block alone: what the editor recomputes after an edit."""
    return _block_problems(block, index, profile, template, tuple(_fields(block)))


def _block_problems(
    block: Block,
    index: int,
    profile: Profile,
    template: Template | None,
    fields: tuple[tuple[str, str], ...],
) -> list[Problem]:
    """`block_problems` with the block's fields read once for every rule (its plain text is
    made anew at each reading)."""
    return [
        *_typography(block, index, profile, fields),
        *_placeholders(block, index, fields),
        *_lengths(block, index, template),
        *_image(block, index),
    ]


# -- the article as a whole --------------------------------------------------------------------

_SEVERITIES = {schema.Severity.ERROR: Severity.ERROR, schema.Severity.WARNING: Severity.WARNING}
_LANGUAGE_TAG = Pattern(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


def _structure(
    article: Article, pace: Callable[[], object], accepted: bool = False
) -> Iterator[Problem]:
    """`accepted`: the article is its own accepted view, which `schema.validate` need not
    make again."""
    rules = schema.validate_accepted if accepted else schema.validate
    for p in rules(article, pace):
        kind = IMAGE if p.code.startswith("image-") else STRUCTURE
        severity = _SEVERITIES[p.severity]
        yield Problem(kind, p.code, p.message, severity, p.block_index, p.block_id, args=p.args)


def _target(article: Article, template: Template | None, stats: StatsCache) -> Iterator[Problem]:
    if template is None:
        return
    from editor.model.templates import Gauge, Verdict, measured, overflow

    reading = Gauge(template, measured(stats.article(article), template))
    if reading.verdict is Verdict.ON_TARGET:
        return
    what = "body" if template.measure == "body" else "article"
    amount = abs(reading.difference)
    figures = (
        f"{amount} {reading.verdict.value} the {template.label('en').lower()} target of "
        f"{template.target} ± {template.tolerance} ({_lines(abs(reading.lines))})"
    )
    message = f"The {what} is {reading.signes} signes, {figures}"
    args = {
        "what": what,
        "signes": str(reading.signes),
        "amount": str(amount),
        "target": str(template.target),
        "tolerance": str(template.tolerance),
        "lines": str(abs(reading.lines)),
        **{f"label.{language}": label for language, label in template.labels.items()},
    }
    if reading.verdict is Verdict.UNDER:
        yield Problem(LENGTH, "under-target", message, Severity.SUGGESTION, args=(*args.items(),))
        return
    where = overflow(article, template, stats.count)
    if where is None:
        yield Problem(LENGTH, "over-target", message, Severity.WARNING, args=(*args.items(),))
        return
    index, offset = where
    block = article.blocks[index]
    span = (offset, len(block.plain_text))
    yield _at(LENGTH, block, index, "over-target", message, span=span, values=args)


def _go_on() -> None:
    """A pass that is never held."""


def _pullquotes(
    article: Article, prepared: Prepared, pace: Callable[[], object] = _go_on
) -> Iterator[Problem]:
    quotes = [(i, b) for i, b in enumerate(article.blocks) if b.kind == schema.PULLQUOTE]
    return _quotes_in_body(quotes, lambda: Body(article, prepared), pace)


def _quotes_in_body(
    quotes: list[tuple[int, Block]], body_of: Callable[[], Body], pace: Callable[[], object]
) -> Iterator[Problem]:
    """The pull quotes (index, block) not found in the body, which is made at the first
    quote with text."""
    body: Body | None = None
    for index, block in quotes:
        text = block.plain_text
        if not text.strip():
            continue
        pace()
        body = body or body_of()
        if not body.contains(text):
            message = "The pull quote is not found in the body: an exergue repeats the copy"
            yield _at(PULLQUOTE, block, index, "pullquote-not-in-body", message)


def _metadata(article: Article, template: Template | None) -> Iterator[Problem]:
    meta = article.meta

    def problem(
        code: str, message: str, severity: Severity = Severity.WARNING, **args: str
    ) -> Problem:
        return Problem(METADATA, code, message, severity, args=tuple(args.items()))

    if not _LANGUAGE_TAG.fullmatch(meta.language):
        yield problem(
            "language-invalid",
            f"“{meta.language}” is not a language tag (fr, en, fr-CH…): EPUB and NewsML need one",
            Severity.ERROR,
            language=meta.language,
        )
    elif profile_for(meta.language).name == "neutral":
        yield problem(
            "language-without-typography",
            f"No typography rules for “{meta.language}”: only French and English are checked",
            Severity.SUGGESTION,
            language=meta.language,
        )
    if not any(a.name.strip() for a in meta.authors):
        yield problem(
            "authors-missing",
            "No author: the byline (DOCX Signature, EPUB creator, NewsML by) stays empty",
        )
    if not meta.section:
        yield problem(
            "section-missing", "No section: the DOCX Rubrique and the NewsML subject stay empty"
        )
    if not meta.dateline.place.strip():
        yield problem(
            "dateline-missing",
            "No dateline place (DOCX Lieu et date, NewsML dateline)",
            Severity.SUGGESTION,
        )
    if meta.template and template is None:
        message = f"No length template is called “{meta.template}”"
        yield problem("template-unknown", message, template=meta.template)
    if meta.embargo is not None and meta.embargo <= datetime.now(UTC):
        # a warning, not an error: a lifted embargo harms no one, but every export still
        # writes it, and a desk that meant to move it should see that it did not
        until = meta.embargo.isoformat(timespec="minutes")
        yield problem(
            "embargo-lifted",
            f"The embargo ({until}) has already lifted: every export still writes it; "
            "clear it or set the new time",
            until=until,
        )


def _review(article: Article) -> Iterator[Problem]:
    """Suggestions and open comments are for the desk: the wire gets neither."""
    pending = len(article.suggestions)
    if pending:
        yield Problem(
            REVIEW,
            "suggestions-unresolved",
            f"{pending} {'suggestion' if pending == 1 else 'suggestions'} not yet accepted or "
            "rejected: the wire and the e-book need the final text",
            Severity.ERROR,
            args=(("count", str(pending)),),
        )
    still_open = sum(not c.resolved for c in article.comments.values())
    if still_open:
        yield Problem(
            REVIEW,
            "comments-open",
            f"{still_open} open comment: resolve or delete it before the piece leaves"
            if still_open == 1
            else f"{still_open} open comments: resolve or delete them before the piece leaves",
            Severity.ERROR,
            args=(("count", str(still_open)),),
        )


def _suggested_text(block: Block) -> bool:
    """Text with insertions or deletions pending: fixes wait until they are decided, since
    the check reads the accepted text and its offsets would not fit."""
    return any(run.is_suggested for run in block.text)


def article_problems(
    article: Article,
    template: Template | None,
    stats: StatsCache | None = None,
    prepared: Prepared | None = None,
    pace: Callable[[], object] = _go_on,
) -> list[Problem]:
    """The problems that need the whole article: structure, length, exergues, metadata.

    `stats` and `prepared` carry counts and body passages from one check to the next, so that
    after an edit only the blocks it touched are counted and read again; `pace` is called
    between two blocks of the structure's walk and two pull quotes (see `CheckCache.check`)."""
    return [
        *_structure(article, pace),
        *_target(article, template, stats or StatsCache()),
        *_pullquotes(article, prepared or Prepared(), pace),
        *_metadata(article, template),
    ]


def check(article: Article, templates: Mapping[str, Template] | None = None) -> list[Problem]:
    """Every problem of the article, in reading order."""
    return CheckCache().check(article, templates)


class CheckCache:
    """Block problems kept across edits: only blocks whose value or place changed are redone."""

    def __init__(self, stats: StatsCache | None = None) -> None:
        self._blocks: dict[str, Block] = {}
        """Each block id and the block it was last checked as, at the place `_places` says,
        with the problems `_found` holds (blocks without any are not there). Three tables of
        objects that exist anyway, not a tuple per block: on a book, 8 500 containers fewer
        for the interpreter's collector to walk, which a check set off a full collection of
        the heap with (50 ms) one time in two."""
        self._places: dict[str, int] = {}
        self._found: dict[str, tuple[Problem, ...]] = {}
        self._context: tuple[Profile, Template | None] | None = None
        self._stats = stats or StatsCache()
        self._prepared = Prepared()

    def _keep_only(self, live: set[str]) -> None:
        """Forget the blocks that are gone, and the passages (a long session's edits)."""
        for table in (self._blocks, self._places, self._found):
            for key in [k for k in table if k not in live]:
                del table[key]
        self._prepared.keep_only(live)

    def check(
        self,
        article: Article,
        templates: Mapping[str, Template] | None = None,
        pace: Callable[[], object] = _go_on,
    ) -> list[Problem]:
        """The problems of the article as accepted (block indexes count its blocks), and the
        review's own: pending suggestions and open comments.

        `pace` is called between two short steps (a block and its passage, a pull quote): a
        check on a worker thread is held there while the window handles a key, so that the two do
        not take turns at the interpreter within one key."""
        annotated = article
        article = accepted_view(article)
        profile = profile_for(article.meta.language)
        template = _template_of(article, templates)
        seen, places, found = self._blocks, self._places, self._found
        if self._context != (profile, template):
            for table in (seen, places, found):
                table.clear()
            self._context = (profile, template)
        if len(seen) > 2 * len(article.blocks) + 64 or self._prepared.worn:
            self._keep_only({b.id for b in article.blocks})
        problems: list[Problem] = []
        passages: list[Passage] = []
        quotes: list[tuple[int, Block]] = []
        prepared = self._prepared
        for index, block in enumerate(article.blocks):
            # One walk: each block's rules, its passage and its words indexed while it is in
            # the processor's caches (a pass of its own per job read a book's blocks from
            # memory again each time, and grew faster than the book).
            pace()
            key = block.id
            plain = None
            if seen.get(key) is not block or places[key] != index:
                own = _profile_of(block, article.meta.language, profile)
                fields = tuple(_fields(block))
                seen[key], places[key] = block, index
                found[key] = tuple(_block_problems(block, index, own, template, fields))
                if not found[key]:
                    del found[key]
                plain = fields[0][1] if fields and fields[0][0] == "text" else None
            if key in found:
                problems.extend(found[key])
            if block.kind == schema.PULLQUOTE:
                quotes.append((index, block))
            else:
                passage = prepared.take(block, plain)
                if passage is not None:
                    passages.append(passage)
        body = tuple(passages)
        problems.extend(_structure(article, pace, accepted=True))
        problems.extend(_target(article, template, self._stats))
        problems.extend(_quotes_in_body(quotes, lambda: Body(article, prepared, body), pace))
        problems.extend(_metadata(article, template))
        if annotated is not article:
            problems = _review_aware(annotated, problems)
        problems.sort(key=_sort_key)
        return problems


def _template_of(article: Article, templates: Mapping[str, Template] | None) -> Template | None:
    """The length template the article names; the templates' module and its tables are
    loaded only for an article that names one (most copy names none)."""
    if not article.meta.template:
        return None
    from editor.model.templates import targets_for

    return targets_for(article, templates)


def _review_aware(annotated: Article, problems: list[Problem]) -> list[Problem]:
    waiting = {b.id for b in annotated.blocks if _suggested_text(b)}
    problems = [
        replace(p, fix=None) if p.fix is not None and p.block_id in waiting else p for p in problems
    ]
    return [*problems, *_review(annotated)]


def _profile_of(block: Block, article_language: str, article_profile: Profile) -> Profile:
    """The typography of the block's language: an English quote in a French piece is not asked
    for no-break spaces and « »."""
    if not block.lang:
        return article_profile
    return profile_for(language_of(block, article_language))


# -- fixing ------------------------------------------------------------------------------------


def _fixed_block(block: Block, profile: Profile) -> Block:
    text = block.text if _suggested_text(block) else fix_runs(block.text, profile)
    attrs = {
        name: fix_text(value, profile) for name, value in block.attrs.items() if name in TEXT_FIELDS
    }
    if text == block.text and all(block.attrs[k] == v for k, v in attrs.items()):
        return block
    return replace(block, text=text, attrs={**block.attrs, **attrs})


def fix_all_typography(article: Article) -> Article:
    """Every safe typography fix applied; nothing else changes, not even a block id."""
    language = article.meta.language
    profile = profile_for(language)
    blocks = tuple(_fixed_block(b, _profile_of(b, language, profile)) for b in article.blocks)
    if all(new is old for new, old in zip(blocks, article.blocks, strict=True)):
        return article
    return article.with_blocks(blocks)


def apply_fix(article: Article, problem: Problem) -> Article:
    """The article with one problem's fix applied (the fix button of the check panel)."""
    if problem.fix is None or problem.block_id is None:
        return article
    block = article.blocks[article.index_of(problem.block_id)]
    fix = problem.fix
    if problem.field == "text" and _suggested_text(block):
        return article
    if problem.field == "text":
        return article.replace_block(
            replace(block, text=replace_text(block.text, fix.start, fix.end, fix.replacement))
        )
    value = block.attr(problem.field)
    return article.replace_block(
        block.with_attr(problem.field, value[: fix.start] + fix.replacement + value[fix.end :])
    )


def excerpt(article: Article, problem: Problem, width: int = 24) -> str:
    """The text around a problem, for a reader to find it: "…l’OTAN : Un Adieu…"."""
    if problem.start is None or not 0 <= problem.block_index < len(article.blocks):
        return ""
    text = text_of_field(article.blocks[problem.block_index], problem.field)
    start = max(0, problem.start - width)
    end = min(len(text), (problem.end or problem.start) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")

"""French grammar in the check: Grammalecte's findings as problems of the marbre.

Agreement, participles, homophones, moods: each finding becomes a `Problem` of kind "grammar",
a warning, tied to its block, field and range (code points of the field's text, as every
problem's), with Grammalecte's French message and its suggestions. A grammar suggestion is a
`Fix` that is never safe: `check --fix` and "Fix all typography" leave it alone, the writer
chooses.

One problem is never reported twice: Grammalecte's typography options are off (Copydesk's
profile is the authority, see `grammalecte.OPTIONS_OFF`) and a finding whose suggestions only
change spaces, quotes or apostrophes is dropped as typography. Ignored rules and places (saved
with the article, `Meta.ignored_grammar`; the newsroom's list) are passed over.

Only French is checked: the article's language decides (English has no grammar checker yet).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from editor.model import schema
from editor.model.article import Article, Block, IgnoredGrammar
from editor.model.check import GRAMMAR, Fix, Problem, Severity
from editor.model.grammalecte import Engine, Finding, rule_of
from editor.model.typography import only_typography_changed

FIELDS = ("text", "attribution", "caption", "alt")
"""The fields written as sentences; a credit is a name and an agency."""


def checks_grammar(language: str) -> bool:
    """Whether an article in `language` is checked (French, any region)."""
    return language.split("-")[0].lower() == "fr"


@dataclass(frozen=True, slots=True)
class Passed:
    """What the check passes over: the article's ignores and the newsroom's rules."""

    rules: frozenset[str] = frozenset()
    places: frozenset[tuple[str, str, str]] = frozenset()

    @classmethod
    def of(cls, ignored: IgnoredGrammar, house: Iterable[str] = ()) -> Passed:
        return cls(frozenset(ignored.rules) | frozenset(house), frozenset(ignored.places))

    def passes(self, block_id: str, rule: str, words: str) -> bool:
        return rule in self.rules or (block_id, rule, words) in self.places


def read_rule_list(path: Path) -> set[str]:
    """A newsroom's grammar rules to pass over: one rule a line, "#" starts a comment. Raises
    OSError or UnicodeDecodeError for a file that cannot be read as text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {rule_of(line.split("#", 1)[0].strip()) for line in lines} - {""}


def _typographic(text: str, finding: Finding) -> bool:
    """A finding that only asks for other spaces, quotes or apostrophes: Copydesk's to say."""
    original = text[finding.start : finding.end]
    return bool(finding.suggestions) and all(
        only_typography_changed(original, s) for s in finding.suggestions
    )


def _fields(block: Block) -> Iterator[tuple[str, str]]:
    if schema.KINDS.get(block.kind, schema.KINDS[schema.PARAGRAPH]).has_text:
        yield "text", block.plain_text
    for name in FIELDS[1:]:
        if block.attr(name):
            yield name, block.attr(name)


def block_grammar(block: Block, index: int, engine: Engine) -> list[Problem]:
    """Grammar problems of one block, before ignores (they are cheap to apply again)."""
    problems: list[Problem] = []
    for field, text in _fields(block):
        for finding in engine.findings(text):
            if _typographic(text, finding):
                continue
            words = text[finding.start : finding.end]
            first = finding.suggestions[0] if finding.suggestions else None
            fix = None if first is None else Fix(finding.start, finding.end, first, safe=False)
            problems.append(
                Problem(
                    GRAMMAR,
                    rule_of(finding.rule),
                    finding.message,
                    Severity.WARNING,
                    index,
                    block.id,
                    field,
                    finding.start,
                    finding.end,
                    fix,
                    (("words", words), ("option", finding.option), ("url", finding.url)),
                    finding.suggestions,
                )
            )
    return problems


def passed_over(problems: Iterable[Problem], passed: Passed) -> list[Problem]:
    return [
        p
        for p in problems
        if not passed.passes(p.block_id or "", p.code, p.values.get("words", ""))
    ]


class GrammarCache:
    """Grammar problems kept per block across edits: only changed blocks are read again.

    Safe to fill from one worker thread while another reads `known`: entries are replaced
    whole, never changed in place."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._blocks: dict[str, tuple[Block, list[Problem]]] = {}

    def known(self, block: Block) -> list[Problem] | None:
        """The block's problems if this very block was checked, else None."""
        cached = self._blocks.get(block.id)
        return cached[1] if cached is not None and cached[0] is block else None

    def block(self, block: Block, index: int) -> list[Problem]:
        found = self.known(block)
        if found is None:
            found = block_grammar(block, index, self.engine)
            self._blocks[block.id] = (block, found)
        return [p if p.block_index == index else _moved(p, index) for p in found]

    def forget_others(self, live: set[str]) -> None:
        self._blocks = {k: v for k, v in self._blocks.items() if k in live}

    def problems(self, article: Article, house: Iterable[str] = ()) -> list[Problem]:
        """Every grammar problem of the article, ignores passed over (none unless French)."""
        if not checks_grammar(article.meta.language):
            return []
        passed = Passed.of(article.meta.ignored_grammar, house)
        found: list[Problem] = []
        for index, block in enumerate(article.blocks):
            found.extend(self.block(block, index))
        if len(self._blocks) > 2 * len(article.blocks) + 64:
            self.forget_others({b.id for b in article.blocks})
        return passed_over(found, passed)


def _moved(problem: Problem, index: int) -> Problem:
    return replace(problem, block_index=index)


def grammar_problems(article: Article, engine: Engine, house: Iterable[str] = ()) -> list[Problem]:
    """The article's grammar problems in one pass (the command line's check)."""
    return GrammarCache(engine).problems(article, house)

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

Only French is checked, block by block: a block's own language or else the article's decides
(`language_of`), so an English quote in a French piece is passed over and a French one in an
English piece is read (English has no grammar checker yet).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from editor.model import schema
from editor.model.article import Article, Block, IgnoredGrammar, language_of
from editor.model.check import GRAMMAR, Fix, Problem, Severity
from editor.model.grammalecte import Engine, Finding, Missing, rule_of
from editor.model.grammar_workers import Findings, Workers, read
from editor.model.typography import only_typography_changed

FIELDS = ("text", "attribution", "caption", "alt")
"""The fields written as sentences; a credit is a name and an agency."""


def checks_grammar(language: str) -> bool:
    """Whether an article in `language` is checked (French, any region)."""
    return language.split("-")[0].lower() == "fr"


def checked(article: Article, block: Block) -> bool:
    """Whether a block is read: written in French, by its own language or the article's."""
    return checks_grammar(language_of(block, article.meta.language))


def checks_article(article: Article) -> bool:
    """Whether any of the article is read (a French article, or French blocks in another)."""
    return checks_grammar(article.meta.language) or any(
        block.lang and checks_grammar(block.lang) for block in article.blocks
    )


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


def texts_of(block: Block) -> list[tuple[str, str]]:
    """The block's fields written as sentences, with their text, in reading order."""
    found = []
    if schema.KINDS.get(block.kind, schema.KINDS[schema.PARAGRAPH]).has_text:
        found.append(("text", block.plain_text))
    found += [(name, block.attr(name)) for name in FIELDS[1:] if block.attr(name)]
    return found


def problems_of(block: Block, index: int, findings: Sequence[list[Finding]]) -> list[Problem]:
    """Grammar problems of one block from Grammalecte's findings for each of `texts_of(block)`
    (read here or by a worker), before ignores: they are cheap to apply again."""
    problems: list[Problem] = []
    for (field, text), found in zip(texts_of(block), findings, strict=True):
        for finding in found:
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


def block_grammar(block: Block, index: int, engine: Engine) -> list[Problem]:
    """Grammar problems of one block, read in this process."""
    return problems_of(block, index, [engine.findings(text) for _, text in texts_of(block)])


def passed_over(problems: Iterable[Problem], passed: Passed) -> list[Problem]:
    return [
        p
        for p in problems
        if not passed.passes(p.block_id or "", p.code, p.values.get("words", ""))
    ]


class GrammarCache:
    """Grammar problems kept per block across edits: only changed blocks are read again, and
    the article's list is put together from each block's, kept while the block, its place and
    the ignores stay the same (thousands of problems, listed again at every pause)."""

    def __init__(self) -> None:
        self._blocks: dict[str, tuple[Block, list[Problem]]] = {}
        self._listed: dict[str, tuple[Block, int, list[Problem]]] = {}
        self._passed = Passed()

    def known(self, block: Block) -> list[Problem] | None:
        """The block's problems if this very block was read, else None."""
        cached = self._blocks.get(block.id)
        return cached[1] if cached is not None and cached[0] is block else None

    def due(self, article: Article) -> list[tuple[int, Block]]:
        """The blocks to read: French, and new or changed since they were read."""
        return [
            (i, b)
            for i, b in enumerate(article.blocks)
            if self.known(b) is None and checked(article, b)
        ]

    def store(self, block: Block, index: int, findings: Sequence[list[Finding]]) -> None:
        self._blocks[block.id] = (block, problems_of(block, index, findings))

    def problems(self, article: Article, house: Iterable[str] = ()) -> list[Problem]:
        """The article's grammar problems as far as read, ignores passed over."""
        if not checks_article(article):
            return []
        passed = Passed.of(article.meta.ignored_grammar, house)
        if passed != self._passed:
            self._passed, self._listed = passed, {}
        found: list[Problem] = []
        for index, block in enumerate(article.blocks):
            if not checked(article, block):  # asked each time: the article's language may change
                continue
            listed = self._listed.get(block.id)
            if listed is not None and listed[0] is block and listed[1] == index:
                found += listed[2]
                continue
            known = self.known(block)
            if known is None:
                continue
            mine = passed_over(
                [p if p.block_index == index else _moved(p, index) for p in known], passed
            )
            self._listed[block.id] = (block, index, mine)
            found += mine
        if len(self._blocks) > 2 * len(article.blocks) + 64:
            live = {b.id for b in article.blocks}
            self._blocks = {k: v for k, v in self._blocks.items() if k in live}
            self._listed = {k: v for k, v in self._listed.items() if k in live}
        return found


def _moved(problem: Problem, index: int) -> Problem:
    return replace(problem, block_index=index)


def read_into(cache: GrammarCache, due: Sequence[tuple[int, Block]], found: Findings) -> None:
    """Hand each block its findings, `found` being those of all `due` blocks' texts in order."""
    if isinstance(found, Missing):
        return
    at = 0
    for index, block in due:
        count = len(texts_of(block))
        cache.store(block, index, found[at : at + count])
        at += count


PARALLEL_WORDS = 5000
"""From this length the command line reads on worker processes: starting them costs about
half a second, which a short piece does not repay."""


def grammar_problems(
    article: Article, house: Iterable[str] = (), workers: Workers | None = None
) -> list[Problem] | Missing:
    """The article's grammar problems in one pass (the command line's check); `Missing` when
    Grammalecte cannot be loaded."""
    if not checks_article(article):
        return []
    cache = GrammarCache()
    due = cache.due(article)
    texts = [text for _, block in due for _, text in texts_of(block)]
    found = read(texts) if workers is None else workers.read_all(texts)
    if isinstance(found, Missing):
        return found
    read_into(cache, due, found)
    return cache.problems(article, house)

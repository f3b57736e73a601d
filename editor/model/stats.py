"""Counts as the desk counts: words, signes, feuillets and reading time.

Signes are characters including spaces, after NFC normalisation (an "é" typed
as e + combining accent counts once), the French press measure. A feuillet is
1 500 signes. Words are runs of non-space characters that hold at least one
letter or digit, so a lone « or – is not a word, and no-break spaces join
(“10 000”, “Bonjour !”) as they do on the page.

Reading time is said in whole minutes, one rule for every place that shows it
(`reading_time`): the nearest minute, at least one once there is a word to read,
and 0 for nothing to read.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from editor.model.annotations import accepted_block
from editor.model.article import Article, Block
from editor.model.schema import KINDS

SIGNES_PER_FEUILLET = 1500
WORDS_PER_MINUTE: dict[str, int] = {"fr": 230, "en": 250}
DEFAULT_WORDS_PER_MINUTE = 230

# Separators: every Unicode space except the no-break ones, which join words on the page.
_NO_BREAK = "\u00a0\u202f\u2007\u2060\ufeff"
_WORD = re.compile(rf"[^\W_]\S*(?:[{_NO_BREAK}]\S*)*")
"""From a word's first letter or digit to the next separator: one match per word, and none
for a token without a letter or digit (a lone « or –), found in one pass of the regex engine."""


@dataclass(frozen=True, slots=True)
class Counts:
    words: int = 0
    signes: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.words + other.words, self.signes + other.signes)

    @property
    def feuillets(self) -> float:
        return self.signes / SIGNES_PER_FEUILLET

    def reading_minutes(self, language: str = "fr") -> float:
        """The exact time; what is shown is `reading_time`, rounded."""
        rate = WORDS_PER_MINUTE.get(language.split("-")[0], DEFAULT_WORDS_PER_MINUTE)
        return self.words / rate


def feuillets_shown(counts: Counts) -> float:
    """Feuillets to one decimal, a half rounding up: “1.6 feuillets” in the status bar and in
    `copydesk stats` alike, where the exact figure is 1.56."""
    return math.floor(counts.feuillets * 10 + 0.5) / 10


def reading_time(counts: Counts, language: str = "fr") -> int:
    """Whole minutes, the way the status bar, the outline and `copydesk stats` all say it.

    The nearest minute (a half rounds up, not to even), never 0 for copy that has words —
    a brève is a one-minute read — and 0 for an empty article, which has nothing to read.
    """
    if counts.words == 0:
        return 0
    return max(1, math.floor(counts.reading_minutes(language) + 0.5))


ZERO = Counts()


def count_text(text: str) -> Counts:
    """Counts for one string."""
    normal = unicodedata.normalize("NFC", text)
    return Counts(len(_WORD.findall(normal)), len(normal))


def visible_fields(block: Block) -> list[str]:
    """The texts of a block a reader sees: its text, and attribution, caption, credit."""
    texts = [block.plain_text] if KINDS.get(block.kind, KINDS["paragraph"]).has_text else []
    texts.extend(block.attr(name) for name in ("attribution", "caption", "credit"))
    return [t for t in texts if t]


def count_block(block: Block) -> Counts:
    """The block as accepted: suggested deletions do not count, suggested insertions do."""
    accepted = accepted_block(block)
    if accepted is None:
        return ZERO
    return sum((count_text(t) for t in visible_fields(accepted)), ZERO)


def total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, ZERO)


@dataclass(frozen=True, slots=True)
class ArticleStats:
    language: str
    blocks: tuple[tuple[Block, Counts], ...]

    @property
    def total(self) -> Counts:
        return total(c for _, c in self.blocks)

    @property
    def body(self) -> Counts:
        """Paragraphs and subheads only: the copy the desk measures against the slot."""
        return total(
            c for b, c in self.blocks if KINDS.get(b.kind) and KINDS[b.kind].counted_in_body
        )


class StatsCache:
    """Per-block counts kept across edits: only blocks whose value changed are recounted.

    Blocks are immutable, so an unchanged block is the same object; the cache keys on
    the block id and checks identity, which costs nothing per keystroke.
    """

    def __init__(self) -> None:
        self._counts: dict[str, tuple[Block, Counts]] = {}

    def count(self, block: Block) -> Counts:
        cached = self._counts.get(block.id)
        if cached is not None and cached[0] is block:
            return cached[1]
        counts = count_block(block)
        self._counts[block.id] = (block, counts)
        return counts

    def article(self, article: Article) -> ArticleStats:
        stats = ArticleStats(
            article.meta.language, tuple((b, self.count(b)) for b in article.blocks)
        )
        if len(self._counts) > 2 * len(article.blocks) + 64:
            live = {b.id for b in article.blocks}
            self._counts = {k: v for k, v in self._counts.items() if k in live}
        return stats


def article_stats(article: Article) -> ArticleStats:
    return StatsCache().article(article)

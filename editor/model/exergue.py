"""Exergue integrity: a pull quote repeats words of the body, give or take small edits.

Quotes, apostrophes, spaces and case are set aside before comparing, so « » against
" " or a no-break space against a space never count as a difference. When the
quote is not found as it stands, the few sentences sharing most of its longest words are
compared character by character (difflib): a cut marked […], a word changed or a
tense adjusted still passes; a quote that is nowhere in the copy does not.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from itertools import pairwise

from editor.model import schema
from editor.model.article import Article, Block
from editor.model.word_index import SentenceIndex

SIMILARITY = 0.85
"""Share of the quote's characters found, in order, in the body's closest sentences."""
_SHORTEST_RUN = 4
"""Shorter matching runs are chance (letters every text shares), not the quote."""
_CANDIDATES = 5
_PROBES = 6
"""The quote's longest words, looked up in the body to find the sentences worth comparing."""
_BODY_KINDS = frozenset({schema.STANDFIRST, schema.PARAGRAPH, schema.SUBHEAD})

_APOSTROPHES = re.compile("[’‘`´ʼ]")
_QUOTES = re.compile(r"[«»“”„‹›\"]|\[…\]|\[\.\.\.\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_WORD = re.compile(r"\w+")


def normal(text: str) -> str:
    """Text reduced to what a reader compares: case, quotes and spaces set aside."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _APOSTROPHES.sub("'", text)
    text = _QUOTES.sub(" ", text.replace("…", "..."))
    return " ".join(text.split()).strip(" .,;:!?-–—'")


class Passage:
    """One body block, reduced once: its normal text and its sentences.

    Passages are kept across checks by `Body`'s caller (a block that did not change is the same
    object), so a check after typing prepares only the paragraph that was typed in.
    """

    __slots__ = ("sentences", "text")

    def __init__(self, text: str) -> None:
        self.text = normal(text)
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(self.text))]
        ends = [*starts[1:], len(self.text)]
        self.sentences = [self.text[a:b] for a, b in zip(starts, ends, strict=True)]
        self.sentences[-1] += "\n"  # as it reads in the whole body, before the next block


Hits = tuple[tuple[int, int], ...]
"""(sentence number in its passage, how many probe words it holds)."""


class Prepared:
    """What one check leaves for the next, so that a check after an edit redoes only what the
    edit touched: passages by block id, where each quote's probe words are, the comparisons
    made, and each quote's verdict with what it rests on (a quote found stays found while the
    passages it was found in are unchanged; a quote missing stays missing while the body is
    unchanged)."""

    def __init__(self) -> None:
        self.passages: dict[str, tuple[Block, Passage]] = {}
        self.found: dict[str, tuple[Passage, ...]] = {}
        self.missing: dict[str, tuple[Passage, ...]] = {}
        self.compared: dict[tuple[str, str], float] = {}
        self._made: list[Passage] = []
        """Every passage in the order it was made: what a quote has not been looked for in."""
        self._index = SentenceIndex()
        self._indexed: list[Passage] = []
        self._firsts: list[int] = []
        """The passages indexed (`_made`, in order) and the number of each one's first sentence."""
        self._hits: dict[str, tuple[int, dict[Passage, Hits]]] = {}
        """Per quote: how many sentences of the index were searched, and the passages with hits."""

    def passage(self, block: Block) -> Passage:
        cached = self.passages.get(block.id)
        if cached is None or cached[0] is not block:
            cached = self.passages[block.id] = (block, Passage(block.plain_text))
            self._made.append(cached[1])
        return cached[1]

    def prepare(self, blocks: Iterable[Block], pace: Callable[[], object]) -> None:
        """The body's passages made and indexed ahead of the search, `pace` called between
        two: a pass on a worker thread is held there while the window handles a key."""
        for block in blocks:
            if block.kind in _BODY_KINDS:
                self.passage(block)
                pace()
        self._index_new(pace)

    def _index_new(self, pace: Callable[[], object] = lambda: None) -> None:
        for passage in self._made[len(self._indexed) :]:
            self._firsts.append(self._index.add(passage.sentences))
            self._indexed.append(passage)
            pace()

    def hits(self, wanted: str, probes: tuple[str, ...]) -> dict[Passage, Hits]:
        """The passages with sentences holding at least half of the probe words; only the
        passages made since the last search for this quote are searched."""
        self._index_new()
        searched, found = self._hits.get(wanted, (0, {}))
        new: dict[Passage, list[tuple[int, int]]] = {}
        for number, count in self._index.holding(probes, searched):
            at = bisect_right(self._firsts, number) - 1
            new.setdefault(self._indexed[at], []).append((number - self._firsts[at], count))
        found.update((passage, tuple(hits)) for passage, hits in new.items())
        self._hits[wanted] = (self._index.size, found)
        return found

    def similarity(self, quote: str, window: str) -> float:
        key = (quote, window)
        found = self.compared.get(key)
        if found is None:
            found = self.compared[key] = _similarity(quote, window)
        return found

    @property
    def worn(self) -> bool:
        """Many passages were replaced since the last clean-up: time for `keep_only`."""
        return len(self._made) > 2 * len(self.passages) + 64

    def keep_only(self, block_ids: set[str]) -> None:
        self.passages = {k: v for k, v in self.passages.items() if k in block_ids}
        self._made = [passage for _, passage in self.passages.values()]
        self._index = SentenceIndex()
        self._indexed, self._firsts = [], []
        for table in (self.found, self.missing, self.compared, self._hits):
            table.clear()


class Body:
    """The copy a pull quote may come from, prepared once for every pull quote."""

    def __init__(self, article: Article, prepared: Prepared | None = None) -> None:
        self._prepared = prepared or Prepared()
        self._passages = [
            self._prepared.passage(block) for block in article.blocks if block.kind in _BODY_KINDS
        ]
        self._whole: str | None = None
        self._starts: list[int] = []
        self._first: dict[Passage, int] = {}
        """Each passage's first sentence, numbered through the whole body."""
        self._place = {passage: number for number, passage in enumerate(self._passages)}
        self._sentences: list[tuple[str, Passage]] = []
        for passage in self._passages:
            self._first[passage] = len(self._sentences)
            self._sentences.extend((sentence, passage) for sentence in passage.sentences)

    def _text(self) -> str:
        """The whole body, a line per passage, made on first need; `_starts` where each is."""
        if self._whole is None:
            at = 0
            for passage in self._passages:
                self._starts.append(at)
                at += len(passage.text) + 1
            self._whole = "\n".join(passage.text for passage in self._passages)
        return self._whole

    def contains(self, quote: str) -> bool:
        wanted = normal(quote)
        if not wanted:
            return True
        found = self._prepared.found.get(wanted)
        if found is not None and self._still_together(found):
            return True
        body = tuple(self._passages)
        if self._prepared.missing.get(wanted) == body:
            return False
        where = self._find(wanted)
        if where is None:
            self._prepared.missing[wanted] = body
            return False
        self._prepared.found[wanted] = where
        return True

    def _still_together(self, passages: tuple[Passage, ...]) -> bool:
        """The passages a quote was found in are all here, one after the other as they were
        (a window of sentences can straddle two paragraphs, which a move would part)."""
        if not all(passage in self._first for passage in passages):
            return False
        places = [self._place[p] for p in dict.fromkeys(passages)]
        return all(b == a + 1 for a, b in pairwise(places))

    def _find(self, wanted: str) -> tuple[Passage, ...] | None:
        """The passages the quote is in, as it stands or with small edits; None if nowhere.

        Not found as it stands, the quote's longest words (the likeliest to be rare) point to
        the sentences holding at least half of them; the best few, with a sentence either side,
        are compared character by character."""
        at = self._text().find(wanted)
        if at >= 0:
            return (self._passages[bisect_right(self._starts, at) - 1],)
        probes = tuple(sorted(_words(wanted), key=lambda w: (-len(w), w))[:_PROBES])
        if not probes:
            return None
        candidates = [
            (-count, self._first[passage] + number)
            for passage, hits in self._prepared.hits(wanted, probes).items()
            if passage in self._first
            for number, count in hits
        ]
        for _, number in sorted(candidates)[:_CANDIDATES]:
            window = self._sentences[max(0, number - 1) : number + 2]
            text = " ".join(sentence for sentence, _ in window)
            if self._prepared.similarity(wanted, text) >= SIMILARITY:
                return tuple(passage for _, passage in window)
        return None


def _words(text: str) -> set[str]:
    """The words worth looking up: three letters or more."""
    return {word for word in _WORD.findall(text) if len(word) > 2}


def _similarity(quote: str, window: str) -> float:
    blocks = SequenceMatcher(None, quote, window, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= _SHORTEST_RUN) / len(quote)

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
from collections import Counter
from difflib import SequenceMatcher

from editor.model import schema
from editor.model.article import Article, Block

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
    """One body block, reduced once: its normal text, its sentences, the words in each.

    Passages are kept across checks by `Body`'s caller (a block that did not change is the same
    object), so a check after typing prepares only the paragraph that was typed in.
    """

    __slots__ = ("_words", "sentences", "text")

    def __init__(self, text: str) -> None:
        self.text = normal(text)
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(self.text))]
        ends = [*starts[1:], len(self.text)]
        self.sentences = [self.text[a:b] for a, b in zip(starts, ends, strict=True)]
        self.sentences[-1] += "\n"  # as it reads in the whole body, before the next block
        self._words: dict[str, list[int]] | None = None

    @property
    def words(self) -> dict[str, list[int]]:
        """Each word and the passage's sentences it is in, built on first need."""
        if self._words is None:
            words: dict[str, list[int]] = {}
            for number, sentence in enumerate(self.sentences):
                for word in set(_WORD.findall(sentence)):
                    words.setdefault(word, []).append(number)
            self._words = words
        return self._words


Hits = tuple[tuple[int, int], ...]
"""(sentence number in its passage, how many probe words it holds)."""


class Prepared:
    """What one check leaves for the next, so that a check after an edit redoes only what the
    edit touched: passages by block id, each quote's probe hits in each passage, the
    comparisons made, and each quote's verdict with what it rests on (a quote found stays found
    while the passages it was found in are unchanged; a quote missing stays missing while the
    body is unchanged)."""

    def __init__(self) -> None:
        self.passages: dict[str, tuple[Block, Passage]] = {}
        self.found: dict[str, tuple[Passage, ...]] = {}
        self.missing: dict[str, tuple[Passage, ...]] = {}
        self.hits: dict[tuple[str, Passage], Hits] = {}
        self.compared: dict[tuple[str, str], float] = {}

    def passage(self, block: Block) -> Passage:
        cached = self.passages.get(block.id)
        if cached is None or cached[0] is not block:
            cached = self.passages[block.id] = (block, Passage(block.plain_text))
        return cached[1]

    def hits_in(self, passage: Passage, wanted: str, probes: tuple[str, ...]) -> Hits:
        """The passage's sentences holding at least half of the probe words, with how many."""
        key = (wanted, passage)
        found = self.hits.get(key)
        if found is None:
            enough = len(probes) / 2
            words = passage.words
            present = [words[w] for w in probes if w in words]
            if len(present) < enough:
                found = ()
            else:
                counts = Counter(n for numbers in present for n in numbers)
                found = tuple((n, c) for n, c in counts.items() if c >= enough)
            self.hits[key] = found
        return found

    def similarity(self, quote: str, window: str) -> float:
        key = (quote, window)
        found = self.compared.get(key)
        if found is None:
            found = self.compared[key] = _similarity(quote, window)
        return found

    def keep_only(self, block_ids: set[str]) -> None:
        self.passages = {k: v for k, v in self.passages.items() if k in block_ids}
        for table in (self.found, self.missing, self.hits, self.compared):
            table.clear()


class Body:
    """The copy a pull quote may come from, prepared once for every pull quote."""

    def __init__(self, article: Article, prepared: Prepared | None = None) -> None:
        self._prepared = prepared or Prepared()
        self._passages = [
            self._prepared.passage(block) for block in article.blocks if block.kind in _BODY_KINDS
        ]
        self._first: dict[Passage, int] = {}
        self._sentences: list[tuple[str, Passage]] = []
        for passage in self._passages:
            self._first[passage] = len(self._sentences)
            self._sentences.extend((sentence, passage) for sentence in passage.sentences)

    def contains(self, quote: str) -> bool:
        wanted = normal(quote)
        if not wanted:
            return True
        found = self._prepared.found.get(wanted)
        if found is not None and all(passage in self._first for passage in found):
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

    def _find(self, wanted: str) -> tuple[Passage, ...] | None:
        """The passages the quote is in, as it stands or with small edits; None if nowhere.

        Not found as it stands, the quote's longest words (the likeliest to be rare) point to
        the sentences holding at least half of them; the best few, with a sentence either side,
        are compared character by character."""
        verbatim = next((p for p in self._passages if wanted in p.text), None)
        if verbatim is not None:
            return (verbatim,)
        probes = tuple(sorted(_words(wanted), key=lambda w: (-len(w), w))[:_PROBES])
        if not probes:
            return None
        candidates = [
            (-count, self._first[passage] + number)
            for passage in self._passages
            for number, count in self._prepared.hits_in(passage, wanted, probes)
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

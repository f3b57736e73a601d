"""Exergue integrity: a pull quote repeats words of the body, give or take small edits.

Quotes, apostrophes, spaces and case are set aside before comparing, so « » against
" " or a no-break space against a space never count as a difference. When the
quote is not found as it stands, the few sentences sharing most of its longest words are
compared character by character (difflib): a cut marked […], a word changed or a
tense adjusted still passes; a quote that is nowhere in the copy does not.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from bisect import bisect_right
from itertools import pairwise

from editor.model import schema
from editor.model.article import Article, Block
from editor.model.patterns import Pattern
from editor.model.word_index import SentenceIndex, set_bits

SIMILARITY = 0.85
"""Share of the quote's characters found, in order, in the body's closest sentences."""
_SHORTEST_RUN = 4
"""Shorter matching runs are chance (letters every text shares), not the quote."""
_CANDIDATES = 5
_PROBES = 6
"""The quote's longest words, looked up in the body to find the sentences worth comparing."""
_BODY_KINDS = frozenset({schema.STANDFIRST, schema.PARAGRAPH, schema.SUBHEAD})

_APOSTROPHES = re.compile("[’‘`´ʼ]")
_QUOTES = re.compile(r"[«»“”„‹›\"\[](?:(?<=\[)(?:…\]|\.\.\.\])|(?<=[«»“”„‹›\"]))")
"""A quotation mark, or a cut marked […] or [...]. Written to open on one set of characters
(the cut's bracket checked after it), so that the regular expression engine skips to the
next of them at the speed of a character search: three branches, one opening on a set and two
on a bracket, were tried at every character of the body (a long read's 8 ms → 3 ms)."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_WORD = re.compile(r"\w+")
_WHOLE_WORD = re.compile(r"\w{3,}")
"""A word as the index keeps it (`word_index`)."""


def normal(text: str) -> str:
    """Text reduced to what a reader compares: case, quotes and spaces set aside."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _APOSTROPHES.sub("'", text)
    text = _QUOTES.sub(" ", text.replace("…", "..."))
    return " ".join(text.split()).strip(" .,;:!?-–—'")


_AFTER_SENTENCE = Pattern(r"([.!?] )")
"""Where `_SENTENCE_END` cuts a normal text, whose only spaces are single plain ones: split
there (in C: half the time of listing the matches' ends and slicing them), each sentence is a
piece and the stop and space kept after it. The stop and its space are matched, not looked
behind at from every character (a long read's 8 ms → 5 ms)."""


def _sentences(text: str) -> tuple[str, ...]:
    """A normal text cut after each stop and its space, the last sentence ending its line as
    it reads in the whole body, before the next block."""
    pieces = _AFTER_SENTENCE.split(text)
    return (*map(str.__add__, pieces[0:-1:2], pieces[1::2]), pieces[-1] + "\n")


class Passage:
    """One body block, reduced once: its normal text and its sentences.

    Passages are kept across checks by `Body`'s caller (a block that did not change is the same
    object), so a check after typing prepares only the paragraph that was typed in. The
    sentences are a tuple of strings, which the interpreter's collector stops tracking.
    """

    __slots__ = ("block", "sentences", "text")

    def __init__(self, block: Block, plain: str | None = None) -> None:
        self.block = block
        """The block it was made from: the same object while the block is unchanged."""
        self.text = normal(block.plain_text if plain is None else plain)
        self.sentences = _sentences(self.text)


Levels = dict[int, int]
"""Per number of probe words held (half of them or more), the sentences of the index holding
that many, as the bits of an integer (`SentenceIndex.levels`)."""


class Prepared:
    """What one check leaves for the next, so that a check after an edit redoes only what the
    edit touched: passages by block id, where each quote's probe words are, the comparisons
    made, and each quote's verdict with what it rests on (a quote found stays found while the
    passages it was found in are unchanged; a quote missing stays missing while the body is
    unchanged)."""

    def __init__(self) -> None:
        self.passages: dict[str, Passage] = {}
        self.found: dict[str, tuple[Passage, ...]] = {}
        self.missing: dict[str, tuple[Passage, ...]] = {}
        self.compared: dict[tuple[str, str], bool] = {}
        self._made: list[Passage] = []
        """Every passage in the order it was made: what a quote has not been looked for in."""
        self._index = SentenceIndex()
        self._indexed: list[Passage] = []
        self._firsts: list[int] = []
        """The passages indexed (`_made`, in order) and the number of each one's first sentence."""
        self._hits: dict[str, tuple[int, Levels]] = {}
        """Per quote: how many sentences of the index were searched, and what they hold."""

    def passage(self, block: Block, plain: str | None = None) -> Passage:
        """The block's passage, made if the block is new or changed (`plain`: its plain text,
        when the caller has it at hand)."""
        cached = self.passages.get(block.id)
        if cached is None or cached.block is not block:
            cached = self.passages[block.id] = Passage(block, plain)
            self._made.append(cached)
        return cached

    def take(self, block: Block, plain: str | None = None) -> Passage | None:
        """A block of the check's walk: if it is body copy, its passage, made and indexed now,
        while the block's text is in the processor's caches (a walk of its own over a book's
        blocks found each of them out of the caches again)."""
        if block.kind not in _BODY_KINDS:
            return None
        passage = self.passage(block, plain)
        if len(self._indexed) < len(self._made):
            self._index_new()
        return passage

    def _index_new(self) -> None:
        for passage in self._made[len(self._indexed) :]:
            self._firsts.append(self._index.add(passage.sentences))
            self._indexed.append(passage)

    def levels(self, wanted: str, probes: tuple[str, ...]) -> Levels:
        """The sentences holding at least half of the probe words, by how many they hold; only
        the sentences indexed since the last search for this quote are searched."""
        self._index_new()
        searched, found = self._hits.get(wanted, (0, {}))
        if searched < self._index.size:
            for count, bits in self._index.levels(probes, searched).items():
                found[count] = found.get(count, 0) | bits
            self._hits[wanted] = (self._index.size, found)
        return found

    def runs_holding(self, words: tuple[tuple[str, int], ...]) -> int | None:
        """The index's sentences n such that sentence n + k holds each word placed at k, as
        the bits of an integer; None for no words."""
        self._index_new()
        return self._index.runs_holding(words) if words else None

    def numbers_as(self, passages: tuple[Passage, ...]) -> bool:
        """Whether the index numbers the sentences of these passages as they follow one another:
        they are the first it holds, in this order (a first check; edits then add the passages
        they make at the end)."""
        self._index_new()
        return len(self._indexed) >= len(passages) and all(
            map(operator.is_, self._indexed, passages)
        )

    def sentence_at(self, number: int) -> tuple[Passage, int]:
        """The passage of the index's sentence `number`, and the sentence's number in it."""
        at = bisect_right(self._firsts, number) - 1
        return self._indexed[at], number - self._firsts[at]

    def similar(self, quote: str, window: str) -> bool:
        """Whether `window` holds `quote` give or take small edits (`SIMILARITY`)."""
        key = (quote, window)
        found = self.compared.get(key)
        if found is None:
            found = self.compared[key] = _similar(quote, window)
        return found

    @property
    def worn(self) -> bool:
        """Many passages were replaced since the last clean-up: time for `keep_only`."""
        return len(self._made) > 2 * len(self.passages) + 64

    def keep_only(self, block_ids: set[str]) -> None:
        self.passages = {k: v for k, v in self.passages.items() if k in block_ids}
        self._made = list(self.passages.values())
        self._index = SentenceIndex()
        self._indexed, self._firsts = [], []
        for table in (self.found, self.missing, self.compared, self._hits):
            table.clear()


class Body:
    """The copy a pull quote may come from, prepared once for every pull quote."""

    def __init__(
        self,
        article: Article,
        prepared: Prepared | None = None,
        passages: tuple[Passage, ...] | None = None,
    ) -> None:
        """`passages`: the body's, in order, where the caller's walk made them (`Prepared.take`)."""
        self._prepared = prepared or Prepared()
        if passages is None:
            blocks = (block for block in article.blocks if block.kind in _BODY_KINDS)
            passages = tuple(self._prepared.passage(block) for block in blocks)
        self._passages = passages
        self._whole: str | None = None
        self._starts: list[int] = []
        self._first: dict[Passage, int] = {}
        """Each passage's first sentence, numbered through the whole body."""
        self._place = {passage: number for number, passage in enumerate(self._passages)}
        self._firsts: list[int] = []
        """The same first sentences, by place (a list, where `_first` is a table). A sentence
        is found from its number by halving these, not kept with its passage: a pair per
        sentence was 40 000 containers more in a 400 000-word book, and with them a full
        collection of the interpreter's heap (60–75 ms) in every check."""
        self._sentences = 0
        """How many sentences the body has."""
        self._in_order: bool | None = None
        """Whether the index numbers the body's sentences as the body does, once asked."""
        for passage in self._passages:
            self._first[passage] = self._sentences
            self._firsts.append(self._sentences)
            self._sentences += len(passage.sentences)

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
        body = self._passages
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
        holding = self._holding(wanted)
        if holding is not None:
            return (holding,)
        probes = tuple(sorted(_words(wanted), key=lambda w: (-len(w), w))[:_PROBES])
        if not probes:
            return None
        for number in self._candidates(wanted, probes):
            around = range(max(0, number - 1), min(number + 2, self._sentences))
            window = [self._sentence(n) for n in around]
            text = " ".join(sentence for sentence, _ in window)
            if self._prepared.similar(wanted, text):
                return tuple(passage for _, passage in window)
        return None

    def _holding(self, wanted: str) -> Passage | None:
        """The first passage holding the quote as it stands, or None.

        Only the passages whose sentences hold the quote's whole words, each in its place, are
        read: reading the whole body for each quote grew with the square of the article."""
        starts = self._prepared.runs_holding(_placed_words(wanted))
        if starts is None:  # not one whole word to go by: the whole body is read
            at = self._text().find(wanted)
            return None if at < 0 else self._passages[bisect_right(self._starts, at) - 1]
        holding = set()
        for number in set_bits(starts):
            passage = self._prepared.sentence_at(number)[0]
            if passage in self._first and wanted in passage.text:
                holding.add(passage)
        if len(holding) < 2:
            return next(iter(holding), None)
        return next(passage for passage in self._passages if passage in holding)

    def _candidates(self, wanted: str, probes: tuple[str, ...]) -> list[int]:
        """The body's sentences worth comparing, by number: those holding the most probe
        words, then the earliest, the first `_CANDIDATES` of them. The fuller levels come
        first, so the search stops before it lists the many sentences that hold only half."""
        levels = self._prepared.levels(wanted, probes)
        found: list[int] = []
        for count in sorted(levels, reverse=True):
            found.extend(self._earliest(levels[count], _CANDIDATES - len(found)))
            if len(found) >= _CANDIDATES:
                break
        return found[:_CANDIDATES]

    def _earliest(self, bits: int, count: int) -> list[int]:
        """The body's first `count` sentences among the index's `bits`, by number.

        Where the index numbers the body as it reads (`Prepared.numbers_as`), they are the
        lowest bits: a level holding a hundred sentences of a book is not listed, each
        sentence found by halving and the whole sorted, to keep five — work that grew with
        the body for every quote. Otherwise each is found in the body and the whole sorted."""
        if self._in_order is None:
            self._in_order = self._prepared.numbers_as(self._passages)
        if self._in_order:
            return set_bits(bits & ((1 << self._sentences) - 1), count)
        level = []
        for number in set_bits(bits):
            passage, sentence = self._prepared.sentence_at(number)
            first = self._first.get(passage)
            if first is not None:
                level.append(first + sentence)
        return sorted(level)[:count]

    def _sentence(self, number: int) -> tuple[str, Passage]:
        """The body's sentence `number`, and its passage."""
        place = bisect_right(self._firsts, number) - 1
        passage = self._passages[place]
        return passage.sentences[number - self._firsts[place]], passage


def _words(text: str) -> set[str]:
    """The words worth looking up: three letters or more."""
    return {word for word in _WORD.findall(text) if len(word) > 2}


def _placed_words(wanted: str) -> tuple[tuple[str, int], ...]:
    """The quote's longest whole words, each with the number of its sentence in the quote.

    Where the quote stands in a passage, its sentences are the passage's, one after the other
    (both are cut where `_SENTENCE_END` cuts), and a word with a boundary inside the quote on
    either side is a word of the passage too; the first and the last may be a word's end or
    beginning, and are left out."""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(wanted))]
    placed: list[tuple[str, int]] = []
    for number, (start, end) in enumerate(pairwise([*starts, len(wanted)])):
        for match in _WHOLE_WORD.finditer(wanted, start, end):
            if match.start() > 0 and match.end() < len(wanted):
                placed.append((match.group(), number))
    placed.sort(key=lambda word: (-len(word[0]), word))
    return tuple(dict.fromkeys(placed))[:_PROBES]


def _similar(quote: str, window: str) -> bool:
    """`SIMILARITY` of the quote's characters found, in order, in the window (`_similarity`).

    Most windows the search compares share too few runs of `_SHORTEST_RUN` characters with
    the quote to get there, and `_in_shared_runs` counts a bound on what difflib could find
    in a fraction of its time: on the benchmark's long read and book it settled 499 of 500
    comparisons, which were two thirds of the pull-quote search."""
    if _in_shared_runs(quote, window) / len(quote) < SIMILARITY:
        return False
    return _similarity(quote, window) >= SIMILARITY


def _in_shared_runs(quote: str, window: str) -> int:
    """How many of the quote's characters lie in a run of `_SHORTEST_RUN` characters that the
    window holds too. difflib's matching blocks are runs both hold, apart from one another in
    the quote, so the characters of those of that length or more are never more than this."""
    size = _SHORTEST_RUN
    runs = {window[at : at + size] for at in range(len(window) - size + 1)}
    covered = reach = 0
    for start in range(len(quote) - size + 1):
        if quote[start : start + size] in runs:
            covered += start + size - max(start, reach)
            reach = start + size
    return covered


def _similarity(quote: str, window: str) -> float:
    from difflib import SequenceMatcher  # with the first quote not found as it stands

    blocks = SequenceMatcher(None, quote, window, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= _SHORTEST_RUN) / len(quote)

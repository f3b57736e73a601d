"""Which sentences hold which words: the pull-quote search's index over the body.

A pull quote not found as it stands is looked for by its longest words: the sentences holding
at least half of them are the ones worth comparing. Asking every sentence of the body for
every quote made the check grow with the square of the article (more copy, more quotes, each
read against all of it). Here each word keeps the set of sentences holding it as the bits of
one integer, so counting a quote's words over the whole body is a few integer operations per
word, whatever the body's length; the integers are made once per word, the first time a quote
asks for it, and extended with the sentences added since.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from math import ceil

_WORD = re.compile(r"\w{3,}")
"""A word worth looking up: three letters or more (shorter ones are in every sentence)."""


class SentenceIndex:
    """Sentences numbered in the order they are added; for each word, where it is.

    Numbers only grow, so "the sentences added since a search" are the numbers from a mark
    on, and a search can be taken up where it was left."""

    __slots__ = ("_bits", "_places", "size")

    def __init__(self) -> None:
        self.size = 0
        """How many sentences were added: the number the next one gets."""
        self._places: dict[str, list[int]] = {}
        """Each word and the numbers of the sentences holding it, in order."""
        self._bits: dict[str, tuple[int, int]] = {}
        """Per word asked for: its sentences as the bits of an integer, and how many
        sentences had been added when it was made."""

    def add(self, sentences: tuple[str, ...]) -> int:
        """Index the sentences; the number the first of them gets."""
        first = self.size
        places = self._places
        for number, sentence in enumerate(sentences, first):
            for word in set(_WORD.findall(sentence)):
                found = places.get(word)
                if found is None:
                    places[word] = [number]
                else:
                    found.append(number)
        self.size = first + len(sentences)
        return first

    def _sentences_with(self, word: str) -> int:
        """The word's sentences as bits (bit n set: sentence n holds it)."""
        bits, upto = self._bits.get(word, (0, 0))
        if upto < self.size:
            places = self._places.get(word, [])
            start = bisect_left(places, upto)
            if start < len(places):
                bits |= _as_bits(places, start, self.size)
            self._bits[word] = (bits, self.size)
        return bits

    def levels(self, words: tuple[str, ...], since: int = 0) -> dict[int, int]:
        """The sentences numbered `since` or more that hold at least half of the words (each
        at most once in `words`, three letters or more), by how many they hold: for each
        count, the sentences as the bits of an integer (bit n set: sentence n).

        Kept as bits, a level costs nothing until it is read: the search reads the fullest
        levels first and stops once it has its few candidates, so the many sentences holding
        only half of a quote's words (more of them the longer the body) are never listed."""
        if not words:
            return {}
        # Bit planes count, for every sentence at once, how many of the words it holds (plane
        # p is bit p of the count): adding a word is a carry through the planes.
        planes = [0] * len(words).bit_length()
        for word in words:
            carry = self._sentences_with(word) >> since if since else self._sentences_with(word)
            for plane, bits in enumerate(planes):
                if not carry:  # an operation on these integers reads every sentence's bit
                    break
                planes[plane], carry = bits ^ carry, bits & carry
        found: dict[int, int] = {}
        for count in range(ceil(len(words) / 2), len(words) + 1):
            exact = -1  # every bit set; each plane then keeps the sentences agreeing with count
            for plane in range(len(planes)):
                exact &= planes[plane] if count >> plane & 1 else ~planes[plane]
            if exact:
                found[count] = exact << since if since else exact
        return found


    def runs_holding(self, words: tuple[tuple[str, int], ...]) -> int:
        """The sentences n such that sentence n + k holds `word`, for each (word, k), as the
        bits of an integer: where a text holding these words, sentence after sentence, may
        start."""
        found = -1
        for word, offset in words:
            bits = self._sentences_with(word)
            found &= bits >> offset if offset else bits
            if not found:
                break
        return found if words else 0


_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_FEW = 16
"""A word in fewer than one sentence in this many has its bits set one by one."""


def _as_bits(places: list[int], start: int, size: int) -> int:
    """`places[start:]` (sentence numbers under `size`) as the bits of an integer.

    A word in few sentences has its bits set one at a time; a common one (in a long piece,
    thousands of sentences hold it, and the pull quotes ask for it) is marked a byte per
    sentence, read as a binary number: half the time, a loop over its sentences being the
    part of the search that grows with the article for each word asked for."""
    if (len(places) - start) * _FEW < size:
        flags = bytearray((size >> 3) + 1)
        for number in places[start:]:
            flags[number >> 3] |= 1 << (number & 7)
        return int.from_bytes(flags, "little")
    marks = bytearray(size)
    for number in places[start:]:
        marks[number] = 1
    return int(marks.translate(_DIGITS)[::-1], 2)


_ANY_SET = bytes([0, *[1] * 255])
"""A byte table: 1 for a byte with any bit set."""


def set_bits(bits: int, limit: int | None = None) -> list[int]:
    """The positions of the bits set, lowest first, at the speed of a byte search; the first
    `limit` of them only, if given.

    The search's integers span the whole body and hold a few bits: their bytes are read a
    machine word at a time (a string of one character per bit cost eight times the memory,
    reversed, for every quote). With a limit, the bytes after the last one needed are not
    read: a level of the search holding a hundred sentences of a book gives its first five."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    marks = data.translate(_ANY_SET)
    found: list[int] = []
    at = marks.find(1)
    while at >= 0 and (limit is None or len(found) < limit):
        byte = data[at]
        found.extend(8 * at + bit for bit in range(8) if byte >> bit & 1)
        at = marks.find(1, at + 1)
    return found if limit is None else found[:limit]

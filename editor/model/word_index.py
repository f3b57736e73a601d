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

    def add(self, sentences: list[str]) -> int:
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
                flags = bytearray((self.size >> 3) + 1)
                for number in places[start:]:
                    flags[number >> 3] |= 1 << (number & 7)
                bits |= int.from_bytes(flags, "little")
            self._bits[word] = (bits, self.size)
        return bits

    def holding(self, words: tuple[str, ...], since: int = 0) -> list[tuple[int, int]]:
        """The sentences numbered `since` or more that hold at least half of the words (each
        at most once in `words`, three letters or more), with how many they hold."""
        if not words:
            return []
        # Bit planes count, for every sentence at once, how many of the words it holds (plane
        # p is bit p of the count): adding a word is a carry through the planes.
        planes = [0] * len(words).bit_length()
        for word in words:
            carry = self._sentences_with(word) >> since
            for plane, bits in enumerate(planes):
                planes[plane], carry = bits ^ carry, bits & carry
        found: list[tuple[int, int]] = []
        for count in range(ceil(len(words) / 2), len(words) + 1):
            exact = -1  # every bit set; each plane then keeps the sentences agreeing with count
            for plane in range(len(planes)):
                exact &= planes[plane] if count >> plane & 1 else ~planes[plane]
            found.extend((since + n, count) for n in _set_bits(exact))
        return found


def _set_bits(bits: int) -> list[int]:
    """The positions of the bits set, lowest first, at the speed of a string search."""
    text = format(bits, "b")[::-1]
    found: list[int] = []
    at = text.find("1")
    while at >= 0:
        found.append(at)
        at = text.find("1", at + 1)
    return found

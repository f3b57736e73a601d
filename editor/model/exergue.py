"""Exergue integrity: a pull quote repeats words of the body, give or take small edits.

Quotes, apostrophes, spaces and case are set aside before comparing, so « » against
" " or a no-break space against a space never count as a difference. When the
quote is not found as it stands, the few sentences sharing most of its words are
compared character by character (difflib): a cut marked […], a word changed or a
tense adjusted still passes; a quote that is nowhere in the copy does not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher

from editor.model import schema
from editor.model.article import Article

SIMILARITY = 0.85
"""Share of the quote's characters found, in order, in the body's closest sentences."""
_SHORTEST_RUN = 4
"""Shorter matching runs are chance (letters every text shares), not the quote."""
_CANDIDATES = 5
_PROBES = 6
"""The quote's rarest words, looked up in the body to find the sentences worth comparing."""
_BODY_KINDS = frozenset({schema.STANDFIRST, schema.PARAGRAPH, schema.SUBHEAD})

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_QUOTES = re.compile(r"[«»“”„‹›\"]|\[…\]|\[\.\.\.\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_WORD = re.compile(r"\w+")


def normal(text: str) -> str:
    """Text reduced to what a reader compares: case, quotes and spaces set aside."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_APOSTROPHES)
    text = _QUOTES.sub(" ", text.replace("…", "..."))
    return " ".join(text.split()).strip(" .,;:!?-–—'")


class Body:
    """The copy a pull quote may come from, prepared once for every pull quote."""

    def __init__(self, article: Article) -> None:
        self._text = "\n".join(
            normal(b.plain_text) for b in article.blocks if b.kind in _BODY_KINDS
        )
        self._starts: list[int] | None = None
        self._index: dict[str, set[int]] | None = None

    def _sentence_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0, *(m.end() for m in _SENTENCE_END.finditer(self._text))]
        return self._starts

    def _sentences_with(self) -> dict[str, set[int]]:
        """Each word of the body and the sentences it appears in, built once on first need."""
        if self._index is None:
            starts = self._sentence_starts()
            index: dict[str, set[int]] = {}
            for number, first in enumerate(starts):
                last = starts[number + 1] if number + 1 < len(starts) else len(self._text)
                for word in _WORD.findall(self._text, first, last):
                    index.setdefault(word, set()).add(number)
            self._index = index
        return self._index

    def _sentence(self, number: int) -> str:
        starts = self._sentence_starts()
        if not 0 <= number < len(starts):
            return ""
        first = starts[number]
        last = starts[number + 1] if number + 1 < len(starts) else len(self._text)
        return self._text[first:last]

    def contains(self, quote: str) -> bool:
        wanted = normal(quote)
        if not wanted or wanted in self._text:
            return True
        index = self._sentences_with()
        hits: Counter[int] = Counter()
        present = [(len(index.get(w, ())), w) for w in set(_WORD.findall(wanted)) if len(w) > 2]
        words = [w for count, w in sorted(present) if count][:_PROBES]
        for word in words:
            hits.update(index[word])
        for number, count in hits.most_common(_CANDIDATES):
            if count < len(words) / 2:
                break
            window = " ".join(self._sentence(n) for n in range(number - 1, number + 2))
            if _similarity(wanted, window) >= SIMILARITY:
                return True
        return False


def _similarity(quote: str, window: str) -> float:
    blocks = SequenceMatcher(None, quote, window, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= _SHORTEST_RUN) / len(quote)

"""Counts: words, signes (NFC), feuillets, reading time, per block, body and total."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from editor.model.build import article, image, media, para, quote, subhead, title
from editor.model.stats import StatsCache, article_stats, count_text, reading_time
from tests.shared import seed_article, seed_blocks
from tests.strategies import png_bytes


def independent_counts(texts: list[str]) -> tuple[int, int]:
    """Words and signes computed the simple way: split on ordinary whitespace, count
    tokens with a letter or digit; signes as NFC code points."""
    words = signes = 0
    for text in texts:
        normal = unicodedata.normalize("NFC", text)
        signes += len(normal)
        for no_break in "\u00a0\u202f\u2007":
            normal = normal.replace(no_break, "_")
        for token in normal.split():
            words += any(ch.isalnum() and ch != "_" for ch in token)
    return words, signes


def test_seed_counts_match_an_independent_count() -> None:
    parts = seed_blocks()["blocks"]
    visible = [p["text"] for p in parts if p["kind"] != "section"]
    body = [p["text"] for p in parts if p["kind"] in ("paragraph", "subhead")]
    stats = article_stats(seed_article())
    assert (stats.total.words, stats.total.signes) == independent_counts(visible)
    assert (stats.body.words, stats.body.signes) == independent_counts(body)
    assert stats.total.feuillets == stats.total.signes / 1500
    assert stats.total.reading_minutes("fr") == stats.total.words / 230


@given(st.text(alphabet="ab1é_«»'’.!?-\u00a0\u202f\u2007\u2060 \t\n\u2029\u3000", max_size=40))
def test_word_count_agrees_with_the_plain_definition(text: str) -> None:
    assert (count_text(text).words, count_text(text).signes) == independent_counts([text])


def test_signes_count_spaces_and_normalise_accents() -> None:
    assert count_text("été").signes == 3
    assert count_text("e\u0301te\u0301").signes == 3
    assert count_text("Un an, deux.").signes == 12


def test_no_break_spaces_join_and_punctuation_alone_is_no_word() -> None:
    assert count_text("Bonjour\u202f! « Oui » – 10\u202f000 euros").words == 4


def test_total_counts_attribution_caption_and_credit() -> None:
    pic = media(png_bytes())
    a = article(
        title("Un titre"),
        quote("Deux mots", by="Paul Durand"),
        image(pic, caption="Une légende", credit="AFP", alt="pas compté"),
        media=[pic],
    )
    assert article_stats(a).total.words == 2 + 2 + 2 + 2 + 1


def test_body_is_paragraphs_and_subheads_only() -> None:
    a = article(title("Titre long ici"), subhead("Inter"), para("Un deux trois"))
    assert article_stats(a).body.words == 4


def test_cache_recounts_only_changed_blocks() -> None:
    a = article(title("Titre"), para("un deux"), para("trois"))
    cache = StatsCache()
    first = cache.article(a)
    changed = a.replace_block(
        a.blocks[1].__class__("paragraph", para("un deux quatre").text, id=a.blocks[1].id)
    )
    second = cache.article(changed)
    assert first.blocks[2][1] is second.blocks[2][1]
    assert second.total.words == first.total.words + 1


def test_reading_time_is_whole_minutes_the_nearest_and_none_for_nothing() -> None:
    def minutes(words: int, language: str = "fr") -> int:
        return reading_time(count_text(" ".join(["mot"] * words)), language)

    assert minutes(0) == 0
    assert minutes(1) == 1  # a brève is a one-minute read, never 0
    assert minutes(344) == 1  # 1.496
    assert minutes(345) == 2  # 1.5: a half rounds up
    assert minutes(368) == 2  # 1.6
    assert minutes(575) == 3  # 2.5, not rounded to even
    assert minutes(625, "en") == 3  # 2.5 at 250 a minute

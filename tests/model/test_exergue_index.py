"""The indexed pull-quote search finds exactly what the search before it found.

`exergue_reference` is the search as it was (every sentence asked for every quote); each
article below is checked by both, quote by quote: found or not, and in which passages (what
the next check's cache rests on). Quotes are made the way desks make them: a sentence as it
stands, cut, with a word changed, two sentences joined by […], one straddling two paragraphs,
and quotes from nowhere.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model import exergue
from editor.model.article import Article, Block
from editor.model.build import article, para, quote, subhead, title
from editor.model.check import PULLQUOTE, CheckCache, check
from editor.model.word_index import SentenceIndex, set_bits
from tests.benchmarks.corpus import SIZES, VOCABULARY, build
from tests.model import exergue_reference as reference

Verdicts = list[tuple[str, tuple[str, ...] | None]]


def verdicts(module: Callable[..., object], art: Article, prepared: object = None) -> Verdicts:
    """Per pull quote: the texts of the passages it was found in, or None."""
    body = module(art, prepared)  # type: ignore[call-arg]
    found: Verdicts = []
    for block in art.blocks:
        if block.kind != "pullquote" or not block.plain_text.strip():
            continue
        wanted = exergue.normal(block.plain_text)
        if body.contains(block.plain_text):  # type: ignore[attr-defined]
            where = body._prepared.found.get(wanted)  # type: ignore[attr-defined]
            found.append((wanted, tuple(p.text for p in where) if where else ()))
        else:
            found.append((wanted, None))
    return found


def both(art: Article) -> tuple[Verdicts, Verdicts]:
    return verdicts(reference.Body, art), verdicts(exergue.Body, art)


def _sentences(art: Article) -> list[str]:
    return [
        sentence.strip()
        for block in art.blocks
        if block.kind in ("paragraph", "subhead", "standfirst")
        for sentence in block.plain_text.split(". ")
        if sentence.strip()
    ]


EDITS: dict[str, Callable[[random.Random, list[str], int], str]] = {
    "as it stands": lambda rng, s, i: s[i],
    "cut": lambda rng, s, i: " ".join(w for n, w in enumerate(s[i].split()) if n != 3),
    "word changed": lambda rng, s, i: s[i].replace(s[i].split()[-1], rng.choice(VOCABULARY)),
    "joined by […]": lambda rng, s, i: f"{s[i]} […] {s[(i + 1) % len(s)]}",
    "quoted": lambda rng, s, i: f"« {s[i]} »",
    "straddling": lambda rng, s, i: " ".join(s[i].split()[-4:] + s[(i + 1) % len(s)].split()[:4]),
    "from nowhere": lambda rng, s, i: " ".join(rng.choice(VOCABULARY) for _ in range(14)),
}


def with_desk_quotes(art: Article, count: int, seed: int = 7) -> Article:
    """The article with `count` more pull quotes, made from its sentences by every edit."""
    rng = random.Random(seed)
    sentences = _sentences(art)
    blocks = list(art.blocks)
    edits = list(EDITS.values())
    for n in range(count):
        text = edits[n % len(edits)](rng, sentences, rng.randrange(len(sentences)))
        blocks.insert(rng.randrange(1, len(blocks)), quote(text, by="Claire Vidal"))
    return art.with_blocks(tuple(blocks))


def test_the_benchmark_corpus_gives_the_same_verdicts() -> None:
    for size in ("seed", "feature", "longread"):
        art = with_desk_quotes(build(SIZES[size]), {"seed": 14, "feature": 28}.get(size, 42))
        old, new = both(art)
        assert new == old, size
        assert any(where is None for _, where in new) and any(where for _, where in new)


def test_the_check_gives_the_same_problems_on_the_corpus() -> None:
    art = with_desk_quotes(build(SIZES["feature"]), 28)
    problems = check(art)
    missing = {p.block_id for p in problems if p.kind == PULLQUOTE}
    expected = {
        block.id
        for block, (_, where) in zip(
            [b for b in art.blocks if b.kind == "pullquote"], both(art)[0], strict=True
        )
        if where is None
    }
    assert missing == expected and missing


WORDS = ("maire", "budget", "école", "conseil", "vote", "rue", "le", "la", "projet", "gare")
sentence = st.lists(st.sampled_from(WORDS), min_size=2, max_size=9).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(lambda s: ". ".join(s) + ".")


@st.composite
def quoted_articles(draw: st.DrawFn) -> Article:
    """Articles of a few words said again and again (so that many sentences look alike),
    with pull quotes made from their sentences by every desk edit."""
    body: list[Block] = [para(text) for text in draw(st.lists(paragraph, min_size=1, max_size=12))]
    if draw(st.booleans()):
        body.insert(draw(st.integers(0, len(body))), subhead(draw(sentence)))
    art = article(title("T"), *body)
    rng = random.Random(draw(st.integers(0, 1000)))
    return with_desk_quotes(art, draw(st.integers(1, 8)), rng.randrange(1000))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quoted_articles())
def test_generated_articles_give_the_same_verdicts(art: Article) -> None:
    old, new = both(art)
    assert new == old


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quoted_articles(), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=5))
def test_the_verdicts_stay_the_same_through_edits(
    art: Article, edits: list[tuple[int, int]]
) -> None:
    """Each search keeps what it prepared from one check to the next, as the window does;
    after each edit (a block's text copied over another's) both still agree."""
    old_prepared, new_prepared = reference.Prepared(), exergue.Prepared()
    assert verdicts(exergue.Body, art, new_prepared) == verdicts(reference.Body, art, old_prepared)
    for source, target in edits:
        texts = [b for b in art.blocks if b.kind in ("paragraph", "pullquote")]
        into, words = texts[target % len(texts)], texts[source % len(texts)].text
        art = art.replace_block(dataclasses.replace(into, text=words))
        old = verdicts(reference.Body, art, old_prepared)
        assert verdicts(exergue.Body, art, new_prepared) == old
        assert CheckCache().check(art) == check(art)


def test_a_quote_cut_inside_words_and_across_sentences_is_found_as_it_stands() -> None:
    """The search as it stands reads only the paragraphs holding the quote's whole words, each
    in its sentence; a quote that begins or ends inside a word, or runs over a full stop into
    the next sentence, is still found there, in the first paragraph that holds it."""
    art = article(
        title("Le conseil"),
        para("Le projet avance. La gare ouvrira en mai."),
        para("Le maire l’a dit : l’école restera ouverte. Le budget suit, promet-il."),
        para("Rien ne change. L’école restera ouverte. Le budget suit, promet-il."),
        quote("cole restera ouverte. Le budget sui"),
        quote("restera ouverte. Le"),
        quote("vanc"),
        quote("L’école restera fermée. Le budget suit"),
    )
    old, new = both(art)
    assert new == old
    assert [where for _, where in new][:3] == [
        ("le maire l'a dit : l'école restera ouverte. le budget suit, promet-il",),
        ("le maire l'a dit : l'école restera ouverte. le budget suit, promet-il",),
        ("le projet avance. la gare ouvrira en mai",),
    ]


phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)


@st.composite
def compared(draw: st.DrawFn) -> tuple[str, str]:
    """A quote and a window of sentences, which often hold the quote, whole or cut."""
    quote = draw(phrase)
    window = draw(st.lists(phrase, min_size=1, max_size=3).map(". ".join))
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(quote)))
        held = quote[:cut] + draw(st.sampled_from(["", " ", "vote "])) + quote[cut + 2 :]
        window = f"{window}. {held}. {draw(phrase)}"
    return quote, window


@settings(max_examples=300, deadline=None)
@given(compared())
def test_a_comparison_settled_without_difflib_has_difflibs_verdict(pair: tuple[str, str]) -> None:
    """The count of the quote's characters in runs the window shares is never below what
    difflib's matching blocks cover, so a quote it turns away difflib would have too."""
    quote, window = pair
    similarity = exergue._similarity(quote, window)
    assert exergue._in_shared_runs(quote, window) >= similarity * len(quote) - 1e-9
    assert exergue._similar(quote, window) == (similarity >= exergue.SIMILARITY)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(sentence, max_size=40), min_size=1, max_size=4))
def test_each_word_knows_its_sentences_however_common(batches: list[list[str]]) -> None:
    """Asked after each batch of sentences is added, every word's sentences are exactly the
    ones holding it, for a word in nearly every sentence as for one in a few."""
    index, added = SentenceIndex(), []
    for number, batch in enumerate(batches):
        batch = [*batch, "le tramway"] if number == 0 else batch  # soon in few sentences
        index.add(tuple(batch))
        added += batch
        for word in (*WORDS, "tramway"):
            holding = [n for n, text in enumerate(added) if word in text.split()]
            assert set_bits(index._sentences_with(word)) == (holding if len(word) > 2 else [])


NEWSROOM = (
    "l’école", "l'école", "État", "Etat", "été", "maire", "conseil", "budget", "d’après",
    "grève", "hôpital", "réforme", "élus", "vote", "le", "la", "et", "à", "rue", "gare",
)  # fmt: skip
_SPACED = st.sampled_from([" ", "\u00a0", "\u202f"])


@st.composite
def newsroom_sentence(draw: st.DrawFn) -> str:
    """Words with accents and both apostrophes, now and then a colon or a question mark
    after a no-break space, as French copy has them."""
    words = draw(st.lists(st.sampled_from(NEWSROOM), min_size=2, max_size=10))
    text = " ".join(words)
    if draw(st.booleans()):
        text += draw(_SPACED) + draw(st.sampled_from([":", "?", "!", ";"])) + " " + words[0]
    return text[0].upper() + text[1:]


def near_miss(rng: random.Random, sentence: str) -> str:
    """The sentence as a desk might quote it, or nearly: a letter changed, accents or the
    typographic apostrophe lost, spaces plain, guillemets around, a word dropped."""
    edits = [
        lambda s: s,
        lambda s: s.replace("é", "e").replace("É", "E"),
        lambda s: s.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " "),
        lambda s: f"« {s} »",
        lambda s: " ".join(w for n, w in enumerate(s.split()) if n != 1),
        lambda s: s[: len(s) // 2] + "x" + s[len(s) // 2 + 1 :],
        lambda s: s[::-1],
    ]
    return rng.choice(edits)(sentence)


@st.composite
def newsroom_articles(draw: st.DrawFn) -> Article:
    """Paragraphs of a few accented words said again and again, so that many sentences hold
    a quote's words and the search has more than five to choose from; quotes near them."""
    sentences = st.lists(newsroom_sentence(), min_size=1, max_size=5)
    paragraphs = draw(st.lists(sentences, min_size=1, max_size=14))
    body: list[Block] = [para(". ".join(p) + ".") for p in paragraphs]
    rng = random.Random(draw(st.integers(0, 10_000)))
    said = [s for p in paragraphs for s in p]
    for _ in range(draw(st.integers(1, 6))):
        body.insert(rng.randrange(len(body) + 1), quote(near_miss(rng, rng.choice(said))))
    return article(title("T"), *body)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsroom_articles())
def test_near_misses_get_the_plain_searchs_verdicts(art: Article) -> None:
    """Quotes found, nearly found and not found, accents, apostrophes and no-break spaces
    included: the same verdicts, in the same passages, as the search reading every sentence."""
    old, new = both(art)
    assert new == old


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsroom_articles())
def test_the_first_sentences_read_from_the_bits_are_the_bodys_first(art: Article) -> None:
    """In a first check the index numbers the body as it reads, and the candidates are read
    straight from its bits; they are the ones found by placing every sentence in the body."""
    body = exergue.Body(art, exergue.Prepared())
    listed = exergue.Body(art, exergue.Prepared())
    for block in art.blocks:
        wanted = exergue.normal(block.plain_text)
        probes = tuple(sorted(exergue._words(wanted), key=lambda w: (-len(w), w))[:6])
        if block.kind != "pullquote" or not probes:
            continue
        listed._in_order = False
        assert body._candidates(wanted, probes) == listed._candidates(wanted, probes)
        assert body._in_order is not False  # None: no sentence held half of the words


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é.!?…:; \u00a0\u202f\n\t«»’'")))
def test_a_passage_is_cut_into_sentences_where_sentences_end(text: str) -> None:
    """Its sentences, spaces kept, are the text cut after each space following a full stop, a
    question or an exclamation mark, whatever spaces and line breaks the block held."""
    passage = exergue.Passage(para(text))
    cuts = [0, *(m.end() for m in exergue._SENTENCE_END.finditer(passage.text))]
    ends = [*cuts[1:], len(passage.text)]
    expected = [passage.text[a:b] for a, b in zip(cuts, ends, strict=True)]
    assert passage.sentences == (*expected[:-1], expected[-1] + "\n")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"aB é.!?…:; \u00a0\n«»“”„‹›\"[]’'`", "[…]", "[...]", "[..]", "[…", "...]", ". "]
        )
    ).map("".join)
)
def test_a_text_is_reduced_as_the_search_before_reduced_it(text: str) -> None:
    """Quotation marks and cuts ([…], [...]) set aside, as the plain pattern of the search
    before did: where its sentences are cut, and what a quote is compared with, are the same."""
    assert exergue.normal(text) == reference.normal(text)

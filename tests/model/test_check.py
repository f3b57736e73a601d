"""The marbre: one list of problems, each tied to a block, a field and a place."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model import storage
from editor.model.article import Article, Author, Block, Dateline
from editor.model.build import (
    article,
    bio,
    em,
    image,
    kicker,
    media,
    para,
    quote,
    standfirst,
    subhead,
    title,
)
from editor.model.check import (
    IMAGE,
    LENGTH,
    METADATA,
    PLACEHOLDER,
    PULLQUOTE,
    STRUCTURE,
    TYPOGRAPHY,
    CheckCache,
    Problem,
    Severity,
    apply_fix,
    article_problems,
    check,
    fix_all_typography,
)
from editor.model.schema import KINDS
from editor.model.typography import NBSP, NNBSP, only_typography_changed
from tests.shared import SAMPLE, seed_article
from tests.strategies import articles

COMPLETE = dict(
    language="fr", section=("Culture",), authors=("Camille Roux",), dateline=Dateline("Lyon")
)


def piece(*blocks: Block, **meta: object) -> Article:
    """An article with the metadata every format needs, and the images its blocks show."""
    images = [media(b"png")] if any(b.kind == "image" for b in blocks) else []
    return article(*blocks, meta={**COMPLETE, **meta}, media=images)


def codes(problems: list[Problem], kind: str | None = None) -> list[str]:
    return [p.code for p in problems if kind is None or p.kind == kind]


def at(problem: Problem, art: Article) -> str:
    assert problem.start is not None and problem.end is not None
    block = art.blocks[problem.block_index]
    text = block.plain_text if problem.field == "text" else block.attr(problem.field)
    return text[problem.start : problem.end]


# -- the seed article --------------------------------------------------------------------------


def test_the_seed_article_typography() -> None:
    seed = seed_article()
    problems = [p for p in check(seed) if p.kind == TYPOGRAPHY]
    by_kind = {seed.blocks[p.block_index].kind for p in problems}
    assert {"title", "standfirst", "author_bio"} <= by_kind

    title_colon = [p for p in problems if seed.blocks[p.block_index].kind == "title"]
    assert [(p.code, at(p, seed)) for p in title_colon] == [("space-before-colon", " ")]
    assert title_colon[0].fix is not None and title_colon[0].fix.replacement == NBSP
    assert seed.title[title_colon[0].end or 0] == ":"

    hours = next(b for b in seed.blocks if "« en 24 heures »" in b.plain_text)
    inside = [p for p in problems if p.block_id == hours.id]
    spans = {(p.start, p.end) for p in inside if p.code == "space-inside-guillemets"}
    opening = hours.plain_text.index("« en 24 heures »")
    assert {(opening + 1, opening + 2), (opening + 14, opening + 15)} <= spans

    for kind in ("standfirst", "author_bio"):
        apostrophes = [
            p
            for p in problems
            if seed.blocks[p.block_index].kind == kind and p.code == "straight-apostrophe"
        ]
        assert apostrophes and all(at(p, seed) == "'" for p in apostrophes)
        assert all(p.fix is not None and p.fix.replacement == "’" for p in apostrophes)
    assert not [p for p in check(seed) if p.is_error]


def test_fixing_the_seed_changes_only_typography() -> None:
    seed = seed_article()
    fixed = fix_all_typography(seed)
    assert [b.id for b in fixed.blocks] == [b.id for b in seed.blocks]
    assert fixed.meta == seed.meta
    assert "l’OTAN\u00a0: Un Adieu" in fixed.title
    assert "s’apprête" in fixed.standfirst and fixed.standfirst.endswith("Trump…")
    assert any(f"«{NBSP}en 24 heures{NBSP}»" in b.plain_text for b in fixed.blocks)
    assert "'" not in fixed.blocks[-1].plain_text
    for before, after in zip(seed.blocks, fixed.blocks, strict=True):
        assert only_typography_changed(before.plain_text, after.plain_text)
    assert not [p for p in check(fixed) if p.fix is not None and p.fix.safe]
    assert fix_all_typography(fixed) is fixed


def test_the_sample_is_already_correct() -> None:
    problems = check(storage.load(SAMPLE))
    assert [p for p in problems if p.kind in (TYPOGRAPHY, PULLQUOTE, PLACEHOLDER)] == []
    assert not [p for p in problems if p.is_error]


# -- each kind of problem ----------------------------------------------------------------------


def test_structure_problems_come_from_the_schema() -> None:
    problems = check(piece(title("A"), para("p"), title("B")))
    repeated = [p for p in problems if p.code == "title-repeated"]
    assert repeated[0].kind == STRUCTURE and repeated[0].is_error and repeated[0].block_index == 2


@pytest.mark.parametrize(
    ("text", "found", "severity"),
    [
        ("Le maire, TK, a dit", "TK", Severity.ERROR),
        ("Il y avait XXX personnes", "XXX", Severity.ERROR),
        ("Le budget est de ??? euros", "???", Severity.WARNING),
        ("Le chiffre [à compléter] sera donné", "[à compléter]", Severity.ERROR),
        ("Le chiffre [TK] sera donné", "[TK]", Severity.ERROR),
        ("Le chiffre [à vérifier : Insee] sera donné", "[à vérifier : Insee]", Severity.ERROR),
    ],
)
def test_placeholders(text: str, found: str, severity: Severity) -> None:
    art = piece(title("T"), para(text))
    problems = [p for p in check(art) if p.kind == PLACEHOLDER]
    assert [(at(p, art), p.severity) for p in problems] == [(found, severity)]


def test_no_placeholder_in_ordinary_copy() -> None:
    art = piece(title("T"), para("Le stock de TKO [sic] et le XXIe siècle [...] Quoi ?"))
    assert codes(check(art), PLACEHOLDER) == []


def test_block_limits_from_the_template() -> None:
    art = piece(title("T" * 95), standfirst("S" * 300), para("p"), template="article")
    problems = [p for p in check(art) if p.kind == LENGTH and p.code == "block-too-long"]
    assert [(p.block_index, p.start, p.end) for p in problems] == [(0, 90, 95)]
    assert "5 over its limit of 90" in problems[0].message and "1 line" in problems[0].message
    caption = piece(title("T"), image(media(b"x"), caption="c" * 210, credit="A", alt="a"))
    long_caption = [p for p in check(caption.with_meta(template="article")) if p.kind == LENGTH]
    assert [(p.field, p.start) for p in long_caption if p.code == "block-too-long"] == [
        ("caption", 200)
    ]


def test_the_article_target() -> None:
    over = piece(title("T"), para("a" * 1000), para("b" * 1000), template="breve")
    [problem] = [p for p in check(over) if p.code == "over-target"]
    assert (problem.block_index, problem.start, problem.end) == (2, 650, 1000)
    assert "500 over" in problem.message and "(13 lines)" in problem.message
    under = piece(title("T"), para("a" * 1000), template="breve")
    [problem] = [p for p in check(under) if p.code == "under-target"]
    assert problem.severity is Severity.SUGGESTION and "500 under" in problem.message
    on_target = piece(title("T"), para("a" * 1400), template="breve")
    assert codes(check(on_target), LENGTH) == []
    unknown = piece(title("T"), template="tribune")
    assert "template-unknown" in codes(check(unknown), METADATA)


@pytest.mark.parametrize(
    ("pull", "found"),
    [
        ("Nous ne fermerons pas l’école, quoi qu’il arrive.", True),
        ('"Nous ne fermerons pas l\'école"', True),
        ("Nous ne fermerons jamais l’école, quoi qu’il arrive", True),
        ("Nous ne fermerons pas […] l’école", True),
        ("La réforme des retraites sera votée avant l’été.", False),
    ],
)
def test_a_pull_quote_repeats_the_body(pull: str, found: bool) -> None:
    body = (
        "Le maire l’a dit clairement\u00a0: «\u00a0Nous ne fermerons pas l’école, quoi qu’il "
        "arrive.\u00a0» Puis il est reparti vers la mairie, sans un mot de plus."
    )
    art = piece(title("T"), para(body), quote(pull, by="Le maire"), para("La suite."))
    missing = [p for p in check(art) if p.kind == PULLQUOTE]
    assert (missing == []) is found
    if not found:
        assert missing[0].block_index == 2 and missing[0].severity is Severity.WARNING


def test_images_need_alt_text_and_credit() -> None:
    png = media(b"png")
    art = piece(title("T"), image(png), image(png, caption="c", credit="AFP", alt="a"))
    missing = piece(title("T"), image(media(b"other"), caption="c", credit="AFP", alt="a"))
    assert [(p.kind, p.is_error) for p in check(missing) if p.code == "image-missing-media"] == [
        (IMAGE, True)
    ]
    problems = [(p.block_index, p.code) for p in check(art) if p.kind == IMAGE]
    assert (1, "image-missing-alt") in problems and (1, "image-missing-credit") in problems
    assert (1, "image-missing-caption") in problems
    assert not [p for p in problems if p[0] == 2]


def test_metadata_the_formats_need() -> None:
    bare = article(title("T"), para("p"), meta={"language": "fr"})
    assert {"authors-missing", "section-missing", "dateline-missing"} <= set(
        codes(check(bare), METADATA)
    )
    assert codes(check(piece(title("T"), para("p"))), METADATA) == []
    nameless = piece(title("T")).with_meta(authors=(Author(" "),))
    assert "authors-missing" in codes(check(nameless), METADATA)
    wrong = [p for p in check(piece(title("T"), language="français")) if p.kind == METADATA]
    assert [p.code for p in wrong if p.is_error] == ["language-invalid"]
    german = check(piece(title("T"), language="de"))
    assert "language-without-typography" in codes(german, METADATA)


def test_an_embargo_already_lifted_is_a_warning_one_to_come_is_fine() -> None:
    lifted = piece(title("T")).with_meta(embargo=datetime(2020, 1, 10, 6, 0, tzinfo=UTC))
    found = [p for p in check(lifted) if p.code == "embargo-lifted"]
    assert [(p.kind, p.is_error, p.values["until"]) for p in found] == [
        (METADATA, False, "2020-01-10T06:00+00:00")
    ]
    ahead = piece(title("T")).with_meta(embargo=datetime.now(UTC) + timedelta(days=365))
    assert "embargo-lifted" not in codes(check(ahead), METADATA)


def test_typography_in_every_field_and_in_english() -> None:
    art = piece(
        title("T"),
        quote("Oui", by="Le maire, l'air grave"),
        image(media(b"x"), caption="Le « parc »", credit="AFP", alt="l'entrée"),
    )
    fields = {(p.block_index, p.field) for p in check(art) if p.kind == TYPOGRAPHY}
    assert fields == {(1, "attribution"), (2, "caption"), (2, "alt")}
    english = piece(title("T"), para('She said "hi"... It\'s Etat'), language="en")
    assert codes(check(english), TYPOGRAPHY) == [
        "straight-quotes",
        "straight-quotes",
        "ellipsis",
        "straight-apostrophe",
    ]


def test_a_block_in_another_language_follows_its_own_typography() -> None:
    said = "He said: “We shall fight on the beaches”!"
    art = piece(
        title("Le discours"),
        para("Il a dit: “Nous nous battrons”!", id="fr"),
        quote(said, by="Winston Churchill", id="en", lang="en-GB"),
        para('She said "no"', id="straight", lang="en"),
    )
    found = [p for p in check(art) if p.kind == TYPOGRAPHY]
    assert {p.block_id for p in found} == {"fr", "straight"}
    fixed = fix_all_typography(art)
    assert fixed.blocks[2] is art.blocks[2]
    assert fixed.blocks[3].plain_text == "She said “no”"
    assert fixed.blocks[1].plain_text == f"Il a dit{NBSP}: “Nous nous battrons”{NNBSP}!"
    cache = CheckCache()
    cache.check(art)
    french_again = art.replace_block(dataclasses.replace(art.blocks[2], lang=""))
    assert "en" in {p.block_id for p in cache.check(french_again) if p.kind == TYPOGRAPHY}


def test_accented_capitals_are_offered_not_applied() -> None:
    art = piece(title("T"), para("Ecole et Etat"))
    offered = [p for p in check(art) if p.code == "accented-capital"]
    assert [(at(p, art), p.severity) for p in offered] == [
        ("Ecole", Severity.SUGGESTION),
        ("Etat", Severity.SUGGESTION),
    ]
    assert all(p.fix is not None and not p.fix.safe for p in offered)
    assert fix_all_typography(art) is art
    assert apply_fix(art, offered[0]).blocks[1].plain_text == "École et Etat"


def test_unbalanced_and_unpaired_quotes_have_no_fix() -> None:
    art = piece(title("T"), para("« Il a dit 'oui' et \"non"))
    found = [(p.code, at(p, art), p.fix) for p in check(art) if p.kind == TYPOGRAPHY]
    assert ("unbalanced-quotes", "«", None) in found
    assert ("unpaired-quote", "'", None) in found and ("unpaired-quote", '"', None) in found


# -- fixing ------------------------------------------------------------------------------------


def test_fix_all_keeps_marks_ids_and_everything_else() -> None:
    art = piece(
        kicker("Culture"),
        title("L'été : enfin"),
        para("Il a dit ", em('"bonjour"'), " !"),
        subhead("Rien"),
        bio("Elle écrit."),
    )
    fixed = fix_all_typography(art)
    assert fixed.blocks[1].plain_text == f"L’été{NBSP}: enfin"
    runs = fixed.blocks[2].text
    assert [(r.text, sorted(r.marks)) for r in runs] == [
        ("Il a dit ", []),
        (f"«{NBSP}bonjour{NBSP}»", ["em"]),
        (f"{NNBSP}!", []),
    ]
    assert fixed.blocks[0] is art.blocks[0] and fixed.blocks[3] is art.blocks[3]
    assert dataclasses.replace(fixed, blocks=art.blocks) == art


def test_one_fix_at_a_time() -> None:
    art = piece(title("T"), para("Bonjour ! Quoi ?"))
    first = next(p for p in check(art) if p.kind == TYPOGRAPHY)
    once = apply_fix(art, first)
    assert once.blocks[1].plain_text == f"Bonjour{NNBSP}! Quoi ?"
    assert len([p for p in check(once) if p.kind == TYPOGRAPHY]) == 1


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(every_kind=True))
def test_fixing_all_typography_is_final(art: Article) -> None:
    fixed = fix_all_typography(art)
    assert fix_all_typography(fixed) is fixed
    assert not [p for p in check(fixed) if p.fix is not None and p.fix.safe]


# -- the editor's cache ------------------------------------------------------------------------


def test_the_cache_redoes_only_what_changed() -> None:
    art = piece(title("L'un : deux"), para("Trois !"), para("Quatre ?"))
    cache = CheckCache()
    first = cache.check(art)
    assert first == check(art)
    edited = art.replace_block(dataclasses.replace(art.blocks[1], text=para("Cinq !").text))
    second = cache.check(edited)
    assert second == check(edited)
    kept = [p for p in first if p.block_index in (0, 2)]
    assert all(any(p is q for q in second) for p in kept)
    assert cache.check(edited.with_meta(language="fr-CA")) == check(
        edited.with_meta(language="fr-CA")
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    articles(every_kind=True),
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50), st.booleans()), max_size=8),
)
def test_the_cache_gives_what_a_fresh_check_gives_as_blocks_move_and_go(
    art: Article, moves: list[tuple[int, int, bool]]
) -> None:
    """A block moved keeps its value but not its place; a block removed leaves the cache's
    tables (and, many removed, is let go): after each, the cached check equals a fresh one."""
    cache = CheckCache()
    for source, target, removed in moves:
        assert cache.check(art) == check(art)
        blocks = list(art.blocks)
        block = blocks.pop(source % len(blocks))
        if not removed or not blocks:
            blocks.insert(target % (len(blocks) + 1), block)
        art = art.with_blocks(tuple(blocks))
    assert cache.check(art) == check(art)


def test_a_check_keeps_no_container_per_block_for_the_collector() -> None:
    """What the check keeps for the next is walked by the interpreter's collector: one object
    per body paragraph (its passage for the pull quotes), not a tuple per block besides."""
    import gc

    art = piece(title("T"), *(para("Le conseil a siégé des heures.") for _ in range(400)))
    check(art)  # the patterns compiled, once for the process
    cache = CheckCache()
    gc.collect()
    before = len(gc.get_objects())
    cache.check(art)
    gc.collect()
    assert len(gc.get_objects()) - before < 400 + 100


def test_the_cache_follows_pull_quotes_found_and_lost() -> None:
    """A quote's verdict is kept between checks: each edit below must still give what a fresh
    check of the same article gives, whether it makes the quote found or missing."""
    said = "Nous ne fermerons pas l’école, quoi qu’il arrive, nous l’avons promis aux parents."
    filler = [para(f"Le conseil municipal a siégé {n} heures sur le budget.") for n in range(40)]
    art = piece(title("T"), *filler, para(said), quote(said, by="Le maire"))
    cache = CheckCache()
    steps = [
        art,
        art.replace_block(dataclasses.replace(art.blocks[41], text=para("Rien.").text)),
        art.replace_block(
            dataclasses.replace(art.blocks[41], text=para(said.replace("pas", "jamais")).text)
        ),
        art.replace_block(dataclasses.replace(art.blocks[3], text=para("Autre chose.").text)),
        art.replace_block(dataclasses.replace(art.blocks[41], text=para("Rien.").text)),
    ]
    verdicts = []
    for step in steps:
        problems = cache.check(step)
        assert problems == check(step)
        verdicts.append(not [p for p in problems if p.kind == PULLQUOTE])
    assert verdicts == [True, False, True, True, False]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    articles(every_kind=True),
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50), st.booleans()), max_size=6),
)
def test_the_cache_gives_what_a_fresh_check_gives_after_any_edits(
    art: Article, edits: list[tuple[int, int, bool]]
) -> None:
    """Each edit copies one block's text over another's (a pull quote into the body, a paragraph
    over a pull quote…) or empties it; after each, the cached check equals a fresh one."""
    cache = CheckCache()
    assert cache.check(art) == check(art)
    for source, target, empty in edits:
        texts = [b for b in art.blocks if KINDS[b.kind].has_text]
        into = texts[target % len(texts)]
        words = () if empty else texts[source % len(texts)].text
        art = art.replace_block(dataclasses.replace(into, text=words))
        assert cache.check(art) == check(art)


def test_the_structure_walk_gives_way_between_blocks_and_finds_the_same_problems() -> None:
    """The window's check runs in short slices: the walk over every block for the structural
    rules hands back at each block (a book's walk in one go held the window 30 ms)."""
    blocks = [para(f"Paragraph {n}.") for n in range(50)]
    piece = article(title("Walk"), *blocks, title("A second title"))
    steps: list[int] = []
    paced = article_problems(piece, None, pace=lambda: steps.append(1))
    assert len(steps) >= len(piece.blocks)
    assert paced == article_problems(piece, None)
    assert "title-repeated" in {p.code for p in paced}

"""Every structural rule has a failing case and a passing case."""

from __future__ import annotations

import pytest

from editor.model.article import Article, Block
from editor.model.build import (
    article,
    bio,
    image,
    kicker,
    link,
    media,
    para,
    quote,
    standfirst,
    subhead,
    title,
)
from editor.model.inline import Run
from editor.model.schema import RULES, validate
from tests.shared import seed_article
from tests.strategies import png_bytes

PICTURE = media(png_bytes())

# rule code -> (an article that breaks it, an article that keeps it)
CASES: dict[str, tuple[Article, Article]] = {
    "unknown-kind": (article(title("T"), Block("sidebar", (Run("x"),))), article(title("T"))),
    "title-missing": (article(para("P")), article(title("T"), para("P"))),
    "title-repeated": (article(title("A"), title("B")), article(title("A"), subhead("B"))),
    "kicker-repeated": (
        article(kicker("A"), kicker("B"), title("T")),
        article(kicker("A"), title("T")),
    ),
    "kicker-after-title": (article(title("T"), kicker("K")), article(kicker("K"), title("T"))),
    "standfirst-repeated": (
        article(title("T"), standfirst("A"), standfirst("B")),
        article(title("T"), standfirst("A"), para("B")),
    ),
    "standfirst-before-title": (
        article(standfirst("S"), title("T")),
        article(title("T"), standfirst("S")),
    ),
    "bio-not-last": (
        article(title("T"), bio("B"), para("P")),
        article(title("T"), para("P"), bio("B")),
    ),
    "empty-text": (article(title("T"), para("")), article(title("T"), para("P"))),
    "pullquote-empty": (
        article(title("T"), quote("  ", by="X")),
        article(title("T"), quote("Q", by="X")),
    ),
    "image-missing-media": (
        article(title("T"), image("sha256:nothing", alt="a")),
        article(title("T"), image(PICTURE, alt="a"), media=[PICTURE]),
    ),
    "image-missing-alt": (
        article(title("T"), image(PICTURE), media=[PICTURE]),
        article(title("T"), image(PICTURE, alt="Une façade"), media=[PICTURE]),
    ),
    "mark-not-allowed": (
        article(title("T ", link("l", "https://e.org"))),
        article(title("T"), para(link("l", "https://e.org"))),
    ),
    "link-without-address": (
        article(title("T"), para(Run("l", frozenset({"link"}), ""))),
        article(title("T"), para(link("l", "https://e.org"))),
    ),
    "unknown-field": (
        article(title("T"), Block("paragraph", (Run("P"),), {"caption": "c"})),
        article(title("T"), Block("pullquote", (Run("P"),), {"attribution": "c"})),
    ),
}


def test_every_rule_has_cases() -> None:
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_rule_fails_and_passes(code: str) -> None:
    broken, kept = CASES[code]
    assert code in {p.code for p in validate(broken)}
    assert code not in {p.code for p in validate(kept)}


def test_problem_points_at_the_block() -> None:
    a = article(title("A"), para("x"), title("B"))
    [problem] = validate(a)
    assert problem.block_index == 2 and problem.block_id == a.blocks[2].id and problem.is_error


def test_seed_article_is_structurally_valid() -> None:
    assert [p for p in validate(seed_article()) if p.is_error] == []

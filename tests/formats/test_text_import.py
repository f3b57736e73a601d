"""Plain text, wire copy and Markdown become structured articles; guesses are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.formats.imported import ImportRefusedError
from editor.formats.text import from_markdown, from_plain, load
from editor.model.inline import EM, LINK, STRONG, SUP, Run
from editor.model.schema import validate
from tests.shared import SHARED, require
from tests.strategies import png_bytes


def kinds(text_or_article: object) -> list[str]:
    return [b.kind for b in text_or_article.article.blocks]  # type: ignore[attr-defined]


def test_plain_copy_is_split_on_blank_lines_with_guesses_reported() -> None:
    copy = (
        "Un titre court\n\nUn chapô qui résume l’affaire en une phrase.\n\n"
        "Premier paragraphe,\ncoupé par le courriel.\n\nUn intertitre\n\nDernier paragraphe."
    )
    imported = from_plain(copy)
    assert kinds(imported) == ["title", "standfirst", "paragraph", "subhead", "paragraph"]
    assert imported.article.blocks[2].plain_text == "Premier paragraphe, coupé par le courriel."
    assert any("standfirst" in n for n in imported.notes)
    assert any("subhead" in n for n in imported.notes)


def test_wire_copy_title_in_capitals_and_dateline() -> None:
    copy = (
        "OTAN: BLINKEN FAIT SES ADIEUX\n\n"
        "BRUXELLES, 4 déc 2024 (AFP) - Le secrétaire d’État a retrouvé ses homologues.\n\n"
        "Il a rappelé l’article 5."
    )
    imported = from_plain(copy)
    article = imported.article
    assert kinds(imported) == ["title", "paragraph", "paragraph"]
    assert article.blocks[1].plain_text == "Le secrétaire d’État a retrouvé ses homologues."
    assert article.meta.dateline.place == "Bruxelles"
    assert article.meta.dateline.date is not None and article.meta.dateline.date.month == 12
    assert article.meta.credit == "AFP"


def test_the_seed_text_imports_into_title_standfirst_subheads_and_paragraphs() -> None:
    path = require(SHARED / "fixtures" / "seed-article.txt", "the seed article")
    article = load(path).article
    body = [b.kind for b in article.blocks]
    assert body[:3] == ["kicker", "title", "standfirst"]
    assert body.count("subhead") >= 5
    assert article.title.startswith("Le Dernier Voyage")
    assert not [p for p in validate(article) if p.is_error]


def test_markdown_maps_by_syntax(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(png_bytes())
    source = tmp_path / "copy.md"
    source.write_text(
        "---\nkicker: Culture\nauthor: [Camille Roux, Paul Durand]\nsection: Culture > Livres\n"
        "lang: fr\nkeywords: [Lyon, livres]\nstandfirst: Un chapô.\nmood: calme\n---\n"
        "# La bibliothèque rouvre\n\nLe 1^er^ février, *enfin* les **lecteurs** "
        "[reviennent](https://example.org/).\n\n## Un intertitre\n\n"
        '![La façade au crépuscule](photo.png "La façade")\n\n'
        "> On attendait ça.\n>\n> — Mireille, lectrice\n",
        encoding="utf-8",
    )
    imported = load(source)
    article = imported.article
    assert kinds(imported) == [
        "kicker",
        "title",
        "standfirst",
        "paragraph",
        "subhead",
        "image",
        "pullquote",
    ]
    assert article.blocks[3].text == (
        Run("Le 1"),
        Run("er", frozenset({SUP})),
        Run(" février, "),
        Run("enfin", frozenset({EM})),
        Run(" les "),
        Run("lecteurs", frozenset({STRONG})),
        Run(" "),
        Run("reviennent", frozenset({LINK}), "https://example.org/"),
        Run("."),
    )
    image = article.blocks[5]
    assert image.attr("alt") == "La façade au crépuscule" and image.attr("caption") == "La façade"
    assert article.image_of(image) is not None
    assert article.blocks[6].plain_text == "On attendait ça."
    assert article.blocks[6].attr("attribution") == "Mireille, lectrice"
    assert article.meta.section == ("Culture", "Livres")
    assert [a.name for a in article.meta.authors] == ["Camille Roux", "Paul Durand"]
    assert article.meta.keywords == ("Lyon", "livres")
    assert any("mood" in n for n in imported.notes)
    assert not [p for p in validate(article) if p.is_error]


def test_markdown_reports_what_it_cannot_map() -> None:
    imported = from_markdown("# T\n\n- un\n- deux\n\n![x](https://example.org/a.png)\n")
    assert any("lists" in n for n in imported.notes)
    assert any("could not be read" in n for n in imported.notes)


def test_windows_1252_copy_is_read_and_said(tmp_path: Path) -> None:
    path = tmp_path / "copy.txt"
    path.write_bytes("Titre\n\nL’été à Paris.".encode("cp1252"))
    imported = load(path)
    assert imported.article.blocks[1].plain_text == "L’été à Paris."
    assert any("Windows-1252" in n for n in imported.notes)


def test_missing_and_oversized_input_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefusedError, match="no such file"):
        load(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(ImportRefusedError, match="limit"):
        load(big)

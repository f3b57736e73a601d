"""The words a rendering prints in the article's language, kept apart from the XML builders:
the window's page writes the same byline ("Par Camille Roux") without loading lxml at start."""

from __future__ import annotations

from collections.abc import Mapping

BYLINE_PREFIX: dict[str, str] = {"fr": "Par ", "en": "By "}


def primary_language(language: str) -> str:
    return language.split("-")[0].lower()


def words_for(table: Mapping[str, str], language: str) -> str:
    """The words for `language` from a table keyed by primary language, English otherwise."""
    return table.get(primary_language(language), table["en"])

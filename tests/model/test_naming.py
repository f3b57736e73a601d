"""A file name for a new article, from its slug or its title."""

from __future__ import annotations

from editor.model.article import Meta
from editor.model.build import article, para, title
from editor.model.naming import LONGEST, file_stem, slugify


def test_accents_are_dropped_never_their_letters() -> None:
    assert slugify("La bibliothèque de la Croix-Rousse rouvre") == (
        "la-bibliotheque-de-la-croix-rousse-rouvre"
    )
    assert slugify("Œuvres d’Ærø : l’été à Łódź") == "oeuvres-d-aero-l-ete-a-lodz"
    assert slugify("Straße « Ça ira » !") == "strasse-ca-ira"


def test_a_long_headline_is_cut_between_words() -> None:
    slug = slugify("Le conseil municipal adopte le budget 2027 après une séance de nuit houleuse")
    assert len(slug) <= LONGEST and not slug.endswith("-")
    assert slug == "le-conseil-municipal-adopte-le-budget-2027-apres-une-seance"


def test_the_slug_first_then_the_title_then_nothing() -> None:
    titled = article(title("Marathon : record battu"), para("Texte."))
    assert file_stem(titled) == "marathon-record-battu"
    assert file_stem(titled.with_meta(slug="lyon-marathon")) == "lyon-marathon"
    assert file_stem(article(para("Texte."), meta=Meta())) == ""
    assert file_stem(article(title("« ! »"))) == ""

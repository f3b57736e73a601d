"""Typography rules: tables of input → output, the traps, regional profiles, as-you-type."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.model import storage
from editor.model.autocorrect import fix_as_you_type
from editor.model.build import em, link, para, strong
from editor.model.inline import text_of
from editor.model.typography import (
    _ACCENT_TABLE,
    NBSP,
    NNBSP,
    _capital_aei,
    _worth_a_look,
    accent_suggestions,
    apply,
    corrections,
    fix_runs,
    fix_text,
    grouped,
    only_typography_changed,
    profile_for,
    review,
)
from tests.benchmarks.corpus import SIZES, build
from tests.shared import SAMPLE
from tests.strategies import words

N, F = NBSP, NNBSP  # no-break space, narrow no-break space

FRENCH: list[tuple[str, str]] = [
    # spaces before high signs: a typed space is replaced, never doubled
    ("Bonjour !", f"Bonjour{F}!"),
    ("Bonjour!", f"Bonjour{F}!"),
    ("Quoi ?", f"Quoi{F}?"),
    ("Oui ; non", f"Oui{F}; non"),
    ("Note : ceci", f"Note{N}: ceci"),
    ("Note:ceci", f"Note{N}:ceci"),
    ("Quoi   ?", f"Quoi{F}?"),
    ("Quoi\t!", f"Quoi{F}!"),
    ("Quoi ?!", f"Quoi{F}?!"),
    ("Quoi… ?", f"Quoi…{F}?"),
    ("« Oui » !", f"«{N}Oui{N}»{F}!"),
    ("(!)", "(!)"),
    ("! au début", "! au début"),
    # punctuation right after an address is the sentence's, not the address's
    ("Allez sur https://example.org/ !", f"Allez sur https://example.org/{F}!"),
    ("Vraiment www.example.org?", f"Vraiment www.example.org{F}?"),
    # guillemets
    ("« en 24 heures »", f"«{N}en 24 heures{N}»"),
    ("«en 24 heures»", f"«{N}en 24 heures{N}»"),
    ("«  trop d’espaces   »", f"«{N}trop d’espaces{N}»"),
    # straight quotes, nested quotes
    ('Il a dit "bonjour".', f"Il a dit «{N}bonjour{N}»."),
    ('Il a dit " bonjour ".', f"Il a dit «{N}bonjour{N}»."),
    ('"Il a dit "non" hier" !', f"«{N}Il a dit “non” hier{N}»{F}!"),
    ('« Il a dit "non" hier »', f"«{N}Il a dit “non” hier{N}»"),
    ('un écran de 27"', 'un écran de 27"'),
    # apostrophes in words, not quotes
    ("C'est l'été", "C’est l’été"),
    ("aujourd'hui, quelqu'un", "aujourd’hui, quelqu’un"),
    ("l'État, d'Orsay", "l’État, d’Orsay"),
    ("'entre apostrophes'", "'entre apostrophes'"),
    # ellipsis
    ("Attendez...", "Attendez…"),
    ("Attendez... quoi ?", f"Attendez… quoi{F}?"),
    ("Quatre....", "Quatre...."),
    # double spaces
    ("Deux  espaces", "Deux espaces"),
    ("Trois   espaces", "Trois espaces"),
    # numbers: grouped where safe
    ("10000 personnes", f"10{F}000 personnes"),
    ("1234567 euros", f"1{F}234{F}567 euros"),
    ("10 000 personnes", f"10{F}000 personnes"),
    ("12345,678 mètres", f"12{F}345,678 mètres"),
]

TRAPS: list[str] = [
    # already correct, and the writer's own no-break spaces
    f"Bonjour{F}! Quoi{F}? Note{N}: «{N}oui{N}»",
    f"«{N}On attendait ça depuis deux ans{N}!{N}», sourit-elle.",
    f"Note{F}: une fine avant le deux-points, choisie par la rédaction.",
    f"Il y a 42{F}000 documents et 1{F}200 usagers.",
    # addresses, times, ratios
    "Voir https://www.example.org/page?id=3&x=2 pour le détail",
    "http://example.org:8080/a;b?c=d!e",
    "Tapez http:// puis l’adresse, ou file:///home/desk",
    "mailto:desk@example.org",
    "tel:+33123456789",
    "Écrivez à jean.dupont@example.org",
    "Voir www.example.org/a?b",
    "Voir example.org/ressources?x=1",
    "Rendez-vous à 14:30, fin à 18:45:10",
    "Rendez-vous à 14 h 30",
    "Un score de 3:2, un format 16:9",
    # numbers that are not quantities
    "En 2024, en 1998 et en l’an 2000",
    "75001 Paris, 69004 Lyon",
    "Appelez le 0612345678",
    "Le n° 12345 et la réf. 98765",
    "pi vaut 3,14159265",
    "La version 1.23456",
    "ISBN 9782070368228",
    "le dossier A12345",
]

REGIONS: list[tuple[str, str, str]] = [
    ("fr-CH", "Bonjour ! Note : «oui» ; fin ?", f"Bonjour{F}! Note{F}: «{F}oui{F}»{F}; fin{F}?"),
    ("fr-CA", "Bonjour ! Note : «oui» ; fin ?", f"Bonjour! Note{N}: «{N}oui{N}»; fin?"),
    ("fr-CA", "Bonjour!", "Bonjour!"),
    ("fr-CA", f"Bonjour{F}!", f"Bonjour{F}!"),
    ("fr-BE", "Bonjour !", f"Bonjour{F}!"),
    ("fr-FR", "Note : oui", f"Note{N}: oui"),
]

ENGLISH: list[tuple[str, str]] = [
    ('She said "hello".', "She said “hello”."),
    ("It's John's book", "It’s John’s book"),
    ("the students' union", "the students’ union"),
    ("in the '90s", "in the ’90s"),
    ("'Hello,' she said", "‘Hello,’ she said"),
    ("She said, \"He told me 'no' yesterday.\"", "She said, “He told me ‘no’ yesterday.”"),
    ("Wait...", "Wait…"),
    ("Really ? Yes !", "Really ? Yes !"),
    ("Two  spaces", "Two spaces"),
    ("10000 people", "10000 people"),
    ("See https://example.org/it's", "See https://example.org/it's"),
]


@pytest.mark.parametrize(("typed", "expected"), FRENCH)
def test_french_rules(typed: str, expected: str) -> None:
    assert fix_text(typed, "fr") == expected


@pytest.mark.parametrize("text", TRAPS)
def test_traps_are_left_alone(text: str) -> None:
    assert fix_text(text, "fr") == text
    assert corrections(text, "fr") == []


@pytest.mark.parametrize(("language", "typed", "expected"), REGIONS)
def test_regional_profiles(language: str, typed: str, expected: str) -> None:
    assert fix_text(typed, language) == expected


@pytest.mark.parametrize(("typed", "expected"), ENGLISH)
def test_english_rules(typed: str, expected: str) -> None:
    assert fix_text(typed, "en-GB") == expected


def test_profiles_by_language_tag() -> None:
    assert profile_for("fr").name == "fr-FR"
    assert profile_for("fr_ch").name == "fr-CH"
    assert profile_for("fr-CA").name == "fr-CA"
    assert profile_for("fr-LU").name == "fr-FR"
    assert profile_for("en-US").name == "en"
    assert profile_for("de").name == "neutral"
    assert fix_text("Hallo ! „Ja“...  gut", "de") == "Hallo ! „Ja“… gut"


def test_corrections_point_at_the_original_text() -> None:
    text = "Il dit : « oui »"
    fixes = corrections(text, "fr")
    assert [(c.start, c.end, c.replacement, c.rule) for c in fixes] == [
        (6, 7, N, "space-before-colon"),
        (10, 11, N, "space-inside-guillemets"),
        (14, 15, N, "space-inside-guillemets"),
    ]
    assert apply(text, fixes) == fix_text(text, "fr")


def test_a_quote_and_its_spaces_are_one_fix_for_the_reader() -> None:
    fixes = grouped(corrections('"oui"', "fr"))
    assert [(c.start, c.end, c.replacement, c.rule) for c in fixes] == [
        (0, 1, f"«{N}", "straight-quotes"),
        (4, 5, f"{N}»", "straight-quotes"),
    ]


def test_accented_capitals_are_suggestions() -> None:
    text = "Etat et Ecole. A Lyon, la classe A reste. L'ETAT, les Etats-Unis."
    found = {(text[c.start : c.end], c.replacement) for c in accent_suggestions(text, "fr")}
    assert found == {
        ("Etat", "État"),
        ("Ecole", "École"),
        ("A", "À"),
        ("ETAT", "ÉTAT"),
        ("Etats-Unis", "États-Unis"),
    }
    assert fix_text(text, "fr").count("Etat") == 2  # never applied by the safe fixes
    assert accent_suggestions("Etat", "en") == []


_PLAIN_ACCENT_WORDS = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(map(re.escape, _ACCENT_TABLE), key=len, reverse=True))
    + r")(?![\w])"
    + r"|(?:^|(?<=[.!?…]\s))A(?=[^\S\n]+[^\W\d_])"
)
"""The accented capitals' pattern written the plain way: each word not inside a longer one."""
_AROUND = ["", " ", "-", "_", "\n", ". ", "! ", "…\u00a0", "x", "é", "9", "« ", "'"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from([*_ACCENT_TABLE, "A", "a", "Etat", "ETATS", "Ile", "Eta"]),
            st.sampled_from(_AROUND),
        ),
        max_size=12,
    )
)
def test_accented_capitals_are_found_where_the_plain_pattern_finds_them(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(word + after for word, after in pieces)
    found = [(c.start, c.end) for c in accent_suggestions(text, "fr")]
    if _capital_aei(text):
        assert found == [m.span() for m in _PLAIN_ACCENT_WORDS.finditer(text)]


def test_accented_capitals_in_the_benchmark_s_long_read_and_the_sample() -> None:
    for art in (build(SIZES["longread"]), storage.load(SAMPLE)):
        for block in art.blocks:
            text = block.plain_text
            found = [(c.start, c.end) for c in accent_suggestions(text, "fr")]
            expected = [m.span() for m in _PLAIN_ACCENT_WORDS.finditer(text)]
            assert found == (expected if _capital_aei(text) else [])


_PLAIN_WORTH_A_LOOK = re.compile(r"[\"'«»“”;:!?]|\.\.\.|  |\d{3}")
"""What the typography's review looks for before it looks closer, as one pattern."""


@given(st.lists(st.sampled_from([*"\"'«»“”;:!?. \u00a0\n0123456789٣۴x", "..", "  ", "12"])))
def test_text_worth_a_closer_look_is_what_the_plain_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _worth_a_look(text) is (_PLAIN_WORTH_A_LOOK.search(text) is not None)


def test_review_finds_what_no_fix_settles() -> None:
    found = review("« Il a dit 'oui' et \"non", "fr")
    assert found.unbalanced == (0,)
    text = "« Il a dit 'oui' et \"non"
    assert {text[i] for i in found.unpaired} == {"'", '"'}
    assert review(f"«{N}Bonjour{N}»", "fr").clean


def test_marks_stay_in_place() -> None:
    block = para("Il a dit ", em('"bonjour"'), " ", strong("vraiment"), " !", link("ici", "u"))
    fixed = fix_runs(block.text, "fr")
    assert text_of(fixed) == f"Il a dit «{N}bonjour{N}» vraiment{F}!ici"
    assert [(r.text, sorted(r.marks)) for r in fixed] == [
        ("Il a dit ", []),
        (f"«{N}bonjour{N}»", ["em"]),
        (" ", []),
        ("vraiment", ["strong"]),
        (f"{F}!", []),
        ("ici", ["link"]),
    ]


# -- as you type -------------------------------------------------------------------------------


def typed(keys: str, language: str) -> str:
    """The text after typing `keys` one by one, each correction applied as the editor does."""
    text, cursor = "", 0
    for key in keys:
        text = text[:cursor] + key + text[cursor:]
        cursor += 1
        fix = fix_as_you_type(text, cursor, language)
        if fix is not None:
            text, cursor = apply(text, [fix]), fix.cursor_after(cursor)
    return text


def test_typing_bonjour_exclamation() -> None:
    fix = fix_as_you_type("Bonjour !", 9, "fr")
    assert fix is not None
    assert (fix.start, fix.end, fix.replacement) == (7, 8, F)
    assert apply("Bonjour !", [fix]) == f"Bonjour{F}!" and fix.cursor_after(9) == 9


@pytest.mark.parametrize(
    ("language", "keys"),
    [
        ("fr", 'Il a dit "bonjour" !'),
        ("fr", 'Il a dit "je veux "partir" maintenant" !'),
        ("fr", "C'est l'été : il fait chaud ; non ?"),
        ("fr", "« Oui », dit-il..."),
        ("fr", "Voir https://example.org/a?b=1 ou desk@example.org à 14:30 !"),
        ("fr-CH", "Note : «oui» !"),
        ("fr-CA", "Bonjour ! « Oui » : non ?"),
        ("en", "She said, \"He told me 'no' in the '90s...\""),
    ],
)
def test_typing_gives_what_the_check_would_fix(language: str, keys: str) -> None:
    assert typed(keys, language) == fix_text(keys, language)


def test_typing_in_the_middle_of_a_paragraph_looks_only_near_the_cursor() -> None:
    text = "x" * 5000 + " !" + "y" * 5000
    fix = fix_as_you_type(text, 5002, "fr")
    assert fix is not None and (fix.start, fix.end, fix.replacement) == (5000, 5001, F)
    assert fix_as_you_type(text, 10, "fr") is None
    assert fix_as_you_type("", 0, "fr") is None


# -- properties --------------------------------------------------------------------------------

PIECES = [
    *"aéZ19 ;:!?«»\"'’“”.,()-—/\n",
    "  ",
    N,
    F,
    "...",
    "…",
    "http://x.org/a?b",
    "14:30",
    "3:2",
    "10000",
    "1 000",
    "n° 12345",
    "www.a.fr",
    "a@b.co",
    "l'",
    "Etat",
]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), words())
languages = st.sampled_from(["fr", "fr-CH", "fr-CA", "en", "de"])
_SET_ASIDE = re.compile(r"[\s\"'«»“”‘’]+")


@given(texts, languages)
def test_fixing_twice_changes_nothing(text: str, language: str) -> None:
    once = fix_text(text, language)
    assert fix_text(once, language) == once


@given(texts, languages)
def test_only_spaces_quotes_apostrophes_and_ellipses_change(text: str, language: str) -> None:
    fixed = fix_text(text, language)

    def core(value: str) -> str:
        return _SET_ASIDE.sub("", value.replace("…", "..."))

    assert core(fixed) == core(text)
    assert only_typography_changed(text, fixed)


@given(texts, languages)
def test_corrections_are_ordered_and_apart(text: str, language: str) -> None:
    fixes = corrections(text, language)
    assert all(a.end <= b.start for a, b in itertools.pairwise(fixes))
    assert all(0 <= c.start <= c.end <= len(text) for c in fixes)


def test_the_written_out_spaces_are_every_space_but_the_line_break() -> None:
    """The table of horizontal spaces is written out for a quick start; it must stay what
    Python calls a space (any character), the line break apart."""
    from editor.model import typography

    spaces = {chr(code) for code in range(0x110000) if chr(code).isspace()} - {"\n"}
    assert spaces == typography._HORIZONTAL_SPACE

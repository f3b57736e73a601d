"""Which letters lean: Latin, Greek and Cyrillic take the italic; every other script stands
upright (its letters, digits and punctuation), with the spaces and shared punctuation that follow
up to the next slanted letter."""

from __future__ import annotations

from editor.app import slant


def test_french_greek_and_cyrillic_lean_whole() -> None:
    for text in ("Le maire l’a dit : « non » !", "Η εφημερίδα", "Газета пишет", "Œuvre ﬁnale", ""):
        assert slant.pieces(text) == [(0, text, False)]


def test_an_arabic_word_in_french_stands_upright_with_the_space_after_it() -> None:
    assert slant.pieces("Le mot الانتخابات revient.") == [
        (0, "Le mot ", False),
        (7, "الانتخابات ", True),
        (18, "revient.", False),
    ]


def test_a_phrase_in_another_script_stands_upright_to_its_end() -> None:
    for text in ("تغطي الصحيفة الانتخابات.", "העיתון מסקר את הבחירות", "新聞が報じた。", "हिंदी की"):
        assert slant.pieces(text) == [(0, text, True)]  # vowel signs and marks go with it


def test_scripts_alternate() -> None:
    assert [(p, up) for _, p, up in slant.pieces("日本 and 한국 2026")] == [
        ("日本 ", True),
        ("and ", False),
        ("한국 2026", True),
    ]


def test_digits_and_punctuation_alone_have_no_script() -> None:
    assert not slant.has_upright("2026 : « » – 12,5 %")
    assert not slant.has_slanted("2026 : « » – 12,5 %")
    assert slant.has_upright("٢٠٢٦ مراسلنا") and not slant.has_slanted("مراسلنا")
    assert slant.has_slanted("é") and not slant.has_upright("é")


def test_an_arabic_comma_or_digit_alone_stands_upright() -> None:
    assert slant.pieces("Le mot، puis ٢٠٢٦.") == [
        (0, "Le mot", False),
        (6, "، ", True),
        (8, "puis ", False),
        (13, "٢٠٢٦.", True),
    ]
    assert slant.pieces("中文。") == [(0, "中文。", True)]

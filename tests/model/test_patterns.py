"""A pattern compiled on first use answers as the compiled pattern does."""

from __future__ import annotations

import re

from editor.model.patterns import Pattern

TEXTS = ("", "Le 14 juillet 2025", "« Oui ! » dit-il.  Non ?", "aaa bab abba")
SOURCES = ((r"(a)(b)?", 0), (r"\d+", 0), (r"[«»!?]", 0), (r"OUI|non", re.I))


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_every_method_answers_as_re_compile() -> None:
    for source, flags in SOURCES:
        lazy, compiled = Pattern(source, flags), re.compile(source, flags)
        for text in TEXTS:
            assert [m.span() for m in lazy.finditer(text, 2)] == [
                m.span() for m in compiled.finditer(text, 2)
            ]
            assert _span(lazy.search(text, 3)) == _span(compiled.search(text, 3))
            assert _span(lazy.match(text)) == _span(compiled.match(text))
            assert _span(lazy.fullmatch(text)) == _span(compiled.fullmatch(text))
            assert lazy.findall(text) == compiled.findall(text)
            assert lazy.sub("·", text) == compiled.sub("·", text)
            assert lazy.split(text) == compiled.split(text)


def test_a_pattern_is_compiled_once_and_only_when_used() -> None:
    pattern = Pattern(r"\d{3}")
    assert "search" not in vars(pattern)  # nothing compiled yet
    assert pattern.search("le 14") is None
    compiled = vars(pattern)["search"].__self__
    assert isinstance(compiled, re.Pattern) and compiled.pattern == r"\d{3}"
    assert all(getattr(pattern, name).__self__ is compiled for name in ("finditer", "sub"))

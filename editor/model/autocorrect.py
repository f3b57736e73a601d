"""Typography as you type: the correction the character just typed calls for.

The same rules as `typography.corrections`, looking only back from the cursor (the
rest of the sentence is not typed yet), so typing a sentence gives the text the
check would have fixed, at a cost that does not grow with the paragraph. Each
correction is one edit the editor applies as its own undo step: Ctrl+Z right after
it gives back exactly what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from editor.model.typography import (
    _AFTER_OPENING,
    _NO_SPACE_AFTER,
    HIGH_SIGNS,
    NO_BREAK,
    STRAIGHT,
    Correction,
    Profile,
    _depth_marks,
    profile_for,
)

_SCHEMES = frozenset({"http", "https", "ftp", "sftp", "mailto", "tel", "file", "urn", "news"})


def _looks_like_address(token: str) -> bool:
    return (
        "@" in token
        or "/" in token
        or token.lower().startswith("www.")
        or token.lower() in _SCHEMES
        or bool(re.search(r"\w\.\w", token))
    )


def _space_run_before(text: str, index: int) -> int:
    start = index
    while start > 0 and text[start - 1] != "\n" and text[start - 1].isspace():
        start -= 1
    return start


def _token_before(text: str, index: int) -> str:
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:index]


def _typed_high_sign(text: str, cursor: int, profile: Profile) -> Correction | None:
    sign = text[cursor - 1]
    if sign not in profile.before:
        return None
    start = _space_run_before(text, cursor - 1)
    left = text[start - 1] if start else None
    if left is None or left in HIGH_SIGNS or left in _NO_SPACE_AFTER:
        return None
    if (sign == ":" and left.isdigit()) or _looks_like_address(_token_before(text, start)):
        return None
    return _gap_fix(text, start, cursor - 1, profile.before[sign], "space-before-punctuation")


def _gap_fix(text: str, start: int, end: int, wanted: str, rule: str) -> Correction | None:
    space = text[start:end]
    own = next((ch for ch in space if ch in NO_BREAK), None)
    replacement = own if own is not None else wanted
    return None if replacement == space else Correction(start, end, replacement, rule)


def _open_quotes(text: str, end: int, profile: Profile) -> list[str]:
    """The quotes still open before `end`, innermost last."""
    openers, closers = _depth_marks(profile)
    stack: list[str] = []
    for ch in text[:end]:
        if ch in openers:
            stack.append(ch)
        elif ch in closers and stack:
            stack.pop()
    return stack


def _typed_double_quote(text: str, cursor: int, profile: Profile) -> Correction | None:
    if not profile.quotes or _looks_like_address(_token_before(text, cursor - 1)):
        return None
    stack = _open_quotes(text, cursor - 1, profile)
    before = text[cursor - 2] if cursor > 1 else None
    opens = before is None or before.isspace() or before in _AFTER_OPENING + "«“"
    inside = profile.inside_guillemets
    if opens:
        opening = profile.quotes[min(len(stack), len(profile.quotes) - 1)][0]
        after = text[cursor : cursor + 1]
        glued = bool(after) and after in NO_BREAK
        space = inside if opening == "«" and inside and not glued else ""
        return Correction(cursor - 1, cursor, opening + space, "straight-quotes")
    if not stack:
        return None
    closing = dict(profile.quotes).get(stack[-1], "”")
    start = cursor - 1
    if closing == "»" and inside:
        start = _space_run_before(text, cursor - 1)
        space = text[start : cursor - 1]
        own = next((ch for ch in space if ch in NO_BREAK), inside)
        return Correction(start, cursor, (own if start else "") + closing, "straight-quotes")
    return Correction(start, cursor, closing, "straight-quotes")


def _typed_guillemet(text: str, cursor: int, profile: Profile) -> Correction | None:
    inside = profile.inside_guillemets
    if inside is None:
        return None
    if text[cursor - 1] == "«":
        after = text[cursor : cursor + 1]
        if after in NO_BREAK and after:
            return None
        end = cursor + 1 if after == " " else cursor
        return Correction(cursor, end, inside, "space-inside-guillemets")
    start = _space_run_before(text, cursor - 1)
    if not start or text[start - 1] in STRAIGHT:
        return None
    return _gap_fix(text, start, cursor - 1, inside, "space-inside-guillemets")


def _typed_apostrophe(text: str, cursor: int, profile: Profile) -> Correction | None:
    if _looks_like_address(_token_before(text, cursor - 1)):
        return None
    before = text[cursor - 2] if cursor > 1 else None
    if profile.language == "fr":
        ok = before is not None and before.isalpha()
        return Correction(cursor - 1, cursor, "’", "straight-apostrophe") if ok else None
    if profile.language != "en":
        return None
    at_start = before is None or before.isspace() or before in _AFTER_OPENING + '"“'
    return Correction(cursor - 1, cursor, "‘" if at_start else "’", "straight-apostrophe")


def _typed_digit(text: str, cursor: int, profile: Profile) -> Correction | None:
    """In English, a quote before two digits was an apostrophe: the ’90s."""
    if profile.language != "en" or text[cursor - 2 : cursor - 1] != "‘":
        return None
    opens = cursor < 3 or text[cursor - 3].isspace()
    return Correction(cursor - 2, cursor - 1, "’", "straight-apostrophe") if opens else None


def _typed_dot(text: str, cursor: int, profile: Profile) -> Correction | None:
    if text[cursor - 3 : cursor] != "..." or (cursor > 3 and text[cursor - 4] == "."):
        return None
    if text[cursor : cursor + 1] == "." or _looks_like_address(_token_before(text, cursor - 3)):
        return None
    return Correction(cursor - 3, cursor, "…", "ellipsis")


def _typed_space(text: str, cursor: int, profile: Profile) -> Correction | None:
    inside = profile.inside_guillemets
    if inside is None or cursor < 2:
        return None
    if text[cursor - 2] == "«":
        return Correction(cursor - 1, cursor, inside, "space-inside-guillemets")
    if cursor >= 3 and text[cursor - 3] == "«" and text[cursor - 2] in NO_BREAK:
        return Correction(cursor - 1, cursor, "", "space-inside-guillemets")
    return None


_TYPED: Mapping[str, Callable[[str, int, Profile], Correction | None]] = MappingProxyType(
    {
        **dict.fromkeys(HIGH_SIGNS, _typed_high_sign),
        '"': _typed_double_quote,
        "«": _typed_guillemet,
        "»": _typed_guillemet,
        "'": _typed_apostrophe,
        ".": _typed_dot,
        " ": _typed_space,
        **dict.fromkeys("0123456789", _typed_digit),
    }
)


def fix_as_you_type(
    text: str, cursor: int, language: str, profile: Profile | None = None
) -> Correction | None:
    """The correction the character just typed (before `cursor`) calls for, if any.

    Looks only near the cursor, so it costs the same in a long paragraph. The editor
    applies it as its own undo step, so Ctrl+Z gives back what was typed.
    """
    if not 0 < cursor <= len(text):
        return None
    handler = _TYPED.get(text[cursor - 1])
    return handler(text, cursor, profile or profile_for(language)) if handler else None

"""French and English typography as pure functions, for typing and for the check.

`corrections(text, profile)` lists every safe fix in a string as edits on the
original offsets, so the check can point at each one and `fix_text` can apply
them all; `editor.model.autocorrect.fix_as_you_type` applies the same rules to
what was just typed, so the editor can call it on every keystroke. The rules work
on the gaps between characters: the space wanted before `; : ! ?` or inside « »
depends only on the characters either side, which is what makes a fixed text a
fixed point (fixing twice changes nothing).

Regional profiles, where the rules differ:

- France (fr, fr-FR, fr-BE…): narrow no-break space (U+202F) before ; ! ?, no-break
  space (U+00A0) before : and inside « » (Lexique des règles typographiques en usage
  à l'Imprimerie nationale).
- Switzerland (fr-CH): narrow no-break space before all four high signs, colon
  included, and inside « », as the Swiss reference (Guide du typographe, Groupe de
  Lausanne) prescribes a fine space for each of them.
- Canada (fr-CA): no space before ; ! ?, no-break space before : and inside « »,
  as the Office québécois de la langue française advises for word-processed text.

No-break spaces the writer typed are kept: a U+00A0 before « ! » is a house choice,
not a mistake. Nothing changes inside URLs, e-mail addresses, times (14:30) or
ratios (3:2).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from editor.model.inline import Run, Text, normalize, text_of
from editor.model.patterns import Pattern

NBSP = "\u00a0"
NNBSP = "\u202f"
NO_BREAK = "\u00a0\u202f\u2007\u2060"
HIGH_SIGNS = ";:!?"
STRAIGHT = "\"'"
_NO_SPACE_AFTER = "([{«“‘\"'\n"
"""After these, a high sign takes no space ("(!)", "«?")."""


@dataclass(frozen=True, slots=True)
class Profile:
    """One region's rules. `before` maps a high sign to the space it takes ("" none)."""

    name: str
    language: str
    before: Mapping[str, str] = field(default_factory=dict)
    inside_guillemets: str | None = None
    thousands: str | None = None
    quotes: tuple[tuple[str, str], ...] = ()
    """Opening and closing quote by nesting depth."""


def _profile(
    name: str,
    language: str,
    before: Mapping[str, str] | None = None,
    inside_guillemets: str | None = None,
    thousands: str | None = None,
    quotes: tuple[tuple[str, str], ...] = (),
) -> Profile:
    before = MappingProxyType(dict(before or {}))
    return Profile(name, language, before, inside_guillemets, thousands, quotes)


_FRENCH_QUOTES = (("«", "»"), ("“", "”"))
PROFILES: Mapping[str, Profile] = MappingProxyType(
    {
        p.name: p
        for p in (
            _profile(
                "fr-FR",
                "fr",
                before={";": NNBSP, "!": NNBSP, "?": NNBSP, ":": NBSP},
                inside_guillemets=NBSP,
                thousands=NNBSP,
                quotes=_FRENCH_QUOTES,
            ),
            _profile(
                "fr-CH",
                "fr",
                before={";": NNBSP, "!": NNBSP, "?": NNBSP, ":": NNBSP},
                inside_guillemets=NNBSP,
                thousands=NNBSP,
                quotes=_FRENCH_QUOTES,
            ),
            _profile(
                "fr-CA",
                "fr",
                before={";": "", "!": "", "?": "", ":": NBSP},
                inside_guillemets=NBSP,
                thousands=NBSP,
                quotes=_FRENCH_QUOTES,
            ),
            _profile("en", "en", quotes=(("“", "”"), ("‘", "’"))),
            _profile("neutral", ""),
        )
    }
)
"""Every profile by name; `neutral` (other languages) only sets ellipses and double spaces."""


def profile_for(language: str) -> Profile:
    """The profile for a language tag: fr-CH and fr-CA have their own, other fr is France."""
    tag = language.strip().replace("_", "-").lower()
    primary, _, region = tag.partition("-")
    if primary == "fr":
        return PROFILES.get(f"fr-{region[:2].upper()}", PROFILES["fr-FR"])
    return PROFILES["en"] if primary == "en" else PROFILES["neutral"]


def _resolve(profile: Profile | str) -> Profile:
    return profile if isinstance(profile, Profile) else profile_for(profile)


@dataclass(frozen=True, slots=True)
class Correction:
    """Replace characters [start, end) by `replacement`; `rule` says which rule asks."""

    start: int
    end: int
    replacement: str
    rule: str

    def cursor_after(self, cursor: int) -> int:
        """Where a cursor at `cursor` goes once applied: after the replacement if it touched it."""
        if cursor < self.start:
            return cursor
        if cursor <= self.end:
            return self.start + len(self.replacement)
        return cursor + len(self.replacement) - (self.end - self.start)


RULES: Mapping[str, str] = MappingProxyType(
    {
        "space-before-punctuation": "The space before ; ! ? follows the regional rule.",
        "space-before-colon": "A colon takes a no-break space before it.",
        "space-inside-guillemets": "Guillemets take no-break spaces inside them.",
        "straight-quotes": "Straight quotes become typographic quotes.",
        "straight-apostrophe": "The apostrophe is typographic (’).",
        "ellipsis": "Three dots are one ellipsis character (…).",
        "double-space": "One space between words.",
        "number-grouping": "Digits of large numbers are grouped in threes (10 000).",
        "unpaired-quote": "A straight quote without its pair.",
        "unbalanced-quotes": "Opening and closing quotes pair up.",
        "accented-capital": "Capitals keep their accents (État, École, À).",
    }
)
"""Every typography rule by code; the first eight are safe fixes."""


# -- what must not change ----------------------------------------------------------------------

_TRAILING = ".,;:!?)]»”’'…"
_PROTECTED: tuple[tuple[Pattern, Pattern], ...] = (
    (Pattern("://"), Pattern(r"\b[a-z][a-z0-9+.\-]*://[^\s«»<>\"]*", re.I)),
    (Pattern(":"), Pattern(r"\b(?:mailto|tel|urn|news|sms|geo|data):[^\s«»<>\"]+", re.I)),
    (Pattern("www\\.", re.I), Pattern(r"\bwww\.[^\s«»<>\"]+", re.I)),
    (Pattern("@"), Pattern(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")),
    (Pattern("/"), Pattern(r"\b[\w\-]+(?:\.[\w\-]+)+/[^\s«»<>\"]*")),
    (Pattern(r"\d:\d"), Pattern(r"\d+(?::\d+)+")),
)
"""Addresses, times and ratios; each pattern runs only where its quick test finds a hint."""


class _Guard:
    """The spans of a text where no rule applies: addresses, times, ratios."""

    def __init__(self, text: str) -> None:
        spans: list[tuple[int, int]] = []
        for hint, pattern in _PROTECTED:
            if not hint.search(text):
                continue
            for match in pattern.finditer(text):
                start, end = match.span()
                while end > start and text[end - 1] in _TRAILING:
                    end -= 1
                if end > start:
                    spans.append((start, end))
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def covers(self, index: int) -> bool:
        at = bisect_right(self._starts, index) - 1
        return at >= 0 and index < self._ends[at]


# -- quotes ------------------------------------------------------------------------------------

_OPEN, _CLOSE, _EITHER = "open", "close", "either"
_STRAIGHT_DOUBLE = Pattern('"')
_STRAIGHT_SINGLE = Pattern("'")
_STRAIGHT_ANY = Pattern("[\"']")
_ANY_DOUBLE = Pattern('["«»“”]')
_THREE_DIGITS = Pattern(r"\d\d\d")
"""Three digits in a row, written to open on a digit: the engine then skips from digit to
digit, where a repeat was tried at every character (half the typography's first look)."""


def _capital_aei(text: str) -> bool:
    """Whether the text holds a capital A, E or I: three scans in C, a sixth of a pattern's."""
    return "A" in text or "E" in text or "I" in text


def _offsets(pattern: Pattern, text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


_QUOTE_CHARS = '"«»“”'
_AFTER_OPENING = "([{—–-/"
_BEFORE_CLOSING = ".,;:!?)]}…'’‘"


def _role(text: str, index: int) -> str:
    """Whether a straight quote opens or closes, from its neighbours alone."""
    before = text[index - 1] if index else None
    after = text[index + 1] if index + 1 < len(text) else None
    opens = before is None or before.isspace() or before in _AFTER_OPENING
    closes = after is None or after.isspace() or after in _BEFORE_CLOSING
    if opens != closes:
        return _OPEN if opens else _CLOSE
    return _EITHER


def _depth_marks(profile: Profile) -> tuple[str, str]:
    if profile.language == "fr":
        return "«“", "»”"
    return ("“", "”") if profile.quotes else ("", "")


def _quote_glyphs(text: str, profile: Profile, guard: _Guard) -> dict[int, str]:
    """The typographic quote for each straight double quote that has a pair."""
    if '"' not in text or not profile.quotes:
        return {}
    stack: list[int] = []
    closer_of: dict[int, int] = {}
    for index in _offsets(_STRAIGHT_DOUBLE, text):
        if guard.covers(index):
            continue
        role = _role(text, index)
        if role == _CLOSE or (role == _EITHER and stack):
            if stack:
                closer_of[stack.pop()] = index
        else:
            stack.append(index)
    if not closer_of:
        return {}
    closers_paired = set(closer_of.values())
    openers, closers = _depth_marks(profile)
    glyphs: dict[int, str] = {}
    depth = 0
    for match in _ANY_DOUBLE.finditer(text):
        index, ch = match.start(), match.group()
        if index in closer_of:
            opening, closing = profile.quotes[min(depth, len(profile.quotes) - 1)]
            glyphs[index], glyphs[closer_of[index]] = opening, closing
            depth += 1
        elif index in closers_paired or ch in closers:
            depth = max(0, depth - 1)
        elif ch in openers:
            depth += 1
    return glyphs


_ENGLISH_ELISIONS = Pattern(r"(?:\d\d|tis\b|twas\b|em\b|cause\b|til\b|n\b)", re.I)


def _apostrophe(text: str, index: int, profile: Profile) -> str | None:
    before = text[index - 1] if index else None
    after = text[index + 1] if index + 1 < len(text) else None
    if profile.language == "fr":
        if before is None or after is None or not before.isalpha():
            return None
        return "’" if after.isalnum() or after in _QUOTE_CHARS else None
    if profile.language != "en":
        return None
    at_start = before is None or before.isspace() or before in _AFTER_OPENING
    after_quote = before is not None and before in _QUOTE_CHARS
    if (at_start or after_quote) and after is not None and after.isalnum():
        return "’" if _ENGLISH_ELISIONS.match(text, index + 1) else "‘"
    return None if at_start else "’"


# -- gaps: the space between two characters ----------------------------------------------------

_GAP_ANCHORS = Pattern(r'[;:!?»«"]| {2,}')
_DOUBLE_SPACES = Pattern(r"[ ]{2,}")
_HORIZONTAL_SPACE = frozenset(
    "\t\v\f\r\x1c\x1d\x1e\x1f \x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character `str.isspace` counts but the line break, written out: asking all 12 289
characters up to U+3000 took every start of the program 1–2 ms."""


def _gap_sites(text: str, french: bool) -> list[tuple[int, int]]:
    """The gaps worth a look: spaces (or none) before ; : ! ? » and after «, double spaces.

    Scanning for these few characters, rather than trying a pattern at every offset,
    keeps a long article's check fast.
    """
    if not french:
        return [m.span() for m in _DOUBLE_SPACES.finditer(text)]
    sites: dict[int, int] = {}
    for match in _GAP_ANCHORS.finditer(text):
        found, at = match.group(), match.start()
        if found[0] == " ":
            sites.setdefault(at, match.end())
            continue
        if found in ';:!?»"':
            start = at
            while start and text[start - 1] in _HORIZONTAL_SPACE:
                start -= 1
            if start < at or (at and not text[at - 1].isspace()):
                sites[start] = max(sites.get(start, at), at)
        if found in '«"':
            end = match.end()
            while end < len(text) and text[end] in _HORIZONTAL_SPACE:
                end += 1
            if end > match.end() or (end < len(text) and not text[end].isspace()):
                sites[match.end()] = max(sites.get(match.end(), end), end)
    kept: list[tuple[int, int]] = []
    for start, end in sorted(sites.items()):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _wanted_gap(left: str | None, right: str | None, profile: Profile) -> tuple[str, str] | None:
    """The space a gap should hold between two final characters, and the rule; None: free."""
    if left == "\n":
        left = None
    after_word = left is not None and left not in HIGH_SIGNS and left not in _NO_SPACE_AFTER
    if right is not None and right in profile.before and after_word:
        rule = "space-before-colon" if right == ":" else "space-before-punctuation"
        return profile.before[right], rule
    inside = profile.inside_guillemets
    if inside is None or left is None or right is None or right == "\n":
        return None
    if (left == "«" and right not in STRAIGHT) or (right == "»" and left not in STRAIGHT):
        return inside, "space-inside-guillemets"
    return None


def _gap(
    text: str, start: int, end: int, profile: Profile, glyphs: Mapping[int, str], guard: _Guard
) -> Correction | None:
    space = text[start:end]
    left = glyphs.get(start - 1, text[start - 1]) if start else None
    right = glyphs.get(end, text[end]) if end < len(text) else None
    wanted = None if right is not None and guard.covers(end) else _wanted_gap(left, right, profile)
    if wanted is None:
        tidy = _DOUBLE_SPACES.sub(" ", space)
        return Correction(start, end, tidy, "double-space") if tidy != space else None
    replacement, rule = wanted
    own = next((ch for ch in space if ch in NO_BREAK), None)
    if own is not None:
        replacement = own
    return None if replacement == space else Correction(start, end, replacement, rule)


# -- numbers -----------------------------------------------------------------------------------

_DIGITS = Pattern(r"(?<![\w.…,/+\-#°])[1-9]\d{4,11}(?![\w/\-])(?!\.\d)")
_SPACED_DIGITS = Pattern(r"(?<![\w.…,\u00a0\u202f])[1-9]\d{0,2}(?: +\d{3})+(?![\w\u00a0\u202f])")
_SPACES = Pattern(" +")
_NOT_A_QUANTITY = Pattern(
    r"(?:n[°º]|nos?|tél\.?|tel\.?|fax|isbn|issn|réf\.?|ref\.?|code|cp|bp|siret|siren)\s*$", re.I
)
_POSTCODE_AFTER = Pattern(r"[^\S\n]+[A-ZÀ-Þ]")


def _numbers(text: str, profile: Profile, guard: _Guard) -> list[Correction]:
    """Group the digits of quantities; leave codes, postcodes, phone numbers and decimals."""
    sep = profile.thousands
    if sep is None or not _THREE_DIGITS.search(text):
        return []
    found: list[Correction] = []
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        if guard.covers(start) or _NOT_A_QUANTITY.search(text, max(0, start - 8), start):
            continue
        if end - start == 5 and _POSTCODE_AFTER.match(text, end):
            continue
        found.extend(Correction(at, at, sep, "number-grouping") for at in range(end - 3, start, -3))
    for match in _SPACED_DIGITS.finditer(text):
        if guard.covers(match.start()):
            continue
        found.extend(
            Correction(match.start() + m.start(), match.start() + m.end(), sep, "number-grouping")
            for m in _SPACES.finditer(match.group())
        )
    return found


# -- the fixes of a text -----------------------------------------------------------------------

_ELLIPSIS = Pattern(r"(?<!\.)\.\.\.(?!\.)")


def corrections(text: str, profile: Profile | str) -> list[Correction]:
    """Every safe typography fix in `text`, on its original offsets, in order."""
    return _fixes(text, _resolve(profile), _Guard(text)) if text else []


def _fixes(text: str, profile: Profile, guard: _Guard) -> list[Correction]:
    glyphs = _quote_glyphs(text, profile, guard)
    found = [Correction(i, i + 1, g, "straight-quotes") for i, g in glyphs.items()]
    if "'" in text:
        for index in _offsets(_STRAIGHT_SINGLE, text):
            glyph = None if guard.covers(index) else _apostrophe(text, index, profile)
            if glyph is not None:
                glyphs[index] = glyph
                found.append(Correction(index, index + 1, glyph, "straight-apostrophe"))
    if "..." in text:
        found.extend(
            Correction(m.start(), m.end(), "…", "ellipsis")
            for m in _ELLIPSIS.finditer(text)
            if not guard.covers(m.start())
        )
    for start, end in _gap_sites(text, profile.language == "fr"):
        fix = _gap(text, start, end, profile, glyphs, guard)
        if fix is not None:
            found.append(fix)
    numbers = _numbers(text, profile, guard)
    if numbers:
        taken = {(c.start, c.end) for c in numbers}
        found = [c for c in found if (c.start, c.end) not in taken] + numbers
    found.sort(key=lambda c: (c.start, c.end))
    return found


def apply(text: str, fixes: list[Correction]) -> str:
    """`text` with non-overlapping corrections applied (in offset order)."""
    if not fixes:
        return text
    pieces: list[str] = []
    at = 0
    for fix in fixes:
        pieces.append(text[at : fix.start])
        pieces.append(fix.replacement)
        at = fix.end
    pieces.append(text[at:])
    return "".join(pieces)


def fix_text(text: str, profile: Profile | str) -> str:
    """`text` with every safe typography fix applied; fixing it again changes nothing."""
    return apply(text, corrections(text, profile))


def grouped(fixes: list[Correction]) -> list[Correction]:
    """Corrections as a reader sees them: a quote and the spaces inside it are one fix."""
    out: list[Correction] = []
    for fix in fixes:
        last = out[-1] if out else None
        joined = (
            last is not None
            and last.end == fix.start
            and {last.rule, fix.rule} == {"straight-quotes", "space-inside-guillemets"}
        )
        if last is not None and joined:
            out[-1] = Correction(
                last.start, fix.end, last.replacement + fix.replacement, "straight-quotes"
            )
        else:
            out.append(fix)
    return out


_COMPARABLE = Pattern(r"[\s\"'«»“”‘’]+")


def only_typography_changed(before: str, after: str) -> bool:
    """Whether two texts differ only in spaces, quotes, apostrophes and ellipses."""

    def core(text: str) -> str:
        return _COMPARABLE.sub("", text.replace("…", "..."))

    return core(before) == core(after)


# -- what a fix cannot settle ------------------------------------------------------------------


def unbalanced_quotes(text: str, profile: Profile | str) -> list[int]:
    """Offsets of opening quotes never closed and closing quotes never opened."""
    profile = _resolve(profile)
    if not profile.quotes:
        return []
    opening, closing = profile.quotes[0]
    if opening not in text and closing not in text:
        return []
    stack: list[int] = []
    lonely: list[int] = []
    for match in re.finditer(f"[{opening}{closing}]", text):
        index = match.start()
        if match.group() == opening:
            stack.append(index)
        else:
            if stack:
                stack.pop()
            else:
                lonely.append(index)
    return sorted(lonely + stack)


_ACCENTED = {
    "Etat": "État",
    "Etats": "États",
    "Etats-Unis": "États-Unis",
    "Ecole": "École",
    "Ecoles": "Écoles",
    "Eglise": "Église",
    "Election": "Élection",
    "Elections": "Élections",
    "Education": "Éducation",
    "Economie": "Économie",
    "Egypte": "Égypte",
    "Elysée": "Élysée",
    "Emirats": "Émirats",
    "Energie": "Énergie",
    "Epoque": "Époque",
    "Equipe": "Équipe",
    "Equateur": "Équateur",
    "Ecosse": "Écosse",
    "Ethiopie": "Éthiopie",
    "Etude": "Étude",
    "Etudes": "Études",
    "Evénement": "Événement",
    "Eté": "Été",
    "Etre": "Être",
    "Ile": "Île",
    "Iles": "Îles",
}
"""Unaccented capitals, as typed on a French keyboard, and their accented form."""
_ACCENT_TABLE = {**_ACCENTED, **{k.upper(): v.upper() for k, v in _ACCENTED.items()}}
_ACCENT_WORDS = Pattern(
    "|".join(
        rf"{word[0]}(?<![\w-].){word[1:]}(?!\w)"
        for word in sorted(map(re.escape, _ACCENT_TABLE), key=len, reverse=True)
    )
    + r"|A(?:(?<=^A)|(?<=[.!?…]\sA))(?=[^\S\n]+[^\W\d_])"
)
"""A word of the table not inside a longer word, or "A" opening a sentence (then "À").

Every branch begins with its word's first letter, the look behind coming after it: the
regular expression engine then skips to the next E, I or A at the speed of a character
search, where a pattern opening on a look behind tried each branch at every character of
every paragraph (a fifth of a long read's check). `tests/model/test_typography.py` holds it
to the pattern written the plain way."""


def accent_suggestions(text: str, profile: Profile | str) -> list[Correction]:
    """Capitals that probably lost their accent. Suggestions only: "Etat" may be a name."""
    if _resolve(profile).language != "fr" or not _capital_aei(text):
        return []
    return [
        Correction(m.start(), m.end(), _ACCENT_TABLE.get(m.group(), "À"), "accented-capital")
        for m in _ACCENT_WORDS.finditer(text)
    ]


# -- everything at once, for the check ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Review:
    """What the typography rules find in one text."""

    fixes: tuple[Correction, ...] = ()
    """Safe fixes, in order."""
    suggestions: tuple[Correction, ...] = ()
    """Fixes to offer, not to apply blindly (accented capitals)."""
    unpaired: tuple[int, ...] = ()
    """Straight quotes and apostrophes that no safe fix settles."""
    unbalanced: tuple[int, ...] = ()
    """Typographic quotes without their partner."""

    @property
    def clean(self) -> bool:
        return not (self.fixes or self.suggestions or self.unpaired or self.unbalanced)


_CLEAN = Review()
_WORTH_A_LOOK = ('"', "'", "«", "»", "“", "”", ";", ":", "!", "?", "...", "  ")
"""Text without any of these, or three digits in a row, has nothing for the safe fixes or
the quote checks."""


def _worth_a_look(text: str) -> bool:
    """Whether `text` holds one of `_WORTH_A_LOOK` or three digits in a row. Each mark is
    looked for by the string's own search, a scan in C: one regular expression for all of
    them tried every branch at every character of every paragraph, a tenth of a check."""
    return any(map(text.__contains__, _WORTH_A_LOOK)) or _THREE_DIGITS.search(text) is not None


def review(text: str, profile: Profile | str) -> Review:
    """Fixes, suggestions and unsettled quotes in `text`, in one pass over it."""
    profile = _resolve(profile)
    suggestions = tuple(accent_suggestions(text, profile))
    if not text or not _worth_a_look(text):
        return Review(suggestions=suggestions) if suggestions else _CLEAN
    guard = _Guard(text)
    fixes = _fixes(text, profile, guard)
    unpaired: tuple[int, ...] = ()
    if profile.quotes and ('"' in text or "'" in text):
        fixed = {c.start for c in fixes if c.rule.startswith("straight")}
        unpaired = tuple(
            i for i in _offsets(_STRAIGHT_ANY, text) if i not in fixed and not guard.covers(i)
        )
    return Review(tuple(fixes), suggestions, unpaired, tuple(unbalanced_quotes(text, profile)))


# -- inline text -------------------------------------------------------------------------------


def apply_to_runs(runs: Text, fixes: list[Correction]) -> Text:
    """Inline text with corrections applied; each replacement takes the marks of the run
    where it starts, so a fix never moves an italic or a link."""
    if not fixes:
        return runs
    out: list[Run] = []
    pending = 0
    skip_to = 0
    position = 0
    for number, run in enumerate(runs):
        end = position + len(run.text)
        last = number == len(runs) - 1
        pieces: list[str] = []
        at = max(position, skip_to)
        while pending < len(fixes) and (
            fixes[pending].start < end or (last and fixes[pending].start == end)
        ):
            fix = fixes[pending]
            pieces.append(run.text[at - position : max(at, fix.start) - position])
            pieces.append(fix.replacement)
            at = max(at, fix.end)
            pending += 1
        if at < end:
            pieces.append(run.text[at - position :])
        skip_to = at
        out.append(run.with_text("".join(pieces)))
        position = end
    return normalize(out)


def fix_runs(runs: Text, profile: Profile | str) -> Text:
    """Inline text with every safe typography fix applied, marks kept in place."""
    return apply_to_runs(runs, corrections(text_of(runs), profile))

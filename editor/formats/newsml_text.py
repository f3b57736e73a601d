"""Text as a wire receiver needs it: XML-safe characters, colon offsets, a dateline.

Kept apart from the item and body builders so that both clean every string the
same way: an agency's parser rejects the whole item for one stray control
character, so nothing reaches the XML without passing through `Cleaner`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

# C0 controls except tab, line feed and carriage return; DEL and the C1 controls;
# lone surrogates and the two non-characters XML 1.0 forbids.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\t\n\r]")
NARROW_NBSP = "\u202f"
NBSP = "\u00a0"


class Cleaner:
    """Strips control characters (and optionally widens narrow no-break spaces).

    Text is otherwise kept exactly: typographic spaces, combining accents and
    right-to-left scripts are the journalist's, not ours to "fix".
    """

    def __init__(self, narrow_nbsp_to_nbsp: bool = False) -> None:
        self._widen = narrow_nbsp_to_nbsp

    def __call__(self, text: str) -> str:
        text = _CONTROL.sub("", text)
        return text.replace(NARROW_NBSP, NBSP) if self._widen else text

    def line(self, text: str) -> str:
        """For NewsML-G2 string types that allow no tab or line break (g2normalizedString)."""
        return _LINE_BREAKS.sub(" ", self(text))


def timestamp(moment: datetime) -> str:
    """xs:dateTime with a colon in the offset (`isoformat`, never `%z`); naive means UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.replace(microsecond=0).isoformat()


_MONTHS: dict[str, tuple[str, ...]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_FIRST_OF_MONTH: dict[str, str] = {"fr": "1er"}


def dateline_date(day: date, language: str) -> str:
    """The date as a dateline prints it: "1er février 2025", "4 December 2024"; ISO otherwise."""
    base = language.split("-")[0].lower()
    months = _MONTHS.get(base)
    if months is None:
        return day.isoformat()
    number = _FIRST_OF_MONTH.get(base, "1") if day.day == 1 else str(day.day)
    return f"{number} {months[day.month - 1]} {day.year}"


_LANGUAGE_TAG = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")


def is_language_tag(tag: str) -> bool:
    """True for a tag xs:language accepts (fr, fr-CH, en-GB)."""
    return _LANGUAGE_TAG.fullmatch(tag) is not None

"""Metadata as imported copy writes it: bylines, datelines and timestamps read back.

The exporters write a byline as the model's `Meta.byline` ("A, B et C"), a
dateline as "Lyon, 1er février 2025" (or "Boston, February 1, 2025", "London,
1 February 2025") and timestamps with a colon offset. Agencies write the same
things with variations (no colon in the offset, "By" in front of the byline);
these readers accept both and give back model values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone

from editor.model.article import Dateline

_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}
_MONTH_NUMBER = {
    name.casefold(): index + 1
    for names in _MONTHS.values()
    for index, name in enumerate(names.split())
}
_FR = "|".join(_MONTHS["fr"].split())
_EN = "|".join(_MONTHS["en"].split())
_DATE_FORMS = (
    rf"(?P<day>1er|\d{{1,2}}) (?P<month>{_FR}) (?P<year>\d{{4}})",
    rf"(?P<month>{_EN}) (?P<day>\d{{1,2}}), (?P<year>\d{{4}})",
    rf"(?P<day>\d{{1,2}}) (?P<month>{_EN}) (?P<year>\d{{4}})",
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",
)
_DATELINES = tuple(
    re.compile(rf"^(?:(?P<place>.*), )?{form}$", re.DOTALL | re.IGNORECASE) for form in _DATE_FORMS
)
_BY = re.compile(r"^\s*(?:par|by|de|von)\s+", re.IGNORECASE)
_CONJUNCTIONS = (" et ", " and ", " & ", " und ", " y ")


def parse_dateline(text: str) -> Dateline:
    """ "Lyon, 1er février 2025" → Dateline("Lyon", 2025-02-01); a place alone stays a place."""
    for pattern in _DATELINES:
        match = pattern.match(text)
        if match is None:
            continue
        when = _date_of(match["day"], match["month"], match["year"])
        if when is not None:
            return Dateline(match["place"] or "", when)
    return Dateline(text, None)


def _date_of(day: str, month: str, year: str) -> date | None:
    number = int(month) if month.isdigit() else _MONTH_NUMBER.get(month.casefold(), 0)
    try:
        return date(int(year), number, 1 if day == "1er" else int(day))
    except ValueError:
        return None


def _normal(text: str) -> str:
    return " ".join(text.split())


def split_byline(byline: str, known: Sequence[str] = ()) -> tuple[str, ...]:
    """The author names in a byline, exactly as written there.

    `known` are the same names from another, lossier source (e.g. a document's
    properties, where spacing is collapsed): when they fit the byline, the byline's
    exact spelling of each is returned. Otherwise the byline is split on commas and
    its final conjunction, after a leading "Par"/"By".
    """
    if not byline.strip():
        return ()
    names = [_normal(name) for name in known if name.strip()]
    if names:
        for conjunction in _CONJUNCTIONS:
            exact = _fit(byline, names, conjunction)
            if exact is not None:
                return tuple(exact)
    text = _BY.sub("", byline.strip())
    for conjunction in _CONJUNCTIONS:
        head, found, last = text.rpartition(conjunction)
        if found:
            return (*(n.strip() for n in head.split(", ") if n.strip()), last.strip())
    return tuple(n.strip() for n in text.split(", ") if n.strip())


def _fit(text: str, names: list[str], conjunction: str) -> list[str] | None:
    """Cut `text` into len(names) pieces that read as `names`, joined as Meta.byline joins."""
    if len(names) == 1:
        return [text] if _normal(text) == names[0] else None
    separator = ", " if len(names) > 2 else conjunction
    start = 0
    while (cut := text.find(separator, start)) >= 0:
        head = text[:cut]
        if _normal(head) == names[0]:
            rest = _fit(text[cut + len(separator) :], names[1:], conjunction)
            if rest is not None:
                return [head, *rest]
        start = cut + 1
    return None


_TIMESTAMP = re.compile(
    r"^(?P<date>\d{4}-?\d{2}-?\d{2})"
    r"(?:[T ](?P<time>\d{2}:?\d{2}(?::?\d{2}(?:[.,]\d+)?)?))?"
    r"\s*(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)


def parse_timestamp(text: str) -> datetime | None:
    """An ISO 8601 moment, tolerant of what wire systems send.

    Accepts offsets without a colon (+0100) or without minutes (+01), "Z", the
    basic format (20241204T091200+0100), fractions, and a date alone (midnight).
    A moment without offset is taken as UTC. None when it is not a date at all.
    """
    match = _TIMESTAMP.match(text.strip())
    if match is None:
        return None
    day = match["date"].replace("-", "")
    clock = (match["time"] or "00:00:00").replace(":", "").replace(",", ".")
    seconds = clock[4:] or "00"
    try:
        moment = datetime(
            int(day[:4]),
            int(day[4:6]),
            int(day[6:8]),
            int(clock[:2]),
            int(clock[2:4]),
            int(float(seconds)),
        )
    except ValueError:
        return None
    return moment.replace(tzinfo=_zone(match["zone"]))


def _zone(text: str | None) -> timezone:
    if not text or text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours == 0 and minutes == 0:
        return UTC
    return timezone(sign * timedelta(hours=hours, minutes=minutes))

"""The embargo said in the article's own language, for the page a reader sees (the DOCX
header, the ICML note): "Embargo : ne pas publier avant le mardi 8 décembre 2026 à 6 h 00
(UTC+01:00)". The offset is named as such: a printed page cannot know which city's clock
the desk meant, and a UTC offset is read the same way everywhere.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from editor.formats.docx_shared import language_tag
from editor.formats.docx_styles import names_language
from editor.model.article import Meta

WEEKDAYS = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}
NBSP = "\u00a0"


def zone_label(moment: datetime) -> str:
    """"UTC" or "UTC+01:00", "UTC−05:30": the offset the embargo was set with."""
    offset = moment.utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _french(moment: datetime) -> str:
    day = "1er" if moment.day == 1 else str(moment.day)
    weekday = WEEKDAYS["fr"].split()[moment.weekday()]
    month = MONTHS["fr"].split()[moment.month - 1]
    clock = f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"
    return (
        f"Embargo{NBSP}: ne pas publier avant le {weekday} {day}{NBSP}{month} {moment.year} "
        f"à {clock} ({zone_label(moment)})"
    )


def _english(moment: datetime, month_first: bool) -> str:
    weekday = WEEKDAYS["en"].split()[moment.weekday()]
    month = MONTHS["en"].split()[moment.month - 1]
    day = f"{month} {moment.day}," if month_first else f"{moment.day} {month}"
    return (
        f"Embargoed: not for publication before {weekday} {day} {moment.year}, "
        f"{moment.hour:02d}:{moment.minute:02d} ({zone_label(moment)})"
    )


def embargo_line(meta: Meta, embargo: datetime | None = None) -> str:
    """The line for the page, in the article's language; "" when the piece is free to run.
    `embargo` overrides the article's own (the command line's `--embargo`)."""
    moment = embargo if embargo is not None else meta.embargo
    if moment is None:
        return ""
    if names_language(meta.language) == "fr":
        return _french(moment)
    return _english(moment, month_first=language_tag(meta.language).endswith("-US"))

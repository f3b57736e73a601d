"""A moment shown to the user: the date the way the interface's language writes it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale


def moment(when: datetime, seconds: bool = True) -> str:
    """`when` in local time: the date in the interface's language (26/11/2026 in French,
    11/26/26 in English), the time on the 24-hour clock, to the second unless told not to
    (two saves may be a minute apart)."""
    local = when.astimezone()
    day = QDate(local.year, local.month, local.day)
    clock = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    return f"{QLocale().toString(day, QLocale.FormatType.ShortFormat)} {clock}"

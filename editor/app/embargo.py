"""The embargo field: a date, a time and a time zone, or none, said in plain words.

The article keeps an aware moment (its offset), not a zone: that is what every format
writes. The field offers the zone the desk thinks in — the computer's own first, then
newsrooms' usual ones — and turns the wall-clock time typed there into the offset that
zone has on that day (winter or summer time). Shown again, a moment takes the first
offered zone with the same offset at that instant, else its bare offset, so the words
under the field always say the clock of a real place or the exact offset, never a guess.

One field serves the metadata dock and the Publish dialog: each change is one
`MetaCommand` ("Edit Embargo"), undone with Ctrl+Z like any metadata edit.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from editor.app.guard import guarded
from editor.app.labels import QT_TRANSLATE_NOOP

ZONES: dict[str, str] = {
    "Europe/Paris": QT_TRANSLATE_NOOP("Embargo", "Paris"),
    "Europe/Brussels": QT_TRANSLATE_NOOP("Embargo", "Brussels"),
    "Europe/Zurich": QT_TRANSLATE_NOOP("Embargo", "Zurich"),
    "Europe/Luxembourg": QT_TRANSLATE_NOOP("Embargo", "Luxembourg"),
    "Europe/London": QT_TRANSLATE_NOOP("Embargo", "London"),
    "America/Toronto": QT_TRANSLATE_NOOP("Embargo", "Montreal"),
    "America/New_York": QT_TRANSLATE_NOOP("Embargo", "New York"),
    "UTC": "UTC",
}
"""The zones offered after the computer's own, with the city each is said by."""
EDIT = QT_TRANSLATE_NOOP("Embargo", "Edit Embargo")
"""The name of the history step."""
FIXED = "fixed:"
"""The data of a zone entry that is a bare offset, e.g. `fixed:3600`."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Embargo", text)


def edit_step() -> str:
    """The history step's name, said again in the language installed later."""
    return tr(EDIT)


def _offset_label(seconds: int) -> str:
    if not seconds:
        return "UTC"
    sign = "+" if seconds > 0 else "−"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "GMT", "Etc/GMT", "Etc/Universal",
                       "Universal", "Etc/Zulu", "Zulu"})  # fmt: skip


def system_zone() -> str:
    """The computer's zone id; a machine set to UTC under any of its names says "UTC"."""
    zone = _linux_zone() if sys.platform.startswith("linux") else None
    if zone is None:
        zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return "UTC" if not zone or zone in UTC_NAMES else zone


def _linux_zone() -> str | None:
    """The zone id as Qt finds it on Linux (`TZ`; else the zone file /etc/localtime links
    to, named from `zoneinfo/` on; else /etc/TZ or /etc/timezone), or None to ask Qt. Qt's
    own answer comes with its first use of zones, which lists every file under
    /usr/share/zoneinfo: 5 ms of every start before the window's first paint, for a field
    that holds no embargo in most articles; a moment set is still placed by Qt's zones."""
    zone = os.environ.get("TZ", "")
    if zone == ":/etc/localtime":
        zone = ""
    zone = zone.removeprefix(":")
    if zone:
        return zone
    path = "/etc/localtime"
    for _ in range(40):  # a link to a link, as Qt follows them, up to the system's limit
        try:
            path = os.path.normpath(os.path.join(os.path.dirname(path), os.readlink(path)))
        except OSError:
            break
        folder = os.environ.get("TZDIR", "")
        for marker in ((folder.rstrip("/") + "/") if folder else "", "/zoneinfo/"):
            if marker and marker in path:
                return path.split(marker, 1)[1]
    for named in ("/etc/TZ", "/etc/timezone"):
        try:
            zone = Path(named).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if zone:
            return zone
    return None


def city(zone: str) -> str:
    """The city a zone is said by: ours translated, another from its id (America/Sao_Paulo)."""
    if zone in ZONES:
        return tr(ZONES[zone])
    return zone.rpartition("/")[2].replace("_", " ")


def offered_zones() -> list[str]:
    return list(dict.fromkeys([system_zone(), *ZONES]))


def offset_in(zone: str, when: datetime) -> int:
    """Seconds east of UTC that `zone` has at the wall-clock `when` (naive), or for a fixed
    entry its offset."""
    if zone.startswith(FIXED):
        return int(zone.removeprefix(FIXED))
    day, clock = QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)
    return QDateTime(day, clock, QTimeZone(zone.encode())).offsetFromUtc()


def fits(zone: str, moment: datetime) -> bool:
    """Whether `zone`'s clock at `moment` has `moment`'s offset."""
    seconds = int((moment.utcoffset() or timedelta(0)).total_seconds())
    if zone.startswith(FIXED):
        return int(zone.removeprefix(FIXED)) == seconds
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return bool(zone) and QTimeZone(zone.encode()).offsetFromUtc(utc) == seconds


def zone_for(moment: datetime, preferred: str = "") -> str:
    """`preferred` if it fits `moment` (Brussels chosen stays Brussels, not Paris), else the
    first offered zone that does, else the bare offset."""
    for zone in (preferred, *offered_zones()):
        if zone and fits(zone, moment):
            return zone
    return f"{FIXED}{int((moment.utcoffset() or timedelta(0)).total_seconds())}"


def zone_said(zone: str) -> str:
    """"Paris time" / "heure de Paris", "UTC", "UTC+05:30"."""
    if zone.startswith(FIXED):
        return _offset_label(int(zone.removeprefix(FIXED)))
    if zone == "UTC":
        return "UTC"
    return tr("%1 time").replace("%1", city(zone))


def plainly(moment: datetime, zone: str = "") -> str:
    """"Embargoed until Tuesday 8 December 2026, 06:00 (Paris time)" in the interface's
    language, at the clock of the zone it was set in (`zone`, if it fits)."""
    day = QDate(moment.year, moment.month, moment.day)
    clock = QTime(moment.hour, moment.minute)
    locale = QLocale()
    return (
        tr("Embargoed until %1, %2 (%3)")
        .replace("%1", locale.toString(day, tr("dddd d MMMM yyyy")))
        .replace("%2", locale.toString(clock, tr("HH:mm")))
        .replace("%3", zone_said(zone_for(moment, zone)))
    )


class EmbargoField(QWidget):
    """A check box (is there an embargo), the date and time, the zone, and the sentence.

    `changed(value)` is emitted when the user sets, moves or clears the embargo (value: an
    aware datetime or None), never when `show` fills the field."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = QCheckBox()
        self.on.setObjectName("embargoOn")
        self.when = QDateTimeEdit()
        self.when.setObjectName("embargoWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.zone = QComboBox()
        self.zone.setObjectName("embargoZone")
        self.said = QLabel()
        self.said.setObjectName("embargoSaid")
        self.said.setWordWrap(True)
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(8)
        column = QVBoxLayout(self)  # one above the other: the dock stays as narrow as before
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.on, 0, Qt.AlignmentFlag.AlignLeft)
        for part in (self.when, self.zone, self.said):
            column.addWidget(part)
        self._value: datetime | None = None
        self._fill_zones("")
        self.on.toggled.connect(self._toggled)
        self.when.editingFinished.connect(self.commit)
        self.when.dateTimeChanged.connect(lambda _when: self._say(self._typed()))
        self.zone.activated.connect(lambda _row: self.commit())
        self.retranslate()
        self.show_value(None)

    def retranslate(self) -> None:
        self.on.setText(tr("Hold until"))
        self.on.setToolTip(tr("Not to be published before this moment: written into every format"))
        self.when.setAccessibleName(tr("Embargo date and time"))
        self.zone.setAccessibleName(tr("Embargo time zone"))
        current = str(self.zone.currentData() or "")
        self._fill_zones(current)
        self._say()

    def _fill_zones(self, current: str) -> None:
        zones = offered_zones()
        if current.startswith(FIXED):
            zones.append(current)
        self.zone.clear()
        for zone in zones:
            self.zone.addItem(zone_said(zone) if zone != "UTC" else "UTC", zone)
        self.zone.setCurrentIndex(max(0, self.zone.findData(current or zones[0])))

    def value(self) -> datetime | None:
        return self._value

    def show_value(self, moment: datetime | None) -> None:
        """Show `moment` (the article's embargo) without emitting `changed`."""
        self._value = moment
        self.blockSignals(True)
        for part in (self.on, self.when, self.zone):
            part.blockSignals(True)
        if moment is None:
            self.on.setChecked(False)
            start = datetime.now().replace(second=0, microsecond=0) + timedelta(hours=1)
            self.when.setDateTime(_qt(start.replace(minute=0)))
        else:
            zone = zone_for(moment, str(self.zone.currentData() or ""))
            self._fill_zones(zone)
            self.on.setChecked(True)
            self.when.setDateTime(_qt(moment.replace(tzinfo=None)))
        self.when.setEnabled(moment is not None)
        self.zone.setEnabled(moment is not None)
        for part in (self.on, self.when, self.zone):
            part.blockSignals(False)
        self.blockSignals(False)
        self._say()

    def _typed(self) -> datetime | None:
        if not self.on.isChecked():
            return None
        shown = self.when.dateTime()
        wall = datetime(
            shown.date().year(), shown.date().month(), shown.date().day(),
            shown.time().hour(), shown.time().minute(),
        )  # fmt: skip
        seconds = offset_in(str(self.zone.currentData()), wall)
        return wall.replace(tzinfo=timezone(timedelta(seconds=seconds)))

    def _toggled(self, on: bool) -> None:
        self.when.setEnabled(on)
        self.zone.setEnabled(on)
        self.commit()

    def commit(self) -> None:
        """Take what is shown as the embargo: on leaving the date, choosing a zone, ticking,
        and before a save or a sending (the date may still be being typed)."""
        typed = self._typed()
        if _exact(typed) == _exact(self._value):
            return
        self._value = typed
        self._say()
        self.changed.emit(typed)

    def _say(self, shown: datetime | None = None) -> None:
        """The sentence for `shown` (as being typed), else for the embargo taken."""
        moment = shown if shown is not None else self._value
        if not self.on.isChecked():
            moment = None
        free = tr("No embargo: free to publish.")
        zone = str(self.zone.currentData() or "")
        self.said.setText(plainly(moment, zone) if moment is not None else free)
        self._fit_sentence()

    @guarded
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_sentence()

    def _fit_sentence(self) -> None:
        """Room for every line of the wrapped sentence: a dock squeezes a form to its minimum,
        and a wrapped label's minimum is one line."""
        width = max(self.said.width(), self.when.minimumSizeHint().width())
        height = self.said.heightForWidth(width)
        self.said.setMinimumHeight(max(height, self.said.fontMetrics().lineSpacing()))


def _qt(wall: datetime) -> QDateTime:
    return QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))


def _exact(moment: datetime | None) -> str:
    """Equal instants with other offsets are other embargoes (the zone said changes)."""
    return moment.isoformat() if moment is not None else ""

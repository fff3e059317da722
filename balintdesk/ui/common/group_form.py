"""The form for a group's name, meeting pattern, country, how it meets and its event
number (welcome, settings, new group). The country chooses which national identifiers
the privacy guard looks for; the page that saves the form keeps it, the mode and the
event number with `save_country` after saving the group itself."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from balintdesk import i18n
from balintdesk.domain.group import Frequency, MeetingPattern
from balintdesk.domain.localzone import is_known_zone, local_timezone_name
from balintdesk.domain.privacy_country import COUNTRIES, OTHER, guess_country
from balintdesk.domain.schedule import pattern_dates
from balintdesk.domain.zones import find_zone, is_utc, meeting_zones, zone_offsets
from balintdesk.i18n import formats, translate
from balintdesk.store import group_country, modes
from balintdesk.store.models import MeetingMode
from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.forms import ErrorField, add_row, hint_label, labelled, qdate


def mode_combo(tooltip: str) -> QComboBox:
    """A combo box of the ways of meeting, each with its words (here and on the Meeting
    page), the mode as each item's data."""
    combo = QComboBox()
    combo.setObjectName("meetingModeCombo")
    for mode, text in (
        (MeetingMode.IN_PERSON, translate("MeetingMode", "In person")),
        (MeetingMode.ONLINE, translate("MeetingMode", "Online")),
        (MeetingMode.HYBRID, translate("MeetingMode", "Hybrid (some online)")),
    ):
        combo.addItem(text, mode)
    combo.setToolTip(tooltip)
    return combo


def system_timezone() -> str:
    """This computer's IANA zone name, e.g. "Europe/London". Qt knows it on Windows too
    (where it maps Windows' own zone names to IANA ones); the lookup without Qt is the
    fallback."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return zone if zone and is_known_zone(zone) else local_timezone_name()


class GroupForm(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        zone = system_timezone()

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("groupNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Riverside Practice Balint group"))

        self.frequency_combo = QComboBox()
        self.frequency_combo.setObjectName("frequencyCombo")
        for frequency, text in (
            (Frequency.WEEKLY, self.tr("Weekly")),
            (Frequency.FORTNIGHTLY, self.tr("Fortnightly")),
            (Frequency.MONTHLY, self.tr("Monthly")),
        ):
            self.frequency_combo.addItem(text, frequency.value)

        self.weekday_combo = QComboBox()
        self.weekday_combo.setObjectName("weekdayCombo")
        for index in range(7):
            self.weekday_combo.addItem(formats.weekday_name(index, i18n.language()), index)

        self.week_combo = QComboBox()
        self.week_combo.setObjectName("weekOfMonthCombo")
        for number, text in (
            (1, self.tr("The first one in the month")),
            (2, self.tr("The second one in the month")),
            (3, self.tr("The third one in the month")),
            (4, self.tr("The fourth one in the month")),
            (-1, self.tr("The last one in the month")),
        ):
            self.week_combo.addItem(text, number)

        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("startTimeEdit")
        self.time_edit.setDisplayFormat("HH:mm")

        self.length_spin = QSpinBox()
        self.length_spin.setObjectName("lengthSpin")
        self.length_spin.setRange(15, 240)
        self.length_spin.setSingleStep(15)
        self.length_spin.setSuffix(self.tr(" minutes"))

        self.first_date_edit = QDateEdit()
        self.first_date_edit.setObjectName("firstDateEdit")
        self.first_date_edit.setCalendarPopup(True)
        # Qt names the day and month in the locale's words; German also wants "8." for the day.
        german = i18n.language() == "de"
        self.first_date_edit.setDisplayFormat("ddd, d. MMMM yyyy" if german else "ddd d MMMM yyyy")
        today = QDate.currentDate()
        # The store accepts 1950 to two years ahead; the field cannot go outside that.
        self.first_date_edit.setDateRange(QDate(1950, 1, 1), today.addDays(2 * 365))
        self.first_date_edit.setToolTip(
            self.tr("Meetings are planned from this date; fortnightly groups count from it.")
        )

        self.room_edit = QLineEdit()
        self.room_edit.setObjectName("roomEdit")
        self.room_edit.setPlaceholderText(self.tr("e.g. Seminar room, first floor"))

        self.zone_combo = QComboBox()
        self.zone_combo.setObjectName("timezoneCombo")
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(meeting_zones(zone))
        # Typing any part of a name ("london", "york") offers the zones that contain it.
        completer = QCompleter(self.zone_combo.model(), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_hint = hint_label("", "timezoneHint")

        self.country_combo = QComboBox()
        self.country_combo.setObjectName("countryCombo")
        names = self._country_names()
        for code in sorted(COUNTRIES[:-1], key=lambda c: formats.sort_key(names[c])):
            self.country_combo.addItem(names[code], code)
        self.country_combo.addItem(names[OTHER], OTHER)
        self.country_combo.setToolTip(
            self.tr(
                "The privacy guard looks for this country's patient numbers, postcodes and "
                "phone numbers; for another country, for those of every country it knows."
            )
        )

        self.mode_combo = mode_combo(
            self.tr(
                "How the group usually meets. Each meeting can be changed on its own on the "
                "Meeting page; in a hybrid meeting the check-in records who was online."
            )
        )

        self.event_number_edit = QLineEdit()
        self.event_number_edit.setObjectName("eventNumberEdit")
        self.event_number_edit.setPlaceholderText(self.tr("Optional, 19 digits"))
        about_vnr = self.tr(
            "The number the medical chamber gave the group's sessions for CME points "
            "(Veranstaltungsnummer); it is printed on the participation certificates."
        )
        self.event_number_edit.setToolTip(about_vnr)

        self.fields = {
            "name": ErrorField(self.name_edit, "groupName"),
            "event_number": ErrorField(self.event_number_edit, "eventNumber"),
            "length_minutes": ErrorField(self.length_spin, "length"),
            "room": ErrorField(self.room_edit, "room"),
            "week_of_month": ErrorField(self.week_combo, "weekOfMonth"),
            "timezone": ErrorField(self.zone_combo, "timezone"),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("Group name"), self.fields["name"])
        # How often and how: "Meets  [Fortnightly] [In person]", one row for both.
        meets = QHBoxLayout()
        meets.addWidget(self.frequency_combo, 1)
        meets.addWidget(self.mode_combo, 1)
        add_row(form, self.tr("Meets"), meets, self.frequency_combo)
        name_control(self.mode_combo, self.tr("In person or online"))
        add_row(form, self.tr("On"), self.weekday_combo)
        add_row(form, self.tr("Which week"), self.fields["week_of_month"])
        add_row(form, self.tr("Starting at"), self.time_edit)
        add_row(form, self.tr("Lasting"), self.fields["length_minutes"])
        add_row(form, self.tr("Time zone"), self.fields["timezone"])
        form.addRow("", self.zone_hint)
        add_row(form, self.tr("Room"), self.fields["room"])
        add_row(form, self.tr("First meeting on"), self.first_date_edit)
        # The VNR beside the country it belongs to, so the form is no taller for it.
        country_row = QHBoxLayout()
        country_row.addWidget(self.country_combo, 1)
        self.event_number_label = labelled(self.tr("VNR"), self.fields["event_number"])
        self.event_number_label.setToolTip(about_vnr)
        name_control(self.event_number_edit, self.tr("CME event number (VNR)"))
        country_row.addWidget(self.event_number_label)
        country_row.addWidget(self.fields["event_number"], 1)
        add_row(form, self.tr("Country"), country_row, self.country_combo)
        self._form = form
        self._syncing = False  # set_values, or one field following another
        self.frequency_combo.currentIndexChanged.connect(self._frequency_changed)
        for combo in (self.frequency_combo, self.weekday_combo, self.week_combo):
            combo.currentIndexChanged.connect(self._date_follows_pattern)
        self.first_date_edit.dateChanged.connect(self._weekday_follows_date)
        self.zone_combo.currentTextChanged.connect(self._describe_zone)
        self.country_combo.currentIndexChanged.connect(self._show_event_number)
        self.set_values("", MeetingPattern(timezone=zone), dt.date.today())
        self._date_follows_pattern()  # a new group's first meeting: the next such day
        self.set_country(guess_country(zone, i18n.language()))
        self._show_event_number()

    def _country_names(self) -> dict[str, str]:
        return {
            "GB": self.tr("United Kingdom"),
            "IE": self.tr("Ireland"),
            "DE": self.tr("Germany"),
            "AT": self.tr("Austria"),
            "CH": self.tr("Switzerland"),
            "FR": self.tr("France"),
            "BE": self.tr("Belgium"),
            "LU": self.tr("Luxembourg"),
            "NL": self.tr("Netherlands"),
            "IT": self.tr("Italy"),
            "ES": self.tr("Spain"),
            "PT": self.tr("Portugal"),
            "DK": self.tr("Denmark"),
            "SE": self.tr("Sweden"),
            "NO": self.tr("Norway"),
            "FI": self.tr("Finland"),
            "PL": self.tr("Poland"),
            "US": self.tr("United States"),
            "CA": self.tr("Canada"),
            "AU": self.tr("Australia"),
            "NZ": self.tr("New Zealand"),
            OTHER: self.tr("Another country"),
        }

    def country(self) -> str:
        """The chosen country: ISO 3166 alpha-2, or OTHER ("ZZ")."""
        return self.country_combo.currentData()

    def save_country(self, group_id: int, expected: tuple[str, str] | None = None) -> None:
        """Keep the chosen country, usual mode and event number as the group's (after the
        page saved the group). A refused event number raises the store's ValidationError,
        which the pages show beside its field. `expected`: (mode, event number) as the
        page loaded them; changed elsewhere since, `refusal.ChangedElsewhere`."""
        mode, number = expected if expected is not None else (None, None)
        group_country.set_country(group_id, self.country())
        modes.set_group_mode(group_id, self.mode_combo.currentData(), expected=mode)
        modes.set_event_number(group_id, self.event_number_edit.text(), expected=number)

    def set_mode(self, mode: str, event_number: str = "") -> None:
        """Show the group's usual mode and its event number."""
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))
        self.event_number_edit.setText(event_number)
        self._show_event_number()

    def _show_event_number(self) -> None:
        # Only German chambers give event numbers; a number kept stays in sight anywhere.
        shown = self.country() == "DE" or bool(self.event_number_edit.text().strip())
        self.event_number_label.setVisible(shown)
        self.fields["event_number"].setVisible(shown)

    def set_country(self, code: str) -> None:
        """Show `code`; a code not in the list (kept by a newer version) is added as it is."""
        index = self.country_combo.findData(code)
        if index < 0:
            self.country_combo.insertItem(self.country_combo.count() - 1, code, code)
            index = self.country_combo.findData(code)
        self.country_combo.setCurrentIndex(index)

    # The first meeting and the weekday always agree, so what the form shows is what the
    # rota uses: choosing Wednesday moves the first meeting to the next Wednesday, and
    # choosing a date for a weekly or fortnightly group makes its weekday the group's.

    def _date_follows_pattern(self) -> None:
        if self._syncing:
            return
        first = self.first_date()
        _name, pattern = self.values()
        following = next(pattern_dates(pattern, first, first, first + dt.timedelta(days=62)))
        self._set_quietly(lambda: self.first_date_edit.setDate(qdate(following)))

    def _weekday_follows_date(self) -> None:
        if self._syncing or self.frequency_combo.currentData() == Frequency.MONTHLY.value:
            return
        weekday = self.first_date().weekday()
        self._set_quietly(lambda: self.weekday_combo.setCurrentIndex(weekday))

    def _describe_zone(self) -> None:
        """Say what the chosen zone means for the clocks, and warn about plain UTC."""
        zone = self.timezone()
        if not is_known_zone(zone):
            self.zone_hint.setText(self.tr("Choose the place where the group meets."))
            return
        standard, summer = zone_offsets(zone, self.first_date().year)
        if is_utc(zone):
            text = self.tr(
                "UTC has no summer time. If the clocks change where the group meets, "
                "choose that place (e.g. Europe/London), or summer meetings are an hour "
                "out in the calendar."
            )
        elif summer:
            text = i18n.fill(
                self.tr("Clocks at {standard}, and {summer} in summer time."),
                standard=standard,
                summer=summer,
            )
        else:
            text = i18n.fill(self.tr("Clocks at {standard} all year."), standard=standard)
        self.zone_hint.setText(text)

    def timezone(self) -> str:
        return find_zone(self.zone_combo.currentText(), self._zones())

    def _zones(self) -> list[str]:
        return [self.zone_combo.itemText(i) for i in range(self.zone_combo.count())]

    def _set_quietly(self, change) -> None:
        self._syncing = True
        try:
            change()
        finally:
            self._syncing = False

    def _frequency_changed(self) -> None:
        monthly = self.frequency_combo.currentData() == Frequency.MONTHLY.value
        self._form.setRowVisible(self.fields["week_of_month"], monthly)

    def set_values(
        self, name: str, pattern: MeetingPattern, first_date: dt.date | None = None
    ) -> None:
        self._set_quietly(lambda: self._fill(name, pattern, first_date))

    def _fill(self, name: str, pattern: MeetingPattern, first_date: dt.date | None) -> None:
        self.name_edit.setText(name)
        self.frequency_combo.setCurrentIndex(self.frequency_combo.findData(pattern.frequency.value))
        self.weekday_combo.setCurrentIndex(pattern.weekday)
        self.week_combo.setCurrentIndex(max(0, self.week_combo.findData(pattern.week_of_month)))
        self.time_edit.setTime(QTime(pattern.start.hour, pattern.start.minute))
        self.length_spin.setValue(pattern.length_minutes)
        self.room_edit.setText(pattern.room)
        if self.zone_combo.findText(pattern.timezone) < 0:
            self.zone_combo.addItem(pattern.timezone)  # a legacy name a group kept
        self.zone_combo.setCurrentText(pattern.timezone)
        self._describe_zone()
        if first_date is not None:
            self.first_date_edit.setDate(QDate(first_date.year, first_date.month, first_date.day))
        self._frequency_changed()

    def first_date(self) -> dt.date:
        value = self.first_date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def values(self) -> tuple[str, MeetingPattern]:
        start = self.time_edit.time()
        pattern = MeetingPattern(
            frequency=Frequency(self.frequency_combo.currentData()),
            weekday=self.weekday_combo.currentData(),
            week_of_month=self.week_combo.currentData(),
            start=dt.time(start.hour(), start.minute()),
            length_minutes=self.length_spin.value(),
            room=self.room_edit.text().strip(),
            timezone=self.timezone(),
        )
        return self.name_edit.text(), pattern

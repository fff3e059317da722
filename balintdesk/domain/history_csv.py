"""Reading a group's past attendance from a CSV file: date, name, status, presented, mode.

For groups that met before they used BalintDesk. One row per person per meeting; the
store turns the rows into held meetings (or, for dates still to come, apologies).
Reading shares its tolerance and its error wording with the roster import
(`roster_csv`, `csv_read`): any encoding and separator a spreadsheet saves, any line
ending, any heading case and order, ISO or day-first dates.
Nothing about a case is read: a file with any other column is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from balintdesk.domain.csv_read import (
    Encoding,
    RowError,
    Said,
    UnreadableCsv,
    csv_records,
    decode_csv,
    is_blank,
)
from balintdesk.domain.names import garbled_reason, look_alike_key, shown
from balintdesk.domain.roster import clean_name, parse_date, parse_yes_no
from balintdesk.domain.roster_csv import (
    ParsedCsv,
    empty_file_errors,
    heading_key,
    read_heading,
    row_values,
    said,
)
from balintdesk.domain.words import Words, WordsError

COLUMNS = ("date", "name", "status", "presented", "mode")
# presented may be left out: then nobody presented; mode too: then the meeting keeps its own
REQUIRED = ("date", "name", "status")
_COLUMN_LIST = ",".join(COLUMNS)

# The same words as the store's AttendanceStatus; the domain cannot import the store.
PRESENT = "present"
APOLOGIES = "apologies"
ABSENT = "absent"
# In English, German, French, Dutch and Italian; folded by `heading_key` (no accents).
_STATUS_WORDS = {
    heading_key(word): status
    for status, words in (
        (PRESENT, ("present", "attended", "anwesend", "teilgenommen", "da", "présent",
                   "présente", "aanwezig", "presente")),
        (APOLOGIES, ("apologies", "apology", "apols", "sent apologies", "entschuldigt",
                     "abgemeldet", "excusé", "excusée", "excuse", "afgemeld", "met kennisgeving",
                     "giustificato", "giustificata", "assente giustificato")),
        (ABSENT, ("absent", "did not attend", "dna", "abwesend", "gefehlt",
                  "unentschuldigt", "absente", "afwezig", "assente")),
    )
    for word in words
}  # fmt: skip
EARLIEST_YEAR = 1950

# Where a member was (the store's MeetingMode.WHERE); a row gives one place, never hybrid.
IN_PERSON = "in-person"
ONLINE = "online"
# The mode column's heading and values as people write them in English, German, French,
# Dutch and Italian; folded by `heading_key`.
_MODE_HEADINGS = {
    heading_key(word)
    for word in (
        "mode",
        "attendance mode",
        "where",
        "format",
        "modus",
        "teilnahmeform",
        "teilnahmeart",
        "form",
        "modalité",
        "mode de participation",
        "vorm",
        "deelnamevorm",
        "wijze",
        "modalità",
        "modalità di partecipazione",
        "modo",
    )
}
_MODE_WORDS = {
    heading_key(word): mode
    for mode, words in (
        (IN_PERSON, ("in-person", "in person", "person", "in the room", "room", "on site",
                     "onsite", "face to face", "f2f", "präsenz", "in präsenz", "vor ort",
                     "persönlich", "présentiel", "en présentiel", "en personne", "sur place",
                     "fysiek", "in persoon", "op locatie", "ter plaatse", "in presenza",
                     "presenza", "di persona", "in sede")),
        (ONLINE, ("online", "on-line", "remote", "video", "virtual", "virtuell",
                  "videokonferenz", "en ligne", "à distance", "distanciel", "en distanciel",
                  "visio", "op afstand", "digitaal", "a distanza", "da remoto", "in linea")),
    )
    for word in words
}  # fmt: skip


def parse_mode(text: str) -> str:
    """Where one member was, from a cell: IN_PERSON or ONLINE; WordsError otherwise."""
    mode = _MODE_WORDS.get(heading_key(text))
    if mode is None:
        raise WordsError(
            Words(
                "CsvImport",
                "“{text}” is not where a member was; write in-person or online.",
                {"text": shown(text.strip())},
            )
        )
    return mode


def _mode_heading(cells: list[str]) -> list[str]:
    """The heading row with the mode column's translated names read as "mode" (the shared
    heading words in `roster_csv` are the roster's and the first four columns')."""
    return ["mode" if heading_key(cell) in _MODE_HEADINGS else cell for cell in cells]


def parse_status(text: str) -> str:
    status = _STATUS_WORDS.get(heading_key(text))
    if status is None:
        raise WordsError(
            Words(
                "CsvImport",
                "“{text}” is not a status; write present, apologies or absent.",
                {"text": shown(text.strip())},
            )
        )
    return status


@dataclass(frozen=True)
class CsvAttendance:
    """One person at one meeting, as the file gives it."""

    line: int
    date: dt.date
    name: str
    status: str  # PRESENT, APOLOGIES or ABSENT
    presented: bool | None = None  # None: not given (no such column, or an empty cell)
    mode: str | None = None  # IN_PERSON or ONLINE; None: not given


class ParsedHistory(ParsedCsv[CsvAttendance]):
    """An attendance file, read."""


def _read_row(
    line: int, cells: list[str], columns: dict[int, str], separator: str
) -> tuple[CsvAttendance | None, list[Said], tuple[dt.date, str] | None]:
    """The row, every reason it is wrong, and (date, name) when both could be read, so
    that a repeated person is named even when another cell of the row is wrong."""
    values, reasons = row_values(cells, columns, separator)
    name = clean_name(values.get("name", ""))
    garbled = garbled_reason(name)
    if not name:
        reasons.append(Words("CsvImport", "This row has no name."))
    elif garbled is not None:
        reasons.append(garbled)
    day = status = presented = mode = None
    if "date" not in values:
        reasons.append(Words("CsvImport", "This row has no date."))
    else:
        try:
            day = parse_date(values["date"])
        except ValueError as exc:
            reasons.append(said(exc))
        else:
            if day.year < EARLIEST_YEAR:
                reasons.append(
                    Words(
                        "CsvImport",
                        "{day:numeric} is before {year}; check the year.",
                        {"day": day, "year": str(EARLIEST_YEAR)},
                    )
                )
                day = None
    if "status" not in values:
        reasons.append(
            Words("CsvImport", "This row has no status; write present, apologies or absent.")
        )
    else:
        try:
            status = parse_status(values["status"])
        except ValueError as exc:
            reasons.append(said(exc))
    if "presented" in values:
        try:
            presented = parse_yes_no(values["presented"])
        except ValueError as exc:
            reasons.append(Words("CsvImport", "Presented: {reason}", {"reason": said(exc)}))
    if "mode" in values:
        try:
            mode = parse_mode(values["mode"])
        except ValueError as exc:
            reasons.append(Words("CsvImport", "Mode: {reason}", {"reason": said(exc)}))
    if presented and status is not None and status != PRESENT:
        reasons.append(
            Words(
                "CsvImport",
                "The row says {name} presented but gives the status “{status}”; only someone "
                "present can have presented.",
                {"name": name or "?", "status": values.get("status", status)},
            )
        )
    who = (day, name) if day is not None and name else None
    if reasons or day is None or status is None:
        return None, reasons, who
    return CsvAttendance(line, day, name, status, presented, mode), reasons, who


def parse_history_csv(data: bytes | str, encoding: Encoding | None = None) -> ParsedHistory:
    """Read an attendance file; `encoding` None: found from the file (see `csv_read`)."""
    result = ParsedHistory()
    source, error = decode_csv(data, encoding)
    if source is None:
        assert error is not None
        result.errors.append(error)
        return result
    result.source = source
    columns: dict[int, str] | None = None
    heading_line = 1
    first_line_of: dict[tuple[dt.date, str], int] = {}
    try:
        for line, cells in csv_records(source.text, source.separator):
            if is_blank(cells):
                continue
            if columns is None:
                heading_line = line
                columns, error = read_heading(line, _mode_heading(cells), COLUMNS, REQUIRED)
                if error is not None:
                    result.errors.append(error)
                    return result
                continue
            row, reasons, who = _read_row(line, cells, columns, source.separator)
            if who is not None:
                day, name = who
                key = (day, look_alike_key(name))
                if key in first_line_of:
                    reasons.append(
                        Words(
                            "CsvImport",
                            "“{name}” is already on line {line} for {day:numeric}; each person "
                            "may appear once per meeting.",
                            {"name": shown(name), "line": str(first_line_of[key]), "day": day},
                        )
                    )
                else:
                    first_line_of[key] = line
            if reasons:
                result.errors.append(RowError(line, reasons))
            elif row is not None:
                result.rows.append(row)
    except UnreadableCsv as exc:
        result.errors.append(RowError(exc.line, exc.words))
        return result
    empty_file_errors(
        result.errors,
        columns is not None,
        heading_line,
        bool(result.rows),
        _COLUMN_LIST,
        "attendance",
    )
    return result

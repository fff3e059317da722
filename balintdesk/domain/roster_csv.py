"""Reading and writing a group's roster as a CSV file (the way Excel or LibreOffice save one).

Pure Python: the store plans an import from what `parse_roster_csv` returns, and the CLI
and the window both show its `RowError`s, so a bad row reads the same everywhere.

Reading is strict about what matters (one row per member, every cell readable, no column
silently dropped) and lenient about how spreadsheets differ (byte-order mark, CRLF or LF,
heading case and order, blank rows, day-first dates). How the bytes become text and
records (encodings, separators, line endings) is `csv_read`'s part.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from balintdesk.domain.csv_cells import csv_text, from_csv_cell
from balintdesk.domain.csv_read import (
    CsvText,
    Encoding,
    RowError,
    Said,
    UnreadableCsv,
    csv_records,
    decode_csv,
    is_blank,
)
from balintdesk.domain.names import look_alike_key, shown
from balintdesk.domain.roster import (
    MemberDraft,
    Role,
    clean_name,
    parse_date,
    parse_role,
    parse_yes_no,
    validate_member,
)
from balintdesk.domain.words import Words, listed

COLUMNS = ("name", "role", "leader", "email", "joined")
_COLUMN_LIST = ",".join(COLUMNS)

# Column headings as a spreadsheet in German, French, Dutch or Italian names them (and a
# few English variants), for the roster's and the attendance file's columns. Exports
# write the English names; imports read these too. Folded by `heading_key`.
_HEADING_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "nom", "naam", "nome", "full name", "vollständiger name",
             "nom complet", "volledige naam", "nome e cognome", "teilnehmer", "member"),
    "role": ("role", "rolle", "beruf", "funktion", "rôle", "profession", "fonction", "rol",
             "beroep", "functie", "ruolo", "professione", "qualifica"),
    "leader": ("leader", "leitung", "gruppenleitung", "leiter", "leiterin", "leads",
               "animateur", "animatrice", "animation", "begeleider", "begeleiding",
               "leiding", "conduttore", "conduttrice", "conduzione"),
    "email": ("email", "e-mail", "e mail", "mail", "e-mail-adresse", "courriel",
              "adresse e-mail", "adresse électronique", "e-mailadres", "emailadres",
              "posta elettronica", "indirizzo e-mail"),
    "joined": ("joined", "beitritt", "eintritt", "beigetreten", "mitglied seit",
               "dabei seit", "arrivée", "adhésion", "date d'arrivée", "date d'adhésion",
               "lid sinds", "toegetreden", "ingresso", "adesione", "data di ingresso",
               "data di adesione"),
    "date": ("date", "datum", "data", "sitzung", "séance", "bijeenkomst", "incontro"),
    "status": ("status", "anwesenheit", "teilnahme", "statut", "présence", "presence",
               "aanwezigheid", "stato", "presenza"),
    "presented": ("presented", "vorgestellt", "hat vorgestellt", "fallvorstellung",
                  "présenté", "a présenté", "présentation", "ingebracht", "heeft ingebracht",
                  "inbreng", "presentato", "ha presentato", "presentazione"),
}  # fmt: skip


def heading_key(text: str) -> str:
    """A heading as it is looked up: case, accents, hyphens and spacing aside."""
    plain = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.replace("-", " ").replace("_", " ").split())


HEADING_ALIASES: dict[str, str] = {
    heading_key(word): column for column, words in _HEADING_WORDS.items() for word in words
}


@dataclass(frozen=True)
class CsvMember:
    """One member as the file gives it. None means "not given": no such column, or empty."""

    line: int
    name: str
    role: Role | None = None
    is_leader: bool | None = None
    email: str | None = None
    joined: dt.date | None = None
    # The role as the file wrote it ("GP registrar"), for the preview; not part of the row.
    role_text: str | None = field(default=None, compare=False)


Row = TypeVar("Row")


def said(error: Exception) -> Said:
    """What an error says: its Words when it carries them, else its English text."""
    words = getattr(error, "words", None)
    return words if isinstance(words, Words) else str(error)


@dataclass
class ParsedCsv(Generic[Row]):
    """The good rows and every problem found; the rows with a problem are left out."""

    rows: list[Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    # How the file was read (encoding, separator), for the preview and the command line;
    # None when it could not be read as text at all.
    source: CsvText | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


class ParsedRoster(ParsedCsv[CsvMember]):
    """A roster file, read."""


def read_heading(
    line: int,
    cells: list[str],
    known: tuple[str, ...] = COLUMNS,
    required: tuple[str, ...] = ("name",),
) -> tuple[dict[int, str], RowError | None]:
    """Map cell position to column name; an error if a column is missing or unknown."""
    column_list = ",".join(known)
    columns: dict[int, str] = {}
    unknown: list[str] = []
    repeated: list[str] = []
    for position, cell in enumerate(cells):
        heading = HEADING_ALIASES.get(heading_key(cell), cell.strip().casefold())
        if not cell.strip():
            continue  # Spreadsheets often add empty trailing columns; their cells are checked.
        if heading not in known:
            unknown.append(cell.strip())
        elif heading in columns.values():
            repeated.append(heading)
        else:
            columns[position] = heading
    reasons: list[Said] = []
    # Unknown headings are refused rather than ignored, so that a typo such as
    # "emial" does not quietly drop every email address in the file.
    if unknown:
        names = listed([Words("CsvImport", "“{name}”", {"name": shown(n)}) for n in unknown[:5]])
        read = {"names": names, "columns": column_list, "more": str(len(unknown) - 5)}
        if len(unknown) > 5:
            reason = Words(
                "CsvImport",
                "BalintDesk does not know the columns {names} and {more} more; the columns it "
                "reads are {columns}.",
                read,
            )
        elif len(unknown) > 1:
            reason = Words(
                "CsvImport",
                "BalintDesk does not know the columns {names}; the columns it reads are {columns}.",
                read,
            )
        else:
            reason = Words(
                "CsvImport",
                "BalintDesk does not know the column {names}; the columns it reads are {columns}.",
                read,
            )
        reasons.append(reason)
    if repeated:
        twice = {"names": ", ".join(f"“{name}”" for name in repeated)}
        if len(repeated) > 1:
            reasons.append(Words("CsvImport", "The columns {names} appear twice.", twice))
        else:
            reasons.append(Words("CsvImport", "The column {names} appears twice.", twice))
    missing = [name for name in required if name not in columns.values()]
    if missing:
        absent = {"names": ", ".join(f"“{name}”" for name in missing), "columns": column_list}
        if len(missing) > 1:
            reason = Words(
                "CsvImport",
                "There is no {names} columns; the first line must name the columns, for "
                "example: {columns}",
                absent,
            )
        else:
            reason = Words(
                "CsvImport",
                "There is no {names} column; the first line must name the columns, for "
                "example: {columns}",
                absent,
            )
        reasons.append(reason)
    return columns, (RowError(line, reasons) if reasons else None)


def row_values(
    cells: list[str], columns: dict[int, str], separator: str = ","
) -> tuple[dict[str, str], list[Said]]:
    """The row's non-empty cells by column name, and a reason if a cell has no heading."""
    values: dict[str, str] = {}
    reasons: list[Said] = []
    stray = [p for p, cell in enumerate(cells) if p not in columns and cell.strip()]
    if stray:
        where = {"column": str(stray[0] + 1)}
        if separator == ";":
            text = Words(
                "CsvImport",
                "This row has a value in column {column}, which has no heading; a value "
                "containing a semicolon must be in double quotes.",
                where,
            )
        elif separator == "\t":
            text = Words(
                "CsvImport",
                "This row has a value in column {column}, which has no heading; a value "
                "containing a tab must be in double quotes.",
                where,
            )
        else:
            text = Words(
                "CsvImport",
                "This row has a value in column {column}, which has no heading; a value "
                "containing a comma must be in double quotes.",
                where,
            )
        reasons.append(text)
    for position, column in columns.items():
        if position < len(cells) and cells[position].strip():
            # Undoes the quote our exports put before a formula-like cell, and only that.
            values[column] = from_csv_cell(cells[position].strip())
    return values, reasons


def _read_member(
    line: int, cells: list[str], columns: dict[int, str], separator: str
) -> tuple[CsvMember, list[Said]]:
    """The member on one row, and every reason the row is wrong (empty when it is fine)."""
    values, reasons = row_values(cells, columns, separator)
    role = is_leader = joined = None
    if "role" in values:
        try:
            role = parse_role(values["role"])
        except ValueError as exc:
            reasons.append(said(exc))
    if "leader" in values:
        try:
            is_leader = parse_yes_no(values["leader"])
        except ValueError as exc:
            reasons.append(Words("CsvImport", "Leader: {reason}", {"reason": said(exc)}))
    if "joined" in values:
        try:
            joined = parse_date(values["joined"])
        except ValueError as exc:
            reasons.append(Words("CsvImport", "Joined: {reason}", {"reason": said(exc)}))
    member = CsvMember(
        line=line,
        name=clean_name(values.get("name", "")),
        role=role,
        is_leader=is_leader,
        email=values.get("email"),
        joined=joined,
        role_text=values.get("role"),
    )
    # The same judge as the window's member form, so a name or an email is accepted or
    # refused alike wherever it comes from.
    draft = MemberDraft(
        name=member.name, email=member.email or "", joined=joined or dt.date.today()
    )
    problems = validate_member(draft)
    if not member.name:
        reasons.insert(0, Words("CsvImport", "This row has no name."))
    elif "name" in problems:
        reasons.insert(0, problems["name"])
    reasons += [problems[key] for key in ("email", "joined") if key in problems]
    return member, reasons


def parse_roster_csv(data: bytes | str, encoding: Encoding | None = None) -> ParsedRoster:
    """Read a roster file; `encoding` None: found from the file (see `csv_read`)."""
    result = ParsedRoster()
    source, error = decode_csv(data, encoding)
    if source is None:
        assert error is not None
        result.errors.append(error)
        return result
    result.source = source

    columns: dict[int, str] | None = None
    heading_line = 1
    first_line_of: dict[str, int] = {}
    try:
        for line, cells in csv_records(source.text, source.separator):
            if is_blank(cells):
                continue
            if columns is None:
                heading_line = line
                columns, error = read_heading(line, cells)
                if error is not None:
                    result.errors.append(error)
                    return result
                continue
            member, reasons = _read_member(line, cells, columns, source.separator)
            key = look_alike_key(member.name)
            if member.name and key in first_line_of:
                reasons.insert(
                    0,
                    Words(
                        "CsvImport",
                        "“{name}” is already on line {line}; each member may appear only once "
                        "(names that look the same are the same).",
                        {"name": shown(member.name), "line": str(first_line_of[key])},
                    ),
                )
            elif member.name:
                first_line_of[key] = line
            if reasons:
                result.errors.append(RowError(line, reasons))
            else:
                result.rows.append(member)
    except UnreadableCsv as exc:
        result.errors.append(RowError(exc.line, exc.words))
        return result

    empty_file_errors(
        result.errors, columns is not None, heading_line, bool(result.rows), _COLUMN_LIST, "members"
    )
    return result


def empty_file_errors(
    errors: list[RowError],
    has_heading: bool,
    heading_line: int,
    has_rows: bool,
    column_list: str,
    what: str,
) -> None:
    """The two ways a CSV can hold nothing, said the same way for every import. `what`:
    "members" or "attendance"."""
    if not has_heading:
        errors.append(
            RowError(
                1,
                Words(
                    "CsvImport",
                    "The file is empty; its first line should name the columns: {columns}.",
                    {"columns": column_list},
                ),
            )
        )
    elif not has_rows and not errors:
        if what == "members":
            text = Words("CsvImport", "The file has a heading row but no members below it.")
        else:
            text = Words("CsvImport", "The file has a heading row but no attendance below it.")
        errors.append(RowError(heading_line, text))


def write_roster_csv(members: Iterable[MemberDraft]) -> str:
    """The roster as CSV text that `parse_roster_csv` reads back to the same members.

    The text has no byte-order mark; whoever writes it to a file decides on one. Cells a
    spreadsheet would run as formulas are written as text (`csv_cells`).
    """
    rows = (
        [
            clean_name(member.name),
            member.role.label,
            "yes" if member.is_leader else "no",
            member.email.strip(),
            member.joined.isoformat(),
        ]
        for member in members
    )
    return csv_text(COLUMNS, rows)

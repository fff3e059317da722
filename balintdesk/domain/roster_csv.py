"""Reading and writing a group's roster as a CSV file (the way Excel or LibreOffice save one).

Pure Python: the store plans an import from what `parse_roster_csv` returns, and the CLI
and the window both show its `RowError`s, so a bad row reads the same everywhere.

Reading is strict about what matters (one row per member, every cell readable, no column
silently dropped) and lenient about how spreadsheets differ (byte-order mark, CRLF or LF,
heading case and order, blank rows, ISO or UK dates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from balintdesk.domain.csv_cells import csv_text, from_csv_cell
from balintdesk.domain.roster import (
    MemberDraft,
    Role,
    clean_name,
    name_key,
    parse_date,
    parse_role,
    parse_yes_no,
    validate_member,
)

COLUMNS = ("name", "role", "leader", "email", "joined")
_COLUMN_LIST = ",".join(COLUMNS)
# A line that cannot occur in a real roster (U+FFFF is a Unicode noncharacter). It is
# appended after the text: if a quote is never closed the csv module swallows it into a
# field instead of returning it as a record of its own, which is how we notice.
_SENTINEL = "\uffffbalintdesk-end-of-file\uffff"


@dataclass(frozen=True)
class RowError:
    """A problem with the file, at the physical line where the record starts (heading = 1)."""

    line: int
    message: str

    def __post_init__(self) -> None:
        # A quoted cell may hold a line break; the message quoting it must stay one line.
        object.__setattr__(self, "message", " ".join(self.message.split()))

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}"


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


@dataclass
class ParsedCsv(Generic[Row]):
    """The good rows and every problem found; the rows with a problem are left out."""

    rows: list[Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class ParsedRoster(ParsedCsv[CsvMember]):
    """A roster file, read."""


def decode_csv(data: bytes | str) -> tuple[str | None, RowError | None]:
    """The file's text, or the one error saying why it cannot be read as UTF-8.

    Shared by every CSV import, so a file saved the wrong way is explained alike.
    """
    if isinstance(data, str):
        return data.removeprefix("\ufeff"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, RowError(
            1,
            "The file is UTF-16 text (Excel's “Unicode Text”); "
            "in Excel choose “CSV UTF-8” when saving.",
        )
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, RowError(
            line,
            "The file is not UTF-8 text (the first character BalintDesk cannot read is on "
            "this line); in Excel choose “CSV UTF-8” when saving.",
        )


class UnreadableCsv(Exception):
    """The csv module cannot go on reading at `line`; nothing after it is trustworthy."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(physical start line, cells) for each record, blank lines included as []."""
    if text and not text.endswith(("\n", "\r")):
        text += "\n"
    # newline="" keeps CRLF inside quoted cells intact and lets csv count physical lines.
    reader = csv.reader(io.StringIO(text + _SENTINEL + "\n", newline=""))
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UnreadableCsv(
                start, f"This row cannot be read as CSV ({exc}); the rest of the file was not read."
            ) from exc
        if cells == [_SENTINEL]:
            return
        if any(_SENTINEL in cell for cell in cells):
            raise UnreadableCsv(
                start,
                "A double quote opened in this row is never closed, so the rest of the file "
                "cannot be read; check the quotes in this row.",
            )
        yield start, cells


def is_blank(cells: list[str]) -> bool:
    return all(not cell.strip() for cell in cells)


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
        heading = cell.strip().casefold()
        if not heading:
            continue  # Spreadsheets often add empty trailing columns; their cells are checked.
        if heading not in known:
            unknown.append(cell.strip())
        elif heading in columns.values():
            repeated.append(heading)
        else:
            columns[position] = heading
    reasons = []
    if len(cells) == 1 and (";" in cells[0] or "\t" in cells[0]):
        reasons.append(
            "The columns are separated by semicolons or tabs, not commas; "
            "in Excel choose “CSV UTF-8 (Comma delimited)” when saving."
        )
    else:
        # Unknown headings are refused rather than ignored, so that a typo such as
        # "emial" does not quietly drop every email address in the file.
        if unknown:
            names = ", ".join(f"“{name}”" for name in unknown)
            reasons.append(
                f"BalintDesk does not know the column{'s' if len(unknown) > 1 else ''} "
                f"{names}; the columns it reads are {column_list}."
            )
        if repeated:
            names = ", ".join(f"“{name}”" for name in repeated)
            reasons.append(f"The column{'s' if len(repeated) > 1 else ''} {names} appear twice.")
        missing = [name for name in required if name not in columns.values()]
        if missing:
            names = ", ".join(f"“{name}”" for name in missing)
            reasons.append(
                f"There is no {names} column{'s' if len(missing) > 1 else ''}; the first line "
                f"must name the columns, for example: {column_list}"
            )
    return columns, (RowError(line, " ".join(reasons)) if reasons else None)


def row_values(cells: list[str], columns: dict[int, str]) -> tuple[dict[str, str], list[str]]:
    """The row's non-empty cells by column name, and a reason if a cell has no heading."""
    values: dict[str, str] = {}
    reasons: list[str] = []
    stray = [p for p, cell in enumerate(cells) if p not in columns and cell.strip()]
    if stray:
        reasons.append(
            f"This row has a value in column {stray[0] + 1}, which has no heading; "
            "a value containing a comma must be in double quotes."
        )
    for position, column in columns.items():
        if position < len(cells) and cells[position].strip():
            # Undoes the quote our exports put before a formula-like cell, and only that.
            values[column] = from_csv_cell(cells[position].strip())
    return values, reasons


def _read_member(
    line: int, cells: list[str], columns: dict[int, str]
) -> tuple[CsvMember, list[str]]:
    """The member on one row, and every reason the row is wrong (empty when it is fine)."""
    values, reasons = row_values(cells, columns)
    role = is_leader = joined = None
    if "role" in values:
        try:
            role = parse_role(values["role"])
        except ValueError as exc:
            reasons.append(str(exc))
    if "leader" in values:
        try:
            is_leader = parse_yes_no(values["leader"])
        except ValueError as exc:
            reasons.append(f"Leader: {exc}")
    if "joined" in values:
        try:
            joined = parse_date(values["joined"])
        except ValueError as exc:
            reasons.append(f"Joined: {exc}")
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
        reasons.insert(0, "This row has no name.")
    elif "name" in problems:
        reasons.insert(0, problems["name"])
    reasons += [problems[key] for key in ("email", "joined") if key in problems]
    return member, reasons


def parse_roster_csv(data: bytes | str) -> ParsedRoster:
    """Read a roster file; bytes must be UTF-8, with or without a byte-order mark."""
    result = ParsedRoster()
    text, error = decode_csv(data)
    if text is None:
        assert error is not None
        result.errors.append(error)
        return result

    columns: dict[int, str] | None = None
    heading_line = 1
    first_line_of: dict[str, int] = {}
    try:
        for line, cells in csv_records(text):
            if is_blank(cells):
                continue
            if columns is None:
                heading_line = line
                columns, error = read_heading(line, cells)
                if error is not None:
                    result.errors.append(error)
                    return result
                continue
            member, reasons = _read_member(line, cells, columns)
            key = name_key(member.name)
            if member.name and key in first_line_of:
                reasons.insert(
                    0,
                    f"“{member.name}” is already on line {first_line_of[key]}; "
                    "each member may appear only once.",
                )
            elif member.name:
                first_line_of[key] = line
            if reasons:
                result.errors.append(RowError(line, " ".join(reasons)))
            else:
                result.rows.append(member)
    except UnreadableCsv as exc:
        result.errors.append(RowError(exc.line, str(exc)))
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
    """The two ways a CSV can hold nothing, said the same way for every import."""
    if not has_heading:
        errors.append(
            RowError(
                1, f"The file is empty; its first line should name the columns: {column_list}."
            )
        )
    elif not has_rows and not errors:
        errors.append(RowError(heading_line, f"The file has a heading row but no {what} below it."))


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

"""Every CSV BalintDesk writes goes through `csv_text`: a file a spreadsheet opens as text.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, and
`=HYPERLINK(…)` in a member's name would then send data away from whoever opens the
roster. OWASP's CSV Injection page (https://owasp.org/www-community/attacks/CSV_Injection)
lists the characters no cell may begin with: = + - @, tab (0x09), carriage return (0x0D)
and line feed (0x0A); its remedy is a single quote in front, which Excel and LibreOffice
show as text and hide. The same page warns that a separator inside a cell can start a
new cell mid-text: European Excel splits on semicolons, so a cell holding a comma, a
semicolon, a tab, a quote or a line break is written in double quotes (RFC 4180, 2.6-2.7).

Our own imports read the files back to the same text (`from_csv_cell`), by undoing exactly
the quote `to_csv_cell` adds and no other. So that this is exact for *every* text, a cell
that already starts with quotes before a formula character (a real "'=x", rare as it is)
gets one quote more, as any escape does: `to_csv_cell` and `from_csv_cell` are inverse
for all strings, so no name is ever changed by an export and an import.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["FORMULA_STARTS", "csv_text", "from_csv_cell", "to_csv_cell"]

# OWASP's list (the page above). A spreadsheet also skips leading spaces before a formula
# character in some versions, so the space is looked through as well.
FORMULA_STARTS = frozenset("=+-@\t\r\n")
QUOTE = "'"
_NEEDS_QUOTES = frozenset(',;\t"\r\n')
LINE_END = "\r\n"  # RFC 4180 and Excel; our readers take either


def _formula_like(text: str) -> bool:
    """True if `text`, after any quotes and spaces in front, starts like a formula."""
    rest = text.lstrip(QUOTE).lstrip(" ")
    return bool(rest) and rest[0] in FORMULA_STARTS


def to_csv_cell(text: str) -> str:
    """`text` as a spreadsheet shows it and never runs it: a quote in front when it starts
    like a formula (after any quotes or spaces it already has)."""
    return QUOTE + text if _formula_like(text) else text


def from_csv_cell(text: str) -> str:
    """The text `to_csv_cell` was given: its one added quote removed, nothing else."""
    return text[1:] if text.startswith(QUOTE) and _formula_like(text[1:]) else text


def _quoted(cell: str) -> str:
    if any(ch in _NEEDS_QUOTES for ch in cell) or cell != cell.strip(" "):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_text(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """The header and rows as CSV text, each cell through `to_csv_cell`, lines in CRLF.

    Cells are `str(cell)`; the header's column names are written as they are (they are
    ours, and stay the same in every language)."""
    lines = [",".join(_quoted(name) for name in header)]
    lines += [",".join(_quoted(to_csv_cell(str(cell))) for cell in row) for row in rows]
    return LINE_END.join(lines) + LINE_END

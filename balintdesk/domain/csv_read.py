"""The text and the records of a CSV file, as spreadsheets really save one.

Shared by every CSV import, so that a file is read, and a file that cannot be read is
explained, the same way everywhere.

- Encoding: UTF-8, with or without a byte-order mark, whenever the bytes are valid
  UTF-8. UTF-16 when the file starts with its byte-order mark (Excel's "Unicode Text").
  Otherwise Windows-1252 (older Excel's "CSV (Comma delimited)" on Windows) or Mac Roman
  (Excel for Mac), whichever reads the file's letters more plausibly; the preview and
  the command line name the one used, and the user can name another (`encoding`).
- Separator: comma, semicolon (Excel and LibreOffice where the decimal mark is a comma:
  German, French, Italian, Dutch, …) or tab (Excel's "Unicode Text"), whichever the
  heading row uses most, outside quotes.
- Line endings: CRLF, LF or CR alone; lines are counted as a text editor counts them.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from balintdesk.domain.names import shown
from balintdesk.domain.plain_english import english
from balintdesk.domain.words import Words

Said = str | Words


def together(parts: Sequence[Said]) -> Words:
    """Sentences one after another, as one `Words` (a str part is shown as it is)."""
    words = [Words("CsvImport", "{text}", {"text": p}) if isinstance(p, str) else p for p in parts]
    if not words:
        return Words("CsvImport", "{text}", {"text": ""})
    first, *rest = words
    return (
        first
        if not rest
        else Words("CsvImport", "{first} {then}", {"first": first, "then": together(rest)})
    )


class RowError:
    """A problem with the file, at the physical line where the record starts (heading = 1).

    `message` is one sentence or several (`Words`, or English text); `.message` reads them
    in English on one line (for logs and the tests), `.words` is what the edge says in the
    user's language: "Line 3: …"."""

    __slots__ = ("line", "message", "parts")

    def __init__(self, line: int, message: Said | Sequence[Said]):
        parts = (message,) if isinstance(message, str | Words) else tuple(message)
        self.line = line
        self.parts: tuple[Said, ...] = parts
        # A quoted cell may hold a line break; the message quoting it must stay one line.
        self.message = " ".join(" ".join(english(part).split()) for part in parts)

    @property
    def reason(self) -> Words:
        """What is wrong, without the line."""
        return together(self.parts)

    @property
    def words(self) -> Words:
        return Words(
            "CsvImport", "Line {line}: {reason}", {"line": str(self.line), "reason": self.reason}
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RowError):
            return NotImplemented
        return (self.line, self.message) == (other.line, other.message)

    def __hash__(self) -> int:
        return hash((self.line, self.message))

    def __repr__(self) -> str:
        return f"RowError(line={self.line!r}, message={self.message!r})"

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}"


@dataclass(frozen=True)
class Encoding:
    codec: str  # Python's name for it
    label: str  # the user's: in English, or as the user named it

    @property
    def words(self) -> Words:
        """The label for the edge to say: one of ours translated, the user's as named."""
        known = _LABELS.get(self.codec)
        return known if known is not None else Words("CsvImport", "{name}", {"name": self.label})


UTF8 = Encoding("utf-8", "UTF-8")
UTF16 = Encoding("utf-16", "UTF-16 (Excel's “Unicode Text”)")
WINDOWS_1252 = Encoding("cp1252", "Windows-1252 (older Excel “CSV”)")
MAC_ROMAN = Encoding("mac_roman", "Mac Roman (Excel for Mac)")
_LABELS = {  # the labels above, each a literal for the catalogue
    "utf-8": Words("CsvImport", "UTF-8"),
    "utf-16": Words("CsvImport", "UTF-16 (Excel's “Unicode Text”)"),
    "cp1252": Words("CsvImport", "Windows-1252 (older Excel “CSV”)"),
    "mac_roman": Words("CsvImport", "Mac Roman (Excel for Mac)"),
}

ENCODINGS = (UTF8, WINDOWS_1252, MAC_ROMAN, UTF16)
SEPARATORS = {",": "commas", ";": "semicolons", "\t": "tabs"}


def encoding_named(name: str) -> Encoding | None:
    """The encoding a user named ("windows-1252", "cp1252", "macroman", "latin-1"), or None
    when Python knows no text encoding of that name."""
    try:
        wanted = codecs.lookup(name.strip()).name
        b"a".decode(wanted)  # "hex" and "base64" are codecs too, but not text encodings
    except (LookupError, ValueError):
        return None
    for known in ENCODINGS:
        if codecs.lookup(known.codec).name == wanted:
            return known
    return Encoding(wanted, name.strip())


@dataclass(frozen=True)
class CsvText:
    text: str
    encoding: Encoding
    separator: str = ","

    def describe(self) -> str:
        """ "Windows-1252 (older Excel “CSV”), columns separated by semicolons" """
        return f"{self.encoding.label}, columns separated by {SEPARATORS[self.separator]}"

    def described(self) -> Words:
        """`describe` as Words, for the edge to say in the user's language."""
        encoding = {"encoding": self.encoding.words}
        if self.separator == ";":
            return Words("CsvImport", "{encoding}, columns separated by semicolons", encoding)
        if self.separator == "\t":
            return Words("CsvImport", "{encoding}, columns separated by tabs", encoding)
        return Words("CsvImport", "{encoding}, columns separated by commas", encoding)


def line_of(text: str, end: int) -> int:
    """The line `end` is on, counting CRLF, LF and CR alone each as one line break."""
    return len(text[:end].replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def _byte_line(data: bytes, end: int) -> int:
    return line_of(data[:end].decode("latin-1"), end)


def _plausibility(text: str) -> int:
    """How much the non-ASCII characters of `text` read like letters in words.

    The two 8-bit encodings put letters where the other has symbols: "Zoë" saved as
    Windows-1252 reads as "ZoÎ" in Mac Roman, a capital inside a lower-case word, and
    "Schröder" saved as Mac Roman reads as "Schršder" in Windows-1252. The accented
    letters of Western European names (U+00C0-U+00FF) count double, so that such a file
    wins over a reading full of Czech letters; a Czech name in a Windows-1252 file may
    then be read wrong, which the preview shows before anything is imported.
    """
    score = 0
    for index, char in enumerate(text):
        if char.isascii():
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        weight = 2 if "\u00c0" <= char <= "\u00ff" else 1
        if char.isalpha():
            # A capital inside a lower-case word ("ZoÎ") is how a misreading looks.
            misplaced = (
                char.isupper() and before.isalpha() and (before.islower() or after.islower())
            )
            score += -2 if misplaced else weight
        elif unicodedata.category(char)[0] == "C":
            score -= 5
        elif before.isalpha() and after.isalpha():
            score -= 2  # a symbol inside a word
    return score


_WORKBOOK = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # .xlsx/.ods (zip), .xls (OLE)


def decode_csv(
    data: bytes | str, encoding: Encoding | None = None
) -> tuple[CsvText | None, RowError | None]:
    """The file's text and how it was read, or the one error saying why it cannot be."""
    if isinstance(data, str):
        text = data.removeprefix("\ufeff")
        return CsvText(text, UTF8, find_separator(text)), None
    if data.startswith(_WORKBOOK):
        return None, RowError(
            1,
            Words(
                "CsvImport",
                "This is a spreadsheet workbook (.xlsx, .ods or .xls), not a CSV file; in the "
                "spreadsheet choose Save As and a CSV type, then import that file.",
            ),
        )
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if encoding is None and utf16:
        encoding = UTF16
    if not utf16 and b"\0" in data and (encoding is None or encoding.codec != "utf-16"):
        # Latin letters in UTF-16 without a byte-order mark: every other byte is NUL.
        if len(data) > 1 and data[1::2].count(0) * 2 > len(data) // 2:
            why = Words(
                "CsvImport",
                "The file contains NUL bytes, so it is not CSV text; if it was saved as "
                "“Unicode Text”, choose the encoding UTF-16.",
            )
        else:
            why = Words(
                "CsvImport",
                "The file contains NUL bytes, so it is not CSV text; save the spreadsheet as "
                "CSV and import that file.",
            )
        return None, RowError(_byte_line(data, data.index(b"\0")), why)
    if encoding is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            candidates = []
            for candidate in (WINDOWS_1252, MAC_ROMAN):
                try:
                    text = data.decode(candidate.codec)
                except UnicodeDecodeError:
                    continue
                candidates.append((_plausibility(text), candidate == WINDOWS_1252, text, candidate))
            _, _, text, encoding = max(candidates, key=lambda c: c[:2])
        else:
            encoding = UTF8
    else:
        codec = {"utf-8": "utf-8-sig", "utf-16": "utf-16" if utf16 else "utf-16-le"}.get(
            encoding.codec, encoding.codec
        )  # Python's "utf-16" without a byte-order mark would follow this machine's order
        try:
            text = data.decode(codec).removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            return None, RowError(
                _byte_line(data, exc.start),
                Words(
                    "CsvImport",
                    "The file cannot be read as {encoding}: the first character that cannot "
                    "be read is on this line. Choose another encoding, or save the "
                    "spreadsheet as “CSV UTF-8”.",
                    {"encoding": encoding.words},
                ),
            )
    return CsvText(text, encoding, find_separator(text)), None


def _heading_line(text: str) -> str:
    """The first line with anything on it, up to its end outside quotes."""
    quoted = False
    start = None
    for index, char in enumerate(text):
        if start is None:
            if char.isspace():
                continue
            start = index
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            return text[start:index]
    return text[start:] if start is not None else ""


def find_separator(text: str) -> str:
    """The separator the heading row uses most, outside quotes; a comma if it uses none."""
    heading = _heading_line(text)
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for char in heading:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(SEPARATORS, key=lambda sep: counts[sep])  # ties: the first, a comma
    return best if counts[best] else ","


# A line that cannot occur in a real roster (U+FFFF is a Unicode noncharacter). It is
# appended after the text: if a quote is never closed the csv module swallows it into a
# field instead of returning it as a record of its own, which is how we notice.
_SENTINEL = "\uffffbalintdesk-end-of-file\uffff"


class UnreadableCsv(Exception):
    """The csv module cannot go on reading at `line`; nothing after it is trustworthy."""

    def __init__(self, line: int, message: Words):
        super().__init__(english(message))
        self.line = line
        self.words = message


def csv_records(text: str, separator: str = ",") -> Iterator[tuple[int, list[str]]]:
    """(physical start line, cells) for each record, blank lines included as []."""
    if text and not text.endswith(("\n", "\r")):
        text += "\n"
    # newline="" keeps CRLF inside quoted cells intact and lets csv count physical lines;
    # io's universal newlines split CR alone, LF and CRLF alike.
    reader = csv.reader(io.StringIO(text + _SENTINEL + "\n", newline=""), delimiter=separator)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UnreadableCsv(
                start,
                Words(
                    "CsvImport",
                    "This row cannot be read as CSV ({problem}); the rest of the file was "
                    "not read.",
                    {"problem": shown(str(exc))},
                ),
            ) from exc
        if cells == [_SENTINEL]:
            return
        if any(_SENTINEL in cell for cell in cells):
            raise UnreadableCsv(
                start,
                Words(
                    "CsvImport",
                    "A double quote opened in this row is never closed, so the rest of the "
                    "file cannot be read; check the quotes in this row.",
                ),
            )
        yield start, cells


def is_blank(cells: list[str]) -> bool:
    return all(not cell.strip() for cell in cells)

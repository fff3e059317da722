"""The one CSV writer (`csv_text`) and its cell rule: OWASP's formula characters get a
quote in front, separators are in double quotes, and `from_csv_cell` undoes exactly the
added quote, for every text (so an export and an import never change a name)."""

from __future__ import annotations

import csv
import io
import itertools

import pytest

from balintdesk.domain.csv_cells import FORMULA_STARTS, csv_text, from_csv_cell, to_csv_cell


# OWASP, https://owasp.org/www-community/attacks/CSV_Injection: no cell may begin with
# = + - @ tab, carriage return or line feed.
@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "\n"])
def test_every_owasp_start_gets_a_quote(start: str) -> None:
    assert to_csv_cell(start + "1+1") == "'" + start + "1+1"


@pytest.mark.parametrize(
    "text", ["", "Dr Zoë François", "O'Brien", "'quoted", "2026-01-06", "1.5", "a=b", "x-1"]
)
def test_ordinary_text_is_written_as_it_is(text: str) -> None:
    assert to_csv_cell(text) == text
    assert from_csv_cell(text) == text


def test_leading_spaces_and_quotes_do_not_hide_a_formula() -> None:
    assert to_csv_cell(" =1+1") == "' =1+1"
    assert to_csv_cell("'=1+1") == "''=1+1"  # a real name starting with our quote
    assert from_csv_cell("''=1+1") == "'=1+1"
    assert from_csv_cell("'=1+1") == "=1+1"


def test_export_then_import_is_the_same_text_for_every_short_string() -> None:
    # Every string of up to five characters over the ones that matter: the quote, the
    # formula starts, a space and a letter.
    alphabet = "'=+-@ \tax"
    for length in range(6):
        for letters in itertools.product(alphabet, repeat=length):
            text = "".join(letters)
            written = to_csv_cell(text)
            assert from_csv_cell(written) == text, repr(text)
            assert written[:1] not in FORMULA_STARTS, repr(text)


def test_csv_text_reads_back_and_quotes_every_separator() -> None:
    rows = [["Patel, Anjali", "a;=1+1", 'say "hi"', "two\nlines", " pad", "=SUM(A1)", 1.5]]
    text = csv_text(("name", "b", "c", "d", "e", "f", "g"), rows)
    assert text.startswith("name,b,c,d,e,f,g\r\n") and text.endswith("\r\n")
    read = list(csv.reader(io.StringIO(text, newline="")))
    assert read[1] == [
        "Patel, Anjali",
        "a;=1+1",
        'say "hi"',
        "two\nlines",
        " pad",
        "'=SUM(A1)",
        "1.5",
    ]
    # A semicolon is quoted too: European Excel splits on it, and "=1+1" would be a cell.
    assert '"a;=1+1"' in text
    assert csv_text(("a",), []) == "a\r\n"

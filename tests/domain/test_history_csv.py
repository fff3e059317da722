"""Reading an attendance history CSV: what is read, and each problem at its line."""

from __future__ import annotations

import datetime as dt

import pytest

from balintdesk.domain.csv_read import UTF8, UTF16
from balintdesk.domain.history_csv import (
    ABSENT,
    APOLOGIES,
    PRESENT,
    CsvAttendance,
    parse_history_csv,
    parse_status,
)

HEADING = "date,name,status,presented\r\n"


def lines_of(text: str | bytes) -> list[int]:
    return [error.line for error in parse_history_csv(text).errors]


def test_good_file_with_bom_crlf_and_both_date_styles() -> None:
    data = (
        "\ufeffDate,Name,Status,Presented\r\n"
        "2025-09-02,Anjali Patel,present,yes\r\n"
        "02/09/2025,  ben   okafor ,Apologies,no\r\n"
        "\r\n"
        "9/9/2025,Cara Jones,absent,\r\n"
    ).encode()
    parsed = parse_history_csv(data)
    assert parsed.ok
    assert parsed.rows == [
        CsvAttendance(2, dt.date(2025, 9, 2), "Anjali Patel", PRESENT, True),
        CsvAttendance(3, dt.date(2025, 9, 2), "ben okafor", APOLOGIES, False),
        CsvAttendance(5, dt.date(2025, 9, 9), "Cara Jones", ABSENT, None),
    ]


def test_presented_column_may_be_left_out() -> None:
    parsed = parse_history_csv("name,date,status\nAnjali,2025-09-02,present\n")
    assert parsed.rows == [CsvAttendance(2, dt.date(2025, 9, 2), "Anjali", PRESENT, None)]


@pytest.mark.parametrize(
    ("word", "status"),
    [("Present", PRESENT), ("attended", PRESENT), ("apology", APOLOGIES), ("DNA", ABSENT)],
)
def test_status_words(word: str, status: str) -> None:
    assert parse_status(word) == status


def test_each_bad_row_is_named_by_its_line() -> None:
    parsed = parse_history_csv(
        HEADING
        + "2025-09-02,Anjali,present,yes\n"  # 2 fine
        + "2025-09-31,Ben,present,no\n"  # 3 no such date
        + "2025-09-02,Cara,late,no\n"  # 4 unknown status
        + "2025-09-02,Dan,present,maybe\n"  # 5 bad yes/no
        + "2025-09-02,Eve,apologies,yes\n"  # 6 presented while away
        + "2025-09-02,,present,no\n"  # 7 no name
        + ",Finn,present,no\n"  # 8 no date
        + "2025-09-02,Gil,,\n"  # 9 no status
        + "2025-09-02,ANJALI,absent,no\n"  # 10 twice on one date
        + "1949-09-02,Hal,present,no\n"  # 11 before 1950
    )
    assert [e.line for e in parsed.errors] == list(range(3, 12))
    messages = [e.message for e in parsed.errors]
    assert "2025-09-31" in messages[0]
    assert "“late” is not a status" in messages[1]
    assert messages[2].startswith("Presented:")
    assert "only someone present can have presented" in messages[3]
    assert "no name" in messages[4]
    assert "no date" in messages[5]
    assert "no status" in messages[6]
    assert "already on line 2" in messages[7]
    assert "before 1950" in messages[8]
    assert [row.line for row in parsed.rows] == [2]


def test_the_same_name_on_two_dates_is_fine() -> None:
    parsed = parse_history_csv(HEADING + "2025-09-02,Ann,present,no\n2025-09-09,Ann,present,no\n")
    assert parsed.ok and len(parsed.rows) == 2


def test_headings_are_checked() -> None:
    missing = parse_history_csv("date,name\n2025-09-02,Ann\n")
    assert lines_of("date,name\n2025-09-02,Ann\n") == [1]
    assert "“status”" in missing.errors[0].message
    unknown = parse_history_csv("date,name,status,notes\n2025-09-02,Ann,present,x\n")
    # A free-text column could carry case details: it is refused, not ignored.
    assert "“notes”" in unknown.errors[0].message
    assert "date,name,status,presented" in unknown.errors[0].message


def test_unheaded_value_and_unclosed_quote() -> None:
    assert lines_of(HEADING + "2025-09-02,Patel, Anjali,present,no\n") == [2]
    assert lines_of(HEADING + '2025-09-02,"Ann,present,no\n') == [2]


def test_empty_heading_only_and_wrong_encoding() -> None:
    assert "empty" in parse_history_csv(b"").errors[0].message
    assert "no attendance" in parse_history_csv(HEADING).errors[0].message
    utf16 = parse_history_csv("date".encode("utf-16"))
    assert utf16.source is not None and utf16.source.encoding == UTF16
    assert "There is no “name”, “status” columns" in utf16.errors[0].message
    latin = HEADING.encode() + "2025-09-02,Siobhán,present,no\n".encode("latin-1")
    assert [r.name for r in parse_history_csv(latin).rows] == ["Siobhán"]
    refused = parse_history_csv(latin, UTF8)
    assert [e.line for e in refused.errors] == [2] and "UTF-8" in refused.errors[0].message

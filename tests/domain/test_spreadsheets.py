"""The spreadsheets people really have, each written here in its real encoding, separator
and line endings, read by both CSV imports (issue 14).

The encodings are the ones the spreadsheets write: older Excel's "CSV (Comma delimited)"
writes the Windows code page (Windows-1252 in Western Europe), Excel for Mac can write
Mac Roman, and Excel's "Unicode Text" is UTF-16 little-endian with a byte-order mark and
tabs between the columns. German, French, Italian and Dutch Excel and LibreOffice put a
semicolon between the columns, since there the comma is the decimal mark.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balintdesk.domain.history_csv import parse_history_csv
from balintdesk.domain.roster import Role, parse_date
from balintdesk.domain.roster_csv import parse_roster_csv

ZOE = "Dr Zoë François"
NAMES = [ZOE, "Jürgen Weiß", "Siobhán Ó Súilleabháin", "Renée Müller-Côté"]


def roster_text(separator: str, newline: str, dates: list[str]) -> str:
    heading = separator.join(["name", "role", "joined"])
    rows = [separator.join([n, "GP", d]) for n, d in zip(NAMES, dates, strict=True)]
    return newline.join([heading, *rows, ""])


def read_as(parsed) -> tuple[str, str]:
    assert parsed.source is not None
    return parsed.source.encoding.codec, parsed.source.separator


def test_older_excel_windows_1252_with_semicolons_and_dotted_dates() -> None:
    data = roster_text(";", "\r\n", ["03.09.2024"] * 4).encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the point of the test: not UTF-8
    parsed = parse_roster_csv(data)
    assert parsed.errors == []
    assert [r.name for r in parsed.rows] == NAMES
    assert {(r.role, r.joined) for r in parsed.rows} == {(Role.GP, dt.date(2024, 9, 3))}
    assert read_as(parsed) == ("cp1252", ";")
    assert parsed.source.describe() == (
        "Windows-1252 (older Excel “CSV”), columns separated by semicolons"
    )


def test_excel_for_mac_mac_roman_with_commas_and_cr_line_endings() -> None:
    data = roster_text(",", "\r", ["3-9-2024"] * 4).encode("mac_roman")
    parsed = parse_roster_csv(data)
    assert parsed.errors == []
    assert [r.name for r in parsed.rows] == NAMES
    assert {r.joined for r in parsed.rows} == {dt.date(2024, 9, 3)}
    assert read_as(parsed) == ("mac_roman", ",")


def test_excel_unicode_text_utf16_le_with_bom_and_tabs() -> None:
    text = roster_text("\t", "\r\n", ["03/09/2024"] * 4)
    data = b"\xff\xfe" + text.encode("utf-16-le")
    parsed = parse_roster_csv(data)
    assert parsed.errors == []
    assert [r.name for r in parsed.rows] == NAMES
    assert read_as(parsed) == ("utf-16", "\t")


def test_semicolons_in_utf8_with_european_dates_and_a_quoted_semicolon() -> None:
    data = (
        "\ufeffname;role;joined\r\n"
        '"Patel; Anjali";GP;03.09.2024\r\n'
        "Ben Okafor, Jr;Nurse;3-9-2024\r\n"
    ).encode()
    parsed = parse_roster_csv(data)
    assert parsed.errors == []
    assert [(r.name, r.joined) for r in parsed.rows] == [
        ("Patel; Anjali", dt.date(2024, 9, 3)),
        ("Ben Okafor, Jr", dt.date(2024, 9, 3)),  # a comma is only a comma here
    ]
    assert read_as(parsed) == ("utf-8", ";")


def test_history_in_windows_1252_with_semicolons_and_dotted_dates() -> None:
    data = "Datum;name;status\r\n03.09.2024;Dr Zoë François;present\r\n".encode("cp1252")
    data = data.replace(b"Datum", b"date")
    parsed = parse_history_csv(data)
    assert parsed.errors == []
    assert [(r.date, r.name) for r in parsed.rows] == [(dt.date(2024, 9, 3), ZOE)]
    assert read_as(parsed) == ("cp1252", ";")


def test_a_named_encoding_wins_over_the_guess() -> None:
    from balintdesk.domain.csv_read import MAC_ROMAN, encoding_named

    data = "name\nRenée\n".encode("cp1252")
    assert [r.name for r in parse_roster_csv(data).rows] == ["Renée"]
    assert [r.name for r in parse_roster_csv(data, MAC_ROMAN).rows] == ["RenÈe"]
    assert encoding_named("macroman") == MAC_ROMAN
    assert encoding_named("windows-1252").codec == "cp1252"
    assert encoding_named("latin-1").codec == "iso8859-1"
    assert encoding_named("hex") is None and encoding_named("klingon") is None


# --- line numbers --------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"], ids=["CRLF", "LF", "CR"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_line_numbers_are_right_with_any_line_ending(newline: str, encoding: str) -> None:
    text = newline.join(
        [
            "name,role",
            "Dr Zoë François,GP",
            f'"Ann{newline}Hale",GP',  # a quoted line break: the record spans lines 3-4
            "",
            "Ben Okafor,Surgeon",  # line 6
            "",
        ]
    )
    parsed = parse_roster_csv(text.encode(encoding))
    assert [e.line for e in parsed.errors] == [6]
    assert "Surgeon" in parsed.errors[0].message


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"], ids=["CRLF", "LF", "CR"])
def test_the_line_of_an_unreadable_byte_counts_any_line_ending(newline: str) -> None:
    from balintdesk.domain.csv_read import UTF8

    data = newline.join(["name", "Ann", "Zoë", ""]).encode("cp1252")
    parsed = parse_roster_csv(data, UTF8)
    assert [e.line for e in parsed.errors] == [3]


# --- what an error quotes ----------------------------------------------------------------


def test_a_file_of_nul_bytes_gets_one_short_readable_sentence() -> None:
    for parse in (parse_roster_csv, parse_history_csv):
        parsed = parse(b"\0" * 65_000)
        assert parsed.rows == []
        assert len(parsed.errors) == 1
        message = str(parsed.errors[0])
        assert len(message) < 200 and "\0" not in message
        assert message.startswith("Line 1:") and "NUL" in message


def test_a_long_or_invisible_heading_is_quoted_short_and_visible() -> None:
    parsed = parse_roster_csv("name,\u200b\u0007" + "x" * 10_000 + "\nAnn\n")
    message = str(parsed.errors[0])
    assert len(message) < 300
    assert "[U+200B][U+0007]xxx" in message and "(10,002 characters)" in message


def test_utf16_without_its_byte_order_mark_is_explained_and_read_when_named() -> None:
    from balintdesk.domain.csv_read import UTF16

    data = f"name\tjoined\r\n{ZOE}\t03.09.2024\r\n".encode("utf-16-le")
    refused = parse_roster_csv(data)
    assert [e.line for e in refused.errors] == [1]
    assert "choose the encoding UTF-16" in refused.errors[0].message
    # Named, it is read (as little-endian, the order Windows and every Mac write).
    assert [r.name for r in parse_roster_csv(data, UTF16).rows] == [ZOE]


def test_a_long_email_or_role_is_quoted_short() -> None:
    parsed = parse_roster_csv(f"name,role,email\nAnn,{'R' * 9000},{'e' * 9000}\n")
    message = str(parsed.errors[0])
    assert len(message) < 400 and "(9,000 characters)" in message


def test_a_workbook_is_named_for_what_it_is() -> None:
    parsed = parse_roster_csv(b"PK\x03\x04" + b"\0\x14" * 300)
    assert len(parsed.errors) == 1 and "workbook" in parsed.errors[0].message


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["2024-09-03", "03/09/2024", "3/9/2024", "03.09.2024", "3.9.2024", "3-9-2024"]
)
def test_day_first_and_iso_dates(text: str) -> None:
    assert parse_date(text) == dt.date(2024, 9, 3)


@pytest.mark.parametrize("text", ["09/25/2024", "03.09.24", "03.09-2024", "2024/09/03"])
def test_month_first_two_digit_years_and_mixed_separators_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="day first"):
        parse_date(text)


# --- garbled names ----------------------------------------------------------------------------


GARBLED = {
    "Windows-1252": "Dr ZoÃ« FranÃ§ois",  # UTF-8 bytes read as Windows-1252
    "Mac Roman": "Dr Zo√´ Fran√ßois",  # ... as Mac Roman
}


@pytest.mark.parametrize("misread_as", GARBLED)
def test_a_garbled_name_is_refused_with_the_likely_right_name(misread_as: str) -> None:
    text = f"name,role\n{ZOE},GP\n{GARBLED[misread_as]},GP\n"
    parsed = parse_roster_csv(text.encode("utf-8"))
    assert [r.name for r in parsed.rows] == [ZOE]
    assert [e.line for e in parsed.errors] == [3]
    message = parsed.errors[0].message
    assert f"It is probably “{ZOE}”" in message and misread_as in message


def test_a_name_garbled_twice_is_refused_too() -> None:
    twice = ZOE.encode().decode("cp1252").encode().decode("cp1252")  # "ZoÃƒÂ«"
    parsed = parse_roster_csv(f"name\n{twice}\n")
    assert f"It is probably “{ZOE}”" in parsed.errors[0].message


def test_a_garbled_name_in_a_history_file_is_refused_with_the_right_name() -> None:
    parsed = parse_history_csv(f"date,name,status\n2024-09-03,{GARBLED['Mac Roman']},present\n")
    assert [e.line for e in parsed.errors] == [2]
    assert f"It is probably “{ZOE}”" in parsed.errors[0].message


@pytest.mark.parametrize(
    "name",
    [*NAMES, "Ãngel Pérez", "Ève Côté", "Björn Ångström", "Nguyễn Thị Minh Khai", "Łukasz Żółć"],
)
def test_real_names_are_not_taken_for_garbled(name: str) -> None:
    assert parse_roster_csv(f"name\n{name}\n").errors == []


# --- names that look the same -------------------------------------------------------------

LOOK_ALIKES = {
    "zero-width space after": ZOE + "\u200b",
    "byte-order mark inside": "Dr Zoë\ufeff François",
    "combining grapheme joiner after": ZOE + "\u034f",
    "variation selector after": ZOE + "\ufe0f",
    "Hangul filler after": ZOE + "\u3164",
    "Braille blank after": ZOE + "\u2800",
    "no-break space inside": "Dr\u00a0Zoë François",
    "Cyrillic o": "Dr Zоë François",
    "Cyrillic yo": "Dr Zoё François",
    "e and a combining diaeresis": "Dr Zoe\u0308 François",
    "full-width D": "Ｄr Zoë François",
    "right-to-left mark after": ZOE + "\u200f",
    "capitals": "DR ZOË FRANÇOIS",
}


@pytest.mark.parametrize("variant", LOOK_ALIKES)
def test_a_look_alike_name_in_a_roster_file_is_named_as_a_duplicate(variant: str) -> None:
    parsed = parse_roster_csv(f"name\n{ZOE}\n{LOOK_ALIKES[variant]}\n")
    assert [r.name for r in parsed.rows] == [ZOE]
    assert [e.line for e in parsed.errors] == [3]
    assert "already on line 2" in parsed.errors[0].message


@pytest.mark.parametrize(
    "other", ["Dr Zoe François", "Dr Zoë Francois", "Dr Zoë François-Hale", "Dr Zoë Françoise"]
)
def test_names_a_reader_can_tell_apart_stay_apart(other: str) -> None:
    parsed = parse_roster_csv(f"name\n{ZOE}\n{other}\n")
    assert parsed.errors == [] and len(parsed.rows) == 2


# --- history duplicates ----------------------------------------------------------------------


def test_every_duplicate_in_a_history_file_is_named_on_the_first_attempt() -> None:
    parsed = parse_history_csv(
        "date,name,status\n"
        "2024-09-03,Ann Hale,maybe\n"  # wrong status: still the first Ann Hale of the day
        "2024-09-03,Ann Hale,present\n"
        "2024-09-03,ann  hale,present\n"
        f"2024-09-03,{ZOE},present\n"
        f"2024-09-03,{LOOK_ALIKES['Cyrillic o']},present\n"
        "2024-09-10,Ann Hale,present\n"  # another meeting: fine
    )
    lines = {e.line: e.message for e in parsed.errors}
    assert sorted(lines) == [2, 3, 4, 6]
    assert "already on line 2" in lines[3] and "already on line 2" in lines[4]
    assert "already on line 5" in lines[6]
    assert [r.line for r in parsed.rows] == [5, 7]


# --- whatever the bytes ------------------------------------------------------------------


@given(
    st.binary(max_size=400)
    | st.text(max_size=200).map(lambda t: b"\xff\xfe" + t.encode("utf-16-le", "surrogatepass")),
    st.sampled_from([None, "utf-8", "cp1252", "mac_roman", "utf-16"]),
)
@settings(max_examples=300)
def test_any_bytes_in_any_encoding_give_rows_or_short_errors(data: bytes, codec) -> None:
    from balintdesk.domain.csv_read import encoding_named

    encoding = None if codec is None else encoding_named(codec)
    for parse in (parse_roster_csv, parse_history_csv):
        parsed = parse(data, encoding)
        assert parsed.rows or parsed.errors
        for error in parsed.errors:
            assert error.line >= 1
            assert "\0" not in error.message
            # Each quote in a message is cut at 60 characters; a row has a few of them.
            assert len(error.message) < 1500, error.message

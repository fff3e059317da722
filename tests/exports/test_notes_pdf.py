"""The appraisal PDF of chosen private notes: a real A4 PDF, one note per page start,
"Page n of N" on multi-page output, nothing lost at page breaks, written atomically, and
the privacy guard's last look.

Text is read back with poppler's `pdftotext` where it is installed (Debian package
poppler-utils); the tests that need it skip without it. Page count and page size are read
off the PDF's own objects, which needs nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from pathlib import Path

import pytest

from balintdesk import i18n
from balintdesk.domain.privacy_words import NHS_NUMBER, TITLE_NAME
from balintdesk.exports import notes_pdf, pdf
from balintdesk.exports.notes_pdf import (
    default_pdf_name,
    notes_with_identifiers,
    write_notes_pdf,
)
from balintdesk.vault.notes import Note

from .._pdf import pdf_text

AUTHOR = "Dr Siobhán O'Neill"
WHEN = dt.datetime(2026, 3, 3, 18, 30, tzinfo=dt.UTC)
EXPORTED = dt.date(2026, 3, 10)
CANARY = "heron-canary-7f3a"


@pytest.fixture(autouse=True)
def english_catalogue():
    """The English plural forms live in the catalogue, as the app loads it at start."""
    i18n.use_language(i18n.ENGLISH)
    yield
    i18n.use_language(i18n.ENGLISH)


def note(
    title: str,
    body: str = "What stayed with me?\nHow quiet the room was.",
    tags: tuple[str, ...] = (),
    meeting: dt.date | None = None,
    note_id: str | None = None,
    created: dt.datetime = WHEN,
    updated: dt.datetime = WHEN,
) -> Note:
    return Note(
        id=note_id or title.lower().replace(" ", "-") or "untitled",
        title=title,
        body=body,
        tags=tags,
        template="balint",
        meeting_date=meeting,
        created=created,
        updated=updated,
    )


def page_objects(data: bytes) -> int:
    """Pages as the PDF declares them: /Type /Page objects (not the /Pages tree)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))


def media_boxes(data: bytes) -> list[tuple[float, ...]]:
    return [
        tuple(float(n) for n in box.split())
        for box in re.findall(rb"/MediaBox\s*\[([0-9.\s]+)\]", data)
    ]


def long_body(lines: int) -> str:
    return "\n".join(f"Line {n:03d} of the reflection." for n in range(1, lines + 1))


# --- the file itself --------------------------------------------------------------------


def test_one_short_note_makes_a_one_page_a4_pdf(qapp, out):
    target = out / "notes.pdf"
    pages = write_notes_pdf([note("After Tuesday")], target, AUTHOR, exported=EXPORTED)
    data = target.read_bytes()
    assert pages == 1
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert page_objects(data) == 1
    # A4 is 595.276 × 841.89 pt; Qt rounds to whole points.
    for box in media_boxes(data):
        assert box[:2] == (0, 0)
        assert box[2] == pytest.approx(595.3, abs=1) and box[3] == pytest.approx(841.9, abs=1)
    assert media_boxes(data)


def test_each_note_starts_a_page_and_long_ones_run_on(qapp, out):
    target = out / "notes.pdf"
    notes = [note("First"), note("Second", long_body(120)), note("Third")]
    pages = write_notes_pdf(notes, target, AUTHOR, exported=EXPORTED)
    assert pages >= 4, "three notes on their own pages, the long one over two at least"
    assert page_objects(target.read_bytes()) == pages


def test_the_text_of_a_long_export_with_page_numbers(qapp, out):
    target = out / "notes.pdf"
    notes = [
        note("After Tuesday", tags=("heartsink", "time pressure"), meeting=dt.date(2026, 3, 3)),
        note("The long one", long_body(120)),
    ]
    pages = write_notes_pdf(notes, target, AUTHOR, exported=EXPORTED)
    first = pdf_text(target, 1)
    assert f"Reflective notes — {AUTHOR}" in first
    assert "Exported Tuesday 10 March 2026 for appraisal · 2 notes" in first
    assert "After Tuesday" in first
    assert "Meeting of Tuesday 3 March 2026" in first
    assert "Tags: heartsink, time pressure" in first
    assert "The long one" not in first, "the next note starts a new page"
    assert f"Page 1 of {pages}" in first
    assert f"Page 2 of {pages}" in pdf_text(target, 2)
    assert f"Page {pages} of {pages}" in pdf_text(target, pages)


def test_a_single_page_has_no_page_number(qapp, out):
    target = out / "one.pdf"
    write_notes_pdf([note("After Tuesday")], target, AUTHOR, exported=EXPORTED)
    assert "Page 1" not in pdf_text(target)


def test_no_line_is_lost_or_doubled_at_a_page_break(qapp, out):
    # Clipped text still lands in a page's content stream; a line drawn on two pages
    # would be copied and found twice.
    target = out / "long.pdf"
    pages = write_notes_pdf([note("Long", long_body(300))], target, AUTHOR)
    assert pages >= 4
    text = pdf_text(target)
    for n in range(1, 301):
        assert text.count(f"Line {n:03d} of the reflection.") == 1, n


def test_note_text_is_text_not_markup_and_paragraphs_stay(qapp, out):
    target = out / "markup.pdf"
    body = (
        "What stayed with me?\n<b>not bold</b> &amp; <script>x</script> & more\n\n"
        "What will I keep in mind?\nTo slow down."
    )
    write_notes_pdf([note("Fish & <chips>", body)], target, "A <b>label</b>")
    text = pdf_text(target)
    assert "Reflective notes — A <b>label</b>" in text
    assert "Fish & <chips>" in text
    assert "<b>not bold</b> &amp; <script>x</script> & more" in text
    assert re.search(r"& more\nWhat will I keep in mind\?\nTo slow down\.", text)


def test_paragraphs_split_at_blank_lines_and_keep_their_line_breaks_and_spaces():
    body = "\r\nFirst line\nsecond  line\n\n \t\nNext paragraph\r\n\n\n\nLast\n"
    assert notes_pdf._paragraphs(body) == [
        "First line\nsecond  line",
        "Next paragraph",
        "Last",
    ]
    # pre-wrap is what keeps those line breaks and double spaces on paper.
    html = notes_pdf._note_html(note("T", body), first=True)
    assert html.count('<p class="body">') == 3
    assert "body {" in notes_pdf._STYLE and "white-space: pre-wrap" in notes_pdf._STYLE


def test_an_untitled_note_is_named_so(qapp, out):
    target = out / "untitled.pdf"
    write_notes_pdf([note("", "Just a thought.", note_id="n1")], target, AUTHOR)
    assert "(untitled)" in pdf_text(target)


@pytest.fixture
def tokyo(monkeypatch):
    # astimezone() reads the C library's zone, so TZ plus tzset() changes "local time".
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_are_shown_in_local_time(qapp, out, tokyo):
    target = out / "tz.pdf"
    created = dt.datetime(2026, 1, 10, 23, 30, tzinfo=dt.UTC)  # 08:30 next day in Tokyo
    updated = dt.datetime(2026, 2, 1, 1, 5, tzinfo=dt.UTC)
    write_notes_pdf([note("Zones", created=created, updated=updated)], target, AUTHOR)
    text = pdf_text(target)
    assert "Written 11 January 2026, 08:30 · last changed 1 February 2026, 10:05" in text


def test_exported_defaults_to_today(qapp, out):
    target = out / "today.pdf"
    write_notes_pdf([note("Today")], target, AUTHOR)
    today = dt.date.today()
    assert f"Exported {today:%A} {today.day} {today:%B %Y} for appraisal" in pdf_text(target)


def test_nothing_to_export_is_refused(qapp, out):
    with pytest.raises(ValueError):
        write_notes_pdf([], out / "empty.pdf", AUTHOR)
    assert list(out.iterdir()) == []


# --- atomic writing ---------------------------------------------------------------------


def test_a_folder_that_is_not_there_raises_oserror_and_leaves_nothing(qapp, tmp_path):
    missing = tmp_path / "unplugged-usb-stick"
    with pytest.raises(OSError):
        write_notes_pdf([note("After Tuesday")], missing / "notes.pdf", AUTHOR)
    assert not missing.exists()


def test_a_failure_while_writing_keeps_the_old_file_and_no_partial_one(qapp, out, monkeypatch):
    target = out / "notes.pdf"
    target.write_bytes(b"%PDF- the previous export %%EOF")

    def half_written(_html, _style, temp_name, *_properties):
        Path(temp_name).write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf, "_render", half_written)
    with pytest.raises(OSError, match="No space left"):
        write_notes_pdf([note("After Tuesday")], target, AUTHOR)
    assert target.read_bytes() == b"%PDF- the previous export %%EOF"
    assert sorted(p.name for p in out.iterdir()) == ["notes.pdf"]


def test_a_short_file_is_caught_even_when_qt_says_nothing(qapp, out, monkeypatch):
    target = out / "notes.pdf"

    def truncated(_html, _style, temp_name, *_properties):
        Path(temp_name).write_bytes(b"%PDF-1.4 and then the disk was full")
        return 1

    monkeypatch.setattr(pdf, "_render", truncated)
    with pytest.raises(OSError, match="not written completely"):
        write_notes_pdf([note("After Tuesday")], target, AUTHOR)
    assert list(out.iterdir()) == []


def test_a_new_export_replaces_the_old_file_whole(qapp, out):
    target = out / "notes.pdf"
    target.write_bytes(b"old")
    write_notes_pdf([note("After Tuesday")], target, AUTHOR)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in out.iterdir()) == ["notes.pdf"]


def test_no_note_text_reaches_the_log(qapp, out, caplog):
    caplog.set_level(logging.DEBUG)
    write_notes_pdf([note(f"Title {CANARY}", f"Body {CANARY}", (CANARY,))], out / "c.pdf", AUTHOR)
    assert caplog.records, "the export is logged (as counts)"
    assert CANARY not in caplog.text


# --- the privacy guard's last look -------------------------------------------------------


def test_notes_with_identifiers_names_the_notes_and_kinds_in_order():
    clean = note("Quiet Thursday", "How quiet the room was.")
    flagged = note("After Tuesday", "Mrs Smith, 943 476 5919, stayed with me. Mr Jones too.")
    in_title = note("Mr Brown", "Nothing here.")
    in_tag = note("Tagged", "Nothing here.", tags=("943 476 5919",))
    found = notes_with_identifiers([clean, flagged, in_title, in_tag])
    assert [(f.note_id, f.kinds) for f in found] == [
        (flagged.id, (TITLE_NAME, NHS_NUMBER)),
        (in_title.id, (TITLE_NAME,)),
        (in_tag.id, (NHS_NUMBER,)),
    ]
    assert found[0].title == "After Tuesday"
    assert "After Tuesday" not in repr(found[0]), "a logged finding must not leak a title"


def test_title_and_body_are_scanned_apart():
    # "Dr" ending a title and a name starting the body are not "Dr Smith".
    assert notes_with_identifiers([note("Notes for Dr", "Smith was the locum.")]) == []


def test_the_suggested_file_name():
    assert default_pdf_name(dt.date(2026, 3, 10)) == "Reflective notes 2026-03-10.pdf"

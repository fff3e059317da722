"""A member's Balint attendance as a CPD record (PDF) for appraisal and revalidation.

Who, which group and leaders, the period, a neutral sentence or two on what a Balint
group is, each meeting attended (date, time, length, the member's part), the totals in
hours and CPD credits with the reminder that appraisers expect a reflective note, and a
line for a leader's signature. No case content: there is none to give.

Written by exports/pdf.py (Qt's own PDF writer: A4, 20 mm margins, the app's font,
"Page n of N" on a record of more than one page, whole or not at all). Needs a
QGuiApplication (fonts); the command line makes one with `ensure_gui_app()`.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from balintdesk.domain.records import (
    CpdMeeting,
    CpdRecord,
    Part,
    format_hours,
    format_length,
)
from balintdesk.exports.pdf import write_html_pdf
from balintdesk.exports.pdf_parts import (
    KEEP_CLASS,
    MUTED,
    RECORD_STYLE,
    facts_table,
    list_table,
    long_date,
    plural,
    printed_line,
    px,
    short_date,
    signature_block,
)

__all__ = ["ABOUT_BALINT", "TITLE", "default_pdf_name", "write_cpd_pdf"]

log = logging.getLogger(__name__)

TITLE = "Balint group attendance — CPD record"
ABOUT_BALINT = (
    "A Balint group is a small group of clinicians who meet regularly with trained leaders "
    "to reflect on the doctor–patient relationship through cases presented by members. "
    "Discussions are confidential; no patient details are recorded."
)
CREDITS_NOTE = (
    "The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short "
    "reflective note beside these credits: what you took from the group and how it "
    "affects your work with patients."
)
LENGTH_NOTE = (
    "Length is the time the meeting’s phase timer recorded; “planned” marks a meeting "
    "that was not timed, shown with its planned length."
)

_SIGNATURE = signature_block("Leader’s signature", "Name", (25, 43, 10, 22))

_STYLE = (
    RECORD_STYLE
    + f"""
h2 {{ font-size: 12.5pt; font-weight: 600; margin-top: {px(14)}px; margin-bottom: {px(5)}px; }}
table.facts td {{ padding: {px(1.5)}px {px(10)}px {px(1.5)}px 0; }}
table.meetings th {{
    text-align: left; font-weight: 600; padding: {px(3)}px {px(14)}px {px(3)}px 0;
    border-bottom: 1px solid {MUTED};
}}
table.meetings td {{ padding: {px(2.5)}px {px(14)}px {px(2.5)}px 0; }}
span.planned {{ color: {MUTED}; }}
table.totals td {{ padding: {px(2)}px {px(14)}px {px(2)}px 0; }}
td.total {{ font-weight: 600; }}
table.signature {{ margin-top: {px(10)}px; margin-bottom: {px(20)}px; }}
"""
)


def default_pdf_name(member_name: str, end: dt.date) -> str:
    """The file name a save dialog suggests: "CPD record Dr Ann Lee 2026-03-03.pdf"."""
    safe = "".join(c for c in member_name if c not in '<>:"/\\|?*').strip()
    return f"CPD record {safe} {end.isoformat()}.pdf"


def _meeting_row(meeting: CpdMeeting) -> str:
    esc = html.escape
    length = esc(format_length(meeting.minutes))
    if not meeting.timed:
        length += ' <span class="planned">(planned)</span>'
    cells = [short_date(meeting.day), f"{meeting.start:%H:%M}"]
    return (
        "<tr>"
        + "".join(f"<td>{esc(cell)}</td>" for cell in cells)
        + f"<td>{length}</td><td>{esc(meeting.part.value)}</td></tr>"
    )


def _parts_summary(record: CpdRecord) -> str:
    """ "presented 2, led 1" — only the parts that occur, in Part's order."""
    counts = [(part, record.count(part)) for part in Part]
    return ", ".join(f"{part.value} {count}" for part, count in counts if count)


def _document_html(record: CpdRecord, printed: dt.date) -> str:
    esc = html.escape
    who = record.member_name + (f" ({record.role_label})" if record.role_label else "")
    leaders = ", ".join(record.leaders) or "not recorded"
    facts = [
        ("Member", who),
        ("Group", record.group_name),
        ("Leaders", leaders),
        ("Period", f"{long_date(record.start)} to {long_date(record.end)}"),
    ]
    parts = [
        f"<h1>{esc(TITLE)}</h1>",
        facts_table(facts),
        f'<p class="about">{esc(ABOUT_BALINT)}</p>',
        "<h2>Meetings attended</h2>",
    ]
    if record.meetings:
        parts.append(
            list_table(
                "meetings",
                "<th>Date</th><th>Time</th><th>Length</th><th>Part</th>",
                map(_meeting_row, record.meetings),
            )
        )
        if any(not meeting.timed for meeting in record.meetings):
            # With the last rows it explains, not alone at the top of a page.
            parts.append(f'<p class="note {KEEP_CLASS}">{esc(LENGTH_NOTE)}</p>')
    else:
        parts.append("<p>No meetings attended in this period.</p>")
    meetings = plural(len(record.meetings), "meeting", "meetings")
    if record.meetings:
        meetings += f" ({_parts_summary(record)})"
    hours = format_hours(record.hours)
    credits = format_hours(record.credits)
    totals = [
        ("Meetings attended", meetings),
        ("Total time", f"{hours} hour" + ("" if hours == "1" else "s")),
        ("CPD credits", credits),
    ]
    # From "Totals" to the end, one page: the leader signs the totals they can see.
    parts += [
        "<h2>Totals</h2>",
        facts_table(totals, f"totals {KEEP_CLASS}", value_class="total"),
        f'<p class="note {KEEP_CLASS}">{esc(CREDITS_NOTE)}</p>',
        _SIGNATURE,
        printed_line(printed),
    ]
    return "\n".join(parts)


def write_cpd_pdf(record: CpdRecord, path: Path, *, printed: dt.date | None = None) -> int:
    """Write `record` to the PDF `path`; the number of pages written. `printed` is the
    date the record says it was printed (default: today).

    Raises OSError with the OS's reason when the folder cannot be written; then `path` is
    untouched and no temporary file is left behind.
    """
    pages = write_html_pdf(
        _document_html(record, printed or dt.date.today()),
        Path(path),
        title=f"{TITLE} — {record.member_name}",
        # The record is the group's account of the member's attendance, from its meeting
        # records, for a leader to sign: the group is its author, not the member.
        author=record.group_name,
        style=_STYLE,
    )
    log.info("Wrote a CPD record of %d meeting(s), %d page(s)", len(record.meetings), pages)
    return pages

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

from balintdesk.domain.records import CpdMeeting, CpdRecord, Part
from balintdesk.exports.pdf import write_html_pdf
from balintdesk.exports.pdf_parts import (
    KEEP_CLASS,
    MUTED,
    RECORD_STYLE,
    facts_table,
    list_table,
    long_date,
    printed_line,
    px,
    short_date,
    signature_block,
)
from balintdesk.exports.record_words import hours_text, length_text, named, part_label
from balintdesk.i18n import fill, formats, language, translate

__all__ = ["about_balint", "default_pdf_name", "title", "write_cpd_pdf"]

log = logging.getLogger(__name__)


def title() -> str:
    return translate("CpdPdf", "Balint group attendance — CPD record")


def about_balint() -> str:
    return translate(
        "CpdPdf",
        "A Balint group is a small group of clinicians who meet regularly with trained "
        "leaders to reflect on the doctor–patient relationship through cases presented by "
        "members. Discussions are confidential; no patient details are recorded.",
    )


def _credits_note() -> str:
    return translate(
        "CpdPdf",
        "The RCGP counts one hour of learning as one CPD credit. Appraisers expect a short "
        "reflective note beside these credits: what you took from the group and how it "
        "affects your work with patients.",
    )


def _length_note() -> str:
    return translate(
        "CpdPdf",
        "Length is the time the meeting’s phase timer recorded; “planned” marks a meeting "
        "that was not timed, shown with its planned length.",
    )


def _signature() -> str:
    return signature_block(
        translate("CpdPdf", "Leader’s signature"), translate("CpdPdf", "Name"), (25, 43, 10, 22)
    )


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
    # The date stays ISO, so the files sort by it in every language.
    name = translate("CpdPdf", "CPD record {name} {date}.pdf")
    return fill(name, name=safe, date=end.isoformat())


def _meeting_row(meeting: CpdMeeting) -> str:
    esc = html.escape
    length = esc(length_text(meeting.minutes))
    if not meeting.timed:
        planned = translate("CpdPdf", "(planned)")
        length += f' <span class="planned">{esc(planned)}</span>'
    cells = [short_date(meeting.day), formats.clock(meeting.start)]
    return (
        "<tr>"
        + "".join(f"<td>{esc(cell)}</td>" for cell in cells)
        + f"<td>{length}</td><td>{esc(_part_text(meeting))}</td></tr>"
    )


def _part_text(meeting: CpdMeeting) -> str:
    """The member's part, and "online" when they took part online: appraisers and
    training bodies may count an online session differently."""
    if meeting.mode == "online":
        return fill(translate("CpdPdf", "{part}, online"), part=part_label(meeting.part))
    return part_label(meeting.part)


def _parts_summary(record: CpdRecord) -> str:
    """ "presented 2, led 1" — only the parts that occur, in Part's order."""
    counts = [(part, record.count(part)) for part in Part]
    return ", ".join(
        f"{part_label(part)} {formats.number(count, language())}" for part, count in counts if count
    )


def _document_html(record: CpdRecord, printed: dt.date) -> str:
    esc = html.escape
    role = named("Role", record.role_label) if record.role_label else ""
    who = record.member_name + (f" ({role})" if role else "")
    leaders = ", ".join(record.leaders) or translate("CpdPdf", "not recorded")
    period = fill(
        translate("CpdPdf", "{start} to {end}"),
        start=long_date(record.start),
        end=long_date(record.end),
    )
    facts = [
        (translate("CpdPdf", "Member"), who),
        (translate("CpdPdf", "Group"), record.group_name),
        (translate("CpdPdf", "Leaders"), leaders),
        (translate("CpdPdf", "Period"), period),
    ]
    attended = translate("CpdPdf", "Meetings attended")
    parts = [
        f"<h1>{esc(title())}</h1>",
        facts_table(facts),
        f'<p class="about">{esc(about_balint())}</p>',
        f"<h2>{esc(attended)}</h2>",
    ]
    if record.meetings:
        headings = (
            translate("CpdPdf", "Date"),
            translate("CpdPdf", "Time"),
            translate("CpdPdf", "Length"),
            translate("CpdPdf", "Part"),
        )
        parts.append(
            list_table(
                "meetings",
                "".join(f"<th>{esc(heading)}</th>" for heading in headings),
                map(_meeting_row, record.meetings),
            )
        )
        if any(not meeting.timed for meeting in record.meetings):
            # With the last rows it explains, not alone at the top of a page.
            parts.append(f'<p class="note {KEEP_CLASS}">{esc(_length_note())}</p>')
    else:
        none = translate("CpdPdf", "No meetings attended in this period.")
        parts.append(f"<p>{esc(none)}</p>")
    meetings = translate("CpdPdf", "%n meeting(s)", None, len(record.meetings))
    if record.meetings:
        meetings += f" ({_parts_summary(record)})"
    totals = [
        (attended, meetings),
        (translate("CpdPdf", "Total time"), hours_text(record.hours)),
        (translate("CpdPdf", "CPD credits"), formats.number(float(record.credits), language())),
    ]
    # From "Totals" to the end, one page: the leader signs the totals they can see.
    parts += [
        f"<h2>{esc(translate('CpdPdf', 'Totals'))}</h2>",
        facts_table(totals, f"totals {KEEP_CLASS}", value_class="total"),
        f'<p class="note {KEEP_CLASS}">{esc(_credits_note())}</p>',
        _signature(),
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
        title=fill(translate("CpdPdf", "{title} — {name}"), title=title(), name=record.member_name),
        # The record is the group's account of the member's attendance, from its meeting
        # records, for a leader to sign: the group is its author, not the member.
        author=record.group_name,
        style=_STYLE,
    )
    log.info("Wrote a CPD record of %d meeting(s), %d page(s)", len(record.meetings), pages)
    return pages

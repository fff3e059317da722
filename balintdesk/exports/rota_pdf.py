"""The printable rota: one A4 sheet for the noticeboard, read from across a corridor.

Big group name, the printed date, and a table of the next meetings (date, time, room,
who presents, the reserve) in type larger than a letter's; cancelled meetings stay in
the table, greyed and saying so, so nobody turns up to an empty room. A long rota runs
on to further pages, each meeting's row whole on one page, with a line saying whose rota
it continues, the table heading repeated and "Page n of N" below.

The PDF itself is made by exports/pdf.py (Qt's own writer: A4, 20 mm margins, the app's
font, whole or not at all). Needs a QGuiApplication (fonts), as every QPainter does.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from balintdesk.domain.rota_sheet import RotaSheet, SheetMeeting, file_safe
from balintdesk.exports.pdf import write_html_pdf
from balintdesk.exports.pdf_parts import MUTED, px
from balintdesk.exports.record_words import long_date, short_date
from balintdesk.i18n import data_name, fill, formats, shown, translate

__all__ = ["SHEET_BODY_PT", "default_rota_pdf_name", "write_rota_pdf"]

log = logging.getLogger(__name__)

SHEET_BODY_PT = 15.0  # a noticeboard is read standing, a step away
_RULE = "#c9d1d6"
_CANCELLED_BG = "#f1f3f4"

_STYLE = f"""
p.group {{ font-size: 30pt; font-weight: 700; margin-top: 0; margin-bottom: {px(4)}px; }}
p.lead {{ font-size: 17pt; margin-top: 0; margin-bottom: {px(3)}px; }}
p.printed {{ color: {MUTED}; font-size: 12pt; margin-top: 0; margin-bottom: {px(14)}px; }}
table.rota {{ font-size: {SHEET_BODY_PT}pt; }}
th {{ font-size: 11pt; font-weight: 600; color: {MUTED}; text-align: left;
      border-bottom: 2px solid {MUTED}; }}
td {{ border-bottom: 1px solid {_RULE}; vertical-align: top;
      padding-top: {px(8)}px; padding-bottom: {px(8)}px; }}
td.when {{ font-weight: 600; white-space: nowrap; }}
td.who {{ font-weight: 600; }}
span.other {{ font-weight: 400; font-size: 13pt; }}
p.continued {{ color: {MUTED}; font-size: 12pt; margin-top: 0; margin-bottom: {px(8)}px; }}
tr.cancelled td {{ color: {MUTED}; background-color: {_CANCELLED_BG}; }}
p.empty {{ font-size: {SHEET_BODY_PT}pt; }}
"""


def columns() -> tuple[str, str, str]:
    return (
        translate("RotaPdf", "Date"),
        translate("RotaPdf", "Presenting"),
        translate("RotaPdf", "Reserve"),
    )


def default_rota_pdf_name(group_name: str, today: dt.date | None = None) -> str:
    """The file name a save dialog suggests: "Rota Riverside 2026-03-03.pdf" (the date ISO,
    so the files sort by it in every language)."""
    safe = file_safe(group_name, translate("RotaPdf", "Balint group"))
    day = (today or dt.date.today()).isoformat()
    return fill(translate("RotaPdf", "Rota {group} {date}.pdf"), group=safe, date=day)


def time_span(starts: dt.time, ends: dt.time) -> str:
    """ "18:30–19:45" """
    return f"{formats.clock(starts)}–{formats.clock(ends)}"


Where = tuple[dt.time, dt.time, str]


def _where(meeting: SheetMeeting) -> Where:
    return meeting.starts, meeting.ends, meeting.room


def _where_text(where: Where) -> str:
    starts, ends, room = where
    return " · ".join(part for part in (time_span(starts, ends), room) if part)


def usual_where(sheet: RotaSheet) -> Where | None:
    """The time and room most of the meetings share: said once under the group's name,
    so the table keeps to date and names, large. A meeting elsewhere or at another time
    says so in its own row."""
    counts = Counter(_where(m) for m in sheet.meetings if not m.cancelled)
    if not counts:
        counts = Counter(_where(m) for m in sheet.meetings)
    return counts.most_common(1)[0][0] if counts else None


def _row(meeting: SheetMeeting, usual: Where | None) -> str:
    esc = html.escape
    when = esc(short_date(meeting.date))
    if meeting.cancelled:
        reason = data_name(shown(meeting.cancel_reason))
        why = (
            fill(translate("RotaPdf", "Cancelled — {reason}"), reason=reason)
            if reason
            else translate("RotaPdf", "Cancelled")
        )
        return (
            f'<tr class="cancelled"><td class="when">{when}</td>'
            f'<td colspan="2"><i>{esc(why)}</i></td></tr>'
        )
    if usual is not None and _where(meeting) != usual:
        # Only what differs from the line under the title: "14:00–15:15", "Library".
        starts, ends, room = _where(meeting)
        parts = [time_span(starts, ends)] if (starts, ends) != usual[:2] else []
        parts += [room] if room != usual[2] else []
        when += '<br /><span class="other">' + "<br />".join(map(esc, parts)) + "</span>"
    who = "<br />".join(esc(shown(name)) for name in meeting.presenters)
    who = who or esc(translate("RotaPdf", "To be agreed"))
    reserve = esc(shown(meeting.reserve)) or "—"
    return f'<tr><td class="when">{when}</td><td class="who">{who}</td><td>{reserve}</td></tr>'


def _table(rows: Sequence[SheetMeeting], usual: Where | None) -> str:
    # No widths: the date never wraps, and the names share what is left.
    heading = "".join(f"<th>{html.escape(column)}</th>" for column in columns())
    body = "\n".join(_row(meeting, usual) for meeting in rows)
    return (
        f'<table class="rota" width="100%" cellspacing="0" cellpadding="{px(5)}">'
        f"<thead><tr>{heading}</tr></thead><tbody>\n{body}\n</tbody></table>"
    )


def _document_html(sheet: RotaSheet) -> str:
    esc = html.escape
    usual = usual_where(sheet)
    lead = translate("RotaPdf", "Balint group rota") + (f" · {_where_text(usual)}" if usual else "")
    printed = fill(translate("RotaPdf", "Printed {day}"), day=long_date(sheet.printed))
    head = [
        # A paragraph, not <h1>: Qt's rich text sizes headings itself, whatever the style.
        f'<p class="group">{esc(sheet.group_name)}</p>',
        f'<p class="lead">{esc(lead)}</p>',
        f'<p class="printed">{esc(printed)}</p>',
    ]
    if not sheet.meetings:
        empty = esc(translate("RotaPdf", "No meetings are planned."))
        return "\n".join([*head, f'<p class="empty">{empty}</p>'])
    return "\n".join([*head, _table(sheet.meetings, usual)])


def _running_head(sheet: RotaSheet) -> str:
    """Above the table's heading on every later page: pages are pinned side by side, and
    each says whose rota it continues."""
    text = html.escape(
        fill(translate("RotaPdf", "{group} · Balint group rota, continued"), group=sheet.group_name)
    )
    return f'<p class="continued">{text}</p>'


def write_rota_pdf(sheet: RotaSheet, path: Path) -> int:
    """Write the rota sheet to the PDF `path`; the number of pages written.

    Raises OSError with the OS's reason when the folder cannot be written; then `path` is
    untouched and no temporary file is left behind.
    """
    # exports/pdf.py keeps each meeting's row whole on a page and repeats the table's
    # heading where it runs on.
    pages = write_html_pdf(
        _document_html(sheet),
        Path(path),
        title=fill(translate("RotaPdf", "Balint group rota — {group}"), group=sheet.group_name),
        author=sheet.group_name,  # the group's own sheet for its noticeboard
        style=_STYLE,
        running_head=_running_head(sheet),
    )
    log.info("Wrote a rota of %d meeting(s) on %d page(s)", len(sheet.meetings), pages)
    return pages

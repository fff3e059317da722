"""The printable rota: one A4 sheet for the noticeboard, read from across a corridor.

Big group name, the printed date, and a table of the next meetings (date, time, room,
who presents, the reserve) in type larger than a letter's; cancelled meetings stay in
the table, greyed and saying so, so nobody turns up to an empty room. A long rota runs
on to further pages with the table heading repeated and "Page n of N" below.

The PDF itself is made by exports/pdf.py (Qt's own writer: A4, 20 mm margins, the app's
font, whole or not at all). Needs a QGuiApplication (fonts), as every QPainter does.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QSizeF
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument, QTextTable

from balintdesk.domain.rota_sheet import RotaSheet, SheetMeeting, day_label, file_safe, time_span
from balintdesk.exports.pdf import MARGIN_MM, RESOLUTION_DPI, base_font, write_html_pdf
from balintdesk.exports.pdf_parts import MUTED, long_date, px

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

A4_MM = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
COLUMNS = ("Date", "Presenting", "Reserve")


def default_rota_pdf_name(group_name: str, today: dt.date | None = None) -> str:
    """The file name a save dialog suggests: "Rota Riverside 2026-03-03.pdf"."""
    safe = file_safe(group_name, "Balint group")
    return f"Rota {safe} {(today or dt.date.today()).isoformat()}.pdf"


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
    when = esc(day_label(meeting.date))
    if meeting.cancelled:
        why = f"Cancelled — {meeting.cancel_reason}" if meeting.cancel_reason else "Cancelled"
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
    who = "<br />".join(esc(name) for name in meeting.presenters) or "To be agreed"
    reserve = esc(meeting.reserve) or "—"
    return f'<tr><td class="when">{when}</td><td class="who">{who}</td><td>{reserve}</td></tr>'


def _table(rows: Sequence[SheetMeeting], usual: Where | None) -> str:
    # No widths: the date never wraps, and the names share what is left.
    heading = "".join(f"<th>{column}</th>" for column in COLUMNS)
    body = "\n".join(_row(meeting, usual) for meeting in rows)
    return (
        f'<table class="rota" width="100%" cellspacing="0" cellpadding="{px(5)}">'
        f"<thead><tr>{heading}</tr></thead><tbody>\n{body}\n</tbody></table>"
    )


def _document_html(sheet: RotaSheet, breaks: Sequence[int] = ()) -> str:
    """The sheet as HTML; `breaks` are the row indexes that start a new page's table."""
    esc = html.escape
    usual = usual_where(sheet)
    lead = "Balint group rota" + (f" · {_where_text(usual)}" if usual else "")
    head = [
        # A paragraph, not <h1>: Qt's rich text sizes headings itself, whatever the style.
        f'<p class="group">{esc(sheet.group_name)}</p>',
        f'<p class="lead">{esc(lead)}</p>',
        f'<p class="printed">Printed {esc(long_date(sheet.printed))}</p>',
    ]
    if not sheet.meetings:
        return "\n".join([*head, '<p class="empty">No meetings are planned.</p>'])
    cuts = [0, *sorted(set(breaks) - {0}), len(sheet.meetings)]
    parts = head
    for index, (start, stop) in enumerate(itertools.pairwise(cuts)):
        if index:
            # Pages are pinned side by side: each later one says whose rota it continues.
            parts.append(
                '<p class="continued" style="page-break-before: always">'
                f"{esc(sheet.group_name)} · Balint group rota, continued</p>"
            )
        parts.append(_table(sheet.meetings[start:stop], usual))
    return "\n".join(parts)


def _first_row_overflowing(html_text: str) -> int | None:
    """The index of the first rota row that does not end on its table's first page, or
    None when every table fits on its page.

    Left to itself, Qt's rich text carries a long table over with its heading repeated,
    but it splits a row between pages line by line when the row's first line still fits,
    leaving a date on one sheet and its reserve on the next. So each page gets a table of
    its own: we lay the document out as exports/pdf.py will (same font, style, page body
    and resolution), find where the page runs out, and the caller starts a new table
    there (with a line saying whose rota it continues).
    """
    per_mm = RESOLUTION_DPI / 25.4
    body = QSizeF(
        (A4_MM.width() - 2 * MARGIN_MM) * per_mm, (A4_MM.height() - 2 * MARGIN_MM) * per_mm
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    device.setResolution(RESOLUTION_DPI)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(base_font())
    document.setDefaultStyleSheet(_STYLE)
    document.setDocumentMargin(0)
    document.setHtml(html_text)
    document.setPageSize(body)
    layout = document.documentLayout()
    index = 0
    for table in document.rootFrame().childFrames():
        if not isinstance(table, QTextTable):
            continue
        frame = layout.frameBoundingRect(table)
        bottoms = [
            max(
                layout.blockBoundingRect(
                    table.cellAt(row, column).lastCursorPosition().block()
                ).bottom()
                for column in range(table.columns())
            )
            for row in range(table.format().headerRowCount(), table.rows())
        ]
        # Below a row's text come its padding and rule, and the table's own edge: they
        # must fit too, or the next page's "page-break-before" would leave a blank page.
        below = frame.bottom() - bottoms[-1] if bottoms else 0.0
        first_page = int(frame.top() // body.height())
        for bottom in bottoms:
            if int((bottom + below - 1) // body.height()) > first_page:
                return index
            index += 1
    return None


def _paginated_html(sheet: RotaSheet) -> str:
    """The sheet's HTML with a new table at the top of every page; one layout per page."""
    breaks: list[int] = []
    while True:
        html_text = _document_html(sheet, breaks)
        row = _first_row_overflowing(html_text)
        if row is None or row in breaks or row == 0:
            return html_text
        breaks.append(row)


def write_rota_pdf(sheet: RotaSheet, path: Path) -> int:
    """Write the rota sheet to the PDF `path`; the number of pages written.

    Raises OSError with the OS's reason when the folder cannot be written; then `path` is
    untouched and no temporary file is left behind.
    """
    pages = write_html_pdf(
        _paginated_html(sheet),
        Path(path),
        title=f"Rota — {sheet.group_name}",
        style=_STYLE,
    )
    log.info("Wrote a rota of %d meeting(s) on %d page(s)", len(sheet.meetings), pages)
    return pages

"""What the PDFs are made of besides the writer (exports/pdf.py): the muted grey, sizes
in CSS pixels, dates as a letter writes them (in the user's language, from
exports/record_words.py), and the pieces the record PDFs (the CPD record, the leader log)
share: their style, the table of facts under the title, tables of rows under a heading
row, the lines to sign, and the line that says when it was printed.

No Qt here (the writer loads Qt's GUI library), so a CSV export can import this module
and still start in a blink.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

from balintdesk.exports.record_words import long_date, short_date
from balintdesk.i18n import fill, translate

__all__ = [
    "KEEP_CLASS",
    "MUTED",
    "RECORD_STYLE",
    "facts_table",
    "list_table",
    "long_date",
    "plural",
    "printed_line",
    "px",
    "short_date",
    "signature_block",
]

MUTED = "#5b6770"  # the app's muted grey; exports may not import ui.style

# The class of a paragraph or table that stays on one page with whatever comes before it
# (exports/pdf_pages.py): the signature with the totals it signs, the totals with their
# heading.
KEEP_CLASS = "keep"


def px(points: float) -> int:
    """Points as CSS pixels (1/96 inch): Qt's rich text takes block margins in px only,
    and scales them to the paint device's resolution itself."""
    return round(points * 96 / 72)


def plural(count: int, one: str, many: str) -> str:
    """ "1 meeting", "3 meetings": English only, for callers not yet in the catalogue; a
    text for the user is translate(context, "%n meeting(s)", None, count)."""
    return f"{count} {one if count == 1 else many}"


# The record PDFs' common rules. Each adds its own: the space above an <h2>, between the
# facts' columns and above the signature, and its tables.
RECORD_STYLE = f"""
h1 {{ font-size: 17pt; font-weight: 600; margin-top: 0; margin-bottom: {px(10)}px; }}
p {{ margin-top: 0; margin-bottom: {px(6)}px; }}
p.about {{ color: {MUTED}; margin-top: {px(8)}px; margin-bottom: {px(4)}px; }}
p.note {{ color: {MUTED}; font-size: 9.5pt; margin-top: {px(5)}px; }}
p.printed {{ color: {MUTED}; font-size: 9.5pt; margin-top: {px(18)}px; }}
td.label {{ color: {MUTED}; }}
/* One row a field, so a page break never parts a label from its line; the padding above
   is the room to sign in. */
table.signature td {{ padding: {px(26)}px {px(8)}px {px(1)}px 0; vertical-align: bottom; }}
table.signature td.line {{ border-bottom: 1px solid #1f2a30; }}
"""


def facts_table(facts: Sequence[tuple[str, str]], css: str = "facts", value_class: str = "") -> str:
    """Label and value, a row each: who, which group, the period under the title; the
    totals at the end. `value_class` styles the values ("total")."""
    esc = html.escape
    value_td = f'<td class="{value_class}">' if value_class else "<td>"
    return (
        f'<table class="{css}" cellspacing="0">'
        + "".join(
            f'<tr><td class="label">{esc(label)}</td>{value_td}{esc(value)}</td></tr>'
            for label, value in facts
        )
        + "</table>"
    )


def list_table(css: str, head: str, rows: Iterable[str], full_width: bool = False) -> str:
    """A table of rows under a heading row (`head`: its <th> cells), which Qt repeats at
    the top of every page the table runs on to."""
    width = ' width="100%"' if full_width else ""
    return (
        f'<table class="{css}"{width} cellspacing="0"><thead><tr>{head}</tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
    )


def signature_block(signed: str, name: str, widths: tuple[int, int, int, int]) -> str:
    """A line to sign with a line for the date beside it, then a line for the signer's
    name; `widths` are the four columns' shares of the page, in per cent. It stays whole,
    on the page of what comes before it: what it signs."""
    first, line, date, date_line = widths
    date_word = translate("RecordPdf", "Date")
    return (
        f'<table class="signature {KEEP_CLASS}" width="100%" cellspacing="0">'
        f'<tr><td width="{first}%">{html.escape(signed)}</td>'
        f'<td class="line" width="{line}%">&nbsp;</td>'
        f'<td width="{date}%" align="right">{html.escape(date_word)}</td>'
        f'<td class="line" width="{date_line}%">&nbsp;</td></tr>'
        f'<tr><td>{html.escape(name)}</td><td class="line">&nbsp;</td><td></td><td></td></tr>'
        "</table>"
    )


def printed_line(printed: dt.date) -> str:
    """When it was printed: under the signature, on its page."""
    text = html.escape(
        fill(translate("RecordPdf", "Printed {day} from BalintDesk."), day=long_date(printed))
    )
    return f'<p class="printed {KEEP_CLASS}">{text}</p>'

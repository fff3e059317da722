"""A leader's log for accreditation, as a PDF and as CSV.

Shaped like the record national Balint societies ask leaders to keep (the UK Balint
Society: "a record … of Balint groups you attend, those you lead, and Balint Society
events"): who and which group, the period, the hours by kind, every group session
(attended as a member, led, co-led with whom), the entries the leader added by hand
(supervision, training, society events), a line to sign, and the date it was printed.
No case content: there is none to give.

The PDF is written by exports/pdf.py (Qt's own PDF writer: A4, 20 mm margins, the app's
font, "Page n of N" on more than one page, whole or not at all) and needs a
QGuiApplication (fonts); the command line makes one with `ensure_gui_app()`. The CSV
needs no Qt, so exports.pdf (which loads Qt's GUI library) is imported only for a PDF:
`balintdesk export leader-log --out log.csv` starts in a blink.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from balintdesk.domain.csv_cells import csv_text
from balintdesk.domain.leader_log import (
    CATEGORIES,
    CO_LED,
    LED,
    MEMBER,
    LeaderLog,
    LoggedEntry,
    LoggedSession,
    hours,
)
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
from balintdesk.exports.record_words import (
    category_label,
    entry_kind_label,
    hours_figure,
    session_role_label,
)
from balintdesk.fileio import write_text_atomic
from balintdesk.i18n import fill, translate

__all__ = [
    "CSV_HEADER",
    "default_file_name",
    "leader_log_csv",
    "write_leader_log_csv",
    "write_leader_log_pdf",
]

log = logging.getLogger(__name__)


def title() -> str:
    return translate("LeaderLogPdf", "Balint leader log")


def _about() -> str:
    return translate(
        "LeaderLogPdf",
        "A record of the Balint groups this leader attended and led, and of their "
        "supervision, training and Balint society events, kept for accreditation. Sessions "
        "come from the group's meeting records; the other entries were added by the leader. "
        "No patient details are recorded.",
    )


def _length_note() -> str:
    return translate(
        "LeaderLogPdf",
        "Hours are the time the meeting's phase timer recorded; “planned” marks a meeting "
        "that was not timed, counted at its planned length.",
    )


# Values of the CSV's `kind` and `role` columns: lower-case words, as the attendance CSV
# writes them, so a spreadsheet filter reads naturally. They, the header and the hours
# (a decimal point) are a format for machines: the same in every language.
SESSION_KIND = "group session"
CSV_ROLES = {MEMBER: "member", LED: "led", CO_LED: "co-led"}
CSV_HEADER = ("date", "kind", "group", "role", "co_leader", "hours", "note")


def _signature() -> str:
    return signature_block(
        translate("LeaderLogPdf", "Signed"),
        translate("LeaderLogPdf", "Name and role"),
        (22, 43, 11, 24),
    )


_STYLE = (
    RECORD_STYLE
    + f"""
h2 {{ font-size: 12.5pt; font-weight: 600; margin-top: {px(16)}px; margin-bottom: {px(5)}px; }}
p.none {{ color: {MUTED}; }}
table.facts td {{ padding: {px(1.5)}px {px(12)}px {px(1.5)}px 0; }}
table.list th {{
    text-align: left; font-weight: 600; padding: {px(3)}px {px(14)}px {px(3)}px 0;
    border-bottom: 1px solid {MUTED};
}}
table.list td {{ padding: {px(2.5)}px {px(14)}px {px(2.5)}px 0; vertical-align: top; }}
table.rows th {{ padding-right: {px(10)}px; }}
table.rows td {{ font-size: 10pt; padding-right: {px(10)}px; }}
table.list th.num {{ text-align: right; }}
table.list td.num {{ text-align: right; }}
span.planned {{ color: {MUTED}; font-size: 9.5pt; }}
td.muted {{ color: {MUTED}; }}
tr.total td {{ font-weight: 600; border-top: 1px solid {MUTED}; }}
table.signature {{ margin-top: {px(14)}px; margin-bottom: {px(20)}px; }}
"""
)


def default_file_name(leader: str, end: dt.date, suffix: str = ".pdf") -> str:
    """The name a save dialog suggests: "Leader log Dr Ann Lee 2026-03-03.pdf"."""
    safe = " ".join("".join(c for c in leader if c not in '<>:"/\\|?*').split())
    # The date stays ISO, so the files sort by it in every language.
    name = translate("LeaderLogPdf", "Leader log {name} {date}")
    return fill(name, name=safe, date=end.isoformat()) + suffix


def _unbroken(text: str) -> str:
    """Escaped, with no-break spaces: Qt's tables ignore `nowrap`, and a date or a role
    split over two lines reads badly."""
    return html.escape(text).replace(" ", "&nbsp;")


def _date_cell(day: dt.date) -> str:
    """A short date that stays whole but for the break after its weekday, which a longer
    language may need ("sam. 20 sept. 2025" in a narrow column): never inside the year."""
    weekday, _, rest = short_date(day).partition(" ")
    return f"{html.escape(weekday)} {_unbroken(rest)}" if rest else _unbroken(weekday)


# --- the PDF ------------------------------------------------------------------------------


def _summary_html(record: LeaderLog) -> str:
    esc = html.escape
    minutes = record.minutes_by_category()
    counts = record.count_by_category()
    rows = []
    for category in CATEGORIES:
        count = counts[category]
        if category in CSV_ROLES:
            shown = translate("LeaderLogPdf", "%n session(s)", None, count)
        else:
            shown = translate("LeaderLogPdf", "%n entry(ies)", None, count)
        rows.append(
            f"<tr><td>{esc(category_label(category))}</td>"
            f'<td class="muted">{esc(shown) if count else "—"}</td>'
            f'<td class="num">{esc(hours_figure(minutes[category]))}</td></tr>'
        )
    rows.append(
        f'<tr class="total"><td>{esc(category_label("total"))}</td><td></td>'
        f'<td class="num">{esc(hours_figure(record.total_minutes))}</td></tr>'
    )
    head = (
        f"<th>{esc(translate('LeaderLogPdf', 'Kind'))}</th>"
        f"<th>{esc(translate('LeaderLogPdf', 'Count'))}</th>"
        f'<th class="num">{esc(translate("LeaderLogPdf", "Hours"))}</th>'
    )
    # Six rows and a total: read as one, so never split.
    return list_table(f"list {KEEP_CLASS}", head, rows)


def _session_row(session: LoggedSession) -> str:
    esc = html.escape
    length = esc(hours_figure(session.minutes))
    if not session.measured:
        planned = esc(translate("LeaderLogPdf", "(planned)"))
        length = f'<span class="planned">{planned}</span>&nbsp;{length}'
    return (
        f"<tr><td>{_date_cell(session.day)}</td><td>{esc(session.group)}</td>"
        f"<td>{esc(session_role_label(session.role))}</td>"
        f"<td>{esc(session.with_leader) or '—'}</td>"
        f'<td class="num">{length}</td></tr>'
    )


def _entry_row(entry: LoggedEntry) -> str:
    esc = html.escape
    return (
        f"<tr><td>{_date_cell(entry.day)}</td>"
        # A kind may wrap between its words ("Veranstaltung der Gesellschaft").
        f"<td>{esc(entry_kind_label(entry.kind))}</td>"
        f'<td class="num">{esc(hours_figure(entry.minutes))}</td><td>{esc(entry.note)}</td></tr>'
    )


def _headings(*cells: tuple[str, str]) -> str:
    """<th> cells: (text, attributes) each; the text escaped."""
    return "".join(f"<th{attributes}>{html.escape(text)}</th>" for text, attributes in cells)


def _document_html(record: LeaderLog, printed: dt.date) -> str:
    esc = html.escape
    period = fill(
        translate("LeaderLogPdf", "{start} to {end}"),
        start=long_date(record.start),
        end=long_date(record.end),
    )
    facts = [
        (translate("LeaderLogPdf", "Leader"), record.leader),
        (translate("LeaderLogPdf", "Group"), record.group),
        (translate("LeaderLogPdf", "Period"), period),
    ]
    date, hours = translate("LeaderLogPdf", "Date"), translate("LeaderLogPdf", "Hours")
    parts = [
        f"<h1>{esc(title())}</h1>",
        facts_table(facts),
        f'<p class="about">{esc(_about())}</p>',
        f"<h2>{esc(hours)}</h2>",
        _summary_html(record),
        f"<h2>{esc(translate('LeaderLogPdf', 'Group sessions'))}</h2>",
    ]
    if record.sessions:
        parts.append(
            # Qt's tables share out the width evenly unless told, and then break words.
            list_table(
                "list rows",
                _headings(
                    (date, ' width="22%"'),
                    (translate("LeaderLogPdf", "Group"), ' width="26%"'),
                    (translate("LeaderLogPdf", "Role"), ' width="14%"'),
                    (translate("LeaderLogPdf", "Co-leader"), ' width="20%"'),
                    (hours, ' class="num" width="18%"'),
                ),
                map(_session_row, record.sessions),
                full_width=True,
            )
        )
        if any(not session.measured for session in record.sessions):
            # With the last rows it explains, not alone at the top of a page.
            parts.append(f'<p class="note {KEEP_CLASS}">{esc(_length_note())}</p>')
    else:
        none = translate("LeaderLogPdf", "No group sessions in this period.")
        parts.append(f'<p class="none">{esc(none)}</p>')
    others = translate("LeaderLogPdf", "Supervision, training and events")
    parts.append(f"<h2>{esc(others)}</h2>")
    if record.entries:
        parts.append(
            list_table(
                "list rows",
                _headings(
                    (date, ' width="22%"'),
                    (translate("LeaderLogPdf", "Kind"), ' width="22%"'),
                    (hours, ' class="num" width="15%"'),
                    (translate("LeaderLogPdf", "Note"), ' width="41%"'),
                ),
                map(_entry_row, record.entries),
                full_width=True,
            )
        )
    else:
        none = translate("LeaderLogPdf", "None added for this period.")
        parts.append(f'<p class="none">{esc(none)}</p>')
    parts += [
        _signature(),
        printed_line(printed),
    ]
    return "\n".join(parts)


def write_leader_log_pdf(record: LeaderLog, path: Path, *, printed: dt.date | None = None) -> int:
    """Write `record` to the PDF `path`; the number of pages written. `printed` is the
    date the log says it was printed (default: today).

    Raises OSError with the OS's reason when the folder cannot be written; then `path` is
    untouched and no temporary file is left behind.
    """
    from balintdesk.exports.pdf import write_html_pdf

    pages = write_html_pdf(
        _document_html(record, printed or dt.date.today()),
        Path(path),
        title=fill(
            translate("LeaderLogPdf", "{title} — {name}"), title=title(), name=record.leader
        ),
        # The leader keeps the log for their own accreditation and adds to it by hand.
        author=record.leader,
        style=_STYLE,
    )
    log.info(
        "Wrote a leader log of %d session(s) and %d entry(ies), %d page(s)",
        len(record.sessions),
        len(record.entries),
        pages,
    )
    return pages


# --- the CSV ------------------------------------------------------------------------------


def leader_log_csv(record: LeaderLog) -> str:
    """One row per session and per entry, by date (sessions first on a shared day), under
    a header row: date (YYYY-MM-DD), kind ("group session", "supervision", "training",
    "society_event", "other"), group, role ("member", "led", "co-led"; empty for an
    entry), co_leader (the other leader of a session), hours (decimal), note. Lines end in
    CRLF, as Excel expects; the writer adds the byte-order mark (write_leader_log_csv)."""
    rows: list[tuple[dt.date, int, tuple[str, ...]]] = []
    for session in record.sessions:
        rows.append(
            (
                session.day,
                0,
                (
                    session.day.isoformat(),
                    SESSION_KIND,
                    session.group,
                    CSV_ROLES[session.role],
                    session.with_leader,
                    hours(session.minutes),
                    "",
                ),
            )
        )
    for entry in record.entries:
        rows.append(
            (
                entry.day,
                1,
                (
                    entry.day.isoformat(),
                    entry.kind,
                    "",
                    "",
                    "",
                    hours(entry.minutes),
                    entry.note,
                ),
            )
        )
    # sorted() is stable: within a day and kind the records keep their order. A cell a
    # spreadsheet would run as a formula is written as text (`csv_cells`).
    return csv_text(CSV_HEADER, (row for _day, _order, row in sorted(rows, key=lambda r: r[:2])))


def write_leader_log_csv(record: LeaderLog, path: Path) -> None:
    """Write the CSV to `path` whole or not at all, UTF-8 with a byte-order mark: without
    it Excel reads "Siobhán" as "SiobhÃ¡n". Raises OSError with the OS's reason."""
    write_text_atomic(Path(path), leader_log_csv(record), encoding="utf-8-sig")

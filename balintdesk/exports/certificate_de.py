"""The German participation certificate (Teilnahmebescheinigung) for Balint group work,
always in German, whatever language the window speaks.

Who took part (with their EFN when recorded: a certificate is only ever the participant's
own), the group and its leaders with each leader's recognition (which chamber), the event
number (VNR) when the group has one, each session's date, length in double sessions
(90 minutes = 1 Doppelstunde; minutes measured by the timer, else planned) and mode, the
totals (double sessions, hours, of which in person), the rule it counts toward and
whether that rule is now met (with what is still missing), and a place-and-date and
signature line that stays on the page of the totals and the rule it signs.

Written like exports/cpd_pdf.py: Qt's PDF writer (exports/pdf.py) with exports/
pdf_pages.py's pagination (table heading repeated, no row cut, signature kept with what
it signs, no empty page). The texts are the catalogue's (English source, context
"CertificatePdf"), rendered under `i18n.speaking("de")`. The parts the Dutch certificate
shares (facts, session rows, signature) are here too.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from balintdesk.domain.certificate import IN_PERSON, ONLINE, Certificate, CertificateSession
from balintdesk.domain.rules import Assessment
from balintdesk.exports.pdf import write_html_pdf
from balintdesk.exports.pdf_parts import (
    KEEP_CLASS,
    MUTED,
    RECORD_STYLE,
    facts_table,
    list_table,
    printed_line,
    px,
    short_date,
)
from balintdesk.i18n import fill, formats, language, say, speaking, translate

__all__ = [
    "CERTIFICATE_STYLE",
    "certificate_signature",
    "decimal_text",
    "default_certificate_name",
    "leaders_text",
    "mode_label",
    "rule_lines",
    "write_certificate_de_pdf",
]

log = logging.getLogger(__name__)

CERTIFICATE_STYLE = (
    RECORD_STYLE
    + f"""
h2 {{ font-size: 12.5pt; font-weight: 600; margin-top: {px(14)}px; margin-bottom: {px(5)}px; }}
p.subtitle {{ font-size: 12pt; margin-top: 0; margin-bottom: {px(8)}px; }}
table.facts td {{ padding: {px(1.5)}px {px(10)}px {px(1.5)}px 0; }}
table.sessions th {{
    text-align: left; font-weight: 600; padding: {px(3)}px {px(14)}px {px(3)}px 0;
    border-bottom: 1px solid {MUTED};
}}
table.sessions td {{ padding: {px(2.5)}px {px(14)}px {px(2.5)}px 0; }}
span.planned {{ color: {MUTED}; }}
table.totals td {{ padding: {px(2)}px {px(14)}px {px(2)}px 0; }}
td.total {{ font-weight: 600; }}
p.met {{ font-weight: 600; margin-top: {px(4)}px; }}
p.missing {{ margin-left: {px(14)}px; margin-bottom: {px(2)}px; }}
p.continued {{ color: {MUTED}; font-size: 12pt; margin-top: 0; margin-bottom: 0; }}
p.spacer {{ font-size: 5pt; margin: 0; }}
table.signature {{ margin-top: {px(10)}px; margin-bottom: {px(20)}px; }}
"""
)


def decimal_text(value: Decimal) -> str:
    """A figure to one decimal in the current locale: "1,0", "0,7", "12,3"."""
    return formats.number(float(value), language(), 1)


def mode_label(mode: str | None) -> str:
    labels = {
        IN_PERSON: translate("CertificatePdf", "in person"),
        ONLINE: translate("CertificatePdf", "online"),
    }
    return labels.get(mode or "", translate("CertificatePdf", "hybrid, not recorded"))


def leaders_text(certificate: Certificate) -> str:
    """Each leader with their recognition, one a line (HTML, escaped)."""
    lines = []
    for leader in certificate.leaders:
        if leader.recognition:
            said = translate("CertificatePdf", "{name}, recognised by {recognition}")
        else:
            said = translate("CertificatePdf", "{name} (recognition not recorded)")
        lines.append(html.escape(fill(said, name=leader.name, recognition=leader.recognition)))
    return "<br/>".join(lines) or html.escape(translate("CertificatePdf", "not recorded"))


def certificate_signature() -> str:
    """Place and date, the leader's signature, the leader's name: a row each, kept whole
    on the page of what comes before it (what it signs)."""
    rows = (
        translate("CertificatePdf", "Place, date"),
        translate("CertificatePdf", "Signature of the group leader"),
        translate("CertificatePdf", "Name of the group leader"),
    )
    return (
        f'<table class="signature {KEEP_CLASS}" width="100%" cellspacing="0">'
        + "".join(
            f'<tr><td width="40%">{html.escape(label)}</td>'
            f'<td class="line" width="60%">&nbsp;</td></tr>'
            for label in rows
        )
        + "</table>"
    )


def _period(certificate: Certificate) -> str:
    return fill(
        translate("CertificatePdf", "{start} to {end}"),
        start=certificate.start,
        end=certificate.end,
    )


def _facts(rows: Sequence[tuple[str, str]]) -> str:
    """facts_table, but with values already HTML (the leaders' lines)."""
    return (
        '<table class="facts" cellspacing="0">'
        + "".join(
            f'<tr><td class="label">{html.escape(label)}</td><td>{value}</td></tr>'
            for label, value in rows
        )
        + "</table>"
    )


def session_row(number: int, session: CertificateSession, cells: Sequence[str]) -> str:
    """A table row: the running number, the date, `cells` (already text), the mode."""
    esc = html.escape
    date = esc(short_date(session.day))
    if not session.timed:
        date += f' <span class="planned">{esc(translate("CertificatePdf", "(planned)"))}</span>'
    middle = "".join(f"<td>{esc(cell)}</td>" for cell in cells)
    return (
        f"<tr><td>{esc(formats.number(number, language()))}</td><td>{date}</td>{middle}"
        f"<td>{esc(mode_label(session.mode))}</td></tr>"
    )


def rule_lines(
    certificate: Certificate, assessment: Assessment | None, printed: dt.date
) -> list[str]:
    """The rule it counts toward and whether it is met, as <p> HTML, each kept."""
    esc = html.escape
    keep = KEEP_CLASS
    if assessment is None:
        if not certificate.working_toward:
            none = translate("CertificatePdf", "No rule was chosen for this participant.")
            return [f'<p class="{keep}">{esc(none)}</p>']
        said = translate("CertificatePdf", "{rule} (not assessed)")
        return [f'<p class="{keep}">{esc(fill(said, rule=certificate.working_toward))}</p>']
    title = assessment.rule.title_in(language())
    lines = [f'<p class="{keep}">{esc(title)}</p>']
    day = assessment.until or printed
    if assessment.met:
        said = translate("CertificatePdf", "Met on {day}.")
        return [*lines, f'<p class="met {keep}">{esc(fill(said, day=day))}</p>']
    said = translate("CertificatePdf", "Not yet met on {day}. Still missing:")
    lines.append(f'<p class="met {keep}">{esc(fill(said, day=day))}</p>')
    for result in assessment.results:
        if not result.met:
            text = say(result.missing if result.missing is not None else result.line)
            lines.append(f'<p class="missing {keep}">– {esc(text)}</p>')
    return lines


def default_certificate_name(member_name: str, end: dt.date) -> str:
    """ "Teilnahmebescheinigung Dr Ann Lee 2026-03-03.pdf" in the current language."""
    safe = "".join(c for c in member_name if c not in '<>:"/\\|?*').strip()
    name = translate("CertificatePdf", "Certificate of attendance {name} {date}.pdf")
    return fill(name, name=safe, date=end.isoformat())


def _title() -> str:
    return translate("CertificatePdf", "Certificate of attendance")


def _document_html(
    certificate: Certificate, assessment: Assessment | None, printed: dt.date
) -> str:
    esc = html.escape
    facts = [(translate("CertificatePdf", "Participant"), esc(certificate.member_name))]
    if certificate.efn:
        facts.append((translate("CertificatePdf", "EFN"), esc(certificate.efn)))
    facts += [
        (translate("CertificatePdf", "Balint group"), esc(certificate.group_name)),
        (translate("CertificatePdf", "Group leaders"), leaders_text(certificate)),
    ]
    if certificate.event_number:
        vnr = translate("CertificatePdf", "Event number (VNR)")
        facts.append((vnr, esc(certificate.event_number)))
    facts.append((translate("CertificatePdf", "Period"), esc(_period(certificate))))
    subtitle = translate("CertificatePdf", "Balint group work")
    sessions_heading = translate("CertificatePdf", "Sessions attended")
    parts = [
        f"<h1>{esc(_title())}</h1>",
        f'<p class="subtitle">{esc(subtitle)}</p>',
        _facts(facts),
        f"<h2>{esc(sessions_heading)}</h2>",
    ]
    if certificate.sessions:
        headings = (
            translate("CertificatePdf", "No."),
            translate("CertificatePdf", "Date"),
            translate("CertificatePdf", "Double sessions"),
            translate("CertificatePdf", "Mode"),
        )
        rows = (
            session_row(i, s, (decimal_text(s.double_sessions),))
            for i, s in enumerate(certificate.sessions, start=1)
        )
        head = "".join(f"<th>{esc(h)}</th>" for h in headings)
        parts.append(list_table("sessions", head, rows))
    else:
        none = translate("CertificatePdf", "No sessions attended in this period.")
        parts.append(f"<p>{esc(none)}</p>")
    totals = [
        (
            translate("CertificatePdf", "Sessions"),
            formats.number(len(certificate.sessions), language()),
        ),
        (
            translate("CertificatePdf", "Double sessions (90 minutes each)"),
            decimal_text(certificate.double_sessions),
        ),
        (translate("CertificatePdf", "Hours"), decimal_text(certificate.hours)),
        (
            translate("CertificatePdf", "of which in person"),
            fill(
                translate("CertificatePdf", "{count} double sessions"),
                count=decimal_text(certificate.in_person_double_sessions),
            ),
        ),
    ]
    note = translate(
        "CertificatePdf",
        "One double session is 90 minutes. Lengths are those the meeting’s timer measured; "
        "“planned” marks a session that was not timed, counted at its planned length.",
    )
    counts_toward = translate("CertificatePdf", "Counts toward")
    # From the totals to the end, one page: the leader signs what they can see.
    parts += [
        f"<h2>{esc(translate('CertificatePdf', 'Total'))}</h2>",
        facts_table(totals, f"totals {KEEP_CLASS}", value_class="total"),
        f'<p class="note {KEEP_CLASS}">{esc(note)}</p>',
        f'<h2 class="{KEEP_CLASS}">{esc(counts_toward)}</h2>',
        *rule_lines(certificate, assessment, printed),
        certificate_signature(),
        printed_line(printed),
    ]
    return "\n".join(parts)


def running_head(certificate: Certificate) -> str:
    said = translate("CertificatePdf", "{title} · {name}, continued")
    text = html.escape(fill(said, title=_title(), name=certificate.member_name))
    # A spacer line under it: the head's own bottom margin is not part of its height.
    return f'<p class="continued">{text}</p><p class="spacer">&nbsp;</p>'


def write_certificate_de_pdf(
    certificate: Certificate,
    path: Path,
    *,
    assessment: Assessment | None = None,
    printed: dt.date | None = None,
) -> int:
    """Write the German certificate to the PDF `path`, in German whatever the current
    language; the number of pages. `assessment` is the rule's, when one was assessed.

    Raises OSError with the OS's reason when the folder cannot be written; then `path` is
    untouched and no temporary file is left behind."""
    with speaking("de"):
        pages = write_html_pdf(
            _document_html(certificate, assessment, printed or dt.date.today()),
            Path(path),
            title=fill(
                translate("CertificatePdf", "{title} — {name}"),
                title=_title(),
                name=certificate.member_name,
            ),
            author=certificate.group_name,
            style=CERTIFICATE_STYLE,
            running_head=running_head(certificate),
        )
    log.info(
        "Wrote a German certificate of %d session(s), %d page(s)", len(certificate.sessions), pages
    )
    return pages

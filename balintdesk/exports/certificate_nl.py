"""The Dutch certificate of attendance with accreditation points, always in Dutch.

Who took part (with their BIG number when recorded: the certificate is only ever the
participant's own), the group, its leaders, each session's date, length in hours and
mode, the total hours and the accreditation points at a stated rate per hour.

The rate: Balint Nederland states its groups are accredited for one point per hour of
attendance, through the KNMG, the group's "toegerust begeleider" keeping attendance in
GAIA (https://balintnederland.nl/index.php/balintgroepen/accreditering-van-een-balintgroep,
https://www.balintnederland.nl/index.php?page=16). That is domain.certificate's
NL_POINTS_PER_HOUR, printed on the certificate as the rate used, with the reminder that
the accreditation itself is the group's, registered in GAIA.

Built like the German certificate (exports/certificate_de.py), whose parts it shares.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from decimal import Decimal
from pathlib import Path

from balintdesk.domain.certificate import NL_POINTS_PER_HOUR, Certificate
from balintdesk.domain.records import hours_of
from balintdesk.exports.certificate_de import (
    CERTIFICATE_STYLE,
    certificate_signature,
    decimal_text,
    leaders_text,
    running_head,
    session_row,
)
from balintdesk.exports.pdf import write_html_pdf
from balintdesk.exports.pdf_parts import KEEP_CLASS, facts_table, list_table, printed_line
from balintdesk.i18n import fill, formats, language, speaking, translate

__all__ = ["write_certificate_nl_pdf"]

log = logging.getLogger(__name__)


def _document_html(certificate: Certificate, per_hour: Decimal, printed: dt.date) -> str:
    esc = html.escape
    facts = [(translate("CertificateNl", "Participant"), esc(certificate.member_name))]
    if certificate.big:
        facts.append((translate("CertificateNl", "BIG number"), esc(certificate.big)))
    period = fill(
        translate("CertificateNl", "{start} to {end}"), start=certificate.start, end=certificate.end
    )
    facts += [
        (translate("CertificateNl", "Balint group"), esc(certificate.group_name)),
        (translate("CertificateNl", "Group leaders"), leaders_text(certificate)),
        (translate("CertificateNl", "Period"), esc(period)),
    ]
    facts_html = (
        '<table class="facts" cellspacing="0">'
        + "".join(
            f'<tr><td class="label">{esc(label)}</td><td>{value}</td></tr>'
            for label, value in facts
        )
        + "</table>"
    )
    title = translate("CertificateNl", "Certificate of attendance — accreditation")
    parts = [
        f"<h1>{esc(title)}</h1>",
        f'<p class="subtitle">{esc(translate("CertificateNl", "Balint group"))}</p>',
        facts_html,
        f"<h2>{esc(translate('CertificateNl', 'Sessions attended'))}</h2>",
    ]
    if certificate.sessions:
        headings = (
            translate("CertificateNl", "No."),
            translate("CertificateNl", "Date"),
            translate("CertificateNl", "Hours"),
            translate("CertificateNl", "Mode"),
        )
        rows = (
            session_row(i, s, (decimal_text(hours_of(s.minutes)),))
            for i, s in enumerate(certificate.sessions, start=1)
        )
        parts.append(list_table("sessions", "".join(f"<th>{esc(h)}</th>" for h in headings), rows))
    else:
        none = translate("CertificateNl", "No sessions attended in this period.")
        parts.append(f"<p>{esc(none)}</p>")
    rate = formats.number(float(per_hour), language())
    totals = [
        (
            translate("CertificateNl", "Sessions"),
            formats.number(len(certificate.sessions), language()),
        ),
        (translate("CertificateNl", "Hours"), decimal_text(certificate.hours)),
        (translate("CertificateNl", "Points per hour"), rate),
        (
            translate("CertificateNl", "Accreditation points"),
            decimal_text(certificate.points(per_hour)),
        ),
    ]
    note = translate(
        "CertificateNl",
        "Balint Nederland states that its Balint groups are accredited for one point per "
        "hour (KNMG); the group's leader registers attendance in GAIA. Lengths are those "
        "the meeting's timer measured, else the planned length.",
    )
    parts += [
        f"<h2>{esc(translate('CertificateNl', 'Total'))}</h2>",
        facts_table(totals, f"totals {KEEP_CLASS}", value_class="total"),
        f'<p class="note {KEEP_CLASS}">{esc(note)}</p>',
        certificate_signature(),
        printed_line(printed),
    ]
    return "\n".join(parts)


def write_certificate_nl_pdf(
    certificate: Certificate,
    path: Path,
    *,
    per_hour: Decimal = NL_POINTS_PER_HOUR,
    printed: dt.date | None = None,
) -> int:
    """Write the Dutch certificate to the PDF `path`, in Dutch whatever the current
    language; the number of pages. OSError as exports/pdf.py's writer raises it."""
    with speaking("nl"):
        title = translate("CertificateNl", "Certificate of attendance — accreditation")
        pages = write_html_pdf(
            _document_html(certificate, per_hour, printed or dt.date.today()),
            Path(path),
            title=fill(
                translate("CertificateNl", "{title} — {name}"),
                title=title,
                name=certificate.member_name,
            ),
            author=certificate.group_name,
            style=CERTIFICATE_STYLE,
            running_head=running_head(certificate),
        )
    log.info(
        "Wrote a Dutch certificate of %d session(s), %d page(s)", len(certificate.sessions), pages
    )
    return pages

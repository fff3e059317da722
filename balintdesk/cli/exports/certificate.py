"""`balintdesk export certificate --kind de|uk|nl`: a member's certificate of attendance.

- `de`: the German Teilnahmebescheinigung (exports/certificate_de.py), in German, with
  the rule it counts toward (`--rule`, else the member's own `working_toward`) and
  whether it is met, when the rule engine (store.requirements) is there to say;
- `uk`: the UK CPD record, exactly what `export cpd` writes (that command stays);
- `nl`: the Dutch certificate with accreditation points (exports/certificate_nl.py).

No EIV upload file: the EIV's upload format is not publicly documented (the chambers'
EIV pages describe only their own "EIV-Punktemeldung Fortbildung" program and web
upload), so BalintDesk does not guess one.

Every argument is checked before anything is written, as in the other exports.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import EXIT_OK, CliError, cannot_write, existing_group
from balintdesk.cli.exports.arguments import existing_member, output_file, period
from balintdesk.domain.certificate import Certificate
from balintdesk.domain.rules import Assessment
from balintdesk.i18n import fill, shown, translate
from balintdesk.store.certificates import assessment_of, certificate

__all__ = ["KINDS", "assessment_for", "export_certificate"]

KINDS = ("de", "uk", "nl")


def assessment_for(member_id: int, rule_id: str, until: dt.date) -> Assessment | None:
    """store.certificates.assessment_of, an unknown rule said as one line."""
    try:
        return assessment_of(member_id, rule_id, until)
    except (LookupError, ValueError) as exc:
        said = translate("cli", "--rule {rule}: {problem}")
        raise CliError(fill(said, rule=rule_id, problem=shown(exc))) from None


def export_certificate(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    kind = args.kind
    if kind == "uk":
        from balintdesk.cli.exports.records import export_cpd

        return export_cpd(args, db, data_dir)
    group = existing_group(args.group)
    member = existing_member(args.member, group)
    start, end = period(args)
    target = output_file(args.out, (".pdf",))
    record = certificate(member.id, start, end)
    rule_id = (args.rule or "").strip() or member.working_toward
    record = dataclasses.replace(record, working_toward=rule_id)
    assessment = assessment_for(member.id, rule_id, end) if kind == "de" else None

    # Only now: the checks above must answer in a blink, Qt's GUI library takes a moment.
    from balintdesk.exports.pdf import ensure_gui_app

    ensure_gui_app()
    try:
        pages = _write(kind, record, assessment, target)
    except OSError as exc:
        raise CliError(cannot_write(target, exc)) from None
    parts = [
        translate("cli", "%n session(s)", None, len(record.sessions)),
        translate("cli", "%n page(s)", None, pages),
    ]
    if kind == "de":
        said = translate("cli", "Wrote the German certificate of {name} ({parts}) to {path}.")
    else:
        said = translate("cli", "Wrote the Dutch certificate of {name} ({parts}) to {path}.")
    print(fill(said, name=member.name, parts=", ".join(parts), path=target))
    return EXIT_OK


def _write(kind: str, record: Certificate, assessment: Assessment | None, target: Path) -> int:
    if kind == "de":
        from balintdesk.exports.certificate_de import write_certificate_de_pdf

        return write_certificate_de_pdf(record, target, assessment=assessment)
    from balintdesk.exports.certificate_nl import write_certificate_nl_pdf

    return write_certificate_nl_pdf(record, target)

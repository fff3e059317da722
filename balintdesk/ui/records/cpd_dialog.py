"""A member's CPD record for appraisal, or their German or Dutch certificate of attendance:
choose the kind and the period, see what it holds, save it as a PDF.

The German certificate is German and the Dutch one Dutch whatever the window's language
(the exports render them under `i18n.speaking`); the dialog itself speaks the user's."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from balintdesk.domain.certificate import Certificate
from balintdesk.domain.records import CpdRecord, Part
from balintdesk.domain.rules import Assessment
from balintdesk.exports.certificate_de import default_certificate_name, write_certificate_de_pdf
from balintdesk.exports.certificate_nl import write_certificate_nl_pdf
from balintdesk.exports.cpd_pdf import default_pdf_name, write_cpd_pdf
from balintdesk.exports.record_words import hours_text, part_label
from balintdesk.i18n import fill, formats, language, speaking
from balintdesk.store import roster
from balintdesk.store.certificates import assessment_of, certificate
from balintdesk.store.reports import cpd_record
from balintdesk.ui.common.forms import hint_label, labelled
from balintdesk.ui.records.period_dialog import PeriodDialog

log = logging.getLogger(__name__)

UK, DE, NL = "uk", "de", "nl"
KINDS = (UK, DE, NL)


class CpdDialog(PeriodDialog):
    """The record is read afresh for every change of period; saving writes what the
    preview shows."""

    def __init__(
        self,
        member_id: int,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent, today)
        self.setObjectName("cpdDialog")
        self.member = roster.get_member(member_id)
        self.record: CpdRecord | None = None
        self.certificate: Certificate | None = None
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("certificateKind")
        for kind, text in (
            (UK, self.tr("UK CPD record")),
            (DE, self.tr("German Teilnahmebescheinigung")),
            (NL, self.tr("Dutch accreditation certificate")),
        ):
            self.kind_box.addItem(text, kind)
        # The certificate the group's country asks for, to begin with.
        country = roster.get_group(self.member.group_id).country
        self.set_kind({"DE": DE, "NL": NL}.get(country, UK))
        form = self.layout().itemAt(3).layout()  # PeriodDialog's form: the period's row
        if isinstance(form, QFormLayout):
            form.insertRow(0, labelled(self.tr("&Kind"), self.kind_box), self.kind_box)
        self.credits_note = hint_label(
            self.tr(
                "The RCGP counts one hour of learning as one CPD credit. Appraisers expect "
                "a short reflective note beside the credits: what you took from the group."
            ),
            "cpdCreditsNote",
        )
        self.extra_layout.addWidget(self.credits_note)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def kind(self) -> str:
        return self.kind_box.currentData() or UK

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))

    def _kind_changed(self) -> None:
        name, kind = self.member.name, self.kind()
        if kind == DE:
            title = fill(self.tr("German certificate for {name}"), name=name)
            intro = self.tr(
                "A Teilnahmebescheinigung in German, whatever the window’s language: each "
                "session’s double sessions (90 minutes) and mode, the totals and the rule it "
                "counts toward, with a line for the leader’s signature."
            )
        elif kind == NL:
            title = fill(self.tr("Dutch certificate for {name}"), name=name)
            intro = self.tr(
                "A certificate in Dutch: each session’s hours and the accreditation points "
                "at one point per hour, as Balint Nederland states, with the BIG number "
                "when recorded."
            )
        else:
            title = fill(self.tr("CPD record for {name}"), name=name)
            intro = fill(
                self.tr(
                    "The Balint meetings {name} attended in the period, with each meeting’s "
                    "length and their part, for appraisal and revalidation. No case is "
                    "mentioned."
                ),
                name=name,
            )
        self.describe(
            title=title,
            intro=intro,
            save_text=self.tr("Save PDF…"),
            file_filter=self.tr("PDF document (*.pdf)"),
        )
        self.credits_note.setVisible(kind == UK)
        self.period_changed()

    def update_preview(self, start: dt.date, end: dt.date) -> None:
        if self.kind() != UK:
            self._certificate_preview(start, end)
            return
        self.record = record = cpd_record(self.member.id, start, end)
        count = len(record.meetings)
        if not count:
            self.preview.setText(self.tr("No meetings attended in this period"))
            self.preview_detail.setText(
                fill(
                    self.tr("Only meetings recorded as held, with {name} marked present, count."),
                    name=self.member.name,
                )
            )
            return
        self.preview.setText(
            fill(
                self.tr("{meetings} · {hours} · {credits} CPD credits"),
                meetings=self.tr("%n meeting(s)", "", count),
                hours=hours_text(record.hours),
                credits=float(record.credits),
            )
        )
        parts = ", ".join(
            f"{part_label(part)} {formats.number(record.count(part), language())}"
            for part in Part
            if record.count(part)
        )
        timed = sum(1 for meeting in record.meetings if meeting.timed)
        if timed == count:
            lengths = self.tr("every length as the phase timer recorded it")
        elif timed == 0:
            lengths = self.tr("planned lengths (the timer was not run)")
        else:
            lengths = fill(
                self.tr("{timed} timed, {planned} at their planned length"),
                timed=timed,
                planned=count - timed,
            )
        self.preview_detail.setText(f"{parts[:1].upper()}{parts[1:]}; {lengths}.")

    def _certificate_preview(self, start: dt.date, end: dt.date) -> None:
        self.certificate = found = certificate(self.member.id, start, end)
        count = len(found.sessions)
        if not count:
            self.preview.setText(self.tr("No sessions attended in this period"))
            self.preview_detail.setText(
                fill(
                    self.tr("Only meetings recorded as held, with {name} marked present, count."),
                    name=self.member.name,
                )
            )
            return
        sessions = self.tr("%n session(s)", "", count)
        if self.kind() == DE:
            self.preview.setText(
                fill(
                    self.tr("{sessions} · {double} double sessions · {in_person} in person"),
                    sessions=sessions,
                    double=float(found.double_sessions),
                    in_person=float(found.in_person_double_sessions),
                )
            )
        else:
            self.preview.setText(
                fill(
                    self.tr("{sessions} · {hours} · {points} accreditation points"),
                    sessions=sessions,
                    hours=hours_text(found.hours),
                    points=float(found.points()),
                )
            )
        number = found.efn if self.kind() == DE else found.big
        if number:
            detail = fill(self.tr("With the member’s own number {number}."), number=number)
        else:
            detail = self.tr("No professional number recorded; the certificate goes without.")
        self.preview_detail.setText(detail)

    def _assessment(self, rule_id: str, end: dt.date) -> Assessment | None:
        """The member's rule as assessed up to `end`; None when there is none, or when it
        cannot be (a rule file since removed): the certificate then names the rule as
        not assessed rather than failing to be written."""
        try:
            return assessment_of(self.member.id, rule_id, end)
        except (LookupError, ValueError):
            log.warning("The rule %r could not be assessed for a certificate", rule_id)
            return None

    def suggested_name(self, start: dt.date, end: dt.date) -> str:
        kind = self.kind()
        if kind == UK:
            return default_pdf_name(self.member.name, end)
        with speaking(kind):  # the file is named in the certificate's language
            return default_certificate_name(self.member.name, end)

    def write_to(self, path: Path, start: dt.date, end: dt.date) -> str:
        kind = self.kind()
        if kind == DE:
            found = certificate(self.member.id, start, end)
            pages = write_certificate_de_pdf(
                found,
                path,
                assessment=self._assessment(found.working_toward, end),
                printed=self.today(),
            )
        elif kind == NL:
            pages = write_certificate_nl_pdf(
                certificate(self.member.id, start, end), path, printed=self.today()
            )
        else:
            pages = write_cpd_pdf(
                cpd_record(self.member.id, start, end), path, printed=self.today()
            )
        return fill(
            self.tr("Saved “{file}” ({what}) in {folder}."),
            file=path.name,
            what=self.tr("%n page(s)", "", pages),
            folder=str(path.parent),
        )

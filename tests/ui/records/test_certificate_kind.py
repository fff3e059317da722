"""The records' CPD dialog chooses the kind: the UK CPD record (as before), the German
Teilnahmebescheinigung, or the Dutch accreditation certificate. Saving a German
certificate from a window in English (or French) gives a German PDF, and the window stays
in its own language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from balintdesk import i18n
from balintdesk.i18n import qt as i18n_qt
from balintdesk.store import roster
from balintdesk.store.models import Member, MemberIdentifier
from balintdesk.ui.records.cpd_dialog import CpdDialog

from ..._pdf import pdf_text
from ...store._meeting_helpers import FIRST, held_in_january, tuesdays

TODAY = dt.date(2026, 3, 3)
NAME = "Siobhán Ó Ceallaigh"
DAYS = tuesdays(FIRST, 4)
JANUARY = (dt.date(2026, 1, 1), dt.date(2026, 1, 31))


@pytest.fixture
def dialog(qtbot, db):
    held_in_january(NAME, today=TODAY, until=TODAY)
    siobhan = Member.get(Member.name == NAME)
    MemberIdentifier.create(member=siobhan.id, kind="efn", value="802761234567890")
    widget = CpdDialog(siobhan.id, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_period(*JANUARY)
    return widget


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


def test_the_kinds_on_offer(dialog) -> None:
    box = dialog.kind_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "UK CPD record",
        "German Teilnahmebescheinigung",
        "Dutch accreditation certificate",
    ]
    assert dialog.kind() == "uk" and box.accessibleName() == "Kind"
    assert dialog.windowTitle() == f"CPD record for {NAME}"
    assert dialog.preview.text() == "3 meetings · 3.9 hours · 3.9 CPD credits"
    assert dialog.credits_note.isVisible()


def test_a_german_certificate_from_an_english_window(qtbot, dialog, tmp_path) -> None:
    dialog.kind_box.setFocus()
    qtbot.keyClick(dialog.kind_box, Qt.Key.Key_Down)  # by keys, as a user would
    assert dialog.kind() == "de"
    assert dialog.windowTitle() == f"German certificate for {NAME}"
    # 81 + 75 + 75 minutes: 2.6 double sessions, all in person.
    assert dialog.preview.text() == "3 sessions · 2.6 double sessions · 2.6 in person"
    assert dialog.preview_detail.text() == "With the member’s own number 802761234567890."
    assert not dialog.credits_note.isVisible()

    target = tmp_path / "de.pdf"
    asked: list[str] = []
    dialog.choose_path = lambda suggested: asked.append(suggested) or target
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [f"Teilnahmebescheinigung {NAME} 2026-01-31.pdf"]
    assert dialog.status_text() == f"Saved “de.pdf” (1 page) in {tmp_path}."
    text = flat(target)
    assert "Teilnahmebescheinigung" in text and "Besuchte Sitzungen" in text
    assert "802761234567890" in text and "Unterschrift der Gruppenleitung" in text
    assert "Di., 6. Jan. 2026" in text and "Gedruckt am Dienstag, 3. März 2026" in text
    assert "Participant" not in text and "Signature" not in text
    assert i18n.language() == "en"
    assert dialog.tr("Save PDF…") == "Save PDF…", "the window speaks English still"


def test_a_german_certificate_from_a_french_window(qtbot, dialog, tmp_path) -> None:
    i18n_qt.install("fr")
    dialog.set_kind("de")
    assert dialog.windowTitle() == f"Attestation allemande pour {NAME}"
    target = tmp_path / "de.pdf"
    dialog.choose_path = lambda _suggested: target
    assert dialog.save() is True
    assert "Teilnahmebescheinigung" in flat(target) and "Attestation" not in flat(target)
    assert i18n.language() == "fr"


def test_the_dutch_certificate(qtbot, dialog, tmp_path) -> None:
    dialog.set_kind("nl")
    assert dialog.windowTitle() == f"Dutch certificate for {NAME}"
    assert dialog.preview.text() == "3 sessions · 3.9 hours · 3.9 accreditation points"
    assert dialog.preview_detail.text() == (
        "No professional number recorded; the certificate goes without."
    )
    target = tmp_path / "nl.pdf"
    asked: list[str] = []
    dialog.choose_path = lambda suggested: asked.append(suggested) or target
    assert dialog.save() is True
    assert asked == [f"Bewijs van deelname {NAME} 2026-01-31.pdf"]
    text = flat(target)
    assert "Bewijs van deelname" in text and "Accreditatiepunten" in text
    assert "802761234567890" not in text, "the EFN is for the German certificate"


def test_back_to_the_uk_record(dialog, tmp_path) -> None:
    dialog.set_kind("de")
    dialog.set_kind("uk")
    assert dialog.preview.text() == "3 meetings · 3.9 hours · 3.9 CPD credits"
    target = tmp_path / "uk.pdf"
    dialog.choose_path = lambda _suggested: target
    assert dialog.save() is True
    assert "Balint group attendance — CPD record" in pdf_text(target)


def test_no_sessions(dialog) -> None:
    dialog.set_kind("de")
    dialog.set_period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert dialog.preview.text() == "No sessions attended in this period"


def engine(monkeypatch) -> None:
    """store.requirements as branch i16-requirements makes it, knowing one rule."""
    import sys
    import types

    from balintdesk import store
    from balintdesk.domain.rules import Assessment, ConditionResult, Rule
    from balintdesk.domain.words import Words

    rule = Rule("de-gp-training", {"en": "GP training", "de": "Weiterbildung"}, "DE", (), (), ())

    def assess_member(member_id, rule_id=None, until=None):
        if rule_id != rule.id:
            raise LookupError(rule_id)
        line = Words("Test", "3 of 3 double sessions")
        return Assessment(rule, NAME, until, {}, (ConditionResult("count", True, line),))

    module = types.ModuleType("balintdesk.store.requirements")
    module.assess_member = assess_member  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "balintdesk.store.requirements", module)
    monkeypatch.setattr(store, "requirements", module, raising=False)


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        ("de-gp-training", "Anrechenbar auf Weiterbildung Erfüllt am 31. Januar 2026."),
        ("since-removed", "Anrechenbar auf since-removed (nicht geprüft)"),
        ("", "wurde keine Regel gewählt."),
    ],
)
def test_the_rule_the_member_works_toward(dialog, tmp_path, monkeypatch, rule, said) -> None:
    engine(monkeypatch)
    Member.update(working_toward=rule).where(Member.name == NAME).execute()
    dialog.set_kind("de")
    target = tmp_path / "de.pdf"
    dialog.choose_path = lambda _suggested: target
    assert dialog.save() is True
    assert said in flat(target)


@pytest.mark.parametrize(("country", "kind"), [("DE", "de"), ("NL", "nl"), ("GB", "uk")])
def test_the_groups_country_chooses_the_kind_to_begin_with(qtbot, db, country, kind) -> None:
    held_in_january(NAME, today=TODAY, until=TODAY)
    siobhan = Member.get(Member.name == NAME)
    group = roster.get_group(siobhan.group_id)
    group.country = country
    group.save()
    widget = CpdDialog(siobhan.id, today=lambda: TODAY)
    qtbot.addWidget(widget)

    assert widget.kind() == kind

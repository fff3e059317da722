"""`balintdesk export certificate --kind de|uk|nl`, in-process through `cli.main`: the German
certificate in German from an English command line, `--kind uk` writing what `export cpd`
writes (which stays), the Dutch one, `--rule` and the member's own rule, and bad
arguments answered with one line and no file."""

from __future__ import annotations

import datetime as dt
import sys
import types
from pathlib import Path

import pytest

from balintdesk import store as store_package
from balintdesk.domain.rules import Assessment, ConditionResult, Rule
from balintdesk.domain.words import Words
from balintdesk.store.models import Member, MemberIdentifier

from .._pdf import pdf_text
from ..store._meeting_helpers import FIRST, held_in_january, tuesdays
from ._cli_helpers import balintdesk, opened

NAME = "Siobhán Ó Ceallaigh"
DAYS = tuesdays(FIRST, 4)  # 6, 13, 20 (apologies), 27 January 2026
PERIOD = ["--from", "2026-01-01", "--to", "2026-01-31"]
WHO = ["--group", "Tuesday Balint", "--member", NAME]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Tuesday Balint's January (see held_in_january), with a VNR, Siobhán's EFN and the
    leader's recognition."""
    folder = tmp_path / "data"
    folder.mkdir()
    with opened(folder):
        group = held_in_january(NAME, today=dt.date(2030, 1, 1), until=DAYS[-1])
        group.event_number = "2760512026000012345"
        group.save()
        siobhan = Member.get(Member.name == NAME)
        MemberIdentifier.create(member=siobhan.id, kind="efn", value="802761234567890")
        MemberIdentifier.create(member=siobhan.id, kind="big", value="19012345601")
        Member.update(recognition="Ärztekammer Nordrhein").where(
            Member.name == "Dr Marcus Webb"
        ).execute()
    return folder


def certificate(data_dir: Path, kind: str, target: Path, *more: str) -> int:
    args = ["export", "certificate", *WHO, *PERIOD, "--kind", kind, "--out", str(target)]
    return balintdesk(data_dir, *args, *more)


def flat(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def test_kind_de_writes_the_german_certificate(qapp, data_dir, out, capsys) -> None:
    target = out / "de.pdf"
    assert certificate(data_dir, "de", target) == 0
    assert capsys.readouterr().out == (
        f"Wrote the German certificate of {NAME} (3 sessions, 1 page) to {target}.\n"
    )
    text = flat(target)
    assert "Teilnahmebescheinigung" in text and NAME in text
    assert "802761234567890" in text and "2760512026000012345" in text
    assert "19012345601" not in text
    assert "Dr Marcus Webb, anerkannt durch Ärztekammer Nordrhein" in text
    for day in ("Di., 6. Jan. 2026", "Di., 13. Jan. 2026", "Di., 27. Jan. 2026"):
        assert day in text
    assert "Di., 20. Jan. 2026" not in text  # apologies that day
    # 81 + 75 + 75 = 231 minutes: 2.6 double sessions, 3.9 hours, all in person.
    assert "Doppelstunden (je 90 Minuten) 2,6" in text
    assert "Stunden 3,9" in text and "davon in Präsenz 2,6 Doppelstunden" in text
    assert "wurde keine Regel gewählt" in text


def test_kind_uk_is_export_cpd(qapp, data_dir, out, capsys) -> None:
    uk, cpd = out / "uk.pdf", out / "cpd.pdf"
    assert certificate(data_dir, "uk", uk) == 0
    said_uk = capsys.readouterr().out
    args = ["export", "cpd", *WHO, *PERIOD, "--out", str(cpd)]
    assert balintdesk(data_dir, *args) == 0
    said_cpd = capsys.readouterr().out
    assert said_uk == said_cpd.replace(str(cpd), str(uk))
    assert said_cpd == (
        f"Wrote the CPD record of {NAME} (3 meetings, 3.9 hours, 1 page) to {cpd}.\n"
    )
    assert pdf_text(uk) == pdf_text(cpd)
    assert "Balint group attendance — CPD record" in pdf_text(uk)
    assert "802761234567890" not in pdf_text(uk)


def test_kind_nl_writes_the_dutch_certificate(qapp, data_dir, out, capsys) -> None:
    target = out / "nl.pdf"
    assert certificate(data_dir, "nl", target) == 0
    assert "Wrote the Dutch certificate" in capsys.readouterr().out
    text = flat(target)
    assert "Bewijs van deelname" in text and "BIG-nummer" in text and "19012345601" in text
    assert "Accreditatiepunten 3,9" in text
    assert "802761234567890" not in text


def fake_engine(monkeypatch, met: bool) -> list[tuple]:
    """store.requirements as branch i16-requirements makes it: assess_member(...)."""
    asked: list[tuple] = []
    rule = Rule(
        "de-gp-training",
        {"en": "Germany, GP training", "de": "Weiterbildung Allgemeinmedizin"},
        "DE",
        (),
        (),
        (),
    )

    def assess_member(member_id, rule_id=None, until=None):
        asked.append((member_id, rule_id, until))
        if rule_id != "de-gp-training":
            raise LookupError(f"There is no rule “{rule_id}”.")
        line = Words("Test", "3 of 35 double sessions")
        missing = None if met else Words("Test", "32 more double sessions")
        return Assessment(rule, NAME, until, {}, (ConditionResult("count", met, line, missing),))

    module = types.ModuleType("balintdesk.store.requirements")
    module.assess_member = assess_member  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "balintdesk.store.requirements", module)
    monkeypatch.setattr(store_package, "requirements", module, raising=False)
    return asked


def test_rule_given_and_assessed(qapp, data_dir, out, capsys, monkeypatch) -> None:
    asked = fake_engine(monkeypatch, met=False)
    target = out / "de.pdf"
    assert certificate(data_dir, "de", target, "--rule", "de-gp-training") == 0
    assert asked == [(asked[0][0], "de-gp-training", dt.date(2026, 1, 31))]
    text = flat(target)
    assert "Anrechenbar auf Weiterbildung Allgemeinmedizin" in text
    assert "Am 31. Januar 2026 noch nicht erfüllt. Es fehlen noch: – 32 more double sessions" in (
        text
    )


def test_the_members_own_rule_by_default(qapp, data_dir, out, capsys, monkeypatch) -> None:
    asked = fake_engine(monkeypatch, met=True)
    with opened(data_dir):
        Member.update(working_toward="de-gp-training").where(Member.name == NAME).execute()
    target = out / "de.pdf"
    assert certificate(data_dir, "de", target) == 0
    assert [rule for _, rule, _ in asked] == ["de-gp-training"]
    assert "Erfüllt am 31. Januar 2026." in flat(target)


def test_an_unknown_rule_is_one_line_and_no_file(qapp, data_dir, out, capsys, monkeypatch) -> None:
    fake_engine(monkeypatch, met=True)
    assert certificate(data_dir, "de", out / "de.pdf", "--rule", "nonsense") == 2
    assert capsys.readouterr().err == "--rule nonsense: There is no rule “nonsense”.\n"
    assert list(out.iterdir()) == []


def test_without_the_engine_the_rule_is_not_assessed(qapp, data_dir, out, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "balintdesk.store.requirements", None)  # ImportError
    monkeypatch.delattr(store_package, "requirements", raising=False)
    target = out / "de.pdf"
    assert certificate(data_dir, "de", target, "--rule", "de-gp-training") == 0
    assert "de-gp-training (nicht geprüft)" in flat(target)


def test_a_bad_kind(qapp, data_dir, out, capsys) -> None:
    assert certificate(data_dir, "eiv", out / "x.pdf") == 2
    err = capsys.readouterr().err
    assert "--kind" in err and "eiv" in err
    assert list(out.iterdir()) == []


def test_bad_arguments_write_nothing(qapp, data_dir, out, capsys) -> None:
    assert certificate(data_dir, "de", out / "de.txt") == 2
    assert capsys.readouterr().err == "--out must name a .pdf file, not “de.txt”.\n"
    args = ["export", "certificate", "--group", "Tuesday Balint", "--member", "Dr Nobody"]
    code = balintdesk(data_dir, *args, *PERIOD, "--kind", "nl", "--out", str(out / "n.pdf"))
    assert code == 2
    assert capsys.readouterr().err == "There is no member called “Dr Nobody” in Tuesday Balint.\n"
    assert list(out.iterdir()) == []


def test_with_the_shipped_rule_engine(qapp, data_dir, out, capsys) -> None:
    """store.requirements as it ships: the German rule's title, and what is missing said
    in German (three sessions in January are far from 15 double sessions)."""
    pytest.importorskip("balintdesk.store.requirements")
    target = out / "de.pdf"
    args = ("--rule", "de-psychosomatic-basic-care")
    assert certificate(data_dir, "de", target, *args) == 0
    text = flat(target)
    assert "Anrechenbar auf Psychosomatische Grundversorgung (Balint-Gruppenarbeit)" in text
    assert "Am 31. Januar 2026 noch nicht erfüllt. Es fehlen noch:" in text
    assert "nicht geprüft" not in text

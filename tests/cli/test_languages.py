"""The command line in the user's language: results, errors, the check's report, --help
and argparse's own words; chosen by --language, $BALINTDESK_LANGUAGE or the kept choice,
English for an unknown code; the exit codes the same in every language."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from balintdesk import app, i18n
from balintdesk.cli import argparse_words
from balintdesk.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from balintdesk.cli.meetings import rota_line
from balintdesk.domain.rota import MeetingPlan, Suggestion
from balintdesk.domain.words import Words
from balintdesk.i18n.choice import LANGUAGE_ENV
from balintdesk.paths import LANGUAGE_NAME, backups_dir, database_path
from balintdesk.store.db import backup_path, backup_to, close_database, open_database

from ..store._damage import GROUP, damage, fill

REPO = Path(__file__).resolve().parents[2]
ROSTER = "name,role\nAnna Weber,\nBen Koch,\nClara Sommer,\n"


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test chooses its language; the tests after it get English again."""
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")  # the computer's language, should nothing be chosen
    yield
    i18n.use_language(i18n.ENGLISH)


def run(*args: str) -> int:
    """`balintdesk ARGS…` through app.main; argparse's own exits (--help, a usage error)
    as their status, as `python -m balintdesk` ends with them."""
    try:
        return app.main(list(args))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_OK


def balintdesk(data_dir: Path, *args: str) -> int:
    """`balintdesk --data-dir DIR ARGS…` through app.main, which chooses the language."""
    return run("--data-dir", str(data_dir), *args)


@pytest.fixture
def group(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A weekly group of three meeting from next week on, made through the command line."""
    first = dt.date.today() + dt.timedelta(days=7)
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[first.weekday()]
    setting = ["group", "set", "--group", "Donnerstag", "--every", "weekly"]
    setting += ["--weekday", weekday, "--time", "19:00", "--length", "90"]
    assert balintdesk(data_dir, *setting, "--from", first.isoformat()) == EXIT_OK
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    assert balintdesk(data_dir, "roster", "import", str(roster), "--group", "Donnerstag") == 0
    capsys.readouterr()
    return "Donnerstag"


# --- choosing the language -----------------------------------------------------------


def test_rota_in_german(data_dir: Path, group: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert balintdesk(data_dir, "--language", "de", "rota", "--group", group, "--next", "2") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    first = dt.date.today() + dt.timedelta(days=7)
    weekday = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")[first.weekday()]
    assert lines[0].startswith(f"{weekday}, {first.day}. ")
    assert "  Referent/in: Anna Weber (" in lines[0]
    assert "  Reserve: Ben Koch (" in lines[0]
    assert "Presenter" not in lines[0]


def test_a_reason_given_as_words_is_said_in_the_language() -> None:
    """The rota's reasons and notes may be Words (the domain's values): said, not str()."""
    i18n.use_language("de")
    plan = MeetingPlan(
        key=1,
        date=dt.date(2026, 3, 5),
        presenters=(Suggestion(1, "Anna Weber", Words("cli", "nobody eligible")),),
        note=Words("cli", "none"),
    )
    line = rota_line(plan.date, plan)
    assert line == (
        "Do., 5. März 2026  Referent/in: Anna Weber (niemand kommt infrage)  Reserve: keine"
        "  Hinweis: keine"
    )


def test_environment_variable_chooses_french(
    data_dir: Path, group: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "fr")
    assert balintdesk(data_dir, "check") == EXIT_OK
    assert capsys.readouterr().out == (
        "OK\u00a0: 1 groupe, 3 membres, version du schéma 11\u00a0; aucun problème trouvé.\n"
    )


def test_the_kept_choice_is_used(data_dir: Path, group: str, capsys) -> None:
    # What Settings → Language keeps (i18n.choice.keep_language), written here directly.
    (data_dir / LANGUAGE_NAME).write_text("nl\n", encoding="utf-8")
    assert balintdesk(data_dir, "check") == EXIT_OK
    assert capsys.readouterr().out.startswith("OK: 1 groep, 3 deelnemers, schemaversie 11;")
    # --language wins over the kept choice
    assert balintdesk(data_dir, "--language", "it", "check") == EXIT_OK
    assert capsys.readouterr().out.startswith("OK: 1 gruppo, 3 membri, versione dello schema")


def test_an_unknown_code_falls_back_to_english(data_dir: Path, group: str, capsys) -> None:
    assert balintdesk(data_dir, "--language", "xx", "check") == EXIT_OK
    assert capsys.readouterr().out.startswith("OK: 1 group, 3 members, schema version 11;")


# --- errors and exit codes -----------------------------------------------------------


def test_an_error_in_german_keeps_its_exit_code(data_dir: Path, group: str, capsys) -> None:
    assert balintdesk(data_dir, "--language", "de", "rota", "--group", "Nix") == EXIT_USAGE
    assert capsys.readouterr().err == (
        "Es gibt keine Gruppe namens „Nix“; die Gruppen sind „Donnerstag“.\n"
    )
    args = ["group", "set", "--group", group, "--every", "daily"]
    assert balintdesk(data_dir, "--language", "de", *args) == EXIT_USAGE
    assert "„daily“ sollte weekly, fortnightly oder monthly sein." in capsys.readouterr().err


def test_own_file_refused_in_italian(data_dir: Path, group: str, capsys) -> None:
    target = str(database_path(data_dir))
    args = ["roster", "export", "--group", group, "--out", target]
    assert balintdesk(data_dir, "--language", "it", *args) == EXIT_USAGE
    assert capsys.readouterr().err.startswith(f"{target} è il database di BalintDesk:")


def test_argparse_errors_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--language", "de", "roster", "import") == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("Verwendung: balintdesk roster import")
    assert "balintdesk roster import: Fehler: die folgenden Argumente fehlen:" in err
    assert run("--language", "de", "frobnicate") == EXIT_USAGE
    assert "Fehler: Argument COMMAND: ungültige Auswahl: 'frobnicate'" in capsys.readouterr().err


def test_problems_found_by_the_check_in_german(data_dir: Path, group: str, capsys) -> None:
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("UPDATE member SET role = 'wizard' WHERE name = 'Ben Koch'")
    conn.commit()
    conn.close()
    assert balintdesk(data_dir, "--language", "de", "check") == EXIT_PROBLEMS
    captured = capsys.readouterr()
    assert "(„Ben Koch“, Gruppe #1) hat die unbekannte Rolle „wizard“." in captured.out
    assert captured.out.startswith("Mitglied #")
    assert captured.err == "1 Problem gefunden.\n"


def test_a_damaged_database_in_german(data_dir: Path, capsys) -> None:
    fill(data_dir)
    db = open_database(database_path(data_dir), backups_dir(data_dir))
    try:
        morning = dt.datetime(2024, 9, 3, 8, 0, tzinfo=dt.UTC)
        backup_to(db, backup_path(backups_dir(data_dir), "daily", morning))
    finally:
        close_database(db)
    damage(database_path(data_dir))
    status = balintdesk(data_dir, "--language", "de", "rota", "--group", GROUP)
    assert status == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert err.startswith(f"Die Datenbank {database_path(data_dir)} ist beschädigt (")
    assert "die neueste intakte Sicherung (vom Di., 3. Sept. 2024, " in err
    assert len(err.strip().splitlines()) == 1


# --- --help ---------------------------------------------------------------------------


def test_help_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--language", "de", "--help") == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Verwendung: balintdesk [-h]")
    assert "\nPositionsargumente:\n" in out and "\nOptionen:\n" in out
    assert "diese Hilfe anzeigen und beenden" in out
    assert "die Versionsnummer anzeigen und beenden" in out
    assert "die Datenbank auf Probleme prüfen" in out
    assert "--data-dir DIR" in out  # metavars stay
    for english in ("usage:", "options:", "show this help", "check the database"):
        assert english not in out


def test_a_subcommands_help_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--language", "fr", "export", "ics", "--help") == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("utilisation\u00a0: balintdesk export ics")
    assert "le fichier à écrire (par défaut\u00a0: stdout)" in out


def test_help_stays_english_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--language", "en", "--help") == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("usage: balintdesk [-h]")
    assert "\noptions:\n" in out and "show this help message and exit" in out


def test_a_translation_that_lost_argparses_fields_gives_english() -> None:
    i18n.use_language("de")
    assert argparse_words.gettext("usage: ") == "Verwendung: "
    assert argparse_words.ngettext("expected %s argument", "expected %s arguments", 2) == (
        "%s Argumente erwartet"
    )
    assert argparse_words._same_shape("a %(x)s b\n", "c %(x)s d\n")
    assert not argparse_words._same_shape("a %(x)s b\n", "c %(y)s d\n")
    assert not argparse_words._same_shape("a %(x)s b\n", "c %(x)s d")
    assert argparse_words.gettext("a text argparse never had") == "a text argparse never had"


def test_the_real_command_in_german_without_qt(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "balintdesk", "--language=de", "--data-dir", str(tmp_path), "check"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert done.returncode == EXIT_OK
    assert done.stdout == (
        "OK: 0 Gruppen, 0 Mitglieder, Schemaversion 11; keine Probleme gefunden.\n"
    )
    code = (
        "import sys; from balintdesk import app\n"
        "app.main(['--language', 'de', '--data-dir', sys.argv[1], 'check'])\n"
        "print('PySide6' in sys.modules)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=REPO
    )
    assert shown.stdout.splitlines()[-1] == "False"

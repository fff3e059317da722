"""Which language BalintDesk speaks: --language, then $BALINTDESK_LANGUAGE, then the choice
kept in the data folder, then the computer's, else English."""

from __future__ import annotations

from pathlib import Path

import pytest

from balintdesk.app import take_language_argument
from balintdesk.i18n.choice import LANGUAGE_ENV, choose_language, keep_language, known
from balintdesk.paths import LANGUAGE_NAME, OwnFile, own_file


@pytest.fixture(autouse=True)
def no_language_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)


def test_locale_names_are_read_as_languages() -> None:
    assert known("de_DE.UTF-8") == "de"
    assert known("fr-CA") == "fr"
    assert known("nl_BE@euro") == "nl"
    assert known("IT") == "it"
    assert known("es_ES.UTF-8") is None
    assert known("") is None


def test_the_order_of_choices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose_language(None, tmp_path, ["es_ES", "C", "nl_NL.UTF-8"]) == "nl"
    assert choose_language(None, tmp_path, ["es_ES"]) == "en"
    keep_language(tmp_path, "it")
    assert (tmp_path / LANGUAGE_NAME).read_text(encoding="utf-8").strip() == "it"
    assert choose_language(None, tmp_path, ["nl_NL"]) == "it"
    monkeypatch.setenv(LANGUAGE_ENV, "fr")
    assert choose_language(None, tmp_path, ["nl_NL"]) == "fr"
    assert choose_language("de", tmp_path, ["nl_NL"]) == "de"
    # A code BalintDesk does not speak is passed over, not obeyed.
    assert choose_language("xx", tmp_path, ["nl_NL"]) == "fr"


def test_a_damaged_kept_choice_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / LANGUAGE_NAME).write_bytes(b"\xff\xfe\x00garbage")
    assert choose_language(None, tmp_path, ["de_DE"]) == "de"
    assert choose_language(None, tmp_path / "missing", []) == "en"


def test_the_kept_choice_is_one_of_balintdesks_own_files(tmp_path: Path) -> None:
    assert own_file(tmp_path / LANGUAGE_NAME, [tmp_path]) is OwnFile.OTHER


@pytest.mark.parametrize(
    ("arguments", "rest", "language"),
    [
        (["--language", "de", "rota", "--group", "X"], ["rota", "--group", "X"], "de"),
        (["rota", "--language=fr"], ["rota"], "fr"),
        (["--language"], ["--language"], None),
        ([], [], None),
    ],
)
def test_the_language_argument_is_taken_wherever_it_is(arguments, rest, language) -> None:
    assert take_language_argument(arguments) == (rest, language)


def test_the_choice_is_kept_while_the_data_folder_is_open(tmp_path: Path) -> None:
    """The window keeps the choice while its data folder is in use, where every other
    writer is refused BalintDesk's own files."""
    from balintdesk.paths import use_data_dir

    use_data_dir(tmp_path)
    keep_language(tmp_path, "nl")
    assert choose_language(None, tmp_path, []) == "nl"

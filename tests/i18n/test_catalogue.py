"""The catalogue is complete and in step with the code.

- Every text the code marks for translation is in the .ts files (the extractor's --check:
  a new self.tr() without its catalogue entry fails here, not in front of a German user).
- Every message is finished in German, French, Dutch and Italian, and every plural in
  English, with exactly the source's placeholders, plural marker and markup.
- Qt's own tool compiles every file without a complaint, so Qt Linguist can edit them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from balintdesk.i18n.catalogue import read_ts, translations_dir

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ("de", "fr", "nl", "it")
_MNEMONIC = re.compile(r"&(?!\w+;)\w")
_KEEPS = re.compile(r"\{\w+(?::\w+)?\}|%n|%\d|<[^<>]+>")


def _files(language: str) -> list[Path]:
    return sorted(translations_dir().glob(f"*.{language}.ts"))


def test_the_catalogue_has_every_text_the_code_marks() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, (
        "run `python packaging/translations.py` and translate what it adds:\n"
        + result.stdout
        + result.stderr
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    files = _files(language)
    assert files, f"no catalogue for {language}"
    unfinished = [
        f"{path.name}: [{context}] {source[:70]!r}"
        for path in files
        for context, source, translation in read_ts(path)
        if translation is None or (isinstance(translation, tuple) and not all(translation))
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in {language}:\n" + "\n".join(unfinished)


def test_every_english_plural_has_its_forms() -> None:
    unfinished = [
        f"{path.name}: {source!r}"
        for path in _files("en")
        for _, source, translation in read_ts(path)
        if not isinstance(translation, tuple) or not all(translation)
    ]
    assert not unfinished, "\n".join(unfinished)


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_translations_keep_placeholders_and_markup(language: str) -> None:
    wrong = []
    for path in _files(language):
        for context, source, translation in read_ts(path):
            if translation is None:
                continue
            forms = translation if isinstance(translation, tuple) else (translation,)
            wanted = sorted(set(_KEEPS.findall(source)) - {"%n"})
            for form in forms:
                if sorted(set(_KEEPS.findall(form)) - {"%n"}) != wanted:
                    wrong.append(f"{path.name} [{context}] {source[:50]!r} -> {form[:50]!r}")
            # A plural's forms may leave the number out ("einmal"), but not all of them.
            if "%n" in source and not any("%n" in form for form in forms):
                wrong.append(f"{path.name} [{context}] {source[:50]!r}: lost %n")
            # One "&" before a letter marks a mnemonic; "&amp;" in rich text is an entity.
            mnemonic = source.count("&") == 1 and _MNEMONIC.search(source)
            if mnemonic and any(len(_MNEMONIC.findall(form)) != 1 for form in forms):
                wrong.append(f"{path.name} [{context}] {source[:50]!r}: mnemonic")
    assert not wrong, "\n".join(wrong)


def test_qt_compiles_every_catalogue_file(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    for path in sorted(translations_dir().glob("*.ts")):
        result = subprocess.run(
            [lrelease, str(path), "-qm", str(tmp_path / (path.stem + ".qm"))],
            capture_output=True,
            text=True,
            check=False,
        )
        said = (result.stdout + result.stderr).replace(str(path), "FILE").replace(path.stem, "")
        assert result.returncode == 0, f"{path.name}: {said}"
        assert not re.search(r"\b(error|warning)\b", said, re.IGNORECASE), f"{path.name}: {said}"
        assert (tmp_path / (path.stem + ".qm")).stat().st_size > 0


def test_a_compiled_catalogue_counts_only_for_the_files_it_was_made_from(tmp_path) -> None:
    import json
    import shutil

    from balintdesk.i18n.catalogue import COMPILED, compile_language, load

    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder)
    shutil.rmtree(folder / COMPILED, ignore_errors=True)
    (folder / COMPILED).mkdir()
    made = compile_language("de", folder)
    assert made["messages"]
    made["messages"] = [["WelcomeDialog", "Welcome to BalintDesk", "Compiled!"]]
    (folder / COMPILED / "de.json").write_text(json.dumps(made), encoding="utf-8")
    assert load("de", folder).translate("WelcomeDialog", "Welcome to BalintDesk") == "Compiled!"
    # A .ts file changed since (a translator's fix): the compiled one no longer counts.
    changed = sorted(folder.glob("ui_window.de.ts"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load("de", folder).translate("WelcomeDialog", "Welcome to BalintDesk") != "Compiled!"
    # A damaged compiled file is passed over, never an error.
    (folder / COMPILED / "de.json").write_text("{not json", encoding="utf-8")
    assert len(load("de", folder)) > 1000

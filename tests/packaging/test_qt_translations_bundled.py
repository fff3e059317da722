"""The bundle keeps Qt's own words for every language BalintDesk speaks, and BalintDesk's
catalogue: packaging/qt_filter.py's filter, applied to the entries PyInstaller makes
(the build itself is too slow for the suite; the smoke tests run the real bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

from balintdesk.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from qt_filter import KEPT_TRANSLATIONS, TRANSLATED_LANGUAGES, keep_entry  # noqa: E402


def test_qt_base_translations_are_kept_for_each_language_on_each_system() -> None:
    assert set(TRANSLATED_LANGUAGES) == set(LANGUAGES)
    for code in LANGUAGES:
        assert f"qtbase_{code}.qm" in KEPT_TRANSLATIONS
        for folder in ("PySide6/Qt/translations", "PySide6/translations"):  # Linux/macOS, Windows
            assert keep_entry(f"{folder}/qtbase_{code}.qm"), (folder, code)
            windows = f"{folder}/qtbase_{code}.qm".replace("/", "\\")  # as on Windows
            assert keep_entry(windows), windows
    for dropped in ("qtbase_ja.qm", "qt_de.qm", "qtmultimedia_de.qm", "qtwebengine_fr.qm"):
        assert not keep_entry(f"PySide6/Qt/translations/{dropped}")
        assert not keep_entry(f"PySide6/translations/{dropped}")
        assert not keep_entry(f"PySide6\\translations\\{dropped}")


def test_the_catalogue_is_bundled_with_the_resources_folder() -> None:
    spec = (ROOT / "packaging" / "balintdesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec, "the whole folder, as data"
    catalogue = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert catalogue
    for path in catalogue:
        assert keep_entry(f"resources/translations/{path.name}"), path.name
    assert {path.name.split(".")[-2] for path in catalogue} >= set(LANGUAGES)


def test_pyside6_ships_the_qt_base_translations_kept() -> None:
    """What the filter keeps is what PySide6 has, so i18n.qt finds Qt's words."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for code in LANGUAGES:
        if code != "en":  # Qt's English is its source text
            assert (folder / f"qtbase_{code}.qm").is_file(), code

"""The catalogue, handed to Qt: `self.tr()` and `QCoreApplication.translate` read it too.

A `QTranslator` whose `translate` asks `balintdesk.i18n`'s current catalogue. PySide6's
`self.tr()` passes the class the object *is* as the context, where the extractor saw the
class the call is written in; the catalogue falls back to the source text alone, so a
subclass still finds its base class's words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from balintdesk import i18n
from balintdesk.i18n.catalogue import plural_index

_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "it": QLocale(QLocale.Language.Italian, QLocale.Country.Italy),
}


class CatalogueTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        catalogue = i18n.current_catalogue()
        found = catalogue.lookup(context or "", source or "")
        if found is None:
            return None  # Qt then uses the source text, and fills %n itself
        if isinstance(found, tuple):
            index = plural_index(catalogue.language, n) if n is not None and n >= 0 else 0
            return found[min(index, len(found) - 1)] or None
        return found

    def isEmpty(self) -> bool:
        return False


_installed: CatalogueTranslator | None = None


def install(code: str) -> None:
    """Use `code` for everything: the catalogue, Qt's own dialogs' locale, the layout's
    direction. Call once the QApplication exists, before any widget is made."""
    global _installed
    i18n.use_language(code)
    QLocale.setDefault(_LOCALES.get(i18n.language(), _LOCALES["en"]))
    if _installed is None:
        _installed = CatalogueTranslator(QCoreApplication.instance())
        QCoreApplication.installTranslator(_installed)
    _install_qt_base(i18n.language())


_qt_base: QTranslator | None = None


def _install_qt_base(code: str) -> None:
    """Qt's own words (the buttons of QMessageBox, QDialogButtonBox, the colour and file
    dialogs) from the qtbase catalogue PySide6 ships, when it ships one for `code`."""
    global _qt_base
    from PySide6.QtCore import QLibraryInfo

    if _qt_base is not None:
        QCoreApplication.removeTranslator(_qt_base)
        _qt_base = None
    if code == "en":
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(QCoreApplication.instance())
    if base.load(f"qtbase_{code}", folder):
        QCoreApplication.installTranslator(base)
        _qt_base = base


def system_languages() -> list[str]:
    """The desktop's languages, most wanted first: Qt reads Windows' and macOS's settings
    as well as the environment; the C library's view follows as a fallback."""
    from balintdesk.i18n.choice import system_languages as from_environment

    return [*QLocale.system().uiLanguages(), *from_environment()]

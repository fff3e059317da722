"""The translation catalogue: Qt Linguist `.ts` files, read in plain Python.

The `.ts` files in `resources/translations/` (`<area>.<language>.ts`, one per area of the
code so that the areas' translators never edit the same file) are the source of truth and
are read as they are, at start-up: no compile step, so a fresh clone, `pip install` and the
installers all load the same files. One language's files parse in a few milliseconds
(tests/bench/test_bench_startup.py prints the figure). The command line reads them without
Qt; the window hands the same catalogue to Qt through `i18n.qt`'s translator, so
`self.tr()` and `translate()` can never disagree.

Only finished translations count: an `unfinished`, `vanished` or `obsolete` message falls
back to English. English itself has a catalogue only for plurals ("%n session(s)").

The pseudo-language `pseudo` is made from the English sources: every text lengthened by
about 40 % and wrapped in ⟦ ⟧, so a test or a render shows what is cut off and what never
went through the catalogue.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from balintdesk.resources import resource_path

ENGLISH = "en"
PSEUDO = "pseudo"
# The languages BalintDesk speaks, each in its own words (for the Settings list).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "nl": "Nederlands",
    "it": "Italiano",
}
OPEN, CLOSE = "⟦", "⟧"

Translation = str | tuple[str, ...]


def translations_dir() -> Path:
    return resource_path("translations")


def plural_index(language: str, n: int) -> int:
    """Which numerus form: Qt's rules for these languages (French counts 0 as singular)."""
    if language == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


@dataclass
class Catalogue:
    language: str = ENGLISH
    messages: dict[tuple[str, str], Translation] = field(default_factory=dict)
    by_source: dict[str, Translation] = field(default_factory=dict)

    def lookup(self, context: str, source: str) -> Translation | None:
        found = self.messages.get((context, source))
        return found if found is not None else self.by_source.get(source)

    def translate(self, context: str, source: str, n: int = -1) -> str:
        found = self.lookup(context, source)
        if isinstance(found, tuple):
            index = plural_index(self.language, n) if n >= 0 else 0
            found = found[min(index, len(found) - 1)] or None
        return found if found else source

    def __len__(self) -> int:
        return len(self.messages)


def ts_files(language: str, folder: Path | None = None) -> list[Path]:
    return sorted((folder or translations_dir()).glob(f"*.{language}.ts"))


def read_ts(path: Path) -> list[tuple[str, str, Translation | None]]:
    """(context, source, translation) for every message; None when not finished."""
    # Imported here: the installed app reads the compiled catalogue and ships no XML
    # parser (packaging/qt_filter.py's PYTHON_EXCLUDES).
    import xml.etree.ElementTree as ET

    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            if element is None or element.get("type") in {"unfinished", "vanished", "obsolete"}:
                found.append((name, source, None))
                continue
            forms = element.findall("numerusform")
            if message.get("numerus") == "yes" and forms:
                found.append((name, source, tuple(form.text or "" for form in forms)))
            else:
                found.append((name, source, element.text or None))
    return found


COMPILED = "compiled"  # <language>.json, made by `packaging/translations.py --compile`


def load(language: str, folder: Path | None = None) -> Catalogue:
    if language == PSEUDO:
        return _pseudo(folder)
    catalogue = Catalogue(language)
    files = ts_files(language, folder)
    found = _compiled(language, files, folder)
    if found is None:
        try:
            found = [item for path in files for item in read_ts(path)]
        except ImportError:  # an installed app whose compiled catalogue is missing
            found = []
    for context, source, translation in found:
        if not translation:
            continue
        if isinstance(translation, list):
            translation = tuple(translation)
        catalogue.messages[(context, source)] = translation
        catalogue.by_source.setdefault(source, translation)
    return catalogue


def fingerprint(files: list[Path]) -> str:
    """What the .ts files hold, as one hash: a compiled catalogue counts only for them."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def compile_language(language: str, folder: Path | None = None) -> dict:
    """The finished messages of `language`, with the fingerprint of the files they came
    from: the installers ship this beside the .ts files (packaging/build.py), as JSON,
    which loads in about a tenth of the time parsing the XML takes."""
    files = ts_files(language, folder)
    messages = [m for path in files for m in read_ts(path) if m[2]]
    return {"fingerprint": fingerprint(files), "messages": messages}


def _compiled(language: str, files: list[Path], folder: Path | None) -> list | None:
    """The compiled messages, if there are some and they were made from exactly these
    files; else None, and the .ts files are read (a source checkout, an edited file)."""
    path = (folder or translations_dir()) / COMPILED / f"{language}.json"
    try:
        made = json.loads(path.read_text(encoding="utf-8"))
        if made["fingerprint"] == fingerprint(files):
            return made["messages"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _pseudo(folder: Path | None) -> Catalogue:
    catalogue = Catalogue(PSEUDO)
    try:
        import xml.etree.ElementTree  # noqa: F401 (the pseudo-language reads the sources)
    except ImportError:
        return catalogue
    for path in ts_files("de", folder):
        for context, source, _ in read_ts(path):
            text = pseudo_text(source)
            value: Translation = (text, text) if "%n" in source else text
            catalogue.messages[(context, source)] = value
            catalogue.by_source.setdefault(source, value)
    return catalogue


# Placeholders, markup, mnemonics and entities stay as they are.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%\d|<[^<>]*>|&\w+;|&(?=\w)|\n")
_ACCENTED = str.maketrans("aeiouncAEOUC", "áéíöüñçÅÉÖÜÇ")


def pseudo_text(source: str) -> str:
    pieces = []
    last = 0
    for match in _KEEP.finditer(source):
        pieces.append(source[last : match.start()].translate(_ACCENTED))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(source[last:].translate(_ACCENTED))
    padding = "~" * max(0, math.ceil(len(source) * 0.4) - 2)
    return f"{OPEN}{''.join(pieces)}{padding}{CLOSE}"

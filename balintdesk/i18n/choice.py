"""Which language BalintDesk speaks: chosen, kept, or the computer's own.

In order: `--language CODE`, then `$BALINTDESK_LANGUAGE`, then the choice kept in the data
folder (Settings → Language writes it; `language.txt`, one code), then the computer's
language (`$LANGUAGE`, `$LC_ALL`, `$LC_MESSAGES`, `$LANG` as the C library reads them;
the window also asks Qt, which knows Windows' and macOS's settings), else English.
"""

from __future__ import annotations

import contextlib
import locale
import os
from collections.abc import Iterable
from pathlib import Path

from balintdesk.fileio import write_bytes_atomic
from balintdesk.i18n.catalogue import ENGLISH, LANGUAGES, PSEUDO
from balintdesk.paths import LANGUAGE_NAME

LANGUAGE_ENV = "BALINTDESK_LANGUAGE"


def known(code: str | None) -> str | None:
    """The language code in a locale name ("de_DE.UTF-8" → "de"), if BalintDesk speaks it."""
    if not code:
        return None
    code = code.strip()
    if code == PSEUDO:
        return PSEUDO
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_languages() -> list[str]:
    names: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            names.extend(value.split(":"))
            break
    with contextlib.suppress(ValueError, AttributeError):
        names.append(
            locale.getlocale(
                locale.LC_MESSAGES if hasattr(locale, "LC_MESSAGES") else locale.LC_CTYPE
            )[0]
            or ""
        )
    return names


def kept_language(data_dir: Path | None) -> str | None:
    if data_dir is None:
        return None
    try:
        return known((data_dir / LANGUAGE_NAME).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def keep_language(data_dir: Path, code: str) -> None:
    """Remember the user's choice for the window and the command line alike."""
    write_bytes_atomic(data_dir / LANGUAGE_NAME, (code + "\n").encode(), own_file=True)


def choose_language(
    argument: str | None, data_dir: Path | None, system: Iterable[str] | None = None
) -> str:
    for candidate in (argument, os.environ.get(LANGUAGE_ENV)):
        if candidate and known(candidate):
            return known(candidate) or ENGLISH
    kept = kept_language(data_dir)
    if kept:
        return kept
    for name in system if system is not None else system_languages():
        if name in ("C", "POSIX"):
            continue
        found = known(name)
        if found:
            return found
    return ENGLISH

"""argparse's own words ("usage:", "options", "error:", "the following arguments are
required: …") in the user's language.

argparse looks its texts up through gettext, by calling the module globals `_` and
`ngettext` at the moment it needs them (Python 3.11 to 3.13: `from gettext import
gettext as _, ngettext` at the top of argparse.py, then `_('usage: ')`,
`ngettext('expected %s argument', 'expected %s arguments', n)` …). `install()` replaces
those two globals with look-ups in our catalogue, context "argparse". A text the
catalogue does not have, or a translation that lost one of argparse's `%(name)s` fields
or its line ending, gives argparse's English, so nothing that worked before can break.

The texts are marked below with `translatable` so that the catalogue's extractor
(packaging/translations.py) files them under "argparse"; they are argparse's msgids, the
same in 3.11, 3.12 and 3.13 (3.13 adds the "deprecated" ones and the warning).
"""

from __future__ import annotations

import argparse
import re

from balintdesk import i18n
from balintdesk.domain.words import translatable
from balintdesk.i18n.catalogue import plural_index

CONTEXT = "argparse"

TEXTS = (
    translatable("argparse", "usage: "),
    translatable("argparse", "positional arguments"),
    translatable("argparse", "options"),
    translatable("argparse", "show this help message and exit"),
    translatable("argparse", "show program's version number and exit"),
    translatable("argparse", "%(prog)s: error: %(message)s\n"),
    translatable("argparse", "%(prog)s: warning: %(message)s\n"),
    translatable("argparse", "argument %(argument_name)s: %(message)s"),
    translatable("argparse", "the following arguments are required: %s"),
    translatable("argparse", "one of the arguments %s is required"),
    translatable("argparse", "unrecognized arguments: %s"),
    translatable("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    translatable("argparse", "invalid %(type)s value: %(value)r"),
    translatable("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    translatable("argparse", "expected one argument"),
    translatable("argparse", "expected at most one argument"),
    translatable("argparse", "expected at least one argument"),
    translatable("argparse", "expected %s argument"),
    translatable("argparse", "expected %s arguments"),
    translatable("argparse", "not allowed with argument %s"),
    translatable("argparse", "ignored explicit argument %r"),
    translatable("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    translatable("argparse", "can't open '%(filename)s': %(error)s"),
    translatable("argparse", "option '%(option)s' is deprecated"),
    translatable("argparse", "command '%(parser_name)s' is deprecated"),
    translatable("argparse", "argument '%(argument_name)s' is deprecated"),
)

_FIELDS = re.compile(r"%\(\w+\)[sr]|%[sr]")


def _same_shape(english: str, translated: str) -> bool:
    """Whether argparse can fill `translated` as it fills `english`: the same % fields and
    the same line ending (its error line ends with one)."""
    return sorted(_FIELDS.findall(english)) == sorted(_FIELDS.findall(translated)) and (
        english.endswith("\n") == translated.endswith("\n")
    )


def gettext(text: str) -> str:
    """argparse's `_`: `text` in the current language, or as it is."""
    found = i18n.current_catalogue().translate(CONTEXT, text)
    return found if found and _same_shape(text, found) else text


def ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's `ngettext`: the form the current language needs for `n`, translated."""
    form = singular if plural_index(i18n.language(), n) == 0 else plural
    return gettext(form)


def install() -> None:
    """From now on argparse speaks the current language (English until one is chosen)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]

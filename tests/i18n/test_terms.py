"""The Balint method's words read the same in every area of a language.

docs/translations.md ("The Balint method's words") lists the words the national societies
use. A word they do not use (fr "présentateur", it "presentatore", de "Gruppenarbeit" for the
group's phase, nl "co-begeleider") must not come back in one area while the others moved on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from balintdesk.i18n.catalogue import read_ts, translations_dir

# Another helper still writes these; their words are checked once they are in.
NOT_YET = ("ui_notes.", "vault_", "domain_note_templates.", "store_check_vault.")

AVOIDED = {
    "de": [
        r"Gruppenarbeit",  # the whole method's name (DBG); the phase is the Gruppengespräch
        r"(?<!Arzt in )Weiterbildung",  # specialist training (WBO), not CPD nor leaders' training
        r"\bReferent(en)?\b(?!/)",  # one style: Referent/in, Referent/innen
        r"Leitungsprotokoll",  # the leader log is the Leitungsnachweis everywhere
    ],
    "fr": [r"[Pp]résentat(eur|rice)", r"Relevé (&)?DPC", r"^Réserve"],
    "nl": [r"[Cc]o-begeleid", r"[Gg]eannuleerd", r"^Vervallen"],
    "it": [r"[Pp]resentator[ei]", r"\brientr", r"Registro (&)?ECM"],
}


def _translations(language: str) -> list[tuple[str, str, str, str]]:
    found = []
    for path in sorted(translations_dir().glob(f"*.{language}.ts")):
        if path.name.startswith(NOT_YET):
            continue
        for context, source, translation in read_ts(path):
            forms = translation if isinstance(translation, tuple) else (translation or "",)
            found.extend((path.name, context, source, form) for form in forms)
    return found


@pytest.mark.parametrize("language", sorted(AVOIDED))
def test_no_area_keeps_a_word_the_societies_do_not_use(language: str) -> None:
    wrong = [
        f"{name} [{context}] {source[:40]!r} -> {form[:60]!r}"
        for name, context, source, form in _translations(language)
        for pattern in AVOIDED[language]
        if re.search(pattern, form)
    ]
    assert not wrong, "\n".join(wrong)


PHASES = {
    "de": {
        "Who has a case?": "Wer hat einen Fall?",
        "Presentation": "Fallvorstellung",
        "Clarifying questions": "Verständnisfragen",
        "Presenter sits back — group discussion": "Zurücklehnen — Gruppengespräch",
        "Presenter returns": "Referent/in kommt zurück",
    },
    "fr": {
        "Who has a case?": "Qui a un cas ?",
        "Presentation": "Présentation du cas",
        "Presenter sits back — group discussion": "Retrait — échanges du groupe",
        "Presenter returns": "Retour du rapporteur",
    },
    "nl": {
        "Who has a case?": "Wie heeft een casus?",
        "Presentation": "Casusinbreng",
        "Presenter sits back — group discussion": "Luisteren — groepsbespreking",
        "Presenter returns": "Slotronde",
        "Closing": "Afsluiting",
    },
    "it": {
        "Who has a case?": "Chi ha un caso?",
        "Presentation": "Presentazione del caso",
        "Presenter sits back — group discussion": "In ascolto — lavoro del gruppo",
        "Presenter returns": "Ritorno di chi presenta",
    },
}


@pytest.mark.parametrize("language", sorted(PHASES))
def test_the_phases_have_the_glossary_names(language: str) -> None:
    path = translations_dir() / f"domain_phases.{language}.ts"
    said = {source: text for context, source, text in read_ts(Path(path)) if context == "Phases"}
    for source, wanted in PHASES[language].items():
        assert said[source] == wanted


def test_german_phase_names_stay_short_enough_for_the_strip() -> None:
    """The room display's strip tiles are narrow; a built-in phase name fits in 32 letters."""
    names = [*PHASES["de"], "Closing"] + [
        f"{phase} — case {n}"
        for phase in (
            "Presentation",
            "Clarifying questions",
            "Presenter sits back",
            "Presenter returns",
        )
        for n in (1, 2)
    ]
    said = {
        source: text
        for context, source, text in read_ts(translations_dir() / "domain_phases.de.ts")
        if context == "Phases"
    }
    long = [said[name] for name in names if len(said[name]) > 32]
    assert not long, long

"""Starting points for a reflective note. Each is a few headings with space to write."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NoteTemplate:
    key: str
    name: str
    body: str


def _headings(*headings: str) -> str:
    return "\n\n".join(f"{heading}\n" for heading in headings)


NOTE_TEMPLATES: tuple[NoteTemplate, ...] = (
    NoteTemplate(
        "balint",
        "Balint reflection",
        _headings(
            "What stayed with me?",
            "What might it be like to be this patient?",
            "What might it be like to be this doctor?",
            "What happened between us?",
            "What did I notice in myself?",
            "What will I keep in mind?",
        ),
    ),
    # Gibbs' reflective cycle (Gibbs, 1988, Learning by Doing): six stages.
    NoteTemplate(
        "gibbs",
        "Gibbs' reflective cycle",
        _headings(
            "Description — what happened?",
            "Feelings — what was I thinking and feeling?",
            "Evaluation — what was good and bad about it?",
            "Analysis — what sense can I make of it?",
            "Conclusion — what else could I have done?",
            "Action plan — if it arose again, what would I do?",
        ),
    ),
    # Rolfe, Freshwater and Jasper (2001), Framework for reflective practice.
    NoteTemplate(
        "what_so_what",
        "What? So what? Now what?",
        _headings("What?", "So what?", "Now what?"),
    ),
    NoteTemplate(
        "appraisal",
        "Short appraisal reflection",
        _headings(
            "What was the learning or event?",
            "What did I learn, and how has it changed my practice?",
            "What will I do next?",
        ),
    ),
    NoteTemplate("blank", "Blank page", ""),
)


def note_template(key: str) -> NoteTemplate:
    return next((t for t in NOTE_TEMPLATES if t.key == key), NOTE_TEMPLATES[-1])

"""Starting points for a reflective note. Each is a few headings with space to write.

The names and headings are marked for the catalogue (context "NoteTemplate"); the window
shows them in the user's language and a note made from a template keeps the words it was
given, whatever language is chosen later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from balintdesk.domain.words import translatable

CONTEXT = "NoteTemplate"


@dataclass(frozen=True)
class NoteTemplate:
    key: str
    name: str  # English; the edge translates it (context CONTEXT)
    headings: tuple[str, ...] = ()  # English; likewise

    @property
    def body(self) -> str:
        """The starting text in English."""
        return self.body_in(lambda text: text)

    def body_in(self, translate: Callable[[str], str]) -> str:
        """The starting text with each heading passed through `translate`."""
        return "\n\n".join(f"{translate(heading)}\n" for heading in self.headings)


NOTE_TEMPLATES: tuple[NoteTemplate, ...] = (
    NoteTemplate(
        "balint",
        translatable("NoteTemplate", "Balint reflection"),
        (
            translatable("NoteTemplate", "What stayed with me?"),
            translatable("NoteTemplate", "What might it be like to be this patient?"),
            translatable("NoteTemplate", "What might it be like to be this doctor?"),
            translatable("NoteTemplate", "What happened between us?"),
            translatable("NoteTemplate", "What did I notice in myself?"),
            translatable("NoteTemplate", "What will I keep in mind?"),
        ),
    ),
    # Gibbs' reflective cycle (Gibbs, 1988, Learning by Doing): six stages.
    NoteTemplate(
        "gibbs",
        translatable("NoteTemplate", "Gibbs' reflective cycle"),
        (
            translatable("NoteTemplate", "Description — what happened?"),
            translatable("NoteTemplate", "Feelings — what was I thinking and feeling?"),
            translatable("NoteTemplate", "Evaluation — what was good and bad about it?"),
            translatable("NoteTemplate", "Analysis — what sense can I make of it?"),
            translatable("NoteTemplate", "Conclusion — what else could I have done?"),
            translatable("NoteTemplate", "Action plan — if it arose again, what would I do?"),
        ),
    ),
    # Rolfe, Freshwater and Jasper (2001), Framework for reflective practice.
    NoteTemplate(
        "what_so_what",
        translatable("NoteTemplate", "What? So what? Now what?"),
        (
            translatable("NoteTemplate", "What?"),
            translatable("NoteTemplate", "So what?"),
            translatable("NoteTemplate", "Now what?"),
        ),
    ),
    NoteTemplate(
        "appraisal",
        translatable("NoteTemplate", "Short appraisal reflection"),
        (
            translatable("NoteTemplate", "What was the learning or event?"),
            translatable("NoteTemplate", "What did I learn, and how has it changed my practice?"),
            translatable("NoteTemplate", "What will I do next?"),
        ),
    ),
    NoteTemplate("blank", translatable("NoteTemplate", "Blank page")),
)


def note_template(key: str) -> NoteTemplate:
    return next((t for t in NOTE_TEMPLATES if t.key == key), NOTE_TEMPLATES[-1])

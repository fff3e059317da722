"""Chosen private notes as a PDF for a doctor's appraisal, and the privacy guard's last look.

The PDF is written by exports/pdf.py (Qt's own writer: A4, 20 mm margins, page numbers,
whole or not at all); here each note starts on a new page so a doctor can hand in or
remove one reflection without splitting another.

The file is plaintext by nature: the doctor asked for it. It appears only when complete
(a temporary owner-only file until then). Nothing of a note's text is logged here: only
counts.

Needs a QGuiApplication (fonts), as every QPainter does.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from balintdesk.domain.privacy import find_identifiers
from balintdesk.exports.pdf import write_html_pdf
from balintdesk.exports.pdf_parts import MUTED, px
from balintdesk.i18n import fill, translate

if TYPE_CHECKING:  # only the type: exports reads notes it is handed, never the vault
    from balintdesk.vault.notes import Note

__all__ = [
    "FlaggedNote",
    "default_pdf_name",
    "notes_with_identifiers",
    "write_notes_pdf",
]

log = logging.getLogger(__name__)


def _local_moment(moment: dt.datetime) -> str:
    local = moment.astimezone()  # stored in UTC, shown on this computer's clock
    return fill(translate("NotesPdf", "{day}, {time}"), day=local.date(), time=local.time())


def default_pdf_name(today: dt.date | None = None) -> str:
    """The file name a save dialog suggests: "Reflective notes 2026-03-03.pdf"."""
    return f"Reflective notes {(today or dt.date.today()).isoformat()}.pdf"


# --- the privacy guard, once more before anything leaves the vault -----------------------


@dataclass(frozen=True)
class FlaggedNote:
    """A note the guard found likely identifiers in, and which kinds (KIND_LABELS keys)."""

    note_id: str
    # Out of repr, like privacy.Finding's text: a logged FlaggedNote must not leak a title.
    title: str = field(repr=False)
    kinds: tuple[str, ...]


def notes_with_identifiers(
    notes: Sequence[Note], *, today: dt.date | None = None
) -> list[FlaggedNote]:
    """The notes, in the order given, whose title, body or tags hold likely identifiers.

    Each text is scanned on its own, so the end of a title and the start of a body can
    never make up a "name" together. Kinds are listed once each, in the order first met.
    """
    flagged = []
    for note in notes:
        kinds: dict[str, None] = {}  # an ordered set
        for text in (note.title, note.body, *note.tags):
            for finding in find_identifiers(text, today=today):
                kinds.setdefault(finding.kind)
        if kinds:
            flagged.append(FlaggedNote(note.id, note.title, tuple(kinds)))
    return flagged


# --- the document ------------------------------------------------------------------------


_STYLE = f"""
h1 {{ font-size: 18pt; font-weight: 600; margin-top: 0; margin-bottom: {px(2)}px; }}
h2 {{ font-size: 14pt; font-weight: 600; margin-top: 0; margin-bottom: {px(3)}px; }}
p {{ margin-top: 0; margin-bottom: {px(8)}px; }}
p.meta {{ color: {MUTED}; font-size: 9.5pt; margin-bottom: {px(1.5)}px; }}
p.lead {{ color: {MUTED}; margin-bottom: {px(22)}px; }}
p.last-meta {{ color: {MUTED}; font-size: 9.5pt; margin-bottom: {px(12)}px; }}
p.body {{ white-space: pre-wrap; line-height: 125%; }}
"""


def _paragraphs(body: str) -> list[str]:
    """The body's paragraphs: split at blank lines; single line breaks stay inside one
    (pre-wrap keeps them, and runs of spaces, as the doctor typed them)."""
    text = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return [part for part in re.split(r"\n(?:[ \t]*\n)+", text) if part.strip()]


def _note_html(note: Note, first: bool) -> str:
    esc = html.escape
    # A note starts a page of its own, so one reflection can be handed in or taken out
    # without splitting another.
    brk = "" if first else ' style="page-break-before: always"'
    title = note.title.strip() or translate("NotesPdf", "(untitled)")
    lines = [f"<h2{brk}>{esc(title)}</h2>"]
    created, updated = _local_moment(note.created), _local_moment(note.updated)
    if updated != created:
        written = fill(
            translate("NotesPdf", "Written {created} · last changed {updated}"),
            created=created,
            updated=updated,
        )
    else:
        written = fill(translate("NotesPdf", "Written {created}"), created=created)
    meta = [written]
    if note.meeting_date is not None:
        meta.append(fill(translate("NotesPdf", "Meeting of {day:long}"), day=note.meeting_date))
    if note.tags:
        meta.append(fill(translate("NotesPdf", "Tags: {tags}"), tags=", ".join(note.tags)))
    classes = ["meta"] * (len(meta) - 1) + ["last-meta"]  # the last one spaces off the body
    lines.extend(
        f'<p class="{cls}">{esc(text)}</p>' for cls, text in zip(classes, meta, strict=True)
    )
    lines.extend(f'<p class="body">{esc(paragraph)}</p>' for paragraph in _paragraphs(note.body))
    return "\n".join(lines)


def _document_html(notes: Sequence[Note], author: str, exported: dt.date) -> str:
    esc = html.escape
    count = translate("NotesPdf", "%n note(s)", None, len(notes))
    lead = fill(
        translate("NotesPdf", "Exported {day:long} for appraisal · {count}"),
        day=exported,
        count=count,
    )
    head = [f"<h1>{esc(_title(author))}</h1>", f'<p class="lead">{esc(lead)}</p>']
    return "\n".join(head + [_note_html(note, i == 0) for i, note in enumerate(notes)])


def _title(author: str) -> str:
    return fill(translate("NotesPdf", "Reflective notes — {author}"), author=author)


def write_notes_pdf(
    notes: Sequence[Note], path: Path, author: str, *, exported: dt.date | None = None
) -> int:
    """Write `notes`, in the order given, to the PDF `path`; the number of pages written.

    `author` heads the document ("Reflective notes — <author>"); `exported` is the date it
    names (default: today). Raises OSError with the OS's reason when the folder cannot be
    written; then `path` is untouched and no temporary file is left behind.
    """
    if not notes:
        raise ValueError("no notes to export")
    exported = exported or dt.date.today()
    pages = write_html_pdf(
        _document_html(notes, author, exported),
        Path(path),
        title=_title(author),
        author=author,  # the doctor who wrote them
        style=_STYLE,
    )
    log.info("Exported %d note(s) to a PDF of %d page(s)", len(notes), pages)
    return pages

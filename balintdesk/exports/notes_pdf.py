"""Chosen private notes as a PDF for a doctor's appraisal, and the privacy guard's last look.

The PDF is made with Qt's own writer (QPdfWriter) from a QTextDocument: A4, 20 mm
margins, the application's font embedded, each note starting on a new page so a doctor
can hand in or remove one reflection without splitting another, and "Page n of N" in the
bottom margin when there is more than one page.

We paginate and paint the pages ourselves rather than call QTextDocument.print_(): that
adds page numbers only when the document has no page size of its own, always with its
own margins and as a bare number, and on a single page too.

The file is plaintext by nature: the doctor asked for it. Until it is complete it is a
temporary file beside the target (owner-only, as mkstemp makes it), replaced into place
at the end, so a failure never leaves a partial PDF behind. Nothing of a note's text is
logged here: only counts.

Needs a QGuiApplication (fonts), as every QPainter does.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from balintdesk.domain.privacy import find_identifiers

if TYPE_CHECKING:  # only the type: exports reads notes it is handed, never the vault
    from balintdesk.vault.notes import Note

__all__ = [
    "FlaggedNote",
    "default_pdf_name",
    "notes_with_identifiers",
    "write_notes_pdf",
]

log = logging.getLogger(__name__)

MARGIN_MM = 20.0
# The footer sits in the bottom margin, its text centred this far above the page's edge,
# so it never eats into the 20 mm the reflections are given.
FOOTER_CENTRE_MM = 11.0
# Layout grid only: text stays vector. 300 dpi keeps glyph positions finer than the eye
# can see while keeping coordinates small.
RESOLUTION_DPI = 300
BODY_PT = 11.0  # the app's on-screen size (ui/style.py) reads well on paper too
FOOTER_PT = 9.0
MUTED = "#5b6770"  # the app's muted grey; exports may not import ui.style
UNTITLED = "(untitled)"
_PDF_END = b"%%EOF"


def _long_date(day: dt.date) -> str:
    """ "Tuesday 3 March 2026" — built by hand, as %-d is not portable to Windows."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def _local_moment(moment: dt.datetime) -> str:
    local = moment.astimezone()  # stored in UTC, shown on this computer's clock
    return f"{local.day} {local:%B %Y}, {local:%H:%M}"


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


def _px(points: float) -> int:
    """Points as CSS pixels (1/96 inch): Qt's rich text takes block margins in px only,
    and scales them to the paint device's resolution itself."""
    return round(points * 96 / 72)


_STYLE = f"""
h1 {{ font-size: 18pt; font-weight: 600; margin-top: 0; margin-bottom: {_px(2)}px; }}
h2 {{ font-size: 14pt; font-weight: 600; margin-top: 0; margin-bottom: {_px(3)}px; }}
p {{ margin-top: 0; margin-bottom: {_px(8)}px; }}
p.meta {{ color: {MUTED}; font-size: 9.5pt; margin-bottom: {_px(1.5)}px; }}
p.lead {{ color: {MUTED}; margin-bottom: {_px(22)}px; }}
p.last-meta {{ color: {MUTED}; font-size: 9.5pt; margin-bottom: {_px(12)}px; }}
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
    lines = [f"<h2{brk}>{esc(note.title.strip() or UNTITLED)}</h2>"]
    written = f"Written {_local_moment(note.created)}"
    if _local_moment(note.updated) != _local_moment(note.created):
        written += f" · last changed {_local_moment(note.updated)}"
    meta = [written]
    if note.meeting_date is not None:
        meta.append("Meeting of " + _long_date(note.meeting_date))
    if note.tags:
        meta.append("Tags: " + ", ".join(note.tags))
    classes = ["meta"] * (len(meta) - 1) + ["last-meta"]  # the last one spaces off the body
    lines.extend(
        f'<p class="{cls}">{esc(text)}</p>' for cls, text in zip(classes, meta, strict=True)
    )
    lines.extend(f'<p class="body">{esc(paragraph)}</p>' for paragraph in _paragraphs(note.body))
    return "\n".join(lines)


def _document_html(notes: Sequence[Note], author: str, exported: dt.date) -> str:
    esc = html.escape
    count = f"{len(notes)} note" + ("" if len(notes) == 1 else "s")
    head = [
        f"<h1>{esc('Reflective notes — ' + author)}</h1>",
        f'<p class="lead">{esc(f"Exported {_long_date(exported)} for appraisal · {count}")}</p>',
    ]
    return "\n".join(head + [_note_html(note, i == 0) for i, note in enumerate(notes)])


def _base_font() -> QFont:
    app = QGuiApplication.instance()
    if app is None:
        raise RuntimeError("write_notes_pdf needs a QGuiApplication (for its fonts)")
    font = QFont(QGuiApplication.font())  # the app's own family, as the screen shows it
    font.setPointSizeF(BODY_PT)
    return font


def _render(notes: Sequence[Note], target: str, author: str, exported: dt.date) -> int:
    """Paint the PDF into `target`; the number of pages."""
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION_DPI)
    # Full-page coordinates: the margins are ours to place, footer included.
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"Reflective notes — {author}")
    writer.setCreator("BalintDesk")

    per_mm = RESOLUTION_DPI / 25.4
    page = QRectF(writer.pageLayout().fullRectPixels(RESOLUTION_DPI))
    margin = MARGIN_MM * per_mm
    body = QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin)

    font = _base_font()
    document = QTextDocument()
    # Lay out in the writer's units, so point sizes mean points on paper.
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_STYLE)
    document.setDocumentMargin(0)
    document.setHtml(_document_html(notes, author, exported))
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = document.pageCount()

    footer_font = QFont(font)
    footer_font.setPointSizeF(FOOTER_PT)
    footer_height = 6 * per_mm
    footer_top = page.height() - FOOTER_CENTRE_MM * per_mm - footer_height / 2
    footer = QRectF(0, footer_top, page.width(), footer_height)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not open {Path(target).name} for writing")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            # Page `index` of the laid-out document is the band [index·h, (index+1)·h).
            painter.translate(body.left(), body.top() - index * body.height())
            # A line that starts exactly on the boundary belongs to the next page, but
            # Qt's layout draws what merely touches the clip, and clipped text still
            # lands in the page's content stream (copy-paste and search find it). So the
            # band is one device pixel short at each end.
            band = QRectF(0, index * body.height() + 1, body.width(), body.height() - 2)
            document.drawContents(painter, band)
            painter.restore()
            if pages > 1:
                painter.setFont(footer_font)
                painter.setPen(QColor(MUTED))
                painter.drawText(
                    footer, Qt.AlignmentFlag.AlignCenter, f"Page {index + 1} of {pages}"
                )
    finally:
        painter.end()
    return pages


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
    path = Path(path)
    exported = exported or dt.date.today()
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)  # Qt opens the file itself; on Windows an open handle would block that
    try:
        pages = _render(notes, temp_name, author, exported)
        with open(temp_name, "rb+") as handle:
            # Qt reports no write errors (a full disk gives a short file); a PDF ends in
            # %%EOF, so one that does not was not written whole.
            handle.seek(max(0, os.fstat(handle.fileno()).st_size - 16))
            if _PDF_END not in handle.read():
                raise OSError(f"{path.name} was not written completely; is the disk full?")
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    log.info("Exported %d note(s) to a PDF of %d page(s)", len(notes), pages)
    return pages

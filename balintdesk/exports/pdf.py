"""Qt's own PDF writer (QPdfWriter) for every PDF BalintDesk writes: A4 portrait, 20 mm
margins, the application's font embedded, "Page n of N" (in the user's language) in the
bottom margin when there is more than one page, and a file that appears whole or not at
all.

A document is HTML for QTextDocument (Qt's rich-text subset: tables, headings, paragraphs,
`page-break-before`) and a style sheet. It is laid out as one long column and cut into
pages by exports/pdf_pages.py, between lines and table rows and never through one, with a
table's heading repeated where it runs on, a signature kept with what it signs and no
empty page; each page is then painted here. (QTextDocument.print_() and Qt's own paged
layout add page numbers only when the document has no page size of its own, as a bare
number and on a single page too, and cut lines and rows at the page's edge.)

Words stay words in the PDF's text layer: the font's ligatures are off, or "reflect"
would be "re" + U+FB02 + "ect" to copy, paste and search. The PDF's properties carry a
title and an author.

Until it is complete the PDF is a temporary file beside the target (owner-only, as mkstemp
makes it), replaced into place at the end, so a failure never leaves a partial PDF behind.

Needs a QGuiApplication (fonts), as every QPainter does; `ensure_gui_app()` makes an
offscreen one for the command line. What goes into the HTML (sizes in px, dates, the
record PDFs' shared pieces) is exports/pdf_parts.py, which needs no Qt.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from balintdesk.exports.pdf_pages import KEEP_STYLE, block_across, paginate
from balintdesk.exports.pdf_parts import MUTED
from balintdesk.fileio import refuse_own_file
from balintdesk.i18n import fill, translate

MARGIN_MM = 20.0
# The footer sits in the bottom margin, its text centred this far above the page's edge,
# so it never eats into the 20 mm the text is given.
FOOTER_CENTRE_MM = 11.0
# Layout grid only: text stays vector. 300 dpi keeps glyph positions finer than the eye
# can see while keeping coordinates small.
RESOLUTION_DPI = 300
BODY_PT = 11.0  # the app's on-screen size (ui/common/style.py) reads well on paper too
FOOTER_PT = 9.0
_NO_LIGATURES = ("liga", "clig")
# A tenth of a device pixel: well above the 1/64 px that Qt's layout rounds to (QFixed).
_EDGE = 0.1
_PDF_END = b"%%EOF"


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or an offscreen one (the command line has no window):
    Qt needs one for fonts before it can lay out a page."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "balintdesk", "-platform", "offscreen"])
    return app  # type: ignore[return-value]


def base_font() -> QFont:
    app = QGuiApplication.instance()
    if app is None:
        raise RuntimeError("writing a PDF needs a QGuiApplication (for its fonts)")
    font = QFont(QGuiApplication.font())  # the app's own family, as the screen shows it
    font.setPointSizeF(BODY_PT)
    # Qt's PDF writer maps a ligature glyph to its ligature character (U+FB01 "ﬁ",
    # U+FB02 "ﬂ", U+FB03 "ﬃ"…), so a search for "reflect" or "office" would not find
    # them. The standard and contextual ligatures are off ("liga", "clig": OpenType's
    # feature tags), kerning stays on. QFont.setFeature is Qt 6.7's; every font of a
    # document's text inherits it from the default font.
    for tag in _NO_LIGATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _document(html: str, style: str, device: QPdfWriter, width: float) -> QTextDocument:
    """`html` laid out `width` wide as one long column, in the writer's units (so point
    sizes mean points on paper)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(base_font())
    document.setDefaultStyleSheet(KEEP_STYLE + style)
    document.setDocumentMargin(0)
    document.setHtml(html)
    # A width and no page height: Qt's own pagination stays out (see pdf_pages.py).
    document.setTextWidth(width)
    return document


def _paint_band(
    painter: QPainter, document: QTextDocument, band: tuple[float, float], at: QPointF
) -> float:
    """Paint the stretch `band` of the laid-out `document` with its top at `at`; its
    height.

    Clipped text still lands in the page's content stream, where copy-paste and search
    find it, so nothing may be drawn outside the band, even clipped. Qt draws what merely
    touches the clip, so the clip is a hair (_EDGE) short at each end: enough to leave out
    the line or row that starts where the band ends, too little to thin the rule under
    the last row.

    And for a paragraph the band starts inside of, Qt's QTextLayout.draw() also draws the
    last line above the clip (its loop keeps the index of the last line wholly above as
    the first to draw): that paragraph's lines in the band are drawn here one by one, and
    the rest of the band by Qt from the paragraph's end on."""
    top, bottom = band
    painter.save()
    painter.translate(at.x(), at.y() - top)
    block = block_across(document, top)
    if block is not None:
        lines, origin = block.layout(), block.layout().position()
        # The colour Qt gives text that sets none (a PaintContext's palette).
        context = QAbstractTextDocumentLayout.PaintContext()
        painter.setPen(context.palette.color(QPalette.ColorRole.Text))
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            if top <= origin.y() + line.y() + 0.5 and origin.y() + line.y() + 0.5 < bottom:
                line.draw(painter, origin)
        top = max(top, document.documentLayout().blockBoundingRect(block).bottom())
    if top < bottom:
        document.drawContents(
            painter, QRectF(0, top + _EDGE, document.textWidth(), bottom - top - 2 * _EDGE)
        )
    painter.restore()
    return band[1] - band[0]


def _render(
    html: str, style: str, target: str, properties: tuple[str, str], running_head: str
) -> int:
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
    title, author = properties
    writer.setTitle(title)
    writer.setAuthor(author)  # Qt 6.9
    writer.setCreator("BalintDesk")

    per_mm = RESOLUTION_DPI / 25.4
    page = QRectF(writer.pageLayout().fullRectPixels(RESOLUTION_DPI))
    margin = MARGIN_MM * per_mm
    body = QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin)

    document = _document(html, style, writer, body.width())
    head = _document(running_head, style, writer, body.width()) if running_head else None
    head_height = head.size().height() if head is not None else 0.0
    pages = paginate(document, body.height(), body.height() - head_height)

    footer_font = base_font()
    footer_font.setPointSizeF(FOOTER_PT)
    footer_height = 6 * per_mm
    footer_top = page.height() - FOOTER_CENTRE_MM * per_mm - footer_height / 2
    footer = QRectF(0, footer_top, page.width(), footer_height)
    page_of = translate("Pdf", "Page {page} of {pages}")

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not open {Path(target).name} for writing")
    try:
        for index, shown in enumerate(pages):
            if index:
                writer.newPage()
            at = QPointF(body.left(), body.top())
            if index and head is not None:
                painter.save()
                painter.translate(at)
                head.drawContents(painter)
                painter.restore()
                at += QPointF(0, head_height)
            if shown.heading is not None:
                at += QPointF(0, _paint_band(painter, document, shown.heading, at))
            _paint_band(painter, document, (shown.top, shown.bottom), at)
            if len(pages) > 1:
                painter.setFont(footer_font)
                painter.setPen(QColor(MUTED))
                shown_number = fill(page_of, page=index + 1, pages=len(pages))
                painter.drawText(footer, Qt.AlignmentFlag.AlignCenter, shown_number)
    finally:
        painter.end()
    return len(pages)


def write_html_pdf(
    html: str, path: Path, *, title: str, author: str, style: str = "", running_head: str = ""
) -> int:
    """Lay out `html` (with the style sheet `style`) on A4 pages and write the PDF `path`;
    the number of pages. `title` and `author` go into the PDF's properties (a viewer's
    Document Properties, a file manager's columns). `running_head`, HTML in the same
    style, heads every page after the first.

    Raises OSError with the OS's reason when the folder cannot be written; then `path` is
    untouched and no temporary file is left behind.
    """
    path = Path(path)
    refuse_own_file(path)  # OwnFileError before anything is written
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)  # Qt opens the file itself; on Windows an open handle would block that
    try:
        pages = _render(html, style, temp_name, (title, author), running_head)
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
    return pages

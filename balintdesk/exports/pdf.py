"""Qt's own PDF writer (QPdfWriter) for every PDF BalintDesk writes: A4 portrait, 20 mm
margins, the application's font embedded, "Page n of N" in the bottom margin when there is
more than one page, and a file that appears whole or not at all.

A document is HTML for QTextDocument (Qt's rich-text subset: tables, headings, paragraphs,
`page-break-before`) and a style sheet. We paginate and paint the pages ourselves rather
than call QTextDocument.print_(): that adds page numbers only when the document has no
page size of its own, always with its own margins and as a bare number, and on a single
page too.

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

from balintdesk.exports.pdf_parts import MUTED

MARGIN_MM = 20.0
# The footer sits in the bottom margin, its text centred this far above the page's edge,
# so it never eats into the 20 mm the text is given.
FOOTER_CENTRE_MM = 11.0
# Layout grid only: text stays vector. 300 dpi keeps glyph positions finer than the eye
# can see while keeping coordinates small.
RESOLUTION_DPI = 300
BODY_PT = 11.0  # the app's on-screen size (ui/common/style.py) reads well on paper too
FOOTER_PT = 9.0
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
    return font


def _render(html: str, style: str, target: str, title: str) -> int:
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
    writer.setTitle(title)
    writer.setCreator("BalintDesk")

    per_mm = RESOLUTION_DPI / 25.4
    page = QRectF(writer.pageLayout().fullRectPixels(RESOLUTION_DPI))
    margin = MARGIN_MM * per_mm
    body = QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin)

    font = base_font()
    document = QTextDocument()
    # Lay out in the writer's units, so point sizes mean points on paper.
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(style)
    document.setDocumentMargin(0)
    document.setHtml(html)
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


def write_html_pdf(html: str, path: Path, *, title: str, style: str = "") -> int:
    """Lay out `html` (with the style sheet `style`) on A4 pages and write the PDF `path`;
    the number of pages. `title` goes into the PDF's properties.

    Raises OSError with the OS's reason when the folder cannot be written; then `path` is
    untouched and no temporary file is left behind.
    """
    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)  # Qt opens the file itself; on Windows an open handle would block that
    try:
        pages = _render(html, style, temp_name, title)
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

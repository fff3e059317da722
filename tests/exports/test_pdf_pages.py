"""Where exports/pdf.py breaks pages (exports/pdf_pages.py), on made-up documents read back
with poppler: no empty page for a forced break, a heading never last on a page, two lines
of a paragraph on each side of a break, a "keep" run too tall for a page still printed
whole, and table rows measured where Qt puts them. The record PDFs at every length are
tests/exports/test_pdf_lengths.py."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QPdfWriter, QTextCursor, QTextTable

from balintdesk.exports import pdf, pdf_pages
from balintdesk.exports.notes_pdf import write_notes_pdf
from balintdesk.exports.pdf import write_html_pdf
from balintdesk.exports.pdf_parts import RECORD_STYLE, signature_block

from .. import _pdf
from .._pdf import PdfPage, pdf_info
from .._pdf import pdf_pages as read_pages
from .test_notes_pdf import long_body, note

MARGIN = 20 * 72 / 25.4
SLACK = 1.0


def write(out, html: str, style: str = "") -> tuple[list[PdfPage], int]:
    target = out / "made.pdf"
    pages = write_html_pdf(html, target, title="Made up", author="Tests", style=style)
    read = read_pages(target)
    assert len(read) == pages
    for page in read:
        body = [w for w in page.words if w.top < page.height - MARGIN]
        assert body, "a blank page"
        for word in body:
            assert word.top >= MARGIN - SLACK and word.bottom <= page.height - MARGIN + SLACK
    return read, pages


def pages_with(read: list[PdfPage], word: str) -> list[int]:
    return [i for i, page in enumerate(read) if word in page.text.split()]


def filler(count: int) -> str:
    return "".join(f"<p>Filler{n:03d}</p>" for n in range(count))


def test_a_forced_break_makes_no_empty_page(qapp, out):
    read, pages = write(out, '<p style="page-break-before: always">Alone</p>')
    assert pages == 1
    read, pages = write(
        out,
        '<p style="page-break-after: always">First</p>'
        '<p style="page-break-before: always">Second</p>',
    )
    assert pages == 2 and pages_with(read, "First") == [0] and pages_with(read, "Second") == [1]


def test_empty_paragraphs_after_the_last_words_make_no_page(qapp, out):
    _read, pages = write(out, filler(30) + "<p>&nbsp;</p>" * 80)
    assert pages == 1


@pytest.mark.parametrize("before", range(24, 40))
def test_a_heading_never_ends_a_page(qapp, out, before):
    read, _pages = write(out, filler(before) + "<h2>Heading</h2><p>Follows</p>" + filler(5))
    assert pages_with(read, "Heading") == pages_with(read, "Follows")


@pytest.mark.parametrize("before", range(24, 40))
def test_a_paragraph_keeps_two_lines_on_each_side_of_a_break(qapp, out, before):
    lines = [f"Line{n}" for n in range(1, 6)]
    read, _pages = write(out, filler(before) + "<p>" + "<br />".join(lines) + "</p>")
    per_page = [sum(line in page.text.split() for line in lines) for page in read]
    assert sum(per_page) == len(lines), "each line once"
    assert all(count in (0, 2, 3, 5) for count in per_page), per_page


def test_a_keep_run_taller_than_a_page_still_prints_every_line_once(qapp, out):
    html = "".join(f'<p class="keep">Kept{n:03d}</p>' for n in range(120))
    read, pages = write(out, html)
    assert pages >= 2
    for n in range(120):
        assert len(pages_with(read, f"Kept{n:03d}")) == 1


def test_a_signature_stays_with_the_line_before_it(qapp, out):
    for before in range(24, 48):
        html = (
            filler(before) + "<p>Totals</p>" + signature_block("Signed", "Name", (20, 40, 10, 30))
        )
        read, _pages = write(out, html, RECORD_STYLE)
        assert pages_with(read, "Signed") == pages_with(read, "Name") == pages_with(read, "Totals")


def test_the_notes_pdf_breaks_the_same_way_and_names_its_author(qapp, out):
    target = out / "notes.pdf"
    pages = write_notes_pdf([note("Long", long_body(300))], target, "Dr Ann Hale")
    assert pdf_info(target)["Author"] == "Dr Ann Hale"
    read = read_pages(target)
    assert len(read) == pages > 1
    seen = []
    for page in read:
        for word in (w for w in page.words if w.top < page.height - MARGIN):
            assert word.top >= MARGIN - SLACK and word.bottom <= page.height - MARGIN + SLACK
        seen += re.findall(r"Line (\d{3})", page.text)
    assert seen == [f"{n:03d}" for n in range(1, 301)], "every line once, in order"


def test_table_rows_are_measured_where_qt_lays_them_out(qapp):
    """pdf_pages works a row's top back from its text, padding and border; Qt's own hit
    test (which uses the row positions Qt keeps to itself) must agree."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(pdf.RESOLUTION_DPI)
    style = RECORD_STYLE + "table.padded td { padding: 9px 4px 3px 0; border-bottom: 2px solid; }"
    html = (
        '<p>Before</p><table class="padded" cellpadding="6"><thead><tr><th>Head</th>'
        "<th>Two</th></tr></thead><tbody>"
        + "".join(f"<tr><td>Row{n}</td><td>{'<br />' * (n % 3)}x</td></tr>" for n in range(6))
        + "</tbody></table>"
        + signature_block("Signed", "Name", (20, 40, 10, 30))
    )
    document = pdf._document(html, style, writer, 2000)
    layout = document.documentLayout()
    scale = writer.logicalDpiY() / 96
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 2
    for table in tables:
        edges = pdf_pages._row_edges(table, layout, scale)
        for row in range(1, table.rows()):
            for offset, expected in ((-1.5, row - 1), (1.5, row)):
                hit = layout.hitTest(QPointF(10, edges[row] + offset), Qt.HitTestAccuracy.FuzzyHit)
                cursor = QTextCursor(document)
                cursor.setPosition(hit)
                assert table.cellAt(cursor).row() == expected, (row, offset)


def test_without_poppler_the_tests_skip_but_fail_on_ci(monkeypatch):
    monkeypatch.setattr(_pdf.shutil, "which", lambda _tool: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="pdfinfo"):
        _pdf.poppler("pdfinfo")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true and pdfinfo"):
        _pdf.poppler("pdfinfo")

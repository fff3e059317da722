"""Where a PDF's pages break: between lines and table rows, never through one.

exports/pdf.py lays a document out as one long column (a text width and no page height,
so Qt's own pagination stays out of it) and asks `paginate()` which stretch of that
column goes on each page. Qt's paged layout is not used because it fails in ways a
printed record must not: it let the last line of a CPD record straddle the page's edge
(half of it on each sheet), split a table row line by line, and knows no way to keep a
signature with what it signs.

The rules, strongest first:

- A line of text and a table row are never cut. A table's heading rows are painted again
  above the rows that run on to a new page, and never end a page on their own.
- A forced break (CSS `page-break-before: always`, `page-break-after: always`) starts a
  new page, unless the page has nothing on it yet: no page is ever empty.
- A heading (<h1>…<h6>) stays with what follows it. A paragraph leaves at least two of
  its lines on each side of a break (no lone first or last line).
- A paragraph or table of class KEEP_CLASS ("keep", exports/pdf_parts.py) stays on the
  page of whatever comes before it, whole: that is how a signature stays with the totals
  it signs.
- A run that must stay together but is taller than a page breaks anyway, between its
  lines and rows: something has to give. (A single line or row taller than a page would
  be cut; nothing we print has one.)

Empty paragraphs (Qt adds one after every table) are space, not content: no page starts
or is made for one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
    QTextTableCell,
)

from balintdesk.exports.pdf_parts import KEEP_CLASS

__all__ = ["KEEP_STYLE", "KEEP_WITH_PREVIOUS", "Page", "block_across", "paginate"]

# The bit a "keep" block carries in its QTextBlock.userState(). The style sheet sets it
# with `-qt-user-state`, the property QTextDocument.toHtml() itself writes for a block's
# user state (qtbase src/gui/text/qcssparser.cpp, QtUserState), so a class in the HTML
# reaches the laid-out blocks. In a table it marks every cell, so rows can be told too.
KEEP_WITH_PREVIOUS = 1
KEEP_STYLE = f"""
.{KEEP_CLASS} {{ -qt-user-state: {KEEP_WITH_PREVIOUS}; }}
table.{KEEP_CLASS} td, table.{KEEP_CLASS} th {{ -qt-user-state: {KEEP_WITH_PREVIOUS}; }}
"""

ORPHANS = 2  # lines of a paragraph that must stay together at the foot of a page
WIDOWS = 2  # and at the head of the next

Band = tuple[float, float]  # a stretch of the long column, top to bottom


@dataclass(frozen=True)
class Page:
    """The stretch [top, bottom) of the laid-out column that one page shows, and the
    table heading to paint above it when the page starts inside a table."""

    top: float
    bottom: float
    heading: Band | None = None


@dataclass
class _Piece:
    """A stretch no break may cut: a line, or a table row."""

    top: float
    bottom: float
    glued: bool = False  # stays on the page of the piece before it
    forced: bool = False  # starts a new page
    heading: Band | None = None  # the table heading to repeat if it starts a page


def _keeps(block: QTextBlock) -> bool:
    state = block.userState()  # -1 when never set
    return state > 0 and bool(state & KEEP_WITH_PREVIOUS)


def _line_pieces(block: QTextBlock, layout: QAbstractTextDocumentLayout) -> list[_Piece]:
    if not block.text().strip():
        return []
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    count = lines.lineCount()
    keep = _keeps(block)
    pieces = []
    for index in range(count):
        line = lines.lineAt(index)
        glued = keep or (0 < index < ORPHANS) or (index > count - WIDOWS and index > 0)
        pieces.append(_Piece(top + line.y(), top + line.y() + line.height(), glued))
    return pieces


_TOP = (QTextFormat.Property.TableCellTopPadding, QTextFormat.Property.TableCellTopBorder)
_BOTTOM = (
    QTextFormat.Property.TableCellBottomPadding,
    QTextFormat.Property.TableCellBottomBorder,
)


def _padding(cell: QTextTableCell, table: QTextTable, side: tuple) -> float:
    """A cell's padding plus border on one side (_TOP or _BOTTOM), in CSS px: Qt takes the
    table's cellpadding where the cell sets none."""
    fmt = cell.format()
    padding, border = side
    value = fmt.doubleProperty(padding) if fmt.hasProperty(padding) else None
    if value is None:
        value = table.format().cellPadding()
    return value + (fmt.doubleProperty(border) if fmt.hasProperty(border) else 0.0)


def _row_edges(table: QTextTable, layout: QAbstractTextDocumentLayout, scale: float) -> list[float]:
    """The top of each row and the bottom of the last, in layout units.

    Qt keeps its row positions to itself, so they are worked back from the text: a row
    starts at the first line of its tallest cell less that cell's top padding and border
    (padding in CSS px, which Qt scales by the device's dpi / 96, as `scale` does); the
    tallest cell is the one with the least space above its text. Our tables have no
    cell spacing and no table border, so one row ends where the next starts."""
    rows, columns = table.rows(), table.columns()
    edges: list[float] = []
    for row in range(rows):
        tops = []
        for column in range(columns):
            cell = table.cellAt(row, column)
            if cell.row() != row:  # spans down from a row above
                continue
            block = cell.firstCursorPosition().block()
            above = _padding(cell, table, _TOP) + block.blockFormat().topMargin()
            tops.append(layout.blockBoundingRect(block).top() - above * scale)
        # A row whose every cell spans down from above goes with the row before it.
        edges.append(min(tops) if tops else edges[-1])
    bottoms = []
    for column in range(columns):
        cell = table.cellAt(rows - 1, column)
        block = cell.lastCursorPosition().block()
        below = _padding(cell, table, _BOTTOM) + block.blockFormat().bottomMargin()
        bottoms.append(layout.blockBoundingRect(block).bottom() + below * scale)
    edges.append(max(bottoms))
    return edges


def _row_keeps(table: QTextTable, row: int) -> bool:
    return any(
        _keeps(table.cellAt(row, column).firstCursorPosition().block())
        for column in range(table.columns())
    )


def _table_pieces(
    table: QTextTable, layout: QAbstractTextDocumentLayout, scale: float
) -> list[_Piece]:
    if table.rows() == 0:
        return []
    edges = _row_edges(table, layout, scale)
    # A table of heading rows alone has nothing to repeat them above.
    head = min(table.format().headerRowCount(), table.rows() - 1)
    heading = (edges[0], edges[head]) if head else None
    pieces = [_Piece(edges[0], edges[head + 1], glued=_row_keeps(table, 0))]
    for row in range(head + 1, table.rows()):
        pieces.append(_Piece(edges[row], edges[row + 1], _row_keeps(table, row), False, heading))
    return pieces


def _frame_pieces(frame: QTextFrame, layout: QAbstractTextDocumentLayout) -> list[_Piece]:
    """A frame that is not a table (none of ours has one) goes whole."""
    document = frame.document()
    block = document.findBlock(frame.firstPosition())
    top, bottom = None, None
    while block.isValid() and block.position() <= frame.lastPosition():
        rect = layout.blockBoundingRect(block)
        top = rect.top() if top is None else min(top, rect.top())
        bottom = rect.bottom() if bottom is None else max(bottom, rect.bottom())
        block = block.next()
    return [] if top is None or bottom is None else [_Piece(top, bottom)]


def _pieces(document: QTextDocument) -> list[_Piece]:
    """Every piece of the laid-out document, in order, with its glue and breaks."""
    layout = document.documentLayout()
    device = layout.paintDevice()
    scale = device.logicalDpiY() / 96 if device is not None else 1.0
    always_before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    always_after = QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter
    pieces: list[_Piece] = []
    keep_next = break_next = False
    it = document.rootFrame().begin()
    while not it.atEnd():
        frame, block = it.currentFrame(), it.currentBlock()
        it += 1
        if isinstance(frame, QTextTable):
            new, policy = _table_pieces(frame, layout, scale), frame.format().pageBreakPolicy()
            heading = False
        elif frame is not None:
            new, policy = _frame_pieces(frame, layout), frame.format().pageBreakPolicy()
            heading = False
        else:
            new, policy = _line_pieces(block, layout), block.blockFormat().pageBreakPolicy()
            heading = block.blockFormat().headingLevel() > 0
        break_next = break_next or bool(policy & always_before)
        if not new:
            continue
        new[0].forced = new[0].forced or break_next
        new[0].glued = new[0].glued or keep_next
        pieces += new
        keep_next, break_next = heading, bool(policy & always_after)
    return pieces


def _units(pieces: list[_Piece]) -> list[list[_Piece]]:
    """The pieces in runs no break may part: each glued piece joins the run before."""
    units: list[list[_Piece]] = []
    for piece in pieces:
        if units and piece.glued and not piece.forced:
            units[-1].append(piece)
        else:
            units.append([piece])
    return units


def paginate(document: QTextDocument, first: float, later: float) -> list[Page]:
    """The pages of `document`, laid out as one column (no page height): `first` is the
    height the first page has for it, `later` that of every other page (less where a
    running head sits), in the document's layout units. At least one page."""
    units = _units(_pieces(document))
    if not units:
        return [Page(0.0, document.size().height())]

    pages: list[Page] = []
    top, heading, filled = 0.0, None, False

    def room() -> float:
        height = first if not pages else later
        return height - (heading[1] - heading[0] if heading else 0.0)

    stack = list(reversed(units))
    while stack:
        unit = stack.pop()
        unit_top, unit_bottom = unit[0].top, unit[-1].bottom
        if filled and (unit[0].forced or unit_bottom - top > room()):
            pages.append(Page(top, unit_top, heading))
            top, heading, filled = unit_top, unit[0].heading, False
        if not filled and unit_bottom - top > room() and len(unit) > 1:
            # Taller than a whole page: it breaks between its own pieces after all.
            stack.extend([piece] for piece in reversed(unit))
            continue
        filled = True
    pages.append(Page(top, units[-1][-1].bottom, heading))
    return pages


def block_across(document: QTextDocument, y: float) -> QTextBlock | None:
    """The paragraph (outside tables, whose rows never break) that a page starting at `y`
    starts inside of, or None."""
    layout = document.documentLayout()
    it = document.rootFrame().begin()
    while not it.atEnd():
        block = it.currentBlock()
        it += 1
        if block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() < y < rect.bottom():
                return block
    return None

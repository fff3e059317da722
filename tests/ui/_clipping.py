"""What a person would see cut off in a window: a button or a one-line label narrower or
lower than its text needs, a control reaching past the window's edge, or a table column
narrower than its heading. Used at 1280×720 and at the window's smallest size."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

# The controls that must never lie on top of one another.
SOLID = (QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit)

HEADER_PADDING = 12  # Fusion's header section draws its text inside about 6 px each side


def _scrolled(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's viewport, where reaching past the edge is scrolled to."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__} {widget.objectName() or '?'} {text[:40]!r}"


def _text_cut(widget: QWidget) -> str | None:
    if isinstance(widget, QAbstractButton) and widget.text():
        need = widget.sizeHint()
    elif (
        isinstance(widget, QLabel)
        and widget.text()
        and not widget.wordWrap()
        and widget.pixmap().isNull()
        and not widget.property("elides")
    ):
        need = widget.minimumSizeHint()
    elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
        lines = widget.heightForWidth(widget.width())  # the height its wrapped lines take
        if widget.height() < lines:
            return f"{widget.width()}×{widget.height()}, its lines need {lines} px"
        return None
    else:
        return None
    if widget.width() < need.width() or widget.height() < need.height():
        return f"{widget.width()}×{widget.height()} < {need.width()}×{need.height()}"
    return None


def _headers_cut(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    if header.isHidden():
        return []
    model = table.model()
    bold = QFont(header.font())
    bold.setBold(True)  # the style sheet draws headings in bold, which fontMetrics() misses
    metrics = QFontMetrics(bold)
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + HEADER_PADDING
        if text and header.sectionSize(section) < need:
            cut.append(f"column {text!r}: {header.sectionSize(section)} < {need} px")
    return cut


def clipped(root: QWidget) -> list[str]:
    """Every control or text of `root` that a person would see cut off, in words."""
    problems = []
    area = QRect(QPoint(0, 0), root.size())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        cut = _text_cut(widget)
        if cut:
            problems.append(f"{_name(widget)} cut: {cut}")
        if not _scrolled(widget, root):
            place = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
            if not area.contains(place) and place.width() and place.height():
                problems.append(f"{_name(widget)} past the window's edge: {place} in {area}")
        if isinstance(widget, QTableView):
            problems += [f"{_name(widget)} {cut}" for cut in _headers_cut(widget)]
    return problems + _overlapping(root)


def _overlapping(root: QWidget) -> list[str]:
    """Labels, buttons and fields of one parent drawn over each other: a layout squeezed
    below what it needs (wrapped text taller than it planned for)."""
    problems = []
    for parent in [root, *root.findChildren(QWidget)]:
        solid = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if isinstance(child, SOLID) and child.isVisibleTo(root) and child.window() is root
        ]
        for number, one in enumerate(solid):
            for other in solid[number + 1 :]:
                if one.geometry().intersects(other.geometry()):
                    problems.append(f"{_name(one)} lies over {_name(other)}")
    return problems

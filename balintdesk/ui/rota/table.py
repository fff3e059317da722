"""Tables of the Rota page: the plan (drag a presenter onto another date to swap) and
the fairness table (sortable by number and date, not by text)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from balintdesk.domain.rota import FairnessRow
from balintdesk.i18n import fill, formats

SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 10
FAIRNESS_COLUMNS = 6


class SortableItem(QTableWidgetItem):
    """Sorts by the key stored under SORT_KEY_ROLE (a number or ISO date), else by text."""

    def __init__(self, text: str, sort_key: Any = None):
        super().__init__(text)
        self.setData(SORT_KEY_ROLE, text.casefold() if sort_key is None else sort_key)
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_KEY_ROLE), other.data(SORT_KEY_ROLE)
        if type(mine) is type(theirs):
            return mine < theirs
        return str(mine) < str(theirs)


class PlanTable(QTableWidget):
    """Drag a row's presenter onto another row to swap the two (drag and drop stays
    inside this table; nothing is moved until the rota service agrees)."""

    swap_requested = Signal(int, int)  # source row, target row

    def __init__(self, rows: int, columns: int):
        super().__init__(rows, columns)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentRow()
        target = self.indexAt(event.position().toPoint()).row()
        # The table itself must not move cells around: the service decides and we redraw.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0 and target >= 0 and source != target:
            self.swap_requested.emit(source, target)


def table_look(table: QTableWidget) -> None:
    """The Rota page's tables: whole rows selected, one at a time, read-only, airy."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(32)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class FairnessHeader(QHeaderView):
    """Headings that, when `tight`, leave the sort arrow its own width rather than, as
    Qt does, a square as high as the heading (on a two-line heading, three letters'
    width wasted)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.tight = False

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self.tight and self.isSortIndicatorShown():
            style = self.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
            size.setWidth(size.width() - (size.height() + margin) + arrow + 2 * margin)
        return size


# How the headings may be set, the roomiest first: (on two lines, tight).
HEADING_LOOKS = ((False, False), (False, True), (True, True))


class FairnessTable(PlanTable):
    """Per member: attended, presented, last presented, meetings since, can present;
    sorted by a column click (numbers and dates as such)."""

    def __init__(self) -> None:
        super().__init__(0, FAIRNESS_COLUMNS)
        self.setHorizontalHeader(FairnessHeader(self))
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.setObjectName("fairnessTable")
        self.headings = [
            self.tr("Member"),
            self.tr("Attended"),
            self.tr("Presented"),
            self.tr("Last presented"),
            self.tr("Meetings since"),
            self.tr("Can present"),
        ]
        self.setHorizontalHeaderLabels(self.headings)
        table_look(self)
        self.setSortingEnabled(True)
        # Every heading whole; the names take what is left (a long one ends in "…", whole
        # on hover and to a screen reader).
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setToolTip(self.tr("Click a column heading to sort by it."))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._sorted_once = False
        self._probe: QHeaderView | None = None
        self._measured: dict[tuple[tuple[str, ...], bool], list[int]] = {}

    def fill(self, rows: Sequence[FairnessRow]) -> None:
        if not self._sorted_once:
            # First view: the rota's own order (can present first, then who has waited
            # longest); no column is marked until the user sorts by one.
            self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self._sorted_once = True
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for row, fair in enumerate(rows):
            last = fair.last_presented
            since = fair.meetings_since
            name = SortableItem(fair.name, formats.sort_key(fair.name)[0])
            name.setToolTip(fair.name)
            cells = (
                name,
                SortableItem(fill("{n}", n=fair.attended), fair.attended),
                SortableItem(fill("{n}", n=fair.presentations), fair.presentations),
                SortableItem(
                    fill("{day:short}", day=last) if last else self.tr("never"),
                    last.isoformat() if last else "",
                ),
                SortableItem(
                    "" if since is None else fill("{n}", n=since), -1 if since is None else since
                ),
                SortableItem(self.tr("yes") if fair.eligible_now else self.tr("no")),
            )
            for column, item in enumerate(cells):
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        self.setSortingEnabled(True)
        self.updateGeometry()  # its least width follows the figures shown

    # --- headings tighter, then on two lines, when the table is narrow --------------

    def minimumSizeHint(self) -> QSize:
        """Wide enough for every heading whole, at its tightest, and a name's first
        letters: the page's rows of buttons wrap rather than hold the page wide, so this
        table says what it needs itself."""
        return QSize(self._width_for(HEADING_LOOKS[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        look = next(
            (look for look in HEADING_LOOKS if self.width() >= self._width_for(look)),
            HEADING_LOOKS[-1],
        )
        header = self.horizontalHeader()
        labels = self._labels(look)
        model = self.model()
        shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(labels))]
        if shown != labels or header.tight != look[1]:
            header.tight = look[1]
            self.setHorizontalHeaderLabels(labels)

    def _labels(self, look: tuple[bool, bool]) -> list[str]:
        two_lines = look[0]
        return [self.headings[0], *(_lines(h) if two_lines else h for h in self.headings[1:])]

    def _width_for(self, look: tuple[bool, bool]) -> int:
        """The table's width with every heading whole, set as `look` says."""
        headings = self._heading_widths(tuple(self._labels(look)), look[1])
        width = max(headings[0], self.fontMetrics().horizontalAdvance("M" * 8))
        for column in range(1, FAIRNESS_COLUMNS):
            width += max(headings[column], self.sizeHintForColumn(column))
        return width + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def _heading_widths(self, labels: tuple[str, ...], tight: bool) -> list[int]:
        """What each heading asks of its column (text, padding, sort arrow), measured on
        a hidden header styled as the shown one."""
        if (labels, tight) not in self._measured:
            if self._probe is None:
                self._probe = FairnessHeader(self)
                self._probe.setModel(QStandardItemModel(0, FAIRNESS_COLUMNS, self._probe))
                self._probe.setSortIndicatorShown(True)
                self._probe.hide()
            self._probe.tight = tight
            self._probe.model().setHorizontalHeaderLabels(list(labels))
            self._probe.ensurePolished()
            sizes = [self._probe.sectionSizeHint(c) for c in range(FAIRNESS_COLUMNS)]
            self._measured[(labels, tight)] = sizes
        return self._measured[(labels, tight)]


def _lines(heading: str) -> str:
    """A heading on two lines, broken at the space nearest its middle (one word stays)."""
    spaces = [at for at, letter in enumerate(heading) if letter == " "]
    if not spaces:
        return heading
    at = min(spaces, key=lambda at: abs(len(heading) - 2 * at))
    return heading[:at] + "\n" + heading[at + 1 :]

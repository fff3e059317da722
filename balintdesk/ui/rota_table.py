"""Tables of the Rota page: the plan (drag a presenter onto another date to swap) and
the fairness table (sortable by number and date, not by text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 10


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

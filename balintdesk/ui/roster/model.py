"""The roster as a Qt table model, sortable and searchable through a proxy."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from balintdesk.domain.roster import Role
from balintdesk.i18n import fill, formats, marked
from balintdesk.store.models import Member

SORT_ROLE = Qt.ItemDataRole.UserRole
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def role_label(role: Role | str) -> str:
    """A role's name in the user's language (the stored value stays "gp", "nurse", …)."""
    return marked("Role", Role(role).label)


def format_date(value: dt.date | None) -> str:
    return fill("{day}", day=value) if value else ""


class RosterModel(QAbstractTableModel):
    NAME, ROLE, LEADER, EMAIL, JOINED, PRESENT_FROM, STATUS = range(7)
    HEADERS = 7

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Leader"),
            self.tr("Email"),
            self.tr("Joined"),
            self.tr("May present from"),
            self.tr("Status"),
        )

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._members: list[Member] = []

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def member_at(self, row: int) -> Member:
        return self._members[row]

    def row_of(self, member_id: int) -> int:
        return next((i for i, m in enumerate(self._members) if m.id == member_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.HEADERS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._members[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column)
        if role == SORT_ROLE:
            return self._sort_key(member, column)
        if role == MEMBER_ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.FontRole and member.is_archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and member.is_archived:
            return QColor("#6b757c")
        return None

    def _display(self, member: Member, column: int) -> str:
        if column == self.NAME:
            return member.name
        if column == self.ROLE:
            return role_label(member.role)
        if column == self.LEADER:
            return self.tr("Leader") if member.is_leader else ""
        if column == self.EMAIL:
            return member.email
        if column == self.JOINED:
            return format_date(member.joined)
        if column == self.PRESENT_FROM:
            return format_date(member.may_present_from)
        return self.tr("Archived") if member.is_archived else self.tr("Active")

    def _sort_key(self, member: Member, column: int) -> str:
        # Strings for every column so the proxy compares like with like; names by case-fold.
        if column == self.JOINED:
            return member.joined.isoformat()
        if column == self.PRESENT_FROM:
            return member.may_present_from.isoformat() if member.may_present_from else ""
        if column == self.LEADER:
            return "0" if member.is_leader else "1"
        if column == self.NAME:
            return formats.sort_key(member.name)[0]  # Ä beside A, é beside e
        return self._display(member, column).casefold()


class RosterFilter(QSortFilterProxyModel):
    """Matches the search text against name, role and email, ignoring case."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+, where invalidateFilter is deprecated
            self.beginFilterChange()
            self._needle = " ".join(text.split()).casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = " ".join(text.split()).casefold()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        haystack = " ".join(
            str(model.index(source_row, column, source_parent).data() or "")
            for column in (
                RosterModel.NAME,
                RosterModel.ROLE,
                RosterModel.EMAIL,
                RosterModel.LEADER,
            )
        ).casefold()
        return all(word in haystack for word in self._needle.split())

"""The programme view's tables (ui/records/programme_dialog.py): cells that sort by
their value, a read-only sortable table, and the words of a country and a role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from balintdesk.domain.roster import ROLE_WORDS, Role
from balintdesk.i18n import marked, say

MET_COLOUR = "#2f6f73"  # the accent: done
NOT_YET_COLOUR = "#8a4b08"  # amber-brown: still to do, not an error
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTableWidgetItem):
    """A cell that sorts by the value kept under SORT_ROLE (a number, a date), else by
    its text, so "9" comes before "10" and "3,5" sorts as a number in German."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return mine < theirs
        return self.text().casefold() < other.text().casefold()


def cell(text: str, sort: object = None, right: bool = False) -> _Item:
    item = _Item(text)
    item.setToolTip(text)  # a long name is elided in its cell
    if sort is not None:
        item.setData(SORT_ROLE, sort)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def table(name: str, headings: list[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headings)
    table.setAccessibleName(accessible)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(60)
    for column in range(len(headings)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


# The group form's names of the countries it offers (ui/common/group_form.py), looked up
# in its catalogue context, so each name is translated once, there.
_COUNTRY_NAMES = {
    "GB": "United Kingdom", "IE": "Ireland", "DE": "Germany", "AT": "Austria",
    "CH": "Switzerland", "FR": "France", "BE": "Belgium", "LU": "Luxembourg",
    "NL": "Netherlands", "IT": "Italy", "ES": "Spain", "PT": "Portugal", "DK": "Denmark",
    "SE": "Sweden", "NO": "Norway", "FI": "Finland", "PL": "Poland",
    "US": "United States", "CA": "Canada", "AU": "Australia", "NZ": "New Zealand",
    "ZZ": "Another country",
}  # fmt: skip


def country_name(code: str) -> str:
    english = _COUNTRY_NAMES.get(code)
    return marked("GroupForm", english) if english else code


def role_text(value: str) -> str:
    try:
        return say(ROLE_WORDS[Role(value)])
    except ValueError:
        return value

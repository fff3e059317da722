"""The Roster page's controls and layout: the title and subtitle with the edit hint, the
search, "Show archived" and sort row, the table (or the sentence shown instead of an empty
one), the row of buttons and the status line. `RosterPage` (page.py) builds on this class
and adds what the controls do, so that module is about behaviour and this one about what
is shown, including how the hint steps aside on a narrow window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from balintdesk.i18n import translate
from balintdesk.ui.common.forms import hint_label, status_label
from balintdesk.ui.roster.model import RosterFilter, RosterModel
from balintdesk.ui.roster.widgets import RosterActions, SortCombo


class RosterPanels(QWidget):
    """The page's controls, each an attribute of the page, laid out; nothing connected.

    Its words name their context (RosterPanels) rather than `self.tr`: PySide6 gives `tr` the
    class the object is (the page), where the catalogue keeps them under this one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(translate("RosterPanels", "Roster"))
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(
            translate("RosterPanels", "Search name, role or email   (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("RosterPanels", "Search the roster"))
        self.show_archived_check = QCheckBox(translate("RosterPanels", "Show archived"))
        self.sort_combo = SortCombo()
        sort_label = QLabel(translate("RosterPanels", "S&ort by"))
        sort_label.setBuddy(self.sort_combo)
        self.show_archived_check.setObjectName("showArchivedCheck")

        self.actions_row = row = RosterActions()
        self.add_button, self.edit_button = row.add_button, row.edit_button
        self.archive_button, self.records_button = row.archive_button, row.records_button
        self.import_button, self.export_button = row.import_button, row.export_button

        self.model = RosterModel(self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setAccessibleName(translate("RosterPanels", "Roster"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RosterModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        # Names are what people look for: always shown whole. Email takes what is left
        # (and is elided first on a narrow window).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RosterModel.EMAIL, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.empty_state = QWidget()
        self.empty_state.setObjectName("rosterEmptyState")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("rosterEmptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_state)

        self.status_label = status_label("rosterStatus")

        tools = QHBoxLayout()
        tools.addWidget(self.search_edit, 1)
        tools.addSpacing(8)
        tools.addWidget(self.show_archived_check)
        tools.addSpacing(16)
        tools.addWidget(sort_label)
        tools.addWidget(self.sort_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        # The hint sits at the end of the subtitle's line, above the list it is about: the
        # row of buttons under the list has no room left for it.
        heading = QHBoxLayout()
        heading.addWidget(self.subtitle, 1)
        self.edit_hint = hint_label(
            translate("RosterPanels", "Double-click a member or press Enter to edit.")
        )
        self.edit_hint.setWordWrap(False)
        # No minimum from its text: on a narrow window it is hidden (_fit_to_width) rather
        # than holding the whole page wider.
        self.edit_hint.setMinimumWidth(1)
        heading.addWidget(self.edit_hint)
        layout.addLayout(heading)
        layout.addLayout(tools)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.actions_row)
        layout.addWidget(self.status_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """On a narrow window the hint steps aside rather than being cut off (the
        buttons fit themselves: RosterActions)."""
        margins = self.layout().contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        hint_room = inner - self.subtitle.sizeHint().width() - 16
        self.edit_hint.setVisible(hint_room >= self.edit_hint.sizeHint().width())

"""The Rota page's controls and layout: the title with "Import past meetings…", the plan
of the next meetings with its buttons, status line and breaks, and the fairness table
under it. `RotaPage` (page.py) builds on this class and adds what the controls do, so
that module is about behaviour and this one about what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from balintdesk.i18n import translate
from balintdesk.ui.common.flow import FlowRow
from balintdesk.ui.common.forms import OpenFileButton, hint_label, labelled, status_label
from balintdesk.ui.rota.table import FairnessTable, PlanTable, table_look

PLAN_COLUMNS = 4  # the date, who presents, the reserve, why


class RotaPanels(QWidget):
    """The page's controls, each an attribute of the page, laid out; nothing connected.

    Its words name their context (RotaPanels) rather than `self.tr`: PySide6 gives `tr` the
    class the object is (the page), where the catalogue keeps them under this one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(translate("RotaPanels", "Rota"))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)

        self.plan_table = PlanTable(0, PLAN_COLUMNS)
        self.plan_table.setObjectName("planTable")
        self.plan_table.setAccessibleName(translate("RotaPanels", "The plan for the next meetings"))
        self.plan_table.setHorizontalHeaderLabels(
            [
                translate("RotaPanels", "Date"),
                translate("RotaPanels", "Presenting"),
                translate("RotaPanels", "Reserve"),
                translate("RotaPanels", "Why"),
            ]
        )
        table_look(self.plan_table)
        # The names and the reason share the width rather than scroll sideways; a long
        # one ends in "…" and is whole on hover (each cell's tooltip) and to a screen
        # reader (the cell's own text).
        for column in (1, 2, 3):
            self.plan_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.plan_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.pin_button = QPushButton(translate("RotaPanels", "Pin"))
        self.pin_button.setObjectName("pinButton")
        self.pin_button.setToolTip(
            translate("RotaPanels", "Fix the planned presenter to this date (Ctrl+P)")
        )
        self.choose_button = QPushButton(translate("RotaPanels", "Choose presenter…"))
        self.choose_button.setObjectName("choosePresenterButton")
        self.up_button = QPushButton(translate("RotaPanels", "Swap with earlier"))
        self.up_button.setObjectName("swapUpButton")
        self.up_button.setToolTip(translate("RotaPanels", "Ctrl+Up"))
        self.down_button = QPushButton(translate("RotaPanels", "Swap with later"))
        self.down_button.setObjectName("swapDownButton")
        self.down_button.setToolTip(translate("RotaPanels", "Ctrl+Down"))
        self.print_button = QPushButton(translate("RotaPanels", "Print rota…"))
        self.print_button.setObjectName("printRotaButton")
        self.print_button.setToolTip(
            translate("RotaPanels", "An A4 page of the next meetings for the noticeboard")
        )
        self.calendar_button = QPushButton(translate("RotaPanels", "Calendar file…"))
        self.calendar_button.setObjectName("calendarFileButton")
        self.calendar_button.setToolTip(
            translate("RotaPanels", "The meetings as a file for Outlook, Google or Apple Calendar")
        )
        self.status_label = status_label("rotaStatus")
        self.open_button = OpenFileButton("openSavedButton")  # the rota or calendar saved

        self.break_list = QListWidget()
        self.break_list.setObjectName("breakList")
        self.break_list.setMaximumHeight(48)
        self.add_break_button = QPushButton(translate("RotaPanels", "Add a break…"))
        self.add_break_button.setObjectName("addBreakButton")
        self.remove_break_button = QPushButton(translate("RotaPanels", "Remove break"))
        self.remove_break_button.setObjectName("removeBreakButton")
        self.history_button = QPushButton(translate("RotaPanels", "Import past meetings…"))
        self.history_button.setObjectName("importHistoryButton")
        self.history_button.setToolTip(
            translate(
                "RotaPanels", "For a group that met before BalintDesk: who came and who presented"
            )
        )

        self.fairness_table = FairnessTable()

        plan_box = QGroupBox(translate("RotaPanels", "The next meetings"))
        plan_buttons = FlowRow()  # wraps when the window is too narrow
        for button in (self.pin_button, self.choose_button, self.up_button, self.down_button):
            plan_buttons.addWidget(button)
        plan_buttons.addStretch(1)
        plan_buttons.addWidget(self.print_button)
        plan_buttons.addWidget(self.calendar_button)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(
            hint_label(
                translate(
                    "RotaPanels",
                    "Drag a presenter onto another date to swap them, or use the buttons. "
                    "Pinned people stay where they are; everyone else flows around.",
                )
            )
        )
        plan_layout.addWidget(self.plan_table, 1)
        plan_layout.addLayout(plan_buttons)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.open_button)
        plan_layout.addLayout(status_row)
        breaks_row = QHBoxLayout()
        breaks_row.addWidget(labelled(translate("RotaPanels", "Breaks:"), self.break_list))
        breaks_row.addWidget(self.break_list, 1)
        breaks_row.addWidget(self.add_break_button)
        breaks_row.addWidget(self.remove_break_button)
        plan_layout.addLayout(breaks_row)

        fairness_box = QGroupBox(translate("RotaPanels", "Fairness: who has waited longest"))
        fairness_layout = QVBoxLayout(fairness_box)
        fairness_layout.addWidget(self.fairness_table)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(plan_box)
        splitter.addWidget(fairness_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 220])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(8)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

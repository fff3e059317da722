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

from balintdesk.ui.common.forms import OpenFileButton, hint_label, labelled, status_label
from balintdesk.ui.rota.table import FairnessTable, PlanTable, table_look

PLAN_COLUMNS = 4  # the date, who presents, the reserve, why


class RotaPanels(QWidget):
    """The page's controls, each an attribute of the page, laid out; nothing connected."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Rota"))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)

        self.plan_table = PlanTable(0, PLAN_COLUMNS)
        self.plan_table.setObjectName("planTable")
        self.plan_table.setAccessibleName(self.tr("The plan for the next meetings"))
        self.plan_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Presenting"), self.tr("Reserve"), self.tr("Why")]
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

        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.setObjectName("pinButton")
        self.pin_button.setToolTip(self.tr("Fix the planned presenter to this date (Ctrl+P)"))
        self.choose_button = QPushButton(self.tr("Choose presenter…"))
        self.choose_button.setObjectName("choosePresenterButton")
        self.up_button = QPushButton(self.tr("Swap with earlier"))
        self.up_button.setObjectName("swapUpButton")
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button = QPushButton(self.tr("Swap with later"))
        self.down_button.setObjectName("swapDownButton")
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.print_button = QPushButton(self.tr("Print rota…"))
        self.print_button.setObjectName("printRotaButton")
        self.print_button.setToolTip(self.tr("An A4 page of the next meetings for the noticeboard"))
        self.calendar_button = QPushButton(self.tr("Calendar file…"))
        self.calendar_button.setObjectName("calendarFileButton")
        self.calendar_button.setToolTip(
            self.tr("The meetings as a file for Outlook, Google or Apple Calendar")
        )
        self.status_label = status_label("rotaStatus")
        self.open_button = OpenFileButton("openSavedButton")  # the rota or calendar saved

        self.break_list = QListWidget()
        self.break_list.setObjectName("breakList")
        self.break_list.setMaximumHeight(48)
        self.add_break_button = QPushButton(self.tr("Add a break…"))
        self.add_break_button.setObjectName("addBreakButton")
        self.remove_break_button = QPushButton(self.tr("Remove break"))
        self.remove_break_button.setObjectName("removeBreakButton")
        self.history_button = QPushButton(self.tr("Import past meetings…"))
        self.history_button.setObjectName("importHistoryButton")
        self.history_button.setToolTip(
            self.tr("For a group that met before BalintDesk: who came and who presented")
        )

        self.fairness_table = FairnessTable()

        plan_box = QGroupBox(self.tr("The next meetings"))
        plan_buttons = QHBoxLayout()
        for button in (self.pin_button, self.choose_button, self.up_button, self.down_button):
            plan_buttons.addWidget(button)
        plan_buttons.addStretch(1)
        plan_buttons.addWidget(self.print_button)
        plan_buttons.addWidget(self.calendar_button)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(
            hint_label(
                self.tr(
                    "Drag a presenter onto another date to swap them, or use the buttons. "
                    "Pinned people stay where they are; everyone else flows around."
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
        breaks_row.addWidget(labelled(self.tr("Breaks:"), self.break_list))
        breaks_row.addWidget(self.break_list, 1)
        breaks_row.addWidget(self.add_break_button)
        breaks_row.addWidget(self.remove_break_button)
        plan_layout.addLayout(breaks_row)

        fairness_box = QGroupBox(self.tr("Fairness: who has waited longest"))
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

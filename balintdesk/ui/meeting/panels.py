"""The Meeting page's controls and layout: the meeting's date and state with the buttons
to step, move, cancel and run it; who is due to present; the record saved after it; and
the check-in list with who led. `MeetingPage` (page.py) builds on this class and adds
what the controls do, so that module is about behaviour and this one about what is shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.elided import names_combo
from balintdesk.ui.common.flow import FlowRow
from balintdesk.ui.common.forms import (
    add_row,
    hint_label,
    labelled,
    primary_button,
    status_label,
)
from balintdesk.ui.common.group_form import mode_combo
from balintdesk.ui.meeting.check_in import CheckInList, LeaderPicker


class MeetingPanels(QWidget):
    """The page's controls, each an attribute of the page, laid out; nothing connected.
    `today` goes to the leader picker, which saves its picks with it."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Meeting"))
        title.setObjectName("pageTitle")
        self.when_label = QLabel()
        self.when_label.setObjectName("meetingWhen")
        self.when_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("meetingState")
        self.state_label.setProperty("role", "hint")
        self.earlier_button = QPushButton(self.tr("◀ Earlier"))
        self.earlier_button.setObjectName("earlierMeetingButton")
        self.later_button = QPushButton(self.tr("Later ▶"))
        self.later_button.setObjectName("laterMeetingButton")
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setObjectName("moveMeetingButton")
        self.cancel_button = QPushButton(self.tr("Cancel meeting…"))
        self.cancel_button.setObjectName("cancelMeetingButton")
        self.timer_button = primary_button(self.tr("Run the meeting ▶"), "runTimerButton")
        self.timer_button.setToolTip(self.tr("The phase timer and the room display"))
        # How this one meeting is (or was) held; the group's usual way is in Settings.
        self.mode_combo = mode_combo(
            self.tr(
                "How this meeting is held. A change here is for this meeting only, and "
                "corrects the record of one already held."
            )
        )
        self.mode_label = labelled(self.tr("&Format"), self.mode_combo)

        # Who is due
        due_box = QGroupBox(self.tr("Who is due to present"))
        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")
        self.due_label.setWordWrap(True)
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(
            hint_label(
                self.tr(
                    "Ask “Who has a case?” first: a volunteer always goes ahead. The rota is "
                    "the fallback, so nobody is forgotten."
                )
            )
        )
        due_layout.addWidget(self.due_label)

        # Check-in
        check_box = QGroupBox(self.tr("Who came"))
        self.check_in = CheckInList()
        self.check_in.setMinimumHeight(200)
        self.check_hint = hint_label("", "checkInHint")
        self.leader_picker = LeaderPicker(today)
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(self.leader_picker)
        check_layout.addSpacing(4)
        check_layout.addWidget(self.check_hint)
        check_layout.addWidget(self.check_in, 1)

        # Record
        record_box = QGroupBox(self.tr("After the meeting"))
        self.presenter_combos = [names_combo(f"presenterCombo{number}") for number in (1, 2)]
        for combo in self.presenter_combos:
            combo.setMinimumWidth(160)
        self.theme_combo = names_combo("themeCombo")
        self.theme_combo.setMinimumWidth(160)
        self.themes_button = QPushButton(self.tr("Edit themes…"))
        self.themes_button.setObjectName("editThemesButton")
        self.record_button = primary_button(self.tr("Save the record"), "recordMeetingButton")
        self.record_status = status_label("recordStatus")
        record_form = QFormLayout()
        presenters = QVBoxLayout()
        presenters.setSpacing(4)
        for combo in self.presenter_combos:
            presenters.addWidget(combo)
        add_row(record_form, self.tr("Presented"), presenters, self.presenter_combos[0])
        name_control(self.presenter_combos[1], self.tr("Presented the second case"))
        add_row(record_form, self.tr("Theme"), self.theme_combo)
        save_row = QHBoxLayout()
        save_row.addWidget(self.themes_button)
        save_row.addStretch(1)
        save_row.addWidget(self.record_button)
        record_layout = QVBoxLayout(record_box)
        record_layout.addLayout(record_form)
        record_layout.addWidget(
            hint_label(
                self.tr(
                    "The theme is optional and chosen from the group's list. Never record a "
                    "patient's name, age or details here: BalintDesk keeps who came and who "
                    "presented, not the case."
                )
            )
        )
        record_layout.addLayout(save_row)
        record_layout.addWidget(self.record_status)

        nav = FlowRow()  # wraps when the window is too narrow
        nav.addWidget(self.earlier_button)
        nav.addWidget(self.later_button)
        nav.addStretch(1)
        nav.addWidget(self.mode_label)
        nav.addWidget(self.mode_combo)
        nav.addSpacing(12)
        nav.addWidget(self.move_button)
        nav.addWidget(self.cancel_button)
        nav.addSpacing(12)
        nav.addWidget(self.timer_button)
        # Who is due and the record scroll, rather than squeeze, when a long name wraps
        # more lines than a short window has room for (tests/ui/test_fits_the_screen.py).
        left_body = QWidget()
        left = QVBoxLayout(left_body)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(due_box)
        left.addWidget(record_box)
        left.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setObjectName("meetingLeftColumn")
        left_scroll.setWidget(left_body)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setMinimumWidth(left_body.minimumSizeHint().width())
        left_scroll.viewport().setAutoFillBackground(False)  # the page's own background
        left_body.setAutoFillBackground(False)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        # Wider windows share the width, so long names in the check-in show whole.
        columns.addWidget(left_scroll, 3)
        columns.addWidget(check_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.when_label)
        layout.addWidget(self.state_label)
        layout.addLayout(nav)
        layout.addLayout(columns, 1)

"""The Timer page's controls and layout: the phases and room-display row, the mirror of
the room display beside the leader's console (now, next, elapsed, the end), and the row
of timer buttons with the keys' help. `TimerPage` (page.py) builds on this class and adds
what the controls do, so that module is about behaviour and this one about what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from balintdesk.i18n import fill
from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.elided import names_combo
from balintdesk.ui.common.flow import FlowRow
from balintdesk.ui.common.forms import (
    hint_label,
    labelled,
    primary_button,
    status_label,
)
from balintdesk.ui.timer.keys import key_help
from balintdesk.ui.timer.projector import STYLE as DARK_STYLE
from balintdesk.ui.timer.projector import TimerFace
from balintdesk.ui.timer.strip import PhaseStrip


class TimerPanels(QWidget):
    """The page's controls, each an attribute of the page, laid out; nothing connected.
    The screens offered for the room display are listed once, when it is built."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Timer"))
        title.setObjectName("pageTitle")
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("timerMeetingLabel")
        self.meeting_label.setProperty("role", "hint")
        self.template_combo = names_combo("templateCombo")
        self.templates_button = QPushButton(self.tr("Edit phases…"))
        self.templates_button.setObjectName("editTemplatesButton")
        self.settings_button = QPushButton(self.tr("Timer settings…"))
        self.settings_button.setObjectName("timerSettingsButton")
        self.screen_combo = QComboBox()
        self.screen_combo.setObjectName("screenCombo")
        name_control(self.screen_combo, self.tr("Screen for the room display"))
        self.projector_button = primary_button(self.tr("Open room display"), "projectorButton")

        # The mirror of the room display.
        mirror = QFrame()
        mirror.setObjectName("projector")  # the same dark style as the room display
        mirror.setStyleSheet(DARK_STYLE)
        self.face = TimerFace("mirrorDigits")
        self.phase_label = self.face.phase_label
        self.guidance_label = self.face.guidance_label
        self.display = self.face.display
        self.state_label = self.face.state_label
        self.strip = PhaseStrip(dark=True)
        mirror_layout = QVBoxLayout(mirror)
        mirror_layout.setContentsMargins(16, 12, 16, 12)
        mirror_layout.addWidget(self.face, 1)
        mirror_layout.addWidget(self.strip)
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.phase_label.setFont(font)

        # The console: what the leader needs and the room does not.
        console = QGridLayout()
        self.now_value = self._value("consoleNow")
        self.next_value = self._value("consoleNext")
        self.elapsed_value = self._value("consoleElapsed")
        self.end_value = self._value("consoleEnd")
        self.console_rows: list[tuple[QLabel, QLabel]] = []  # hidden once the meeting ends
        for row, (label, value) in enumerate(
            (
                (self.tr("Now"), self.now_value),
                (self.tr("Next"), self.next_value),
                (self.tr("Elapsed"), self.elapsed_value),
                (self.tr("Ends at about"), self.end_value),
            )
        ):
            caption = hint_label(label)
            self.console_rows.append((caption, value))
            console.addWidget(caption, row, 0)
            console.addWidget(value, row, 1)
        # Once the meeting has ended: how each phase went, and the way to the record.
        self.summary_label = QLabel()
        self.summary_label.setObjectName("meetingSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        self.summary_scroll = QScrollArea()  # a long template's table still fits
        self.summary_scroll.setWidget(self.summary_label)
        self.summary_scroll.setWidgetResizable(True)
        self.summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary_scroll.viewport().setAutoFillBackground(False)
        self.summary_label.setAutoFillBackground(False)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary_scroll.hide()
        self.record_button = primary_button(self.tr("Record who presented…"), "recordButton")
        self.timing_button = QPushButton(self.tr("How the time went…"))
        self.timing_button.setObjectName("timingButton")
        # Both shown once the meeting has ended, and only then.
        self.after_meeting = QWidget()
        after_layout = QVBoxLayout(self.after_meeting)
        after_layout.setContentsMargins(0, 0, 0, 0)
        after_layout.addWidget(self.record_button)
        after_layout.addWidget(self.timing_button)
        self.after_meeting.hide()
        console.addWidget(self.summary_scroll, 4, 0, 1, 2)
        console.addWidget(self.after_meeting, 5, 0, 1, 2)
        console.setRowStretch(4, 1)

        self.start_button = primary_button(self.tr("Start"), "startPauseButton")
        self.previous_button = self._button(self.tr("◀ Back"), "previousButton")
        self.next_button = self._button(self.tr("Next ▶"), "nextButton")
        self.minus_button = self._button(self.tr("− 1 min"), "minusButton")
        self.plus_button = self._button(self.tr("+ 1 min"), "plusButton")
        self.restart_button = self._button(self.tr("Restart phase"), "restartButton")
        self.end_button = self._button(self.tr("End meeting"), "endButton")
        self.new_button = self._button(self.tr("Reset timer"), "resetButton")
        self.status_label = status_label("timerStatus")

        # Both rows wrap onto a second line when the window is too narrow for them.
        phases = QHBoxLayout()
        phases.addWidget(labelled(self.tr("Phases:"), self.template_combo))
        phases.addWidget(self.template_combo, 1)
        top = FlowRow()
        top.addLayout(phases, 1)
        top.addWidget(self.templates_button)
        top.addWidget(self.settings_button)
        top.addStretch(1)
        top.addWidget(self.screen_combo)
        top.addWidget(self.projector_button)
        middle = QHBoxLayout()
        middle.addWidget(mirror, 3)
        middle.addSpacing(12)
        middle.addLayout(console, 1)
        controls = FlowRow()
        for button in (
            self.start_button,
            self.previous_button,
            self.next_button,
            self.minus_button,
            self.plus_button,
            self.restart_button,
        ):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.end_button)
        controls.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.meeting_label)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(controls)
        layout.addWidget(hint_label(key_help()))
        layout.addWidget(self.status_label)
        self._fill_screens()

    def _value(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        label.setFont(font)
        return label

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to the timer
        return button

    def _fill_screens(self) -> None:
        self.screen_combo.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry().size()
            self.screen_combo.addItem(
                fill(
                    self.tr("Screen {number} ({width}×{height})"),
                    number=number,
                    width=str(size.width()),
                    height=str(size.height()),
                ),
                number - 1,
            )
        self.screen_combo.setCurrentIndex(self.screen_combo.count() - 1)
        self.screen_combo.setVisible(self.screen_combo.count() > 1)

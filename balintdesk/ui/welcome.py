"""First start: name the group, say when it meets, and what kind of computer this is."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from balintdesk.i18n import sentences
from balintdesk.store import roster, settings
from balintdesk.store.models import Group, database_proxy
from balintdesk.ui.common.forms import (
    FormDialog,
    dialog_buttons,
    hint_label,
    primary_button,
    show_field_errors,
)
from balintdesk.ui.common.group_form import GroupForm


def indented(text: str) -> QLabel:
    """A quiet line under a radio button, in line with its text."""
    label = hint_label(text)
    label.setContentsMargins(26, 0, 0, 0)
    return label


class WelcomeDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to BalintDesk"))
        # Side by side, so the whole welcome fits a 1280×720 projector screen with room for
        # the window's title bar (tests/ui/test_fits_the_screen.py).
        self.setMinimumWidth(980)
        self.created_group: Group | None = None

        title = QLabel(self.tr("Welcome to BalintDesk"))
        title.setObjectName("pageTitle")
        intro = hint_label(
            self.tr(
                "Three quick questions and you are ready. You can change all of this later "
                "under Settings."
            )
        )

        group_box = QGroupBox(self.tr("Your Balint group"))
        self.group_form = GroupForm()
        box_layout = QVBoxLayout(group_box)
        box_layout.addWidget(self.group_form)

        computer_box = QGroupBox(self.tr("This computer"))
        self.shared_radio = QRadioButton(self.tr("The shared meeting-room PC"))
        self.shared_radio.setObjectName("sharedPcRadio")
        self.personal_radio = QRadioButton(self.tr("My own computer"))
        self.personal_radio.setObjectName("personalPcRadio")
        self.shared_radio.setChecked(True)
        self._computer_choice = QButtonGroup(self)
        self._computer_choice.addButton(self.shared_radio)
        self._computer_choice.addButton(self.personal_radio)
        computer_layout = QVBoxLayout(computer_box)
        computer_layout.setSpacing(4)
        computer_layout.addWidget(self.shared_radio)
        computer_layout.addWidget(indented(self.tr("Several people use this account.")))
        computer_layout.addWidget(self.personal_radio)
        computer_layout.addWidget(indented(self.tr("Only I use this account.")))
        computer_layout.addSpacing(8)
        computer_layout.addWidget(
            hint_label(
                self.tr(
                    "On a shared PC, private notes are never unlocked automatically, because "
                    "everyone who uses this account could open them."
                )
            )
        )
        computer_layout.addStretch(1)

        self.start_button = primary_button(self.tr("Start using BalintDesk"), "startButton")
        buttons = dialog_buttons(self, self.start_button, self._save, cancellable=False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        boxes = QHBoxLayout()
        boxes.setSpacing(16)
        boxes.addWidget(group_box, 3)
        boxes.addWidget(computer_box, 2)
        layout.addLayout(boxes)
        layout.addWidget(buttons)
        self.group_form.name_edit.setFocus()

    def _save(self) -> None:
        name, pattern = self.group_form.values()
        try:
            with database_proxy.atomic():  # the group and its country, or neither
                group = roster.create_group(name, pattern, self.group_form.first_date())
                self.group_form.save_country(group.id)
        except roster.ValidationError as exc:
            show_field_errors(self.group_form.fields, sentences(exc))
            return
        settings.set_flag(settings.SHARED_PC, self.shared_radio.isChecked())
        settings.set_setting(settings.CURRENT_GROUP, str(group.id))
        settings.set_flag(settings.WELCOME_DONE, True)
        self.created_group = group
        self.accept()

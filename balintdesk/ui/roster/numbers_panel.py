"""The member dialog's "Professional numbers": the numbers of the group's country first,
the others behind "Other numbers…", and a leader's recognition. All optional."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from balintdesk.domain import identifiers
from balintdesk.i18n import say
from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.forms import ErrorField, add_row, fit_to_contents, hint_label

RECOGNITION = "recognition"


class NumbersPanel(QWidget):
    """A line per kind of number, each checked as it is saved (`problems`), and the
    recognition line, shown for a leader only (`set_leader`)."""

    def __init__(self, country: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("numbersPanel")
        own, others = identifiers.kinds_in_order(country)
        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, ErrorField] = {}

        heading = QLabel(self.tr("Professional numbers"))
        heading.setObjectName("numbersHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        note = hint_label(
            self.tr("Optional. Printed only on this member's own certificate."),
            "numbersNote",
        )

        # One form, labels above their fields (the column is narrow), the other
        # countries' rows and the recognition's hidden rows of it.
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key in own:
            self._add(key)

        self.recognition_edit = QLineEdit()
        self.recognition_edit.setObjectName("recognitionEdit")
        self.recognition_edit.setMaxLength(identifiers.RECOGNITION_MAX_LENGTH)
        self.recognition_edit.setPlaceholderText(self.tr("Optional, e.g. Ärztekammer Nordrhein"))
        self.fields[RECOGNITION] = ErrorField(self.recognition_edit, RECOGNITION)
        add_row(self.form, self.tr("Recognised as a Balint &leader by"), self.fields[RECOGNITION])
        self.form.setRowVisible(self.fields[RECOGNITION], False)

        self.others_toggle = QToolButton()
        self.others_toggle.setObjectName("otherNumbersToggle")
        self.others_toggle.setText(self.tr("Other numbers…"))
        self.others_toggle.setCheckable(True)
        self.others_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.others_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.others_toggle.setAutoRaise(True)
        name_control(self.others_toggle, self.tr("Show the numbers of other countries"))
        self.form.addRow(self.others_toggle)
        self.others = others
        for key in others:
            self._add(key)
            self.form.setRowVisible(self.fields[key], False)
        self.others_toggle.toggled.connect(self._show_others)
        # With no number of its own (a group in Italy, or "another country"), there is
        # nothing to hide the others behind.
        if not own:
            self.others_toggle.setChecked(True)
            self.form.setRowVisible(self.others_toggle, False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def _add(self, key: str) -> None:
        spec = identifiers.kind(key)
        edit = QLineEdit()
        edit.setObjectName(f"{key}Edit")
        edit.setPlaceholderText(say(spec.hint))
        edit.setMaxLength(40)  # a number with spaces; the check says what is wrong
        self.edits[key] = edit
        self.fields[key] = ErrorField(edit, key)
        add_row(self.form, say(spec.label), self.fields[key])

    def _show_others(self, shown: bool) -> None:
        for key in self.others:
            self.form.setRowVisible(self.fields[key], shown)
        self.others_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        window = self.window()
        if window is not self and window.isVisible():
            fit_to_contents(window)

    def set_leader(self, leader: bool) -> None:
        self.form.setRowVisible(self.fields[RECOGNITION], leader)

    def load(self, numbers: dict[str, str], recognition: str) -> None:
        for key, edit in self.edits.items():
            edit.setText(numbers.get(key, ""))
        self.recognition_edit.setText(recognition)
        self.open_others_for({key for key, number in numbers.items() if number})

    def open_others_for(self, keys: set[str]) -> None:
        """Show the other numbers when one of `keys` is among them (an error to see)."""
        if keys & set(self.others):
            self.others_toggle.setChecked(True)

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def recognition(self) -> str:
        return self.recognition_edit.text()

    def problems(self, leader: bool) -> dict[str, str]:
        """A sentence per field that cannot be saved, in the user's language."""
        found = {
            key: say(problem)
            for key, edit in self.edits.items()
            if (problem := identifiers.problem(key, edit.text())) is not None
        }
        if leader:
            problem = identifiers.recognition_problem(self.recognition())
            if problem is not None:
                found[RECOGNITION] = say(problem)
        return found

"""Editing the phase templates, and the timer's settings for a group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.phases import Phase
from balintdesk.i18n import fill, sentences
from balintdesk.store import roster, timer_store
from balintdesk.ui.common.elided import names_combo
from balintdesk.ui.common.forms import (
    FormDialog,
    add_row,
    dialog_buttons,
    hint_label,
    primary_button,
)
from balintdesk.ui.timer import chime
from balintdesk.ui.timer.words import (
    frame_source,
    frame_text,
    phase_source,
    phase_text,
    template_label,
    template_name_source,
)

BUILT_IN_KEYS = ("classic", "two_cases", "short")


class TemplatesDialog(FormDialog):
    """Add, remove, reorder, rename phases; change lengths and guidance."""

    def __init__(self, group_id: int, key: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Meeting phases"))
        self.resize(820, 560)
        self.group_id = group_id
        self.key = key

        heading = QLabel(self.tr("Meeting phases"))
        heading.setObjectName("pageTitle")
        self.choice = names_combo("templateChoice")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("templateNameEdit")
        self.default_check = QCheckBox(self.tr("Use these phases for this group by default"))
        self.default_check.setObjectName("defaultTemplateCheck")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("phaseTable")
        self.table.setAccessibleName(self.tr("Phases"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Phase"), self.tr("Minutes"), self.tr("Guidance shown on the screen")]
        )
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.total_label = QLabel()
        self.total_label.setObjectName("templateTotal")
        self.error_label = QLabel()
        self.error_label.setObjectName("templateError")
        self.error_label.setProperty("role", "fieldError")
        self.error_label.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Add phase"))
        self.add_button.setObjectName("addPhaseButton")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removePhaseButton")
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("phaseUpButton")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("phaseDownButton")
        self.reset_button = QPushButton(self.tr("Reset to the original"))
        self.reset_button.setObjectName("resetTemplateButton")
        self.save_new_button = QPushButton(self.tr("Save as new…"))
        self.save_new_button.setObjectName("saveNewTemplateButton")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteTemplateButton")
        self.save_button = primary_button(self.tr("Save"), "saveTemplateButton")

        form = QFormLayout()
        add_row(form, self.tr("Phases for"), self.choice)
        add_row(form, self.tr("Name"), self.name_edit)
        form.addRow("", self.default_check)
        edit_row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        edit_row.addWidget(self.total_label)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.reset_button)
        keep_row.addWidget(self.delete_button)
        keep_row.addStretch(1)
        keep_row.addWidget(self.save_new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self.error_label)
        layout.addLayout(keep_row)
        layout.addWidget(dialog_buttons(self, self.save_button, self.save))

        self.choice.currentIndexChanged.connect(self._load_choice)
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.reset_button.clicked.connect(self.reset_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.save_new_button.clicked.connect(lambda: self.save(as_new=True))
        self.table.itemChanged.connect(lambda _item: self._update_total())
        self._fill_choices(key)

    def _fill_choices(self, key: str | None) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        for choice_key, template in timer_store.templates_for(self.group_id):
            self.choice.addItem(template_label(template), choice_key)
        self.choice.setCurrentIndex(max(0, self.choice.findData(key)))
        self.choice.blockSignals(False)
        self._load_choice()

    def _load_choice(self) -> None:
        self.key = self.choice.currentData()
        template = timer_store.get_template(self.group_id, self.key)
        self.name_edit.setText(template_label(template))
        self.default_check.setChecked(timer_store.default_template_key(self.group_id) == self.key)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for phase in template.phases:
            self._append_row(phase)
        self.table.blockSignals(False)
        self.reset_button.setEnabled(self.key in BUILT_IN_KEYS)
        self.delete_button.setEnabled(self.key not in BUILT_IN_KEYS)
        self.error_label.clear()
        self._update_total()

    def _append_row(self, phase: Phase, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(phase_text(phase.name)))
        minutes = QTableWidgetItem()
        minutes.setData(Qt.ItemDataRole.EditRole, phase.minutes)
        self.table.setItem(row, 1, minutes)
        self.table.setItem(row, 2, QTableWidgetItem(phase_text(phase.guidance)))

    def phases(self) -> list[Phase]:
        """The table's phases as shown (in the user's language)."""
        result = []
        for row in range(self.table.rowCount()):
            name = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            raw = (
                self.table.item(row, 1).data(Qt.ItemDataRole.EditRole)
                if self.table.item(row, 1)
                else 0
            )
            try:
                minutes = int(raw)
            except (TypeError, ValueError):
                minutes = 0
            guidance = (self.table.item(row, 2).text() if self.table.item(row, 2) else "").strip()
            result.append(Phase(name, minutes, guidance))
        return result

    def phases_to_save(self) -> list[Phase]:
        """The phases with a built-in name or guidance, as shown, back in its English
        source: the store keeps the source, whatever language edited it."""
        return [
            Phase(phase_source(phase.name), phase.minutes, phase_source(phase.guidance))
            for phase in self.phases()
        ]

    def _update_total(self) -> None:
        total = sum(max(0, phase.minutes) for phase in self.phases())
        self.total_label.setText(self.tr("%n minute(s) in all", "", total))

    def add_phase(self) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self._append_row(Phase(self.tr("New phase"), 5, ""), row)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self._update_total()

    def remove_phase(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_total()

    def move_phase(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        phases = self.phases()
        phases[row], phases[target] = phases[target], phases[row]
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for phase in phases:
            self._append_row(phase)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, 0)

    def save(self, as_new: bool = False) -> bool:
        try:
            key = timer_store.save_template(
                self.group_id,
                None if as_new else self.key,
                template_name_source(self.name_edit.text().strip()),
                self.phases_to_save(),
            )
            if self.default_check.isChecked():
                timer_store.set_default_template(self.group_id, key)
        except roster.ValidationError as exc:
            self.error_label.setText(" ".join(sentences(exc).values()))
            return False
        if as_new:
            self._fill_choices(key)
            self.error_label.setText(self.tr("Saved as a new set of phases."))
            return True
        self.accept()
        return True

    def reset_template(self) -> None:
        timer_store.reset_template(self.group_id, self.key)
        self._load_choice()

    def delete_template(self) -> None:
        timer_store.delete_template(self.group_id, self.key)
        self._fill_choices(timer_store.default_template_key(self.group_id))


class TimerSettingsDialog(FormDialog):
    def __init__(self, group_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timerSettingsDialog")
        self.setWindowTitle(self.tr("Timer settings"))
        self.setMinimumWidth(560)
        self.group_id = group_id
        current = timer_store.timer_settings(group_id)
        self.current = current

        self.auto_check = QCheckBox(self.tr("Move on to the next phase by itself when time is up"))
        self.auto_check.setObjectName("autoAdvanceCheck")
        self.auto_check.setChecked(current.auto_advance)
        self.warning_spin = QSpinBox()
        self.warning_spin.setObjectName("warningSpin")
        self.warning_spin.setRange(0, 10)
        self.warning_spin.setSuffix(self.tr(" minutes before the end"))
        self.warning_spin.setSpecialValueText(self.tr("No warning"))
        self.warning_spin.setValue(current.warning_seconds // 60)
        self.display_combo = QComboBox()
        self.display_combo.setObjectName("displayCombo")
        for value, text in (
            ("digits", self.tr("Digits")),
            ("arc", self.tr("A shrinking circle, no numbers")),
            ("both", self.tr("Digits inside a shrinking circle")),
        ):
            self.display_combo.addItem(text, value)
        self.display_combo.setCurrentIndex(self.display_combo.findData(current.display))
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setObjectName("chimeVolume")
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(current.chime_volume)
        self.volume_label = QLabel()
        self.test_button = QPushButton(self.tr("Play"))
        self.test_button.setObjectName("testChimeButton")
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume_slider, 1)
        volume_row.addWidget(self.volume_label)
        volume_row.addWidget(self.test_button)
        self.frame_edit = QPlainTextEdit(frame_text(current.frame_text).replace(" · ", "\n"))
        self.frame_edit.setObjectName("frameTextEdit")
        self.frame_edit.setFixedHeight(110)
        self.error_label = QLabel()
        self.error_label.setObjectName("timerSettingsError")
        self.error_label.setProperty("role", "fieldError")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        add_row(form, self.tr("Warning"), self.warning_spin)
        form.addRow("", self.auto_check)
        add_row(form, self.tr("Room display"), self.display_combo)
        add_row(form, self.tr("Chime at a phase's end"), volume_row, self.volume_slider)
        add_row(form, self.tr("Group frame"), self.frame_edit)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Shown on the room display before the first phase, one line each. "
                    "Leave it empty for the usual frame."
                )
            ),
        )
        heading = QLabel(self.tr("Timer settings"))
        heading.setObjectName("pageTitle")
        self.save_button = primary_button(self.tr("Save"), "saveTimerSettingsButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self, self.save_button, self.save))
        self.volume_slider.valueChanged.connect(self._show_volume)
        self.test_button.clicked.connect(lambda: chime.play(self.volume_slider.value()))
        self._show_volume()

    def _show_volume(self) -> None:
        value = self.volume_slider.value()
        self.volume_label.setText(
            self.tr("Silent") if value == 0 else fill(self.tr("{percent}%"), percent=value)
        )
        self.test_button.setEnabled(value > 0)

    def settings(self) -> timer_store.TimerSettings:
        lines = [line.strip() for line in self.frame_edit.toPlainText().splitlines()]
        return timer_store.TimerSettings(
            template_key=self.current.template_key,
            auto_advance=self.auto_check.isChecked(),
            warning_seconds=self.warning_spin.value() * 60,
            display=self.display_combo.currentData(),
            chime_volume=self.volume_slider.value(),
            frame_text=frame_source(" · ".join(line for line in lines if line)),
        )

    def save(self) -> bool:
        try:
            timer_store.save_timer_settings(self.group_id, self.settings())
        except roster.ValidationError as exc:
            self.error_label.setText(" ".join(sentences(exc).values()))
            return False
        self.accept()
        return True

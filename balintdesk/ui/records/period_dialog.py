"""What the record dialogs share (CPD record, attendance CSV): a period from/to, a live
preview of what the period holds, a "Save …" button that asks where, and a status line.

The period starts as the last twelve months: from the day after this day a year ago up to
today, both included, so exactly a year of meetings.

Asking where to save is one replaceable step, `choose_path(suggested) -> Path | None`
(a save-file dialog by default), so tests and scripts can hand a path in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balintdesk.i18n import fill
from balintdesk.ui.common.forms import (
    ErrorField,
    FormDialog,
    OpenFileButton,
    PeriodFields,
    dialog_buttons,
    hint_label,
    primary_button,
    show_status,
)


class PeriodDialog(FormDialog):
    """A dialog with a period, a preview and a save button. Subclasses name it
    (`describe`), fill `preview` (`update_preview`), say what file to suggest
    (`suggested_name`) and write it (`write_to`: the sentence to show, or OSError), then
    call `period_changed()` for the first preview."""

    def __init__(self, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.today = today
        self._file_filter = ""
        self.setMinimumWidth(600)
        self.saved_path: Path | None = None
        # The step that asks where to save; replace it to answer without a file dialog.
        self.choose_path: Callable[[str], Path | None] = self._ask_for_path

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.intro = hint_label("")

        self.period_fields = PeriodFields("period", today(), self)
        self.from_edit = self.period_fields.from_edit
        self.to_edit = self.period_fields.to_edit
        range_row = QWidget()
        range_layout = QHBoxLayout(range_row)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.addWidget(self.from_edit, 1)
        range_layout.addWidget(self.period_fields.to_label)
        range_layout.addWidget(self.to_edit, 1)
        self.period_field = ErrorField(range_row, "period")
        form = QFormLayout()
        form.addRow(self.period_fields.from_label, self.period_field)

        self.preview = QLabel()
        self.preview.setObjectName("periodPreview")
        self.preview.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.preview.setWordWrap(True)
        self.preview_detail = hint_label("", "periodPreviewDetail")

        self.status = QLabel()
        self.status.setObjectName("periodStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.save_button: QPushButton = primary_button("", "periodSaveButton")
        self.buttons: QDialogButtonBox = dialog_buttons(self, self.save_button, self.save)
        self.open_button = OpenFileButton("openSavedButton")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.preview)
        layout.addWidget(self.preview_detail)
        self.extra_layout = QVBoxLayout()  # for a subclass's notes under the preview
        layout.addLayout(self.extra_layout)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.period_fields.changed.connect(self.period_changed)
        self.from_edit.setFocus()

    def describe(self, title: str, intro: str, save_text: str, file_filter: str) -> None:
        """The dialog's words: its title, a sentence on what it saves, the save button's
        text and the save dialog's filter ("PDF document (*.pdf)")."""
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.intro.setText(intro)
        self.save_button.setText(save_text)
        self._file_filter = file_filter

    # --- the period ---------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return self.period_fields.period()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.period_fields.set_period(start, end)  # shows what it holds (period_changed)

    def period_changed(self) -> None:
        """Check the period and show what it holds; called on every change of date."""
        self._say("")
        start, end = self.period()
        if start > end:
            self.period_field.set_error(
                fill(
                    self.tr(
                        "The period starts after it ends; choose a “to” date on or after {day}."
                    ),
                    day=start,
                )
            )
            self.preview.setText(self.tr("Nothing to show for this period."))
            self.preview_detail.setText("")
            self.save_button.setEnabled(False)
            return
        self.period_field.set_error(None)
        self.save_button.setEnabled(True)
        self.update_preview(start, end)

    # --- subclass hooks -----------------------------------------------------------------

    def update_preview(self, start: dt.date, end: dt.date) -> None:
        raise NotImplementedError

    def suggested_name(self, start: dt.date, end: dt.date) -> str:
        raise NotImplementedError

    def write_to(self, path: Path, start: dt.date, end: dt.date) -> str:
        raise NotImplementedError

    # --- saving -------------------------------------------------------------------------

    def _ask_for_path(self, suggested: str) -> Path | None:
        folder = self.saved_path.parent if self.saved_path else Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(folder / suggested), self._file_filter
        )
        if not path:
            return None
        chosen = Path(path)
        if not chosen.suffix:  # Qt's own file dialog does not add the filter's suffix
            chosen = chosen.with_suffix(Path(suggested).suffix)
        return chosen

    def save(self) -> bool:
        """Ask where (choose_path), then write. True when the file was saved."""
        start, end = self.period()
        if start > end:
            self.period_changed()
            self.from_edit.setFocus()
            return False
        path = self.choose_path(self.suggested_name(start, end))
        if path is None:
            return False
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        start, end = self.period()
        done = self.open_button.save(path, lambda: self.write_to(path, start, end), self._say)
        if done is None:
            return False
        self.saved_path = path
        self._say(done, error=False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        return True

    def status_text(self) -> str:
        return self.status.text()

    def _say(self, message: str, error: bool = True) -> None:
        show_status(self.status, message, error)

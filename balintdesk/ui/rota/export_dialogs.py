"""The Rota page's two ways out of the app: a printable rota (PDF) for the noticeboard and
a calendar file (.ics) for Outlook, Google or Apple Calendar.

Each dialog says what the file holds, asks where to save it (through `choose_path`, which
tests replace), writes it, and closes; the page then says where the file went. A file
that cannot be written gets a sentence in the dialog, which stays open for another try.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from balintdesk.exports.ics import default_ics_name, write_calendar
from balintdesk.exports.rota_pdf import default_rota_pdf_name, write_rota_pdf
from balintdesk.i18n import fill
from balintdesk.store import roster
from balintdesk.store.rota_sheet import calendar_feed, rota_sheet
from balintdesk.ui.common.forms import (
    FormDialog,
    dialog_buttons,
    fit_to_contents,
    hint_label,
    primary_button,
    save_file,
    with_suffix,
)

log = logging.getLogger(__name__)

DEFAULT_COUNT = 12
MAX_COUNT = 104  # as the command line's --next

# (parent, caption, suggested path, file filter) -> the chosen path, or "" for Cancel.
ChoosePath = Callable[[QWidget, str, str, str], str]


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class _SaveDialog(FormDialog):
    """Heading, explanation, a form, an error line, and Save (primary) / Cancel. A
    subclass gives its words (`words`), its own rows (`add_fields`), the file's name and
    filter, and writes it (`write`)."""

    suffix = ""

    def __init__(
        self,
        group_id: int,
        today: dt.date,
        folder: Path,
        choose_path: ChoosePath = ask_save_path,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        title, text, button = self.words()
        self.setWindowTitle(title)
        self.setMinimumWidth(540)
        self.group_id = group_id
        self.group_name = roster.get_group(group_id).name
        self.today = today
        self.folder = folder
        self.choose_path = choose_path
        self.saved_path: Path | None = None
        self.summary = ""  # what the page says once the file is saved

        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("exportError")
        self.error_label.setProperty("role", "fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.primary = primary_button(button, "saveButton")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 20, 24, 20)
        self.body.setSpacing(12)
        self.body.addWidget(heading)
        self.body.addWidget(hint_label(text))
        self.body.addLayout(self.form)
        self._buttons = dialog_buttons(self, self.primary, self.save_clicked)
        self.add_fields()
        self.body.addStretch(1)  # room a wrapped sentence leaves goes below, not between
        self.body.addWidget(self.error_label)
        self.body.addWidget(self._buttons)

    def words(self) -> tuple[str, str, str]:
        """The title, the sentence on what the file holds, and the save button's text."""
        raise NotImplementedError

    def add_fields(self) -> None:
        """The dialog's own rows, under the sentence (in `form`, or below it in `body`)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Wrapped sentences guess their height for a narrower width than they get; at the
        # width the dialog has, it needs less, so it opens without a gap above the buttons.
        wanted = self.layout().totalHeightForWidth(self.width())
        if wanted > 0:
            self.resize(self.width(), max(wanted, self.minimumSizeHint().height()))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        fit_to_contents(self)

    def suggested_name(self) -> str:
        raise NotImplementedError

    def save_clicked(self) -> None:
        caption = self.windowTitle()
        file_filter = self.file_filter()
        chosen = self.choose_path(
            self, caption, str(self.folder / self.suggested_name()), file_filter
        )
        if chosen:
            self.save_to(with_suffix(chosen, self.suffix))

    def file_filter(self) -> str:
        raise NotImplementedError

    def write(self, path: Path) -> str:
        """Write the file; the sentence the page shows afterwards."""
        raise NotImplementedError

    def save_to(self, path: Path) -> bool:
        """Write the file to `path` and close; on failure say why and stay open."""

        def failed(exc: OSError) -> None:
            log.warning("Could not write %s: %s", path.suffix, exc.strerror or type(exc).__name__)

        summary = save_file(path, lambda: self.write(path), self.show_error, failed)
        if summary is None:
            return False
        self.saved_path = path
        self.summary = summary
        self.accept()
        return True


class RotaPrintDialog(_SaveDialog):
    """How many meetings, then Save PDF…: an A4 rota for the noticeboard."""

    suffix = ".pdf"

    def words(self) -> tuple[str, str, str]:
        return (
            self.tr("Print the rota"),
            self.tr(
                "An A4 page for the noticeboard: each meeting's date, who presents and the "
                "reserve, in large type, with cancelled meetings marked. Save it as a PDF, "
                "then print it."
            ),
            self.tr("Save PDF…"),
        )

    def add_fields(self) -> None:
        self.setObjectName("rotaPrintDialog")
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("meetingCountSpin")
        self.count_spin.setRange(1, MAX_COUNT)
        self.count_spin.setValue(DEFAULT_COUNT)
        self.count_spin.setAccessibleName(self.tr("How many meetings to print"))
        self.count_spin.setMaximumWidth(110)
        self.span_label = hint_label("", "printSpan")
        self.form.addRow(self.tr("Meetings to print"), self.count_spin)
        self.form.addRow("", self.span_label)
        self.count_spin.valueChanged.connect(self._show_span)
        self._show_span()

    def sheet(self):
        return rota_sheet(self.group_id, self.count_spin.value(), self.today)

    def _show_span(self) -> None:
        shown = self.sheet().meetings
        if not shown:
            self.span_label.setText(self.tr("No meetings are planned."))
            return
        cancelled = sum(1 for m in shown if m.cancelled)
        first, last = shown[0].date, shown[-1].date
        if cancelled:
            text = self.tr(
                "{first:short} to {last:short}, with %n cancelled meeting(s) marked", "", cancelled
            )
        else:
            text = self.tr("{first:short} to {last:short}")
        self.span_label.setText(fill(text, first=first, last=last))

    def suggested_name(self) -> str:
        return default_rota_pdf_name(self.group_name, self.today)

    def file_filter(self) -> str:
        return self.tr("PDF document (*.pdf)")

    def write(self, path: Path) -> str:
        sheet = self.sheet()
        pages = write_rota_pdf(sheet, path)
        return fill(
            self.tr("Saved the rota ({meetings}, {pages}) as “{file}” in {folder}."),
            meetings=self.tr("%n meeting(s)", "", len(sheet.meetings)),
            pages=self.tr("%n page(s)", "", pages),
            file=path.name,
            folder=str(path.parent),
        )


class CalendarFileDialog(_SaveDialog):
    """Save calendar file…, with a word on how to import it."""

    suffix = ".ics"

    def words(self) -> tuple[str, str, str]:
        return (
            self.tr("Calendar file"),
            self.tr(
                "The group's meetings for the next twelve months as a calendar file (.ics), "
                "with the time, the room and who presents. Cancelled meetings are marked "
                "cancelled."
            ),
            self.tr("Save calendar file…"),
        )

    def add_fields(self) -> None:
        self.setObjectName("calendarFileDialog")
        how = QLabel(self.tr("To add it to a calendar"))
        how.setObjectName("calendarHowTitle")
        how.setStyleSheet("font-weight: 600;")
        self.how_label = QLabel(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td><b>{app}</b>&nbsp;&nbsp;</td><td>{steps}</td></tr>"
                for app, steps in (
                    (
                        self.tr("Outlook"),
                        self.tr("Open the file, or File › Open &amp; Export › Import/Export."),
                    ),
                    (
                        self.tr("Google Calendar"),
                        self.tr("Settings › Import &amp; export › Import, then the file."),
                    ),
                    (self.tr("Apple Calendar"), self.tr("File › Import…, then the file.")),
                )
            )
            + "</table>"
        )
        self.how_label.setObjectName("calendarHowTo")
        self.how_label.setTextFormat(Qt.TextFormat.RichText)
        self.how_label.setWordWrap(True)
        self.again_label = hint_label(
            self.tr(
                "When the rota changes, save and import the file again: the same meetings "
                "are updated, not added twice."
            ),
            "calendarAgain",
        )
        steps = QVBoxLayout()
        steps.setSpacing(4)
        steps.addWidget(how)
        steps.addWidget(self.how_label)
        self.body.addLayout(steps)
        self.body.addWidget(self.again_label)

    def suggested_name(self) -> str:
        return default_ics_name(self.group_name)

    def file_filter(self) -> str:
        return self.tr("Calendar file (*.ics)")

    def write(self, path: Path) -> str:
        feed = calendar_feed(self.group_id, self.today)
        events = write_calendar(feed, path)
        return fill(
            self.tr(
                "Saved %n meeting(s) as “{file}” in {folder}. Import it into your calendar.",
                "",
                events,
            ),
            file=path.name,
            folder=str(path.parent),
        )

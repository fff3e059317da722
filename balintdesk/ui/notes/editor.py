"""The note editor: title, tags, meeting, body, with the privacy guard beside it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from balintdesk import i18n
from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.flow import FlowRow
from balintdesk.ui.common.forms import add_row, date_edit, pydate, qdate
from balintdesk.ui.notes.privacy_guard import PrivacyHighlighter, PrivacyPanel

# Clipboard formats that ask clipboard managers and Windows' cloud clipboard not to keep a
# copy: KDE's Klipper honours x-kde-passwordManagerHint=secret; Windows honours
# ExcludeClipboardContentFromMonitorProcessing (Microsoft's "Clipboard formats" docs).
PRIVATE_CLIPBOARD_FORMATS = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
}


# The meeting date as each language writes it short (Qt's patterns; QLocale's default
# gives the weekday and month names in the same language).
MEETING_DATE_FORMATS = {
    "en": "ddd d MMM yyyy",
    "de": "ddd, d. MMM yyyy",
    "fr": "ddd d MMM yyyy",
    "nl": "ddd d MMM yyyy",
    "it": "ddd d MMM yyyy",
}


class PrivateTextEdit(QPlainTextEdit):
    """A body editor whose copies are marked to stay out of clipboard history."""

    copied = Signal(str)

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        for mime, value in PRIVATE_CLIPBOARD_FORMATS.items():
            data.setData(mime, value)
        self.copied.emit(data.text())
        return data


class NoteEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("noteTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("A title for you (kept encrypted)"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("noteTagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("Themes or your own words, separated by commas"))
        self.meeting_check = QCheckBox(self.tr("After the meeting of"))
        self.meeting_check.setObjectName("noteMeetingCheck")
        # Short, so the Notes page fits beside the sidebar at the window's usual width.
        display = MEETING_DATE_FORMATS.get(i18n.language(), MEETING_DATE_FORMATS["en"])
        self.meeting_edit = date_edit("noteMeetingEdit", dt.date.today(), display)
        self.meeting_edit.setEnabled(False)
        self.meeting_check.toggled.connect(self.meeting_edit.setEnabled)
        name_control(self.meeting_edit, self.meeting_check.text())
        meeting_row = FlowRow()  # the date goes under its box when the window is narrow
        meeting_row.addWidget(self.meeting_check)
        meeting_row.addWidget(self.meeting_edit, 1)
        self.body_edit = PrivateTextEdit()
        self.body_edit.setObjectName("noteBodyEdit")
        name_control(self.body_edit, self.tr("Note"))
        self.body_edit.setPlaceholderText(self.tr("Write freely; only you can read this."))
        self.highlighter = PrivacyHighlighter(self.body_edit.document())
        self.guard = PrivacyPanel()
        self.guard.setFixedWidth(250)
        self.guard.watch(self.body_edit.document())

        form = QFormLayout()
        add_row(form, self.tr("Title"), self.title_edit)
        add_row(form, self.tr("Tags"), self.tags_edit)
        form.addRow("", meeting_row)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.body_edit, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.guard)

        for signal in (
            self.title_edit.textEdited,
            self.tags_edit.textEdited,
            self.body_edit.textChanged,
            self.meeting_check.toggled,
            self.meeting_edit.dateChanged,
        ):
            signal.connect(lambda *_args: self.changed.emit())

    def set_tag_suggestions(self, tags: list[str]) -> None:
        completer = QCompleter(tags, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.tags_edit.setCompleter(completer)

    def load(self, title: str, body: str, tags: tuple[str, ...], meeting: dt.date | None) -> None:
        widgets = (self.title_edit, self.tags_edit, self.body_edit, self.meeting_check)
        for widget in widgets:
            widget.blockSignals(True)
        self.title_edit.setText(title)
        self.tags_edit.setText(", ".join(tags))
        self.meeting_check.setChecked(meeting is not None)
        self.meeting_edit.setEnabled(meeting is not None)
        if meeting is not None:
            self.meeting_edit.setDate(qdate(meeting))
        self.body_edit.setPlainText(body)
        for widget in widgets:
            widget.blockSignals(False)
        self.guard.rescan()

    def values(self) -> tuple[str, str, tuple[str, ...], dt.date | None]:
        tags = tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip())
        meeting = pydate(self.meeting_edit.date()) if self.meeting_check.isChecked() else None
        return self.title_edit.text().strip(), self.body_edit.toPlainText(), tags, meeting

    def wipe(self) -> None:
        """Forget the text, and the undo/redo history QTextDocument keeps of it."""
        for widget in (self.title_edit, self.tags_edit):
            widget.blockSignals(True)
            widget.setText("")  # setText, unlike clear(), also drops the undo history
            widget.setModified(False)
            widget.blockSignals(False)
        document = self.body_edit.document()
        self.body_edit.blockSignals(True)
        document.clear()  # clears the text and the undo/redo stacks
        document.clearUndoRedoStacks()
        self.body_edit.blockSignals(False)
        self.guard.clear()

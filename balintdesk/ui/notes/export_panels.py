"""The notes export dialog's controls and layout: the heading, the two steps in a stack
(1: tick the notes; 2: what the privacy guard noticed, with its guidance and way out), the
status line and the buttons. `NotesExportDialog` (export_dialog.py) builds on this class
and adds what the controls do, so that module is about choosing and writing the notes
and this one about what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.privacy_words import GUIDANCE
from balintdesk.i18n import translate
from balintdesk.ui.common.forms import (
    FormDialog,
    OpenFileButton,
    dialog_buttons,
    hint_label,
    primary_button,
)

PRIVACY_WORDS = "PrivacyWords"  # the catalogue context of domain/privacy_words.py's texts


class NotesExportPanels(FormDialog):
    """The dialog's controls, each an attribute of the dialog, laid out. Only the button
    row is wired here (dialog_buttons): "Export PDF…" and Enter call `export_clicked`,
    which NotesExportDialog gives; Cancel and Esc reject."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export notes to PDF"))
        self.setMinimumWidth(640)

        heading = QLabel(self.tr("Export notes for appraisal"))
        heading.setObjectName("pageTitle")
        self.intro = hint_label(
            self.tr(
                "Tick the reflections to include. The PDF is not encrypted: keep it "
                "somewhere private, and delete it when your appraisal is done."
            )
        )

        # Step 1: choose
        self.note_list = QListWidget()
        self.note_list.setObjectName("exportNoteList")
        self.note_list.setAccessibleName(self.tr("Notes to export"))
        self.note_list.setSpacing(3)
        # Two lines an item (title, date): a little air keeps one note from running into
        # the next.
        self.note_list.setStyleSheet("QListWidget#exportNoteList::item { padding: 3px 4px; }")
        self.all_button = QPushButton(self.tr("Select all"))
        self.all_button.setObjectName("exportSelectAll")
        self.none_button = QPushButton(self.tr("None"))
        self.none_button.setObjectName("exportSelectNone")
        self.count_label = hint_label("", "exportCount")
        choose_page = QWidget()
        choose_layout = QVBoxLayout(choose_page)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        choose_layout.addWidget(self.note_list, 1)
        select_row = QHBoxLayout()
        select_row.addWidget(self.all_button)
        select_row.addWidget(self.none_button)
        select_row.addSpacing(8)
        select_row.addWidget(self.count_label, 1)
        choose_layout.addLayout(select_row)

        # Step 2: the privacy guard
        guard_title = QLabel(self.tr("The privacy guard noticed likely patient identifiers"))
        guard_title.setObjectName("exportGuardTitle")
        guard_title.setStyleSheet("font-weight: 600;")
        guard_title.setWordWrap(True)
        self.finding_list = QListWidget()
        self.finding_list.setObjectName("exportFindingList")
        self.finding_list.setAccessibleName(self.tr("Notes with likely identifiers"))
        self.finding_list.setWordWrap(True)
        self.finding_list.setSpacing(2)
        self.finding_list.setStyleSheet("QListWidget#exportFindingList::item { padding: 3px; }")
        self.guidance_label = hint_label(translate(PRIVACY_WORDS, GUIDANCE), "exportGuidance")
        self.choose_other_button = QPushButton(self.tr("Choose other notes"))
        self.choose_other_button.setObjectName("exportChooseOther")
        # The careful way out is the emphasised one; exporting anyway stays a plain button.
        self.edit_button = primary_button(self.tr("Go back and edit"), "exportEditButton")
        self.anyway_button = QPushButton(self.tr("Export anyway"))
        self.anyway_button.setObjectName("exportAnywayButton")
        guard_page = QWidget()
        guard_layout = QVBoxLayout(guard_page)
        guard_layout.setContentsMargins(0, 4, 0, 0)
        guard_layout.addWidget(guard_title)
        guard_layout.addWidget(
            hint_label(self.tr("Select a note and edit it, or export the notes as they are."))
        )
        guard_layout.addWidget(self.finding_list)
        guard_layout.addSpacing(6)
        guard_layout.addWidget(self.guidance_label)
        guard_layout.addStretch(1)
        guard_row = QHBoxLayout()
        guard_row.addWidget(self.choose_other_button)
        guard_row.addStretch(1)
        guard_row.addWidget(self.anyway_button)
        guard_row.addWidget(self.edit_button)
        guard_layout.addLayout(guard_row)

        self.steps = QStackedWidget()
        self.steps.addWidget(choose_page)
        self.steps.addWidget(guard_page)
        self.CHOOSE, self.GUARD = range(2)

        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = primary_button(self.tr("Export PDF…"), "exportPdfButton")
        self.buttons: QDialogButtonBox = dialog_buttons(
            self, self.export_button, self.export_clicked
        )
        self.open_button = OpenFileButton("openSavedButton")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def export_clicked(self) -> None:
        """What "Export PDF…" (and Enter) does: NotesExportDialog gives it."""
        raise NotImplementedError

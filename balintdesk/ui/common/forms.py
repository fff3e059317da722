"""Small pieces every form uses: a field with its error sentence beside it, a status
line, a period's from/to fields, saving a file under the wait cursor, and opening the
file just saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from balintdesk.fileio import OwnFileError, refuse_own_file
from balintdesk.i18n import fill, translate
from balintdesk.paths import OwnFile
from balintdesk.ui.common.accessible import name_control
from balintdesk.ui.common.date_fields import (  # noqa: F401 (where the pages import them)
    PERIOD_FORMAT,
    PeriodFields,
    date_edit,
    display_format,
    pydate,
    qdate,
)


def hint_label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    if object_name:
        label.setObjectName(object_name)
    return label


def status_label(object_name: str) -> QLabel:
    """The quiet line under a page or dialog that says what just happened."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", "status")
    label.setWordWrap(True)
    return label


def show_status(label: QLabel, message: str, error: bool = True) -> None:
    """Say `message` on a status line (hidden when empty), styled as an error unless
    `error` is False."""
    label.setText(message)
    label.setVisible(bool(message))
    label.setProperty("role", "fieldError" if error and message else "status")
    # Re-polish so the stylesheet's role rule applies at once.
    label.style().unpolish(label)
    label.style().polish(label)


def primary_button(text: str, object_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setProperty("primary", True)
    return button


def dialog_buttons(
    dialog: QDialog, primary: QPushButton, on_primary, cancellable: bool = True
) -> QDialogButtonBox:
    """The row of buttons under a form: the primary action (Enter) and Cancel (Esc)."""
    standard = (
        QDialogButtonBox.StandardButton.Cancel
        if cancellable
        else QDialogButtonBox.StandardButton.NoButton
    )
    box = QDialogButtonBox(standard)
    if cancellable:  # in the catalogue's words, like every other button
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("forms", "Cancel"))
    box.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)
    # Enter in any field means the primary action. setDefault() only registers with a
    # dialog the button already sits in, so FormDialog makes it default when shown.
    dialog.setProperty("primaryButton", primary.objectName())
    box.accepted.connect(on_primary)
    box.rejected.connect(dialog.reject)
    return box


class _ErrorText(QLabel):
    """A wrapped label whose height is set by ErrorField, not negotiated by the layout.

    Qt's form layout squeezes the field above a height-for-width label; a plain minimum
    height, computed when the text changes, keeps both readable.
    """

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


# How each kind of field says it changed: line edits and text boxes, combo boxes, spin
# boxes (numbers), date and time edits, check boxes.
CHANGE_SIGNALS = (
    "textEdited",
    "textChanged",
    "currentTextChanged",  # a combo box, chosen from or (if editable) typed in
    "valueChanged",
    "dateTimeChanged",
    "toggled",
)


class ErrorField(QWidget):
    """A field with a sentence under it that appears only when something is wrong."""

    def __init__(self, field: QWidget, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.error = _ErrorText()
        self.error.setObjectName(f"{name}Error")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)
        # The sentence goes as soon as the person changes the field to put it right; the
        # next confirm checks again. The first of these signals the field has is used.
        for signal in CHANGE_SIGNALS:
            if hasattr(field, signal):
                getattr(field, signal).connect(self._field_changed)
                break

    def _field_changed(self, *_args) -> None:
        if self.error.isVisible():
            self.set_error(None)

    def _fit_error_height(self) -> None:
        # A wrapped label reports no minimum height to its layout; give it one for the
        # width it has, so a long sentence pushes the form down instead of overlapping it.
        if self.error.text():
            width = max(self.width(), 200)
            self.error.setMinimumHeight(QLabel.heightForWidth(self.error, width))
        else:
            self.error.setMinimumHeight(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_error_height()

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self._fit_error_height()
        self.field.setProperty("invalid", bool(message))
        # Re-polish so the stylesheet's [invalid="true"] rule applies at once.
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)
        if message:
            self.field.setAccessibleDescription(message)
        else:
            self.field.setAccessibleDescription("")


def labelled(text: str, field: QWidget | QLayout, control: QWidget | None = None) -> QLabel:
    """The visible label `text` of `field`, which is also what a screen reader calls it:
    the label's buddy (its Alt+letter focuses it) and accessible name go to `control`,
    by default the field itself or, for an ErrorField, the control inside it."""
    if control is None:
        control = field.field if isinstance(field, ErrorField) else field
    label = QLabel(text)
    label.setBuddy(control)
    name_control(control, text)
    return label


def add_row(
    form: QFormLayout, text: str, field: QWidget | QLayout, control: QWidget | None = None
) -> QLabel:
    """A form row: `field` after its label `text`, named by it (see labelled()). A row of
    several widgets (a layout) names the `control` given."""
    label = labelled(text, field, control)
    form.addRow(label, field)
    return label


def show_field_errors(fields: dict[str, ErrorField], errors: dict[str, str]) -> None:
    """Show each error beside its field, clear the others, and focus the first bad one."""
    first_bad = None
    for name, field in fields.items():
        field.set_error(errors.get(name))
        if name in errors and first_bad is None:
            first_bad = field.field
    if first_bad is not None:
        first_bad.setFocus()
    # The sentences take room: let the dialog grow to fit rather than squeeze its fields.
    window = next(iter(fields.values())).window() if fields else None
    if window is not None:
        fit_to_contents(window)


# Before a window is first shown its frame is unknown; this leaves room for a title bar
# and borders (openbox's is 20 px, Windows 11's about 31 at 100%, GNOME's up to 46).
TITLE_BAR_ALLOWANCE = 48
BORDER_ALLOWANCE = 8


def room_on_screen(window: QWidget) -> QSize:
    """The largest size `window` can have with its frame still all on its screen."""
    screen = window.screen().availableGeometry()
    return QSize(screen.width() - BORDER_ALLOWANCE, screen.height() - TITLE_BAR_ALLOWANCE)


def fit_to_contents(window: QWidget, room: QSize | None = None) -> None:
    """Grow a dialog to its preferred size, but no larger than its screen (a 1280×720
    projector), where its tables and text boxes give up the height instead. Qt otherwise
    opens it at its *minimum* size, where a form layout squeezes single-line fields to
    slivers, or at a preferred size taller than the screen, cutting off its buttons."""
    room = room_on_screen(window) if room is None else room
    # Nested form layouts settle in more than one pass once error sentences appear.
    for _attempt in range(3):
        if window.layout() is not None:
            window.layout().activate()
        want = window.sizeHint().boundedTo(room)
        if window.width() >= want.width() and window.height() >= want.height():
            break
        window.resize(max(window.width(), want.width()), max(window.height(), want.height()))


class FormDialog(QDialog):
    """A dialog that opens at the size its form wants, not the smallest it tolerates."""

    def showEvent(self, event: QShowEvent) -> None:
        primary = self.findChild(QPushButton, self.property("primaryButton") or "")
        if primary is not None:
            primary.setDefault(True)
        fit_to_contents(self)
        super().showEvent(event)


def with_suffix(path: str | Path, suffix: str) -> Path:
    """The chosen path, ending in `suffix`: Qt's own file dialog does not add the
    filter's ending to a bare name."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)


def save_file(
    path: Path,
    write: Callable[[], str],
    show_error: Callable[[str], None],
    log_failure: Callable[[OSError], object] = lambda _exc: None,
) -> str | None:
    """Run `write()`, which writes `path`, under the wait cursor; what it returns (the
    sentence to show). When the file cannot be written: `log_failure(exc)`, then
    `show_error()` with a sentence naming the folder, the reason and what to do, and None.
    One of BalintDesk's own files (`fileio.refuse_own_file`) is never written: the
    sentence says why."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        refuse_own_file(path)
        return write()
    except OwnFileError as exc:
        show_error(own_file_sentence(exc))
        return None
    except OSError as exc:
        log_failure(exc)
        show_error(
            fill(
                translate(
                    "forms",
                    "The file could not be saved in {folder}: {reason}. Choose another "
                    "folder, such as your Documents folder.",
                ),
                folder=path.parent,
                reason=exc.strerror or exc,
            )
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()


def own_file_sentence(exc: OwnFileError) -> str:
    """Why a save chose wrongly, in the user's language: the file is one of ours."""
    why = {  # each a literal, for the translation tools
        OwnFile.DATABASE: translate("forms", "{file} is BalintDesk's database."),
        OwnFile.BACKUP: translate("forms", "{file} is in BalintDesk's backups folder."),
        OwnFile.LOG: translate("forms", "{file} is in BalintDesk's logs folder."),
        OwnFile.OTHER: translate("forms", "{file} is one of BalintDesk's own files."),
    }[exc.kind]
    rest = translate(
        "forms",
        "Saving there could destroy your data, so nothing was saved. Choose another name "
        "or folder, such as your Documents folder.",
    )
    return f"{fill(why, file=exc.path.name)} {rest}"


def open_file(path: Path) -> bool:
    """Open `path` in the program the computer uses for it (the PDF viewer, from which
    it prints; the calendar, which imports a .ics). Always a local file URL: nothing is
    fetched or sent. False when the system has no program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class OpenFileButton(QPushButton):
    """ "Open it", beside a status line that says a file was saved: hidden until then.
    Saving a rota "to print" only helps if the PDF can be opened, and printed, from here."""

    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(translate("forms", "Open it"), parent)
        self.setObjectName(object_name)
        self.path: Path | None = None
        self.hide()
        self.clicked.connect(self.open_saved)

    def show_for(self, path: Path) -> None:
        self.path = path
        self.setToolTip(str(path))
        self.show()

    def forget(self) -> None:
        self.path = None
        self.hide()

    def save(
        self,
        path: Path,
        write: Callable[[], str],
        show_error: Callable[[str], None],
        log_failure: Callable[[OSError], object] = lambda _exc: None,
    ) -> str | None:
        """save_file(), with this button hidden until the file is written, then offering
        it; what save_file returns."""
        self.forget()
        done = save_file(path, write, show_error, log_failure)
        if done is not None:
            self.show_for(path)
        return done

    def open_saved(self) -> None:
        if self.path is not None and not open_file(self.path):
            self.setToolTip(
                fill(
                    translate(
                        "forms", "No program on this computer opens {file}; it is in {folder}."
                    ),
                    file=self.path.name,
                    folder=self.path.parent,
                )
            )

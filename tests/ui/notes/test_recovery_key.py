"""The recovery key's screen keeps the checkbox's promise: the key can be copied (and the
clipboard is taken back) and printed (to the printer chosen in the system's dialog)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from balintdesk.ui.notes import recovery_key
from balintdesk.ui.notes.recovery_key import RecoveryKeyPanel, key_lines, print_recovery_key

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD-EFGH"


@pytest.fixture
def panel(qtbot) -> RecoveryKeyPanel:
    widget = RecoveryKeyPanel()
    qtbot.addWidget(widget)
    widget.set_key("Dr Siobhán O'Neill", KEY)
    widget.show()
    return widget


def test_the_key_is_shown_four_groups_a_line(panel) -> None:
    assert panel.key_label.text() == key_lines(KEY)
    assert panel.key_label.text().splitlines()[0] == "ABCD-EFGH-JKLM-NPQR"


def test_copy_puts_the_key_on_the_clipboard_and_takes_it_back(qtbot, panel) -> None:
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == KEY
    assert "Copied" in panel.status.text() and panel.status.isVisible()
    assert panel._forget_timer.isActive()
    assert panel._forget_timer.interval() == recovery_key.CLIPBOARD_SECONDS * 1000
    panel._forget_timer.timeout.emit()  # the minute is up
    assert clipboard.text() == ""


def test_something_copied_since_is_left_alone(qtbot, panel) -> None:
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("the practice's phone number")
    panel.take_back_clipboard()
    assert clipboard.text() == "the practice's phone number"


def pdf_text(path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is installed by tests/run.sh"
    return subprocess.run([tool, str(path), "-"], capture_output=True, text=True).stdout


def test_the_printed_page_has_the_whole_key_whose_it_is_and_how_to_keep_it(tmp_path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that is a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_recovery_key(printer, "Dr Siobhán O'Neill", KEY, dt.date(2026, 12, 3))
    text = pdf_text(tmp_path / "printed.pdf")
    for line in key_lines(KEY).splitlines():
        assert line in text
    assert "Dr Siobhán O'Neill" in text and "on 3 December 2026" in text
    assert "safe and private" in text


def test_print_goes_through_the_system_dialog(qtbot, panel, tmp_path, monkeypatch) -> None:
    chosen = tmp_path / "chosen.pdf"

    def person_chooses_a_printer(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(chosen))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", person_chooses_a_printer)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert "Sent to the printer" in panel.status.text()
    assert "ABCD-EFGH-JKLM-NPQR" in pdf_text(chosen)


def test_cancelling_the_print_dialog_prints_nothing(qtbot, panel, monkeypatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    monkeypatch.setattr(
        recovery_key, "print_recovery_key", lambda *a: pytest.fail("printed after Cancel")
    )
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert not panel.status.isVisible()

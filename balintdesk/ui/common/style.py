"""The app's look: calm, high-contrast, large enough for a projector across a room."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from balintdesk.ui.common import accessible

# Muted teal accent on warm greys. Text/background pairs keep WCAG AA contrast (>= 4.5:1):
# #1f2a30 on #f6f5f2 is about 14:1, #ffffff on #2f6f73 about 5.9:1, error #a3302a on white
# about 6.4:1; white on the check-in colours #8a6d1f 4.9:1, #5b6770 5.8:1 (checked with
# the WCAG relative-luminance formula).
INK = "#1f2a30"
PAPER = "#f6f5f2"
SURFACE = "#ffffff"
LINE = "#d9d6cf"
MUTED = "#5b6770"
ACCENT = "#2f6f73"
ACCENT_DARK = "#24585b"
ERROR = "#a3302a"
SIDEBAR = "#e9e6df"

STYLESHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog, QStackedWidget > QWidget {{ background: {PAPER}; }}
QLabel#pageTitle {{ font-size: 20pt; font-weight: 600; }}
QLabel#pageSubtitle, QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="fieldError"] {{ color: {ERROR}; }}
QLabel[role="status"] {{ color: {MUTED}; }}
QFrame#sidebar {{ background: {SIDEBAR}; border-right: 1px solid {LINE}; }}
QLabel#appTitle {{ font-size: 15pt; font-weight: 600; color: {ACCENT_DARK}; }}
QListWidget#navigation {{ background: transparent; border: none; outline: none; }}
QListWidget#navigation::item {{ padding-left: 14px; border-radius: 6px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: #dcd8cf; }}
QLineEdit, QPlainTextEdit {{
    background: {SURFACE}; border: 1px solid {LINE}; border-radius: 5px; padding: 5px 7px;
}}
QLineEdit:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit[invalid="true"] {{ border: 2px solid {ERROR}; }}
/* Combo, date and spin boxes keep Fusion's own frame and arrows; only their height grows. */
QComboBox, QDateEdit, QTimeEdit, QSpinBox {{ min-height: 28px; }}
QPushButton {{
    background: {SURFACE}; border: 1px solid {LINE}; border-radius: 5px; padding: 6px 14px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9aa3a8; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[primary="true"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[primary="true"]:disabled {{ background: #9bb8ba; border-color: #9bb8ba; }}
/* Check-in: the chosen answer is filled; each has its own word, so colour is never the
   only cue. */
QPushButton[status] {{ padding: 6px 8px; }}
QPushButton[status]:checked {{ color: white; }}
QPushButton[status="present"]:checked {{ background: {ACCENT}; border-color: {ACCENT}; }}
QPushButton[status="apologies"]:checked {{ background: #8a6d1f; border-color: #8a6d1f; }}
QPushButton[status="absent"]:checked {{ background: #5b6770; border-color: #5b6770; }}
QFrame[alternate="true"] {{ background: #efede8; border-radius: 4px; }}
QLabel#meetingWhen {{ font-size: 15pt; font-weight: 600; }}
QTableView {{
    background: {SURFACE}; alternate-background-color: #f9f8f5; border: 1px solid {LINE};
    gridline-color: transparent; selection-background-color: #d3e5e5; selection-color: {INK};
}}
QHeaderView::section {{
    background: {PAPER}; border: none; border-bottom: 1px solid {LINE}; padding: 6px 8px;
    font-weight: 600;
}}
QGroupBox {{
    border: 1px solid {LINE}; border-radius: 6px; margin-top: 14px; padding: 12px;
    background: {SURFACE};
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; font-weight: 600; }}
"""


def apply_style(app: QApplication, *, fusion_already: bool = False) -> None:
    font = QFont(app.font())
    # 11 pt reads comfortably on a laptop and from a few metres off a projector.
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    if not fusion_already:
        app.setStyle("Fusion")  # the same look on Windows, macOS and Linux
    app.setStyleSheet(STYLESHEET)


# Qt's own command-line option for the style (QApplication's documentation, "-style").
FUSION_ARGUMENTS = ("-style", "Fusion")


def styled_application(program: str) -> QApplication:
    """The app's QApplication, in Fusion with BalintDesk's style sheet and font.

    Fusion is asked for with Qt's `-style` option, not `setStyle`: setStyle hands the new
    style back to Python, and the first QStyle PySide6 hands to Python makes it build all
    of QStyle's enums, about 4 ms (measured: `app.style()` after a bare window's show()
    still takes 4 ms; with `-style` the window shows with no QStyle reaching Python). At
    start that would come before the window is shown."""
    app = QApplication([program, *FUSION_ARGUMENTS])
    apply_style(app, fusion_already=True)
    accessible.install()  # before any window: what a screen reader is told (accessible.py)
    return app

"""The room display: a separate dark window for the projector or second screen.

On a PC with one screen (or a projector mirroring it) the room display covers
everything, so the way back is always there: a small, muted "Close room display (Esc)"
button in its corner, Esc itself, and the Timer page's button, which becomes *Close room
display* while it is open. The pointer is hidden over the room's screen and comes back
with the close button when the mouse moves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.timer_view import TimerView
from balintdesk.i18n import fill
from balintdesk.ui.timer.driver import TimerDriver
from balintdesk.ui.timer.keys import handle_timer_key
from balintdesk.ui.timer.strip import PhaseStrip
from balintdesk.ui.timer.widgets import MUTED, TEXT, TimeDisplay, state_words
from balintdesk.ui.timer.words import frame_text, phase_text

STYLE = f"""
QWidget#projector, QWidget#projector QWidget {{ background: #14191c; }}
QLabel#projectorPhase {{ color: {TEXT.name()}; font-weight: 600; }}
QLabel#projectorGuidance, QLabel#projectorState, QLabel#projectorNext {{
    color: {MUTED.name()};
}}
QLabel#projectorFrame {{ color: {TEXT.name()}; }}
QPushButton#closeRoomDisplayButton {{
    color: {MUTED.name()}; background: transparent; border: 1px solid #3a4449;
    border-radius: 4px; padding: 4px 10px;
}}
QPushButton#closeRoomDisplayButton:hover {{ color: {TEXT.name()}; border-color: {MUTED.name()}; }}
"""

POINTER_IDLE_MS = 3000  # the pointer hides again after this long without moving


class TimerFace(QWidget):
    """Phase name, guidance, the time and the state line: what the room display shows and
    the leader's panel mirrors."""

    def __init__(self, digits_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("projectorPhase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A long name wraps rather than widening the window past its screen.
        self.phase_label.setWordWrap(True)
        self.guidance_label = QLabel()
        self.guidance_label.setObjectName("projectorGuidance")
        self.guidance_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guidance_label.setWordWrap(True)
        self.display = TimeDisplay(dark=True)
        self.display.setObjectName(digits_name)
        self.state_label = QLabel()
        self.state_label.setObjectName("projectorState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.guidance_label)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.state_label)

    def show_view(self, view: TimerView) -> None:
        ended = view.state == "ended"  # the digits' place says so (TimeDisplay)
        self.phase_label.setText(" " if ended else phase_text(view.phase.name))
        self.guidance_label.setText(" " if ended else phase_text(view.phase.guidance))
        self.display.set_view(view)
        self.state_label.setText(state_words(view) or " ")


def default_screen() -> QScreen:
    """The second screen when there is one (the projector), else the only one."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    others = [screen for screen in screens if screen is not primary]
    return others[0] if others else primary


class ProjectorWindow(QWidget):
    closed = Signal()  # by Esc, its button, the Timer page or the window manager

    def __init__(self, driver: TimerDriver | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("BalintDesk — room display"))
        self.setStyleSheet(STYLE)
        self.setCursor(Qt.CursorShape.BlankCursor)  # no pointer over the room's screen
        self.setMouseTracking(True)
        self.driver: TimerDriver | None = None
        self._connection = None
        self.frame_text = ""
        self.show_frame = True
        self._windowed_geometry = None

        self.face = TimerFace("projectorDigits")
        self.phase_label = self.face.phase_label
        self.guidance_label = self.face.guidance_label
        self.display = self.face.display
        self.state_label = self.face.state_label
        self.next_label = QLabel()
        self.next_label.setObjectName("projectorNext")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label.setWordWrap(True)
        self.strip = PhaseStrip(dark=True)
        self.strip.setObjectName("projectorStrip")

        self.frame_label = QLabel()
        self.frame_label.setObjectName("projectorFrame")
        self.frame_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.frame_label.setWordWrap(True)
        self.frame_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        timer_page = QWidget()
        timer_layout = QVBoxLayout(timer_page)
        timer_layout.setContentsMargins(0, 0, 0, 0)
        timer_layout.addWidget(self.face, 1)
        timer_layout.addWidget(self.next_label)
        self.body = QStackedWidget()
        self.body.addWidget(timer_page)
        self.body.addWidget(self.frame_label)
        # Always there, small and muted: the way back on a single screen.
        self.close_button = QPushButton(self.tr("Close room display  (Esc)"))
        self.close_button.setObjectName("closeRoomDisplayButton")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to the timer
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(self.close)
        top_row = QHBoxLayout()
        top_row.addStretch(1)
        top_row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.setSpacing(8)
        layout.addLayout(top_row)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.strip)

        self.pointer_timer = QTimer(self)
        self.pointer_timer.setSingleShot(True)
        self.pointer_timer.setInterval(POINTER_IDLE_MS)
        self.pointer_timer.timeout.connect(self.hide_pointer)
        for child in self.findChildren(QWidget):
            child.setMouseTracking(True)
            child.installEventFilter(self)
        if driver is not None:
            self.set_driver(driver)

    def set_driver(self, driver: TimerDriver | None) -> None:
        if self._connection is not None:
            QObject.disconnect(self._connection)
            self._connection = None
        self.driver = driver
        if driver is not None:
            self._connection = driver.updated.connect(self.show_view)
            if driver.last_view is not None:
                self.show_view(driver.last_view)

    def set_frame(self, text: str, shown: bool = True) -> None:
        self.frame_text = text
        self.show_frame = shown
        self.frame_label.setText(frame_text(text).replace(" · ", "\n"))

    def set_display_mode(self, mode: str) -> None:
        self.display.set_mode(mode)

    # --- drawing ------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = max(1, self.height())
        side = max(12, int(self.width() * 0.025))
        self.layout().setContentsMargins(side, int(height * 0.025), side, int(height * 0.02))
        for label, share in (
            (self.phase_label, 0.065),
            (self.guidance_label, 0.035),
            (self.state_label, 0.035),
            (self.next_label, 0.03),
            (self.frame_label, 0.05),
        ):
            font = label.font()
            font.setPixelSize(max(12, int(height * share)))
            label.setFont(font)
        close_font = self.close_button.font()  # findable on any screen, never loud
        close_font.setPixelSize(max(12, int(height * 0.017)))
        self.close_button.setFont(close_font)
        strip_font = self.strip.font()
        strip_font.setPixelSize(max(11, int(height * 0.022)))
        self.strip.setFont(strip_font)
        # Tall enough for a name on two lines and its length, read from the back of the room.
        self.strip.setFixedHeight(max(52, int(height * 0.12)))

    def show_view(self, view: TimerView) -> None:
        frame = view.state == "ready" and self.show_frame and bool(self.frame_text)
        self.body.setCurrentIndex(1 if frame else 0)
        self.face.show_view(view)
        if view.state == "ended":
            self.next_label.setText(" ")
        elif view.next_phase is not None:
            self.next_label.setText(
                fill(self.tr("Next: {phase}"), phase=phase_text(view.next_phase.name))
            )
        else:
            self.next_label.setText(self.tr("Last phase"))
        self.strip.set_view(view)

    # --- screens and keys ---------------------------------------------------------------

    def show_on(self, screen: QScreen | None = None, full_screen: bool = True) -> None:
        screen = screen or default_screen()
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not handle_timer_key(event, self.driver, self.toggle_full_screen, self.close):
            super().keyPressEvent(event)

    # --- the pointer ----------------------------------------------------------------------

    def show_pointer(self) -> None:
        """The mouse moved: show the pointer (it is hidden over the room's screen) until
        it rests for POINTER_IDLE_MS."""
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.pointer_timer.start()

    def hide_pointer(self) -> None:
        self.setCursor(Qt.CursorShape.BlankCursor)

    def mouseMoveEvent(self, event) -> None:
        self.show_pointer()
        super().mouseMoveEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove:
            self.show_pointer()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pointer_timer.stop()
        self.set_driver(None)
        super().closeEvent(event)
        self.closed.emit()

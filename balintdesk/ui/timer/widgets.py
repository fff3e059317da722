"""What the timer looks like: the digits, the shrinking arc, and the strip of phases.

Painted by hand so the digits can fill a quarter of a projector's height and stay sharp.
Colour is never the only cue: overtime shows a "+" and the word "over" in a warm colour
of its own, a pause shows two large bars beside the digits (both must be told apart from
the back of the room, not by a caption), the warning shows "2 minutes left", and the
current phase in the strip is outlined and marked.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from balintdesk.domain.timer_view import TimerView
from balintdesk.i18n import translate
from balintdesk.ui.timer.words import phase_text

# Dark, calm, high contrast. Text on the background: #f2efe8 on #14191c is about 16:1;
# the warning's #f0d9a0 about 13:1; the pause's quieter #aeb8bf about 9:1; overtime's
# warm #e6a57e about 8.5:1 (WCAG 2 relative-luminance contrast ratio, computed by hand).
BACKGROUND = QColor("#14191c")
TEXT = QColor("#f2efe8")
MUTED = QColor("#aeb8bf")
WARNING = QColor("#f0d9a0")
OVERTIME = QColor("#e6a57e")
TRACK = QColor("#2a3238")
ACCENT = QColor("#6fb3b8")
LIGHT_BACKGROUND = QColor("#ffffff")
LIGHT_TEXT = QColor("#1f2a30")


def clock_text(seconds: float) -> str:
    """ "12:05" for time left; "+3:10" in overtime. Whole seconds, rounded up while
    counting down (0:01 shows until the last second is truly gone)."""
    if seconds >= 0:
        whole = math.ceil(seconds - 1e-6)
        sign = ""
    else:
        whole = math.floor(-seconds)
        sign = "+"
    hours, rest = divmod(int(whole), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def state_words(view: TimerView) -> str:
    """The line under the digits, so no state is told by colour alone."""
    if view.state == "ready":
        return translate("TimeDisplay", "Ready")
    if view.state == "ended":
        return translate("TimeDisplay", "Thank you")
    if view.state == "paused":
        return translate("TimeDisplay", "Paused")
    if view.overtime:
        return translate("TimeDisplay", "Over time — move on when the group is ready")
    if view.warning:
        minutes = max(1, math.ceil(view.remaining_seconds / 60))
        return translate("TimeDisplay", "%n minute(s) left", None, minutes)
    return ""


class TimeDisplay(QWidget):
    """Digits, or a shrinking arc, or both, for the current phase."""

    def __init__(self, dark: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.dark = dark
        self.mode = "digits"  # digits | arc | both
        self.view: TimerView | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 120)

    def set_view(self, view: TimerView) -> None:
        self.view = view
        self.setAccessibleName(
            f"{phase_text(view.phase.name)}: {clock_text(view.remaining_seconds)}"
        )
        self.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.update()

    def digit_height(self) -> float:
        """How tall the digits are drawn, in pixels: the ink of "0:00" in the font used
        (tests check it against the quarter-of-the-screen rule)."""
        return QFontMetricsF(self._digit_font()).tightBoundingRect("0:00").height()

    def _digit_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        share = 0.62 if self.mode == "digits" else 0.36
        font.setPixelSize(max(12, int(self.height() * share)))
        # Narrow windows: shrink until "88:88" fits the width. (Sized for the usual text,
        # not overtime's "+88:88", so the count-down stays as large as the screen allows.)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance("88:88")
        room = self.width() * 0.96
        if self.mode == "both":  # inside the ring, clear of it
            room = min(self.width(), self.height()) * 0.86 * 0.72
        if width > room:
            font.setPixelSize(max(12, int(font.pixelSize() * room / width)))
        return font

    def _colour(self) -> QColor:
        view = self.view
        if not self.dark:
            return LIGHT_TEXT
        if view is None or view.state in ("ready", "ended"):
            return TEXT
        if view.state == "paused":
            return MUTED
        if view.overtime:
            return OVERTIME
        return WARNING if view.warning else TEXT

    def pause_bars(self, text_rect: QRectF) -> tuple[QRectF, QRectF] | None:
        """The two bars drawn left of the digits while paused (None otherwise), sized on
        the digits' ink so they read from the back of the room."""
        if self.view is None or self.view.state != "paused":
            return None
        height = text_rect.height() * 0.9
        width, gap = height * 0.22, height * 0.16
        right = text_rect.left() - height * 0.32
        top = text_rect.center().y() - height / 2
        second = QRectF(right - width, top, width, height)
        first = QRectF(second.left() - gap - width, top, width, height)
        return first, second

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND if self.dark else LIGHT_BACKGROUND)
        view = self.view
        if view is None:
            return
        rect = QRectF(self.rect())
        if view.state == "ended":  # no time under the last phase: the meeting is over
            font = QFont(self.font())
            font.setWeight(QFont.Weight.DemiBold)
            font.setPixelSize(max(12, int(self.height() * 0.16)))
            painter.setFont(font)
            painter.setPen(self._colour())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Meeting ended"))
            return
        if self.mode in ("arc", "both"):
            self._paint_arc(painter, rect)
        if self.mode in ("digits", "both"):
            font, text, text_rect, bars = self.digit_layout()
            for bar in bars or ():
                painter.fillRect(bar, self._colour())
            painter.setFont(font)
            painter.setPen(self._colour())
            box = QRectF(rect)
            box.moveCenter(text_rect.center())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def digit_layout(self) -> tuple[QFont, str, QRectF, tuple[QRectF, QRectF] | None]:
        """The font, the text, where its ink stands, and the pause bars if any: the digits
        and the bars are centred together."""
        font = self._digit_font()
        text = clock_text(self.view.remaining_seconds)
        metrics = QFontMetricsF(font)
        rect = QRectF(self.rect())
        text_rect = QRectF(0, 0, metrics.horizontalAdvance(text), metrics.capHeight())
        text_rect.moveCenter(rect.center())
        bars = self.pause_bars(text_rect)
        if bars is not None:
            shift = (text_rect.left() - bars[0].left()) / 2
            text_rect.translate(shift, 0)
            bars = (bars[0].translated(shift, 0), bars[1].translated(shift, 0))
        return font, text, text_rect, bars

    def _paint_arc(self, painter: QPainter, rect: QRectF) -> None:
        view = self.view
        side = min(rect.width(), rect.height()) * 0.86
        box = QRectF(0, 0, side, side)
        box.moveCenter(rect.center())
        pen_width = max(6.0, side * 0.05)
        painter.setPen(QPen(TRACK if self.dark else QColor("#e3e0d9"), pen_width))
        painter.drawEllipse(box)
        planned = max(1.0, float(view.planned_seconds))
        left = max(0.0, min(1.0, view.remaining_seconds / planned))
        if left > 0:
            colour = WARNING if view.warning else (ACCENT if self.dark else QColor("#2f6f73"))
            pen = QPen(colour, pen_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock: start at 12.
            painter.drawArc(box, 90 * 16, int(left * 360 * 16))

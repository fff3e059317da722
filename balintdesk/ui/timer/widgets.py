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
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from balintdesk.domain.timer_view import PhaseRecord, TimerView
from balintdesk.ui.common import accessible

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
        return "Ready"
    if view.state == "ended":
        return "Thank you"
    if view.state == "paused":
        return "Paused"
    if view.overtime:
        return "Over time — move on when the group is ready"
    if view.warning:
        minutes = max(1, math.ceil(view.remaining_seconds / 60))
        return f"{minutes} minute{'s' if minutes != 1 else ''} left"
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
        self.setAccessibleName(f"{view.phase.name}: {clock_text(view.remaining_seconds)}")
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


NAME_KEPT_CHARS = 4  # an elided name shows at least this much of itself, or its number


def fitted_name(metrics: QFontMetricsF, mark: str, name: str, number: int, width: float) -> str:
    """What fits of a phase's name in a box `width` wide, after its mark ("▶ "): all of it,
    or its start ending in "…" (cut between characters by Qt, never mid-glyph), or, when
    too little of the name would be left to know it by, the phase's number (without the
    mark if need be: the current box is also outlined and bold). The whole name is always
    in the box's tooltip and given to a screen reader."""
    whole = mark + name
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    elided = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)
    if len(elided) - len(mark) - 1 >= min(NAME_KEPT_CHARS, len(name)):
        return elided
    for short in (f"{mark}{number}", str(number)):
        if metrics.horizontalAdvance(short) <= width:
            return short
    return metrics.elidedText(str(number), Qt.TextElideMode.ElideRight, width)


class _PhaseCell(QWidget):
    """One phase's place on the strip, for a screen reader and the pointer: the strip
    paints it; this holds its name, how it went (accessible name and description) and the
    whole of both as a tooltip, where a narrow box shows the name cut short with "…"."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setProperty(accessible.ROLE_PROPERTY, QAccessible.Role.ListItem.value)
        self.setMouseTracking(True)

    def mouseMoveEvent(self, event) -> None:
        event.ignore()  # to the strip, and whoever watches it (the room display's pointer)


class PhaseStrip(QWidget):
    """All phases side by side, one equal box each (short phases stay readable), with the
    name and the length; the current one is outlined, marked with a triangle and bold,
    done ones are ticked and dimmed. A name too long for its box ends in "…"; the whole
    name is in the box's tooltip. To a screen reader the strip is a list ("Phases") with
    one item per phase, named by the phase and described by how it went."""

    def __init__(self, dark: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        accessible.install()
        self.dark = dark
        self.view: TimerView | None = None
        self.cells: list[_PhaseCell] = []
        self.setProperty(accessible.ROLE_PROPERTY, QAccessible.Role.List.value)
        self.setAccessibleName(self.tr("Phases"))
        self.setMinimumHeight(52)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_view(self, view: TimerView) -> None:
        self.view = view
        while len(self.cells) < len(view.records):
            cell = _PhaseCell(self)
            cell.show()
            self.cells.append(cell)
        while len(self.cells) > len(view.records):
            self.cells.pop().deleteLater()
        for record, cell in zip(view.records, self.cells, strict=True):
            status = self.phase_status(record, view)
            description = self.tr("{0}, {1} min planned").format(status, self._minutes(record))
            if cell.accessibleName() != record.name:
                cell.setAccessibleName(record.name)
            if cell.accessibleDescription() != description:
                cell.setAccessibleDescription(description)
                cell.setToolTip(f"{record.name}\n{description}")
            current = self._current(record, view)
            if bool(cell.property(accessible.SELECTED_PROPERTY)) != current:
                cell.setProperty(accessible.SELECTED_PROPERTY, current)
                accessible.state_changed(cell, selected=True)
        self._place_cells()
        self.update()

    @staticmethod
    def _minutes(record: PhaseRecord) -> int:
        return round(record.planned_seconds / 60)

    @staticmethod
    def _current(record: PhaseRecord, view: TimerView) -> bool:
        return record.index == view.index and view.state != "ended"

    def _done(self, record: PhaseRecord, view: TimerView) -> bool:
        return (record.finished or record.index < view.index) and not self._current(record, view)

    @staticmethod
    def _not_reached(record: PhaseRecord, view: TimerView) -> bool:
        return view.state == "ended" and not record.started

    def phase_status(self, record: PhaseRecord, view: TimerView) -> str:
        """How the phase went, in words: what the strip shows by mark, colour and outline."""
        if self._current(record, view):
            return {
                "running": self.tr("running"),
                "paused": self.tr("paused"),
            }.get(view.state, self.tr("next, not started"))
        if self._not_reached(record, view):
            return self.tr("not reached")
        if record.skipped:
            return self.tr("skipped")
        if self._done(record, view):
            return self.tr("done")
        return self.tr("to come")

    def _boxes(self) -> list[QRectF]:
        count = len(self.view.records) if self.view is not None else 0
        if not count:
            return []
        share = (self.width() - 4.0) / count
        height = self.height() - 6.0
        return [QRectF(2 + index * share + 2, 3, share - 4, height) for index in range(count)]

    def _place_cells(self) -> None:
        for cell, box in zip(self.cells, self._boxes(), strict=False):
            cell.setGeometry(box.toAlignedRect())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_cells()

    def sizeHint(self):
        size = super().sizeHint()
        size.setHeight(max(52, int(self.fontMetrics().height() * 3.2)))
        return size

    def paintEvent(self, _event) -> None:
        view = self.view
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND if self.dark else LIGHT_BACKGROUND)
        if view is None or not view.records:
            return
        height = self.height() - 6.0
        font = QFont(self.font())
        font.setPixelSize(max(10, int(height * 0.28)))
        small = QFont(font)
        small.setPixelSize(max(9, int(height * 0.22)))
        ink = TEXT if self.dark else LIGHT_TEXT
        for record, box in zip(view.records, self._boxes(), strict=True):
            current = self._current(record, view)
            done = self._done(record, view)
            not_reached = self._not_reached(record, view)
            passed_over = record.skipped or not_reached
            fill = QColor("#243036") if self.dark else QColor("#eef3f3")
            if current:
                fill = QColor("#2f5f63") if self.dark else QColor("#d3e5e5")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(box, 6, 6)
            if current:
                painter.setPen(QPen(ink, 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box, 6, 6)
            pad = min(8.0, max(2.0, box.width() * 0.1))  # narrow boxes keep room for text
            inner = box.adjusted(pad, 4, -pad * 0.75, -4)
            top, bottom = QRectF(inner), QRectF(inner)
            top.setHeight(inner.height() * 0.55)
            bottom.setTop(inner.top() + inner.height() * 0.55)
            name_font = QFont(font)
            name_font.setBold(current)
            painter.setFont(name_font)
            painter.setPen(MUTED if done else ink)
            mark = "▶ " if current else ("– " if passed_over else ("✓ " if done else ""))
            name = fitted_name(
                QFontMetricsF(name_font), mark, record.name, record.index + 1, top.width()
            )
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, name)
            painter.setFont(small)
            painter.setPen(MUTED)
            minutes = round(record.planned_seconds / 60)
            detail = f"{minutes} min" + (
                " · not reached" if not_reached else (" · skipped" if record.skipped else "")
            )
            if QFontMetricsF(small).horizontalAdvance(detail) > bottom.width():
                detail = f"{minutes}′"  # the minutes alone, rather than "1…"
            detail = QFontMetricsF(small).elidedText(
                detail, Qt.TextElideMode.ElideRight, bottom.width()
            )
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, detail)

"""The strip of phases under the digits, on the room display and its mirror on the Timer
page: one box a phase, its name whole wherever it can be (on two lines when one is too
narrow), its length, and how it went.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from balintdesk.domain.timer_view import PhaseRecord, TimerView
from balintdesk.i18n import fill
from balintdesk.ui.common import accessible
from balintdesk.ui.timer.widgets import BACKGROUND, LIGHT_BACKGROUND, LIGHT_TEXT, MUTED, TEXT
from balintdesk.ui.timer.words import phase_text

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


def name_lines(
    metrics: QFontMetricsF, mark: str, name: str, number: int, width: float
) -> list[str]:
    """The name on one line if it fits, else on two broken between words (the second
    ending in "…" only if even two lines are too few), else as fitted_name gives it."""
    whole = mark + name
    if metrics.horizontalAdvance(whole) <= width:
        return [whole]
    words = whole.split(" ")
    first, taken = "", 0
    for word in words:
        trial = f"{first} {word}" if first else word
        if metrics.horizontalAdvance(trial) > width:
            break
        first, taken = trial, taken + 1
    if len(first) > len(mark.strip()) and taken < len(words):  # a word of the name fits
        rest = " ".join(words[taken:])
        second = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        if len(second) > 1 or second == rest:
            return [first, second]
    if mark and metrics.horizontalAdvance(name) <= width:
        return [name]  # whole without its mark: the box's outline and length line say it
    return [fitted_name(metrics, mark, name, number, width)]


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
            description = fill(
                self.tr("{status}, {minutes} min planned"),
                status=status,
                minutes=self._minutes(record),
            )
            name = phase_text(record.name)
            if cell.accessibleName() != name:
                cell.setAccessibleName(name)
            if cell.accessibleDescription() != description or cell.toolTip() != (
                f"{name}\n{description}"
            ):
                cell.setAccessibleDescription(description)
                cell.setToolTip(f"{name}\n{description}")
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
        size.setHeight(max(52, int(self.fontMetrics().height() * 3.8)))
        return size

    def fonts(self, height: float) -> tuple[QFont, QFont, bool]:
        """The names' font, the lengths' font, and whether names take two lines: a
        little smaller then, so two lines and the length fit the box's height."""
        font = QFont(self.font())
        font.setPixelSize(max(10, int(height * 0.28)))
        font.setBold(True)  # measured as the widest, the current phase's
        metrics = QFontMetricsF(font)
        boxes = self._boxes()
        one_line = all(
            metrics.horizontalAdvance("▶ " + phase_text(record.name)) <= self._text_width(box)
            for record, box in zip(self.view.records, boxes, strict=True)
        )
        if not one_line:
            font.setPixelSize(max(10, int(height * 0.22)))
        font.setBold(False)
        small = QFont(font)
        small.setPixelSize(max(9, int(height * (0.22 if one_line else 0.19))))
        return font, small, not one_line

    @staticmethod
    def _text_width(box: QRectF) -> float:
        pad = min(8.0, max(2.0, box.width() * 0.1))  # narrow boxes keep room for text
        return box.width() - pad * 1.75

    def tile_texts(self) -> list[tuple[list[str], str]]:
        """What each box shows: its name's lines (with the mark) and its length, as
        painted. For the tests, and the one place that decides it."""
        view = self.view
        if view is None or not view.records:
            return []
        font, small, two_lines = self.fonts(self.height() - 6.0)
        texts = []
        for record, box in zip(view.records, self._boxes(), strict=True):
            current = self._current(record, view)
            done = self._done(record, view)
            passed_over = record.skipped or self._not_reached(record, view)
            name_font = QFont(font)
            name_font.setBold(current)
            mark = "▶ " if current else ("– " if passed_over else ("✓ " if done else ""))
            width = self._text_width(box)
            metrics = QFontMetricsF(name_font)
            name = phase_text(record.name)
            if two_lines:
                lines = name_lines(metrics, mark, name, record.index + 1, width)
            else:
                lines = [fitted_name(metrics, mark, name, record.index + 1, width)]
            minutes = self._minutes(record)
            if self._not_reached(record, view):
                detail = fill(self.tr("{minutes} min · not reached"), minutes=minutes)
            elif record.skipped:
                detail = fill(self.tr("{minutes} min · skipped"), minutes=minutes)
            else:
                detail = fill(self.tr("{minutes} min"), minutes=minutes)
            small_metrics = QFontMetricsF(small)
            if small_metrics.horizontalAdvance(detail) > width:
                detail = f"{minutes}′"  # the minutes alone, rather than "1…"
            texts.append(
                (lines, small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width))
            )
        return texts

    def paintEvent(self, _event) -> None:
        view = self.view
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND if self.dark else LIGHT_BACKGROUND)
        if view is None or not view.records:
            return
        font, small, _two_lines = self.fonts(self.height() - 6.0)
        ink = TEXT if self.dark else LIGHT_TEXT
        texts = self.tile_texts()
        for record, box, (lines, detail) in zip(view.records, self._boxes(), texts, strict=True):
            current = self._current(record, view)
            done = self._done(record, view)
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
            pad = min(8.0, max(2.0, box.width() * 0.1))
            inner = box.adjusted(pad, 4, -pad * 0.75, -4)
            small_height = QFontMetricsF(small).height()
            names = QRectF(inner)
            names.setBottom(inner.bottom() - small_height)
            name_font = QFont(font)
            name_font.setBold(current)
            painter.setFont(name_font)
            painter.setPen(MUTED if done else ink)
            painter.drawText(
                names, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "\n".join(lines)
            )
            painter.setFont(small)
            painter.setPen(MUTED)
            lengths = QRectF(inner)
            lengths.setTop(inner.bottom() - small_height)
            painter.drawText(
                lengths, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, detail
            )

"""A one-line label for a name that may be long (a member's, up to 120 letters): it gives
up width to the buttons beside it and ends in "…" when it must, showing the whole name on
hover and giving it whole to a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

SHORTEST = 12  # letters always shown, whatever the space


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("elides", True)  # for tests/ui/_clipping.py: cut on purpose
        self._whole = ""
        self._detail = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self._whole = text
        self.setAccessibleName(text)
        self._elide()

    def whole_text(self) -> str:
        return self._whole

    def set_detail(self, detail: str) -> None:
        """A line of detail under the name in its tooltip ("GP · leader")."""
        self._detail = detail
        self._elide()

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        shortest = metrics.horizontalAdvance(self._whole[:SHORTEST] + "…")
        return QSize(min(shortest, metrics.horizontalAdvance(self._whole)), metrics.height())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._whole), metrics.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._whole, Qt.TextElideMode.ElideRight, self.width()
        )
        super().setText(shown)
        tip = [self._whole] if shown != self._whole else []
        self.setToolTip("\n".join(tip + ([self._detail] if self._detail else [])))

"""Names that may be long (a member's, up to 120 letters) in little room: a one-line label
that gives up width to the buttons beside it, and a choice among names that stays as wide
as its box. Either ends a name in "…" when it must, shows it whole on hover and gives it
whole to a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

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


def names_combo(object_name: str, characters: int = 22) -> QComboBox:
    """A choice among names the group chose (members, templates, themes, groups): as wide
    as `characters` letters whatever the longest name, so a 120-letter name cannot push a
    page wider than a 1280×720 screen. A longer name is elided in the box; hovering over
    the box or over an item in its list shows it whole."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)

    def whole_names(*_args) -> None:
        combo.setToolTip(combo.currentText())
        model = combo.model()
        for row in range(model.rowCount()):
            index = model.index(row, combo.modelColumn())
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if model.data(index, Qt.ItemDataRole.ToolTipRole) != text:
                model.setData(index, text, Qt.ItemDataRole.ToolTipRole)

    combo.model().rowsInserted.connect(whole_names)
    combo.model().dataChanged.connect(whole_names)
    combo.currentIndexChanged.connect(whole_names)
    return combo

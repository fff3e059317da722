"""The parts of the requirements view: the rule's settings as spin boxes, and the list of
its conditions, each with a mark in words (not colour alone), its line and what is still
missing. `RequirementsDialog` (requirements_dialog.py) puts them together."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from balintdesk.domain.rules import ConditionResult, Setting
from balintdesk.i18n import language, say
from balintdesk.ui.common.forms import add_row

# The marks are words with a sign before them: read on a projector, and by a screen
# reader, without telling green from red.
MET_COLOUR = "#2f6f4f"
NOT_MET_COLOUR = "#8a4b12"


def in_language(texts: Mapping[str, str]) -> str:
    """A text a rule's file gives per language: the user's, else English."""
    return texts.get(language()) or texts.get("en", "")


class SettingsPanel(QWidget):
    """One spin box per setting of the rule, labelled as its file says, with the reason
    the figure varies as the box's tooltip and description. `changed(key, value)` is
    emitted when the user changes one."""

    changed = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ruleSettings")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.boxes: dict[str, QSpinBox] = {}

    def show_settings(self, settings: Sequence[Setting], values: Mapping[str, int]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        for setting in settings:
            box = QSpinBox()
            box.setObjectName(f"setting_{setting.key}")
            box.setRange(setting.minimum, setting.maximum)
            box.setValue(values.get(setting.key, setting.default))
            box.setKeyboardTracking(False)  # one change per number typed, not per digit
            why = in_language(setting.why)
            if why:
                box.setToolTip(why)
                box.setAccessibleDescription(why)
            label = add_row(self.form, in_language(setting.label), box)
            label.setWordWrap(True)
            box.valueChanged.connect(lambda value, key=setting.key: self.changed.emit(key, value))
            self.boxes[setting.key] = box
        self.setVisible(bool(settings))


class ConditionsPanel(QScrollArea):
    """The rule's conditions, one row each: the mark, the line, what is missing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conditionsList")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sources = QLabel()
        self.marks: list[QLabel] = []
        self.lines: list[QLabel] = []
        self.missing: list[QLabel] = []
        self.show_results(())

    def show_results(self, results: Sequence[ConditionResult], sources: str = "") -> None:
        """The rows, and under them the rule's sources, small: they are long (a citation
        with its address and what it says), and the conditions come first."""
        # A new list each time (setWidget deletes the old one): rows come and go with the rule.
        inner = QWidget()
        inner.setObjectName("conditionsInner")
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 4, 12, 4)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(1, 1)
        self.marks, self.lines, self.missing = [], [], []
        for row, result in enumerate(results):
            mark = QLabel(self.tr("✓ Met") if result.met else self.tr("○ Not yet"))
            mark.setObjectName(f"conditionMark{row}")
            mark.setProperty("met", result.met)
            mark.setStyleSheet(
                f"color: {MET_COLOUR if result.met else NOT_MET_COLOUR}; font-weight: 600;"
            )
            line = QLabel(capital(say(result.line)))
            line.setObjectName(f"conditionLine{row}")
            line.setWordWrap(True)
            missing = QLabel(capital(say(result.missing)) if result.missing is not None else "")
            missing.setObjectName(f"conditionMissing{row}")
            missing.setWordWrap(True)
            missing.setProperty("role", "hint")
            missing.setVisible(result.missing is not None)
            text = QVBoxLayout()
            text.setSpacing(2)
            text.addWidget(line)
            text.addWidget(missing)
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(text, row, 1)
            self.marks.append(mark)
            self.lines.append(line)
            self.missing.append(missing)
        self.sources = QLabel(sources)
        self.sources.setObjectName("ruleSources")
        self.sources.setWordWrap(True)
        self.sources.setProperty("role", "hint")
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = self.sources.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.sources.setFont(small)
        self.sources.setVisible(bool(sources))
        grid.setRowMinimumHeight(len(results), 8)
        grid.addWidget(self.sources, len(results) + 1, 0, 1, 2)
        grid.setRowStretch(len(results) + 2, 1)
        self.setWidget(inner)
        inner.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)


def capital(text: str) -> str:
    """A rule's line starts in lower case (it may be joined to others); on its own line
    it starts a sentence."""
    return text[:1].upper() + text[1:]


def summary_font(widget: QWidget) -> QFont:
    """The summary line's font: larger and bolder than the rows', for the back row."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setWeight(QFont.Weight.DemiBold)
    return font

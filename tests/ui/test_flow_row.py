"""FlowRow: a row of buttons that looks like a QHBoxLayout when there is room and wraps
onto more lines, growing in height, when there is not; and the Rota page's fairness
table, whose headings get tighter and then go on two lines when it is narrow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QPushButton, QWidget

from balintdesk.ui.common.flow import FlowRow


def _row(layout_class, qtbot):
    """Five buttons, a stretch, then two more: the Timer page's row, in either layout."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = layout_class(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    buttons = [QPushButton(f"Button number {n}") for n in range(7)]
    for button in buttons[:5]:
        layout.addWidget(button)
    layout.addStretch(1)
    for button in buttons[5:]:
        layout.addWidget(button)
    return host, layout, buttons


def _place(host: QWidget, width: int) -> None:
    host.resize(width, host.layout().heightForWidth(width) if width else 40)
    host.show()
    host.layout().activate()
    QApplication.processEvents()


def test_with_room_it_lays_out_as_a_box_layout_would(qtbot) -> None:
    flow_host, _flow, flowing = _row(FlowRow, qtbot)
    box_host, _box, boxed = _row(QHBoxLayout, qtbot)
    width = 1600
    _place(flow_host, width)
    box_host.resize(width, flow_host.height())
    box_host.show()
    QApplication.processEvents()
    assert [b.geometry() for b in flowing] == [b.geometry() for b in boxed]
    # The last two sit at the right, as the stretch pushes them.
    assert flowing[-1].geometry().right() == width - 1


def test_narrow_it_wraps_and_what_follows_the_stretch_goes_together(qtbot) -> None:
    host, layout, buttons = _row(FlowRow, qtbot)
    one_line = layout.sizeHint().width()
    width = one_line - 60
    _place(host, width)
    tops = [button.y() for button in buttons]
    assert tops[:5] == [0] * 5  # the first five fit on the first line
    assert tops[5] == tops[6] > 0  # the two after the stretch on a line of their own...
    assert buttons[6].geometry().right() == width - 1  # ...on the right, as before
    assert layout.heightForWidth(width) > layout.heightForWidth(one_line)
    for number, one in enumerate(buttons):
        assert one.width() >= one.sizeHint().width()
        assert QRect(0, 0, host.width(), host.height()).contains(one.geometry())
        for other in buttons[number + 1 :]:
            assert not one.geometry().intersects(other.geometry())


def test_at_its_narrowest_each_button_has_a_line_and_is_whole(qtbot) -> None:
    host, layout, buttons = _row(FlowRow, qtbot)
    narrowest = layout.minimumSize().width()
    assert narrowest == max(button.sizeHint().width() for button in buttons)
    _place(host, narrowest)
    assert len({button.y() for button in buttons}) == len(buttons)
    assert all(button.width() >= button.sizeHint().width() for button in buttons)


def test_a_hidden_button_takes_no_room_and_a_stretchy_field_takes_what_is_left(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowRow(host)
    combo = QComboBox()
    combo.addItem("Classic, one case (60 min)")
    hidden = QPushButton("Not shown")
    hidden.hide()
    shown = QPushButton("Shown")
    layout.addWidget(combo, 1)
    layout.addWidget(hidden)
    layout.addWidget(shown)
    _place(host, 800)
    assert shown.geometry().right() == 799
    assert combo.width() == 800 - shown.width() - layout.spacing()


@pytest.fixture(params=["en", "de", "nl"])
def language(request, qapp):
    from balintdesk.i18n import qt as i18n_qt

    i18n_qt.install(request.param)
    yield request.param
    i18n_qt.install("en")


def test_the_fairness_table_tightens_then_breaks_its_headings(qtbot, language) -> None:
    from balintdesk.ui.common.style import STYLESHEET
    from balintdesk.ui.rota.table import FairnessTable

    table = FairnessTable()
    qtbot.addWidget(table)
    # The headings' padding and bold type come from the app's style sheet and font, set
    # on the table alone: setting them on the application re-polishes every widget the
    # suite has made so far, which took minutes late in a full run.
    font = QFont(table.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    table.setFont(font)
    table.setStyleSheet(STYLESHEET)
    table.resize(2000, 300)
    table.show()
    QApplication.processEvents()
    model, header = table.model(), table.horizontalHeader()

    def headings() -> list[str]:
        return [str(model.headerData(c, header.orientation())) for c in range(model.columnCount())]

    assert not any("\n" in heading for heading in headings()) and not header.tight
    table.resize(table.minimumSizeHint().width(), 300)
    QApplication.processEvents()
    assert header.tight
    assert any("\n" in heading for heading in headings())
    assert sum(header.sectionSize(c) for c in range(1, model.columnCount())) < table.width()
    for column in range(model.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column) or column == 0

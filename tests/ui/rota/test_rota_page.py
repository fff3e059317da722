"""The Rota page: the plan, pins and swaps by keyboard and by drag, breaks, fairness."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from balintdesk.store import meetings
from balintdesk.store.models import Meeting, MeetingStatus, RotaPin
from balintdesk.ui.main_window import MainWindow

from ._rota_window import rota_window

NAMES = ("Dr Ann", "Dr Ben", "Dr Cara", "Dr Dev", "Dr Eve")


@pytest.fixture
def window(qtbot, db, data_dir):
    return rota_window(qtbot, db, data_dir, NAMES)


def presenters(window: MainWindow) -> list[str]:
    table = window.rota_page.plan_table
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def test_the_next_twelve_meetings_each_with_presenter_reserve_and_reason(window):
    table = window.rota_page.plan_table
    assert table.rowCount() == 12
    assert table.item(0, 0).text() == "Tue 3 Mar 2026"
    # Everyone once before anyone twice, then the same order again.
    assert presenters(window)[:10] == [*NAMES, *NAMES]
    assert table.item(0, 2).text() == "Dr Ben"
    assert table.item(0, 3).text() == "has not presented yet, joined January 2025"


def test_pin_and_swap_from_the_keyboard(qtbot, window):
    page = window.rota_page
    table = page.plan_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert presenters(window)[0] == "Dr Ann (pinned)"
    assert RotaPin.select().count() == 1
    assert page.pin_button.text() == "Unpin"

    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    # Cara (3rd) and Ben (2nd) swapped; both pinned; the rest flows on.
    assert presenters(window)[:4] == [
        "Dr Ann (pinned)",
        "Dr Cara (pinned)",
        "Dr Ben (pinned)",
        "Dr Dev",
    ]
    assert "Swapped" in page.status_label.text()
    assert table.currentRow() == 1, "the selection follows the moved presenter"

    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert presenters(window)[0] == "Dr Ann"


def test_drag_a_presenter_onto_another_date_swaps_them(window):
    table = window.rota_page.plan_table
    table.selectRow(0)
    target = table.visualItemRect(table.item(3, 1)).center()
    event = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    table.dropEvent(event)
    assert presenters(window)[:4] == [
        "Dr Dev (pinned)",
        "Dr Ben",
        "Dr Cara",
        "Dr Ann (pinned)",
    ]
    assert table.item(0, 0).text() == "Tue 3 Mar 2026", "rows themselves never move"


def test_choose_a_presenter_for_a_date(qtbot, window):
    page = window.rota_page
    page.plan_table.selectRow(1)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findText("Dr Eve"))
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert presenters(window)[:3] == ["Dr Ann", "Dr Eve (pinned)", "Dr Ben"]


def test_a_break_cancels_its_meetings_and_the_rota_flows_around_it(qtbot, window):
    page = window.rota_page
    qtbot.mouseClick(page.add_break_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.first_edit.setDate(dialog.first_edit.date().addDays(7))  # 10 March
    dialog.last_edit.setDate(dialog.first_edit.date().addDays(13))  # to 23 March
    dialog.label_edit.setText("Easter")
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert presenters(window)[:5] == ["Dr Ann", "No meeting", "No meeting", "Dr Ben", "Dr Cara"]
    assert page.plan_table.item(1, 3).text() == "Easter"
    assert page.break_list.count() == 1 and page.break_list.item(0).text().startswith("Easter")
    cancelled = Meeting.select().where(Meeting.status == MeetingStatus.CANCELLED).count()
    assert cancelled == 2

    page.break_list.setCurrentRow(0)
    qtbot.mouseClick(page.remove_break_button, Qt.MouseButton.LeftButton)
    assert presenters(window)[:3] == ["Dr Ann", "Dr Ben", "Dr Cara"]


def test_a_break_that_ends_before_it_starts_is_refused_in_the_dialog(qtbot, window):
    page = window.rota_page
    qtbot.mouseClick(page.add_break_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    dialog.last_edit.setDate(dialog.first_edit.date().addDays(-3))
    qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    shown = [f.error.text() for f in dialog.fields.values() if f.error.isVisible()]
    assert shown and any(text for text in shown)
    assert meetings.list_breaks(window.group_id) == []


def test_past_meetings_import_then_fairness_sorts_by_a_column_click(qtbot, window, tmp_path):
    # Past attendance, through the same import a user would run from this page.
    lines = ["date,name,status,presented"]
    for week, day in enumerate(dt.date(2026, 1, 6) + dt.timedelta(weeks=w) for w in range(8)):
        for name in NAMES:
            presented = "yes" if name == NAMES[week % 5] else "no"
            lines.append(f"{day.isoformat()},{name},present,{presented}")
    csv_file = tmp_path / "history.csv"
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = window.rota_page
    page.open_history_import(csv_file)
    dialog = page.active_dialog
    assert dialog.import_button.isEnabled(), [
        dialog.error_list.item(i).text() for i in range(dialog.error_list.count())
    ]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "8 meetings recorded" in page.status_label.text()

    table = page.fairness_table
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(2) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    counts = [int(table.item(row, 2).text()) for row in range(table.rowCount())]
    assert counts == sorted(counts)
    assert table.item(0, 0).text() in {"Dr Dev", "Dr Eve"}  # presented once; others twice
    # The plan now starts with who has waited longest.
    assert presenters(window)[0] in {"Dr Dev", "Dr Eve"}


def test_long_names_and_reasons_are_whole_on_hover_and_never_scroll_sideways(qtbot, db, data_dir):
    long_names = [
        "Dr Maximiliane Alexandra von Wolkenstein-Trauttmansdorff-Weinsberg",
        "Dr Bartholomew Fitzwilliam-Montgomery-Smythe III",
        "Dr Siobhán Ní Mhaoldomhnaigh-Ó Ceallaigh",
    ]
    main = rota_window(qtbot, db, data_dir, long_names)
    main.resize(1272, 672)  # a 1280×720 projector, less the title bar
    table = main.rota_page.plan_table
    QApplication.processEvents()
    header = table.horizontalHeader()
    widths = sum(header.sectionSize(column) for column in range(table.columnCount()))
    assert widths <= table.viewport().width(), "every column, the reasons too, is in view"
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            assert item.text() in item.toolTip(), "the whole text on hover"
    why = table.item(0, 3).text()
    assert "waited" in why or "presented" in why, why  # the reason itself, not cut short

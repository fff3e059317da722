"""The phase strip, to a screen reader: a list named "Phases" with one item per phase,
named by the phase and described by how it went (running, done, skipped, not reached),
in the leader's panel and on the room display alike. Asked through Qt's QAccessible
interfaces; test_atspi.py asks through AT-SPI."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from .conftest import end_meeting


def phases(strip) -> list[tuple[str, str, bool]]:
    """Each accessible child of the strip: its name, description and whether it is the
    selected (current) one."""
    interface = QAccessible.queryAccessibleInterface(strip)
    assert interface.role() == QAccessible.Role.List
    assert interface.text(QAccessible.Text.Name) == "Phases"
    found = []
    for index in range(interface.childCount()):
        child = interface.child(index)
        assert child.role() == QAccessible.Role.ListItem
        assert interface.indexOfChild(child) == index
        found.append(
            (
                child.text(QAccessible.Text.Name),
                child.text(QAccessible.Text.Description),
                bool(child.state().selected),
            )
        )
    return found


def test_each_phase_is_an_item_with_its_state(qtbot, window, clock):
    page = window.timer_page
    projector = page.open_projector()
    qtbot.waitExposed(projector)
    names = [phase.name for phase in page.driver.last_view.records]
    assert len(names) >= 4

    for strip in (page.strip, projector.strip):
        items = phases(strip)
        assert [name for name, _d, _s in items] == names
        assert items[0][1].startswith("next, not started, 3 min planned")
        assert items[0][2] and not any(selected for _n, _d, selected in items[1:])
        assert {description.split(",")[0] for _n, description, _s in items[1:]} == {"to come"}

    qtbot.keyClick(page, Qt.Key.Key_Space)  # start
    clock.advance(70)
    page.driver.refresh()
    assert phases(page.strip)[0][1] == "running, 3 min planned"
    qtbot.keyClick(page, Qt.Key.Key_Right)  # held for 70 s: done
    clock.advance(120)
    page.driver.refresh()
    qtbot.keyClick(page, Qt.Key.Key_Right)  # held for 120 s: done
    qtbot.keyClick(page, Qt.Key.Key_Right)  # left at once: skipped
    qtbot.keyClick(page, Qt.Key.Key_Space)  # pause
    for strip in (page.strip, projector.strip):
        items = phases(strip)
        words = [description.split(",")[0] for _n, description, _s in items]
        assert words[:4] == ["done", "done", "skipped", "paused"]
        assert [selected for _n, _d, selected in items][:4] == [False, False, False, True]

    end_meeting(qtbot, page)
    words = [description.split(",")[0] for _n, description, _s in phases(projector.strip)]
    assert words[-1] == "not reached"
    assert not any(selected for _n, _d, selected in phases(projector.strip))


def test_the_whole_name_is_on_hover(qtbot, window):
    """A name too long for its box ends in "…" on the strip; the tooltip has all of it."""
    page = window.timer_page
    records = page.driver.last_view.records
    for cell, record in zip(page.strip.cells, records, strict=True):
        assert cell.toolTip().splitlines()[0] == record.name
        assert cell.geometry().width() > 0 and page.strip.rect().contains(cell.geometry())


def test_a_long_name_ends_in_an_ellipsis_or_shows_its_number(qapp):
    """Never cut off unseen: all of the name, or its start and "…", or the phase's number;
    always within the box."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from balintdesk.ui.timer.strip import fitted_name

    font = QFont()
    font.setPixelSize(16)
    metrics = QFontMetricsF(font)
    name = "Presenter sits back — group discussion, and a little more to say"[:60]
    whole = metrics.horizontalAdvance("▶ " + name)
    assert fitted_name(metrics, "▶ ", name, 4, whole + 1) == "▶ " + name
    seen = set()
    for width in range(int(metrics.horizontalAdvance("20")) + 1, int(whole), 7):
        shown = fitted_name(metrics, "▶ ", name, 20, width)
        assert metrics.horizontalAdvance(shown) <= width, (width, shown)
        if shown.endswith("…"):
            assert shown.startswith("▶ " + name[:4]), shown
            kind = "elided"
        else:
            assert shown in ("▶ 20", "20"), shown
            kind = shown
        seen.add(kind)
    assert seen == {"elided", "▶ 20", "20"}

"""The Timer page with the practice's server away (ui/common/offline.py): the timer
runs on, its state kept on this computer, and the page's banner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from balintdesk.domain.phases import PhaseTemplate
from balintdesk.i18n import fill, translate
from balintdesk.store import timer_store
from balintdesk.store.outbox_send import timer_payload
from balintdesk.ui.common.offline import Kind, attach, keeper, reads, run_or_keep
from balintdesk.ui.timer.words import template_label

__all__ = ["attach_timer_page", "reads", "reads_timer", "save_timer"]


def attach_timer_page(page: Any) -> None:
    """The Timer page's banner; its templates, settings and timing dialogs wait."""
    waits = [page.templates_button, page.settings_button, page.timing_button]
    attach(page, [*waits, page.template_combo], page.status_label.setText)


def save_timer(page: Any, timer: Any, view: Any) -> None:
    """The Timer page's save as its timer runs (the driver calls it after every action
    and every few seconds): the run begun, its progress, its end; each to the server, or
    with the server gone the timer's whole state kept on this computer. The clock on the
    wall never waits for it."""
    if page.meeting is None:
        return
    meeting_id = page.meeting.id

    def keep(save: Callable[..., object], *args: object) -> None:
        shown = page.template or PhaseTemplate("", "", tuple(timer.phases))
        ended = view.state == "ended"
        payload = timer_payload(shown, timer.snapshot(), view.records, ended)
        run_or_keep(lambda: save(meeting_id, *args), Kind.TIMER, meeting_id, payload)

    if not page.started and view.state != "ready":
        page.started = True
        keep(timer_store.start_run, page.template, timer.snapshot())
        page.template_combo.setEnabled(False)
        page.running_changed.emit(True)
    if not page.started:
        return
    if view.state == "ended":
        keep(timer_store.finish_run, view.records)
        page.running_changed.emit(False)
    else:
        keep(timer_store.save_progress, timer.snapshot(), view.records)


def timer_from_memory(page: Any) -> None:
    """The Timer page first opened (or made afresh with "New") with the server away: a
    timer for the meeting from what the keeper read while it was there (the group's
    settings and templates), so that the meeting is timed and its phases kept all the
    same."""
    found = keeper()
    remembered = found.memory.get(page.group_id) if found is not None else None
    if remembered is None or page.started:  # a running meeting keeps its timer
        return
    page.settings, templates, page.meeting = remembered
    if page.meeting is not None:
        text = translate(
            "TimerPage",
            "For the meeting on {day:long}. The phases' lengths are saved to it as they run.",
        )
        page.meeting_label.setText(fill(text, day=page.meeting.local_date))
    page.template_combo.blockSignals(True)
    page.template_combo.clear()
    for key, template in templates:
        page.template_combo.addItem(template_label(template), key)
    index = max(0, page.template_combo.findData(page.settings.template_key))
    page.template_combo.setCurrentIndex(index)
    page.template_combo.blockSignals(False)
    page.template = templates[index][1]
    page._attach_new_timer()


def reads_timer(method: Callable) -> Callable:
    """`reads` for the Timer page's reload, with `timer_from_memory` as its fallback."""
    return reads(method, timer_from_memory)

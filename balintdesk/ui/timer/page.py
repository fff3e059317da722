"""The Timer page: the leader's console, mirroring the room display and showing what comes
next, the time elapsed and when the meeting will end.

Its controls and layout are `TimerPanels` (panels.py); this module adds what they do:
the phase timer and its driver, saving the run, the console's figures, announcements and
chimes, the keys, the room display and the dialogs."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from balintdesk.domain.phases import PhaseTemplate
from balintdesk.domain.timer import PhaseTimer
from balintdesk.domain.timer_view import Clock, TimerView, system_clock
from balintdesk.i18n import fill
from balintdesk.store import meetings, timer_store
from balintdesk.store.models import Meeting
from balintdesk.ui.common.question import ask
from balintdesk.ui.records.timing_dialog import TimingDialog
from balintdesk.ui.timer import chime, offline
from balintdesk.ui.timer.driver import TimerDriver
from balintdesk.ui.timer.keys import handle_timer_key
from balintdesk.ui.timer.panels import TimerPanels
from balintdesk.ui.timer.projector import ProjectorWindow
from balintdesk.ui.timer.widgets import clock_text
from balintdesk.ui.timer.words import phase_text, template_label

try:  # Qt 6.8+: screen readers hear milestones, never every tick
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt
    QAccessibleAnnouncementEvent = None


class TimerPage(TimerPanels):
    running_changed = Signal(bool)
    record_requested = Signal(int)  # the meeting whose presenter and theme to record

    def __init__(
        self,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Clock | None = None,
        wall_now: Callable[[], dt.datetime] = lambda: dt.datetime.now().astimezone(),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("timerPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.today = today
        self.clock = clock or system_clock()
        self.wall_now = wall_now
        self.group_id: int | None = None
        self.meeting: Meeting | None = None
        self.template: PhaseTemplate | None = None
        self.driver: TimerDriver | None = None
        self.projector: ProjectorWindow | None = None
        self.started = False
        self.settings: timer_store.TimerSettings | None = None
        self.active_dialog: QWidget | None = None
        self.end_question: QMessageBox | None = None

        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.start_button.clicked.connect(lambda: self._driver_call("toggle"))
        self.previous_button.clicked.connect(lambda: self._driver_call("previous"))
        self.next_button.clicked.connect(lambda: self._driver_call("next"))
        self.minus_button.clicked.connect(lambda: self._driver_call("remove_minute"))
        self.plus_button.clicked.connect(lambda: self._driver_call("add_minute"))
        self.restart_button.clicked.connect(lambda: self._driver_call("restart_phase"))
        self.end_button.clicked.connect(self.ask_to_end)
        self.record_button.clicked.connect(lambda: self.record_requested.emit(self.meeting.id))
        self.timing_button.clicked.connect(
            lambda: self._open(TimingDialog(self.meeting.group_id, self.meeting.id, self))
        )
        self.new_button.clicked.connect(self.reset)
        self.projector_button.clicked.connect(self._projector_button_clicked)
        self.templates_button.clicked.connect(self._open_templates)
        self.settings_button.clicked.connect(self._open_settings)
        # The timer's keys act whatever control of the page has the focus: Space on the
        # focused "Open room display" must pause the meeting, not open the display again.
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        offline.attach_timer_page(self)  # the server gone: the timer's state kept here

    # --- set-up -------------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        if self.started and self.driver and self.driver.last_view.state != "ended":
            return  # a running meeting is not swept away by looking at another group
        self.group_id = group_id
        self.reload()

    @offline.reads_timer
    def reload(self) -> None:
        if self.group_id is None:
            return
        self.settings = timer_store.timer_settings(self.group_id)
        self.meeting = meetings.next_meeting(self.group_id, today=self.today())
        self.meeting_label.setText(
            fill(
                self.tr(
                    "For the meeting on {day:long}. The phases' lengths are saved to it as "
                    "they run."
                ),
                day=self.meeting.local_date,
            )
            if self.meeting
            else self.tr("No meeting is planned; the timer runs without saving.")
        )
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for key, template in timer_store.templates_for(self.group_id):
            self.template_combo.addItem(template_label(template), key)
        index = self.template_combo.findData(self.settings.template_key)
        self.template_combo.setCurrentIndex(max(0, index))
        self.template_combo.blockSignals(False)
        self._template_chosen()

    @offline.reads
    def _template_chosen(self) -> None:
        if self.started or self.group_id is None:
            return
        key = self.template_combo.currentData()
        if key is None:
            return
        self.template = timer_store.get_template(self.group_id, key)
        self._attach_new_timer()

    def _attach_new_timer(self) -> None:
        """A timer for the template and settings shown, on the page's clock."""
        timer = PhaseTimer(
            list(self.template.phases),
            self.clock,
            warning_seconds=self.settings.warning_seconds,
            auto_advance=self.settings.auto_advance,
        )
        self._attach(timer)

    def _attach(self, timer: PhaseTimer) -> None:
        if self.driver is not None:
            self.driver.stop()
            self.driver.deleteLater()
        # Parented: its one-second tick must end with the page, not outlive the window.
        self.driver = TimerDriver(timer, self.clock, self._save, self)
        self.driver.updated.connect(self.show_view)
        self.driver.milestone.connect(self._milestone)
        if self.projector is not None:
            self.projector.set_driver(self.driver)
        self._apply_settings()
        self.driver.refresh()

    def _apply_settings(self) -> None:
        settings = self.settings
        self.display.set_mode(settings.display)
        if self.projector is not None:
            self.projector.set_frame(settings.frame_text, bool(settings.frame_text))
            self.projector.set_display_mode(settings.display)

    # --- running ------------------------------------------------------------------------

    def _driver_call(self, name: str) -> None:
        if self.driver is not None:
            getattr(self.driver, name)()
        self.setFocus()

    def _save(self, timer: PhaseTimer, view: TimerView) -> None:
        offline.save_timer(self, timer, view)  # to the server, or kept while it is away

    def ask_to_end(self) -> None:
        """End meeting, once the leader has said so: one click must not end it."""
        if self.end_question is not None:
            return

        def forget() -> None:
            self.end_question = None

        self.end_question = ask(
            self,
            "endMeetingBox",
            self.tr("End the meeting?"),
            self.tr("End the meeting now?"),
            self.tr("The timer stops, and how long each phase took is kept with the meeting."),
            self.tr("End meeting"),
            self.tr("Keep going"),
            lambda: self._driver_call("end"),
            forget,
        )

    def _show_summary(self, view: TimerView) -> None:
        """Each phase's planned and actual length, once the meeting has ended."""
        ended = view.state == "ended"
        self.summary_scroll.setVisible(ended)
        self.summary_label.setVisible(ended)
        self.after_meeting.setVisible(ended and self.meeting is not None)
        for caption, value in self.console_rows:  # "Ended", "—": nothing left to tell
            caption.setVisible(not ended)
            value.setVisible(not ended)
        if not ended:
            return
        lines = []
        for record in view.records:
            planned = fill(
                self.tr("{minutes} min planned"), minutes=round(record.planned_seconds / 60)
            )
            if not record.started:
                took = self.tr("not reached")
            elif record.skipped:
                took = self.tr("skipped")
            else:
                took = fill(self.tr("took {time}"), time=clock_text(record.actual_seconds))
            lines.append(
                f"<p style='margin:0 0 6px 0'><b>{html.escape(phase_text(record.name))}</b><br>"
                f"<span style='color:#5b6770'>{planned} · {took}</span></p>"
            )
        heading = self.tr("How the meeting went")
        self.summary_label.setText(f"<p><b>{heading}</b></p>{''.join(lines)}")

    def resume(self, meeting: Meeting, snapshot: dict) -> None:
        """Come back to a meeting whose timer was interrupted: paused where it was."""
        self.group_id = meeting.group_id
        self.settings = timer_store.timer_settings(self.group_id)
        self.meeting = meeting
        self.started = True
        self.template_combo.setEnabled(False)
        self.meeting_label.setText(
            fill(
                self.tr(
                    "Resumed the meeting of {day:long} where it stopped. Press Space to go on."
                ),
                day=meeting.local_date,
            )
        )
        self._attach(PhaseTimer.restore(snapshot, self.clock))

    def reset(self) -> None:
        """A fresh timer (after the meeting ended, or before it began)."""
        if self.started and self.driver and self.driver.last_view.state not in ("ended",):
            self.status_label.setText(self.tr("End the meeting first (End meeting)."))
            return
        self.started = False
        self.template_combo.setEnabled(True)
        self.reload()

    def show_view(self, view: TimerView) -> None:
        self.face.show_view(view)
        self.strip.set_view(view)
        left = clock_text(view.remaining_seconds)
        phase = phase_text(view.phase.name)
        now = (
            self.tr("{phase} — {time} over") if view.overtime else self.tr("{phase} — {time} left")
        )
        ended = view.state == "ended"
        self.now_value.setText(self.tr("Ended") if ended else fill(now, phase=phase, time=left))
        self.next_value.setText(
            fill(
                self.tr("{phase} ({minutes} min)"),
                phase=phase_text(view.next_phase.name),
                minutes=view.next_phase.minutes,
            )
            if view.next_phase is not None and view.state != "ended"
            else self.tr("— (last phase)")
        )
        self.elapsed_value.setText(clock_text(view.total_elapsed_seconds))
        end = self.wall_now() + dt.timedelta(seconds=view.seconds_to_end)
        self.end_value.setText(fill("{end:time}", end=end) if view.state != "ended" else "—")
        if view.state == "running":
            self.start_button.setText(self.tr("Pause"))
        elif view.state == "paused":
            self.start_button.setText(self.tr("Resume"))
        else:
            self.start_button.setText(self.tr("Start"))
        running = view.state in ("running", "paused")
        for button in (
            self.previous_button,
            self.next_button,
            self.minus_button,
            self.plus_button,
            self.restart_button,
            self.end_button,
        ):
            button.setEnabled(running)
        self.start_button.setEnabled(view.state != "ended")
        self.new_button.setEnabled(view.state in ("ready", "ended"))
        self._show_summary(view)

    def _milestone(self, event: str) -> None:
        view = self.driver.last_view if self.driver else None
        if view is None:
            return
        text = self._announcement(event, view)
        self.last_announcement = text
        if text and QAccessibleAnnouncementEvent is not None:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.display, text))
        volume = self.settings.chime_volume if self.settings else 0
        if volume and event in ("overtime", "phase_changed") and view.state == "running":
            chime.play(volume)

    def _announcement(self, event: str, view: TimerView) -> str:
        """What a screen reader hears at a milestone, in the user's language."""
        phase = phase_text(view.phase.name)
        if event == "phase_changed":
            return fill(self.tr("Now: {phase}."), phase=phase)
        if event == "warning":
            minutes = max(1, round(view.remaining_seconds / 60))
            return fill(self.tr("{phase}: %n minute(s) left.", "", minutes), phase=phase)
        if event == "overtime":
            return fill(self.tr("{phase}: time is up."), phase=phase)
        if event == "ended":
            return self.tr("The meeting has ended.")
        return ""

    # --- the room display ---------------------------------------------------------------

    def open_projector(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.driver)
            self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.projector.closed.connect(self._projector_closed)
        self._apply_settings()
        screens = QGuiApplication.screens()
        index = self.screen_combo.currentData() or 0
        self.projector.show_on(screens[min(index, len(screens) - 1)])
        self.projector_button.setText(self.tr("Close room display"))
        if self.driver is not None:
            self.driver.refresh()
        return self.projector

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()

    def _projector_closed(self) -> None:
        self.projector = None
        self.projector_button.setText(self.tr("Open room display"))

    def _projector_button_clicked(self) -> None:
        if self.projector is None:
            self.open_projector()
        else:
            self.close_projector()

    def toggle_projector_full_screen(self) -> None:
        if self.projector is None:
            self.open_projector()
        else:
            self.projector.toggle_full_screen()

    def _timer_key(self, event: QKeyEvent) -> bool:
        return handle_timer_key(
            event, self.driver, self.toggle_projector_full_screen, self.close_projector
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._timer_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._timer_key(event):
            return True
        return super().eventFilter(watched, event)

    def timer_in_use(self) -> bool:
        """True while the timer runs or is paused mid-meeting: quitting would stop it."""
        view = self.driver.last_view if self.driver is not None else None
        return view is not None and view.state in ("running", "paused")

    # The dialogs (dialogs.py) are imported when first opened.
    def _open_templates(self) -> None:
        from balintdesk.ui.timer.dialogs import TemplatesDialog

        self._open(TemplatesDialog(self.group_id, self.template_combo.currentData(), self))

    def _open_settings(self) -> None:
        from balintdesk.ui.timer.dialogs import TimerSettingsDialog

        self._open(TimerSettingsDialog(self.group_id, self))

    def _open(self, dialog) -> None:
        self.active_dialog = dialog
        dialog.accepted.connect(self.reload_settings)
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()

    def reload_settings(self) -> None:
        if self.started:
            self.settings = timer_store.timer_settings(self.group_id)
            self._apply_settings()
        else:
            self.reload()

"""`balintdesk export rota` (the noticeboard PDF) and `balintdesk export ics` (the calendar).

Every argument is checked before anything is written. The rota loads Qt's GUI library
(offscreen, for Qt's PDF writer) only once the checks have passed; the calendar never
loads Qt.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from peewee import SqliteDatabase

from balintdesk.cli.common import EXIT_OK, CliError, cannot_write, existing_group, write_stdout
from balintdesk.cli.exports.arguments import count_of_next, output_file
from balintdesk.exports.ics import calendar_bytes, write_calendar
from balintdesk.i18n import fill, translate
from balintdesk.store.rota_sheet import calendar_feed, rota_sheet


def export_rota(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    group = existing_group(args.group)
    count = count_of_next(args.next)
    target = output_file(args.out, (".pdf",))
    sheet = rota_sheet(group.id, count, dt.date.today())

    from balintdesk.exports.pdf import ensure_gui_app
    from balintdesk.exports.rota_pdf import write_rota_pdf

    ensure_gui_app()
    try:
        pages = write_rota_pdf(sheet, target)
    except OSError as exc:
        raise CliError(cannot_write(target, exc)) from None
    shown = sheet.meetings
    meetings = translate("cli", "%n meeting(s)", None, len(shown))
    if shown:
        span = translate("cli", "{first:short} to {last:short}")
        meetings += ", " + fill(span, first=shown[0].date, last=shown[-1].date)
    said = translate("cli", "Wrote the rota of {group} ({meetings}; {pages}) to {path}.")
    pages_text = translate("cli", "%n page(s)", None, pages)
    print(fill(said, group=group.name, meetings=meetings, pages=pages_text, path=target))
    return EXIT_OK


def export_ics(args: argparse.Namespace, db: SqliteDatabase, data_dir: Path) -> int:
    group = existing_group(args.group)
    target = None if args.out is None else output_file(args.out, (".ics",))
    feed = calendar_feed(group.id, dt.date.today())
    if target is None:
        # The file's own bytes (UTF-8, CRLF) on stdout; nothing else, so it can be piped.
        write_stdout(calendar_bytes(feed).decode("utf-8"))
        return EXIT_OK
    try:
        events = write_calendar(feed, target)
    except OSError as exc:
        raise CliError(cannot_write(target, exc)) from None
    cancelled = sum(1 for event in feed.events if event.cancelled)
    if cancelled:
        said = translate("cli", "Wrote {meetings} of {group} ({cancelled} cancelled) to {path}.")
    else:
        said = translate("cli", "Wrote {meetings} of {group} to {path}.")
    meetings = translate("cli", "%n meeting(s)", None, events)
    print(fill(said, meetings=meetings, group=group.name, cancelled=cancelled, path=target))
    return EXIT_OK

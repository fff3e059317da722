"""With the group database on the server, this computer's own settings stay on it: the
meeting-room PC stays "shared" (which keeps the notes' keyring unlock off by default),
and one computer's choice never becomes every computer's."""

from __future__ import annotations

import json

import pytest

from balintdesk.paths import backups_dir, database_path, this_computer_path, use_data_dir
from balintdesk.store import settings
from balintdesk.store.db import close_database, open_database
from balintdesk.store.models import AppSetting


@pytest.fixture
def backend() -> str:
    return "postgresql"


def test_this_computers_settings_stay_here_and_the_groups_go_to_the_server(db, data_dir):
    use_data_dir(data_dir)  # as the window does: no export may write over its own files
    settings.set_flag(settings.SHARED_PC, True)
    settings.set_setting(settings.NOTES_IDLE_MINUTES, "3")
    settings.set_setting(settings.CURRENT_GROUP, "7")
    settings.set_setting(settings.CALENDAR_UID_NAMESPACE, "ns-1")  # everyone's: the server's

    kept = json.loads(this_computer_path(data_dir).read_text(encoding="utf-8"))
    assert kept == {"shared_pc": "1", "notes_idle_minutes": "3", "current_group_id": "7"}
    on_server = {row.key: row.value for row in AppSetting.select()}
    assert on_server == {"calendar_uid_namespace": "ns-1"}
    assert settings.get_flag(settings.SHARED_PC) and settings.notes_idle_minutes() == 3
    assert settings.get_setting(settings.CALENDAR_UID_NAMESPACE) == "ns-1"


def test_a_shared_pc_that_moved_its_groups_to_the_server_stays_shared(db, data_dir):
    server = db
    local = open_database(database_path(data_dir), backups_dir(data_dir))  # binds the models
    settings.set_flag(settings.SHARED_PC, True)
    settings.set_setting(settings.CURRENT_GROUP, "4")  # an id of the old file: not taken
    close_database(local)
    from balintdesk.store.models import database_proxy

    database_proxy.initialize(server)
    assert settings.get_flag(settings.SHARED_PC), "read from this computer's old file"
    assert settings.get_setting(settings.CURRENT_GROUP) == ""
    settings.set_flag(settings.SHARED_PC, False)  # a choice made here now is what counts
    assert not settings.get_flag(settings.SHARED_PC)


def test_a_damaged_file_of_this_computers_settings_gives_the_defaults(db, data_dir):
    this_computer_path(data_dir).write_bytes(b"\xff{ not json")
    assert not settings.get_flag(settings.SHARED_PC)
    assert settings.notes_idle_minutes() == settings.DEFAULT_NOTES_IDLE_MINUTES
    settings.set_flag(settings.SHARED_PC, True)
    assert settings.get_flag(settings.SHARED_PC)

"""The practice's server going away under a page that keeps nothing on this computer
(Roster, Rota, Settings…): one calm box saying the last change was not saved and that
check-ins go on, the outbox's keeper told (so the banners show and it tries again) — not
"something went wrong", and not a box for every later failure while it is away."""

from __future__ import annotations

import peewee
import pytest
from PySide6.QtWidgets import QMessageBox

from balintdesk import app
from balintdesk.store.server import load_driver
from balintdesk.ui.common import offline


class FakeKeeper:
    offline = False

    def __init__(self) -> None:
        self.told: list[BaseException] = []

    def lost(self, exc: BaseException) -> None:
        self.told.append(exc)
        self.offline = True


@pytest.fixture
def said(monkeypatch) -> list[str]:
    boxes: list[str] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda _p, _t, text: boxes.append(text))
        )
    return boxes


def lost_connection() -> peewee.OperationalError:
    psycopg = load_driver()
    with pytest.raises(peewee.OperationalError) as raised, peewee.__exception_wrapper__:
        raise psycopg.OperationalError("the connection is closed")  # as a query would
    return raised.value


def test_a_lost_server_is_said_once_and_the_keeper_is_told(qapp, said, monkeypatch):
    fake = FakeKeeper()
    monkeypatch.setattr(offline, "keeper", lambda: fake)
    error = lost_connection()
    app._report_unexpected_error(type(error), error, None)
    assert len(said) == 1
    assert "shared database cannot be reached" in said[0]
    assert "last change was not saved" in said[0] and "Something went wrong" not in said[0]
    assert fake.told == [error] and fake.offline

    app._report_unexpected_error(type(error), lost_connection(), None)
    assert len(said) == 1, "while it is away, one box is enough: the banners say the rest"


def test_other_errors_still_say_something_went_wrong(qapp, said, monkeypatch):
    monkeypatch.setattr(offline, "keeper", lambda: None)
    psycopg = load_driver()
    refused = psycopg.errors.UniqueViolation("duplicate key")  # a refusal, not a lost server
    app._report_unexpected_error(type(refused), refused, None)
    assert len(said) == 1 and "Something went wrong" in said[0]

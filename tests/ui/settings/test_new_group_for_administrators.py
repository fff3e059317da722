"""On the practice's server only a programme administrator may add groups (the server's
row-level security refuses a leader), so Settings offers "Add another group…" to an
administrator only; on this computer's own file, as before, to everyone."""

from __future__ import annotations

import pytest

from balintdesk.ui.settings.page import SettingsPage


@pytest.fixture
def backend(request) -> str:
    return request.param


def stand_in_role(db, role: str) -> None:
    """What `balintdesk db init` creates, answering for this login as `role`."""
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION balintdesk_role() RETURNS text LANGUAGE sql "
        f"AS $$ SELECT '{role}' $$"
    )


@pytest.mark.parametrize(
    ("backend", "role", "offered"),
    [("sqlite", None, True), ("postgresql", "admin", True), ("postgresql", "leader", False)],
    indirect=["backend"],
)
def test_add_another_group_is_for_whoever_may(qtbot, db, data_dir, role, offered) -> None:
    if role is not None:
        stand_in_role(db, role)
    page = SettingsPage(db, data_dir)
    qtbot.addWidget(page)
    page.show()
    assert page.new_group_button.isVisible() is offered

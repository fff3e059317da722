"""The group database's schema on PostgreSQL (store/server_schema.py): the same numbered
schema as SQLite's, checked against the models, with no vault table on the server."""

from __future__ import annotations

import pytest

from balintdesk.store.db import close_database, open_database
from balintdesk.store.migrations import LATEST_VERSION, NewerDatabaseError
from balintdesk.store.models import ALL_MODELS
from balintdesk.store.server import open_server
from balintdesk.store.server_schema import (
    BASELINE_VERSION,
    LOCAL_ONLY_TABLES,
    SERVER_STEPS,
    migrate_server,
)
from tests.store import _server

on_the_server = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

# What each kind of field is on the server (information_schema's data_type).
SERVER_TYPES = {
    "AUTO": "integer",
    "INT": "integer",
    "BOOL": "boolean",
    "DATE": "date",
    "DATETIME": "timestamp without time zone",
    "VARCHAR": "text",
    "TEXT": "text",
}


def _server_models():
    return [m for m in ALL_MODELS if m._meta.table_name not in LOCAL_ONLY_TABLES]


def test_every_sqlite_step_after_the_baseline_has_its_server_twin() -> None:
    assert set(SERVER_STEPS) == set(range(BASELINE_VERSION + 1, LATEST_VERSION + 1))


@on_the_server
def test_server_schema_matches_the_models(db) -> None:
    assert set(db.get_tables()) == {m._meta.table_name for m in _server_models()} | {
        "schema_version"
    }
    for model in _server_models():
        table = model._meta.table_name
        columns = {column.name: column for column in db.get_columns(table)}
        fields = {field.column_name: field for field in model._meta.sorted_fields}
        assert set(fields) == set(columns), f"{table}: model and table disagree on columns"
        types = dict(
            db.execute_sql(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = %s",
                (table,),
            ).fetchall()
        )
        for name, field in fields.items():
            if not field.primary_key:
                assert columns[name].null == field.null, f"{table}.{name}: NULL allowed differs"
            kind = "INT" if hasattr(field, "rel_model") else field.field_type
            assert types[name] == SERVER_TYPES[kind], f"{table}.{name}: {types[name]}"
        foreign = {(fk.column, fk.dest_table) for fk in db.get_foreign_keys(table)}
        for field in model._meta.refs:
            assert (field.column_name, field.rel_model._meta.table_name) in foreign


@on_the_server
def test_server_indexes_are_sqlites(db, tmp_path) -> None:
    """Every index of the SQLite schema, with its uniqueness and columns, is on the server
    under the same name (the group name's NOCASE is lower(name) there)."""
    local = open_database(tmp_path / "local.sqlite3")
    try:
        expected = {
            (index.name, index.unique, tuple(index.columns))
            for model in _server_models()
            for index in local.get_indexes(model._meta.table_name)
            if not index.name.startswith("sqlite_autoindex_")  # a TEXT primary key's
        }
    finally:
        close_database(local)
    found = {
        (index.name, index.unique, tuple(index.columns))
        for model in _server_models()
        for index in db.get_indexes(model._meta.table_name)
        if not index.name.endswith("_pkey")
    }
    # peewee reads an expression index's column as the expression.
    assert ("balint_group_name", True, ("name",)) in expected
    expected = {i for i in expected if i[0] != "balint_group_name"}
    assert expected <= found
    by_name = {i[0]: i for i in found}
    assert by_name["balint_group_name"][1] is True
    assert (
        "lower(name)"
        in db.execute_sql(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'balint_group_name'"
        ).fetchone()[0]
    )
    assert {i[0] for i in found} - {i[0] for i in expected} == {"balint_group_name"}


@on_the_server
def test_no_vault_table_is_on_the_server(db) -> None:
    assert not set(db.get_tables()) & LOCAL_ONLY_TABLES
    assert {"vault", "vault_key", "note"} == LOCAL_ONLY_TABLES


def test_an_empty_server_database_gets_the_baseline_and_later_steps_once(tmp_path) -> None:
    name = _server.fresh_database(migrated=False)
    try:
        db = open_server(_server.url(name), password=_server.password())
        try:
            rows = db.execute_sql("SELECT version FROM schema_version ORDER BY 1").fetchall()
            # The baseline, then each later step's twin, once each.
            assert rows == [(v,) for v in range(BASELINE_VERSION, LATEST_VERSION + 1)]
            assert migrate_server(db.connection()) == []  # opened again: nothing to do
        finally:
            db.close()
    finally:
        _server.drop_database(name)


def test_a_newer_server_schema_is_refused() -> None:
    name = _server.fresh_database()
    try:
        from balintdesk.store.server import load_driver

        psycopg = load_driver()
        keys = {**_server.need_server(), "dbname": name}
        with psycopg.connect(**keys, password=_server.password(), autocommit=True) as conn:
            conn.execute("INSERT INTO schema_version VALUES (%s)", (LATEST_VERSION + 1,))
        with pytest.raises(NewerDatabaseError):
            open_server(_server.url(name), password=_server.password())
    finally:
        _server.drop_database(name)


@on_the_server
def test_group_names_are_unique_whatever_their_case_on_the_server(db) -> None:
    from peewee import IntegrityError

    from balintdesk.store.models import Group

    Group.create(name="Tuesday Balint")
    with pytest.raises(IntegrityError), db.atomic():
        Group.create(name="TUESDAY balint")

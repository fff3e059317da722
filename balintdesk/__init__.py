"""BalintDesk: roster, rota, phase timer and private notes for a Balint group."""

from balintdesk import driver_guard

__version__ = "0.1.0"
APP_NAME = "BalintDesk"

# Before anything imports peewee: it would import the PostgreSQL driver with it.
driver_guard.install()

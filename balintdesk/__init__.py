"""BalintDesk: roster, rota, phase timer and private notes for a Balint group."""

__version__ = "0.1.0"
APP_NAME = "BalintDesk"

from balintdesk import driver_guard

driver_guard.install()

"""Fixtures for the tests of every dialog and every page: a small sample group."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from balintdesk.vault import crypto

from ._every_dialog import Sample


@pytest.fixture
def sample(db, tmp_path, monkeypatch) -> Sample:
    monkeypatch.setattr(crypto, "DEFAULT_KDF_PARAMS", crypto.KdfParams(1, 1, 8))
    # A save or open dialog of the system would wait for a person: answer "Cancel".
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    return Sample(tmp_path)

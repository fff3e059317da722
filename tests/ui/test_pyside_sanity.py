"""Guards against a broken Qt for Python in the environment.

PySide6 6.12.0 under Python 3.11 takes a reference away from None on every call that
returns nothing (QLabel.setText, QPainter.setPen, …); after a few thousand repaints the
interpreter aborts ("Fatal Python error: none_dealloc"), e.g. during a long meeting with
the timer on screen. pyproject.toml excludes that release; this test fails if an
environment still has such a build.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None lost {before - after} references"

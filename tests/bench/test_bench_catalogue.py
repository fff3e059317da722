"""What loading a language's catalogue costs at start-up: reading its .ts files (plain
Python, ElementTree) and installing Qt's translator over it, per language, median of 20.
Run: .venv/bin/python -m pytest tests/bench/test_bench_catalogue.py -s"""

from __future__ import annotations

import statistics
import time

import pytest

from balintdesk import i18n
from balintdesk.i18n import catalogue as catalogue_module

pytestmark = pytest.mark.bench


def _median_ms(action, runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def test_loading_each_catalogue(qapp) -> None:
    from balintdesk.i18n import qt as i18n_qt

    print()
    for code in ("en", "de", "fr", "nl", "it", "pseudo"):
        loaded = catalogue_module.load(code)
        read = _median_ms(lambda code=code: catalogue_module.load(code))
        files = len(catalogue_module.ts_files("de" if code == "pseudo" else code))
        print(f"{code:>6}: {len(loaded):5d} messages from {files:2d} files, read in {read:5.1f} ms")
        assert code == "en" or len(loaded) > 0
    i18n._loaded.clear()
    install = _median_ms(lambda: (i18n._loaded.clear(), i18n_qt.install("de")), 5)
    print(f"install German for Qt (read + translator + qtbase): {install:5.1f} ms")
    i18n_qt.install("en")

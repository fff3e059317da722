"""What loading a language's catalogue costs at start-up, per language, median of 20:
parsing its .ts files (a source checkout), and the compiled catalogue the installers ship
(packaging/translations.py --compile: JSON, checked against the .ts files' hash); and
installing it for Qt. Run: .venv/bin/python -m pytest tests/bench/test_bench_catalogue.py -s"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from balintdesk import i18n
from balintdesk.i18n import catalogue as catalogue_module

pytestmark = pytest.mark.bench
ROOT = Path(__file__).resolve().parents[2]


def _median_ms(action, runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def test_loading_each_catalogue(qapp, tmp_path: Path) -> None:
    from balintdesk.i18n import qt as i18n_qt

    plain = tmp_path / "plain"
    shutil.copytree(catalogue_module.translations_dir(), plain)
    shutil.rmtree(plain / catalogue_module.COMPILED, ignore_errors=True)
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "--compile"],
        check=True,
        capture_output=True,
    )
    print()
    for code in ("en", "de", "fr", "nl", "it", "pseudo"):
        loaded = catalogue_module.load(code)
        parsed = _median_ms(lambda code=code: catalogue_module.load(code, plain))
        compiled = _median_ms(lambda code=code: catalogue_module.load(code))
        print(
            f"{code:>6}: {len(loaded):5d} messages; .ts parsed {parsed:5.1f} ms, "
            f"compiled {compiled:5.1f} ms"
        )
        assert code == "en" or len(loaded) > 1000
        assert catalogue_module.load(code, plain).messages == loaded.messages
    i18n._loaded.clear()
    install = _median_ms(lambda: (i18n._loaded.clear(), i18n_qt.install("de")), 5)
    print(f"install German for Qt (compiled read + translator + qtbase): {install:5.1f} ms")
    i18n_qt.install("en")

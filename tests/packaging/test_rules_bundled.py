"""The shipped rule files travel in the installers: the spec bundles the whole resources
folder, the bundle's filter keeps the .toml files, and tomllib (which reads them) is not
left out with the standard library's unused parts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from qt_filter import PYTHON_EXCLUDES, keep_entry  # noqa: E402


def test_the_rule_files_are_bundled_with_the_resources_folder() -> None:
    spec = (ROOT / "packaging" / "balintdesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    rules = sorted((ROOT / "resources" / "rules").glob("*.toml"))
    assert len(rules) >= 6
    for path in rules:
        assert keep_entry(f"resources/rules/{path.name}"), path.name
        assert keep_entry(f"resources\\rules\\{path.name}"), path.name  # as on Windows
    assert not {"tomllib", "tomllib._parser"} & set(PYTHON_EXCLUDES)

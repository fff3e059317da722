"""The layer rules of DESIGN.md, read off the source with `ast`, and "no network, ever".

- balintdesk.domain imports no Qt, no peewee/playhouse, no keyring, nothing of ours
  outside balintdesk.domain;
- only balintdesk.app and balintdesk.ui itself import balintdesk.ui;
- balintdesk.store imports neither balintdesk.ui, balintdesk.vault nor balintdesk.exports;
- no module imports a networking library, Qt's included.

The checker is tested on made-up sources first, so a green tree means something.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "balintdesk"

DOMAIN_FORBIDDEN = ("PySide6", "shiboken6", "peewee", "playhouse", "keyring")
STORE_FORBIDDEN = ("balintdesk.ui", "balintdesk.vault", "balintdesk.exports")
UI_ALLOWED_IMPORTERS = ("balintdesk.app",)
NETWORK = (
    "socket",
    "ssl",
    "urllib",
    "urllib3",
    "http.client",
    "http.server",
    "xmlrpc",
    "ftplib",
    "smtplib",
    "imaplib",
    "poplib",
    "requests",
    "httpx",
    "aiohttp",
    "websockets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebSockets",
    "PySide6.QtWebEngineCore",
)


def is_within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def module_name(path: Path, root: Path = REPO) -> tuple[str, bool]:
    """(dotted name, is a package) of a source file under `root`."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def imported_modules(
    source: str, module: str, is_package: bool = False, known: frozenset[str] = frozenset()
) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in `source`, relative ones made absolute.

    `from X import a` yields X.a when that is one of our `known` modules (importing a
    submodule), X otherwise; for a package not ours it yields both, since `a` may be a
    submodule (`from PySide6 import QtNetwork`). importlib.import_module("x") and
    __import__("x") with a literal name count too.
    """
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, node.module] if node.module else anchor)
            else:
                base = node.module or ""
            ours = is_within(base, "balintdesk")
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                if candidate in known:
                    yield node.lineno, candidate
                else:
                    yield node.lineno, base
                    if not ours and alias.name != "*":
                        yield node.lineno, candidate
        elif (
            isinstance(node, ast.Call)
            and _is_dynamic_import(node.func)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in ("__import__", "import_module")
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


def broken_rule(module: str, target: str) -> str | None:
    """Why `module` may not import `target`, or None if it may."""
    if any(is_within(target, net) for net in NETWORK):
        return "BalintDesk never opens a network connection"
    if is_within(module, "balintdesk.domain"):
        if any(is_within(target, lib) for lib in DOMAIN_FORBIDDEN):
            return "domain is plain Python: no Qt, no peewee, no keyring"
        if is_within(target, "balintdesk") and not is_within(target, "balintdesk.domain"):
            return "domain imports nothing of ours outside balintdesk.domain"
    ui_importer = is_within(module, "balintdesk.ui") or module in UI_ALLOWED_IMPORTERS
    if is_within(target, "balintdesk.ui") and not ui_importer:
        return "nothing but app.py imports the ui"
    if is_within(module, "balintdesk.store") and any(
        is_within(target, upper) for upper in STORE_FORBIDDEN
    ):
        return "store sits below ui, vault and exports"
    return None


def layer_violations(
    source: str, module: str, is_package: bool = False, known: frozenset[str] = frozenset()
) -> list[str]:
    """Each broken rule as "module:line imports target (why)"."""
    found = []
    for line, target in imported_modules(source, module, is_package, known):
        why = broken_rule(module, target)
        if why:
            found.append(f"{module}:{line} imports {target} ({why})")
    return found


def tree_modules() -> list[tuple[Path, str, bool]]:
    return [(path, *module_name(path)) for path in sorted(PACKAGE.rglob("*.py"))]


# --- the checker itself -----------------------------------------------------------------

KNOWN = frozenset({"balintdesk.ui", "balintdesk.ui.roster_page", "balintdesk.store.db"})


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("balintdesk.domain.rota", "from PySide6.QtCore import QDate", "PySide6.QtCore"),
        ("balintdesk.domain.rota", "import peewee", "peewee"),
        ("balintdesk.domain.rota", "from playhouse.sqlite_ext import JSONField", "playhouse"),
        ("balintdesk.domain.rota", "import keyring.backends", "keyring.backends"),
        ("balintdesk.domain.rota", "from balintdesk.store import models", "balintdesk.store"),
        ("balintdesk.domain.rota", "from ..store.db import open_database", "balintdesk.store.db"),
        ("balintdesk.domain.rota", "from balintdesk import paths", "balintdesk"),
        ("balintdesk.store.db", "from balintdesk.ui import roster_page", "balintdesk.ui"),
        ("balintdesk.store.db", "from ..vault.vault import Vault", "balintdesk.vault.vault"),
        ("balintdesk.store.db", "import balintdesk.exports.ics", "balintdesk.exports.ics"),
        ("balintdesk.cli", "from balintdesk.ui.roster_page import RosterPage", "balintdesk.ui"),
        ("balintdesk.cli", "from .ui import roster_page", "balintdesk.ui.roster_page"),
        ("balintdesk.cli", "from . import ui", "balintdesk.ui"),
        ("balintdesk.vault.vault", "import balintdesk.ui", "balintdesk.ui"),
        ("balintdesk.exports.pdf", "from ..ui.style import COLOURS", "balintdesk.ui.style"),
        ("balintdesk.app", "import socket", "socket"),
        ("balintdesk.ui.about", "from urllib.request import urlopen", "urllib.request"),
        ("balintdesk.ui.about", "import http.client", "http.client"),
        ("balintdesk.ui.about", "from http import client", "http.client"),
        ("balintdesk.ui.about", "from PySide6 import QtNetwork", "PySide6.QtNetwork"),
        ("balintdesk.ui.about", "from PySide6.QtNetwork import QTcpSocket", "PySide6.QtNetwork"),
        ("balintdesk.cli", "import requests", "requests"),
        ("balintdesk.cli", "import httpx as web", "httpx"),
        ("balintdesk.cli", "import aiohttp", "aiohttp"),
        ("balintdesk.cli", "import ftplib, smtplib", "ftplib"),
        ("balintdesk.cli", "def f():\n    import smtplib", "smtplib"),
        ("balintdesk.cli", "import importlib\nimportlib.import_module('socket')", "socket"),
        ("balintdesk.cli", "__import__('urllib.request')", "urllib.request"),
    ],
)
def test_checker_reports_a_bad_import(module: str, source: str, expected: str) -> None:
    found = layer_violations(source, module, known=KNOWN)
    reported = re.compile(rf" imports {re.escape(expected)}[ .]")
    assert any(reported.search(line) for line in found), found


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("balintdesk.domain.rota", "from balintdesk.domain.roster import Role"),
        ("balintdesk.domain.rota", "from .group import MeetingPattern\nimport zoneinfo"),
        ("balintdesk.store.db", "from peewee import SqliteDatabase\nimport sqlite3"),
        ("balintdesk.store.db", "from balintdesk.domain.roster import name_key"),
        ("balintdesk.vault.vault", "from balintdesk.store.models import Member"),
        ("balintdesk.app", "from balintdesk.ui.roster_page import RosterPage"),
        ("balintdesk.app", "from .ui import roster_page"),
        ("balintdesk.ui.roster_page", "from .style import COLOURS\nfrom . import forms"),
        ("balintdesk.ui.roster_page", "from PySide6.QtWidgets import QWidget"),
        ("balintdesk.exports.ics", "from email.utils import format_datetime"),
        ("balintdesk.cli", "import http.cookies\nimport urllib_parse_lookalike"),
    ],
)
def test_checker_accepts_a_good_import(module: str, source: str) -> None:
    assert layer_violations(source, module, known=KNOWN) == []


def test_relative_imports_resolve_from_a_package_init() -> None:
    found = layer_violations("from ..ui import x", "balintdesk.store", is_package=True)
    assert found and "balintdesk.ui" in found[0]
    assert layer_violations("from . import db", "balintdesk.store", is_package=True) == []


# --- the real tree ----------------------------------------------------------------------


def test_the_tree_keeps_the_layers() -> None:
    modules = tree_modules()
    names = {name for _, name, _ in modules}
    assert {"balintdesk.store.db", "balintdesk.domain.roster"} <= names  # found the code
    known = frozenset(names)
    found = []
    for path, name, is_package in modules:
        source = path.read_text(encoding="utf-8")
        found += layer_violations(source, name, is_package, known)
    assert found == [], "Layer rules broken (see DESIGN.md, Layers):\n" + "\n".join(found)


def test_no_packaging_package_shadows_pypa_packaging() -> None:
    # packaging/ holds recipes; an __init__.py would make `import packaging` pick it up
    # instead of the PyPI package that pip and setuptools need when run from the repo.
    assert not (REPO / "packaging" / "__init__.py").exists()

"""The layers of DESIGN.md, and "no network, ever", checked on the real tree.

- The layers are import-linter contracts in pyproject.toml ([tool.importlinter]); here
  they are run on the tree (tests/run.sh runs `lint-imports` too), and each is shown to
  fail when broken, on a copy of the package with one bad import added.
- No import loop between any two modules, a package and its own modules included, which
  import-linter's acyclic_siblings contract does not see (it compares siblings only).
- No module imports a networking library, Qt's included, nor names one to importlib:
  import-linter sees only the top package of a library (`http`, not `http.client`) and no
  importlib call, so this stays a checker of our own, itself tested on made-up sources.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import grimp
import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "balintdesk"

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
    "psycopg",
    "psycopg2",
)
# DESIGN.md's one exception: the practice's own PostgreSQL server, reached through its
# driver from this one module only (and only when a server is configured).
SERVER_DRIVER = ("psycopg", "balintdesk.store.server")


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
    if is_within(target, SERVER_DRIVER[0]) and module == SERVER_DRIVER[1]:
        return None
    if any(is_within(target, net) for net in NETWORK):
        return "BalintDesk never opens a network connection"
    return None


def network_violations(
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


# --- the network checker itself ---------------------------------------------------------

KNOWN = frozenset({"balintdesk.ui", "balintdesk.ui.roster.page", "balintdesk.store.db"})


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("balintdesk.app", "import socket", "socket"),
        ("balintdesk.store.db", "import ssl", "ssl"),
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
        # The server's driver, anywhere but store/server.py
        ("balintdesk.store.db", "import psycopg", "psycopg"),
        ("balintdesk.ui.settings.page", "from psycopg import connect", "psycopg"),
        ("balintdesk.store.rota", "import psycopg2", "psycopg2"),
    ],
)
def test_checker_reports_a_network_import(module: str, source: str, expected: str) -> None:
    found = network_violations(source, module, known=KNOWN)
    reported = re.compile(rf" imports {re.escape(expected)}[ .]")
    assert any(reported.search(line) for line in found), found


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("balintdesk.domain.rota", "from .group import MeetingPattern\nimport zoneinfo"),
        ("balintdesk.store.db", "from peewee import SqliteDatabase\nimport sqlite3"),
        ("balintdesk.app", "from .ui import main_window"),
        ("balintdesk.ui.roster.page", "from PySide6.QtWidgets import QWidget"),
        ("balintdesk.exports.ics", "from email.utils import format_datetime"),
        ("balintdesk.cli", "import http.cookies\nimport urllib_parse_lookalike"),
        ("balintdesk.store.server", "import psycopg\nfrom psycopg.pq import TransactionStatus"),
    ],
)
def test_checker_accepts_a_good_import(module: str, source: str) -> None:
    assert network_violations(source, module, known=KNOWN) == []


def test_relative_imports_resolve_from_a_package_init() -> None:
    found = list(imported_modules("from ..ui import x", "balintdesk.store", is_package=True))
    assert found == [(1, "balintdesk.ui")]
    found = list(imported_modules("from . import db", "balintdesk.store", True, KNOWN))
    assert found == [(1, "balintdesk.store.db")]


def test_the_tree_opens_no_network_connection() -> None:
    modules = tree_modules()
    names = {name for _, name, _ in modules}
    assert {"balintdesk.store.db", "balintdesk.domain.roster"} <= names  # found the code
    known = frozenset(names)
    found = []
    for path, name, is_package in modules:
        source = path.read_text(encoding="utf-8")
        found += network_violations(source, name, is_package, known)
    assert found == [], "A network library is imported:\n" + "\n".join(found)


# --- the import-linter contracts ------------------------------------------------------

CONTRACT_IDS = ("layers", "plain-domain", "ui-only-from-app", "ui-areas", "no-sibling-cycles")


def lint_imports(root: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on the package under `root`, with the contracts of our pyproject."""
    env = {**os.environ, "PYTHONPATH": str(root)}  # before the editable install's path
    run = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"
    command = [sys.executable, "-c", run, "--no-cache", "--no-logo"]
    command += [arg for contract in contracts for arg in ("--contract", contract)]
    command.append(str(REPO / "pyproject.toml"))
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)


def test_the_config_names_each_contract_once() -> None:
    with (REPO / "pyproject.toml").open("rb") as file:
        contracts = tomllib.load(file)["tool"]["importlinter"]["contracts"]
    assert tuple(contract["id"] for contract in contracts) == CONTRACT_IDS


def test_the_tree_keeps_every_contract() -> None:
    done = lint_imports(REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Contracts: {len(CONTRACT_IDS)} kept, 0 broken." in done.stdout


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("copy")
    shutil.copytree(PACKAGE, root / "balintdesk", ignore=shutil.ignore_patterns("__pycache__"))
    return root


# (contract, module file, a line that breaks it): each the kind of slip a contract is for.
BROKEN = [
    ("layers", "store/db.py", "from balintdesk.vault import crypto"),
    ("layers", "exports/ics.py", "from balintdesk.store import roster\nimport balintdesk.cli"),
    ("layers", "cli/common.py", "from balintdesk.ui.common import forms"),
    ("layers", "domain/rota.py", "from balintdesk import fileio"),
    ("plain-domain", "domain/rota.py", "from PySide6.QtCore import QDate"),
    ("plain-domain", "domain/phases.py", "def later():\n    import peewee"),
    ("plain-domain", "domain/timer.py", "from cryptography.hazmat.primitives import hashes"),
    ("plain-domain", "domain/roster.py", "import keyring"),
    ("ui-only-from-app", "exports/pdf.py", "from balintdesk.ui.common import style"),
    ("ui-only-from-app", "paths.py", "import balintdesk.ui.session"),
    ("ui-areas", "ui/timer/page.py", "from balintdesk.ui.notes import editor"),
    ("ui-areas", "ui/records/cpd_dialog.py", "from balintdesk.ui.roster import model"),
    ("ui-areas", "ui/common/forms.py", "from balintdesk.ui.meeting import check_in"),
    ("ui-areas", "ui/settings/page.py", "from balintdesk.ui import main_window"),
    ("no-sibling-cycles", "store/roster.py", "def later():\n    from . import meetings"),
    ("no-sibling-cycles", "store/models.py", "from balintdesk.store import check"),
]


@pytest.mark.parametrize(("contract", "module", "line"), BROKEN)
def test_a_contract_fails_when_broken(
    package_copy: Path, contract: str, module: str, line: str
) -> None:
    target = package_copy / "balintdesk" / module
    original = target.read_text(encoding="utf-8")
    untouched = lint_imports(package_copy, contract)
    assert untouched.returncode == 0, untouched.stdout + untouched.stderr  # the copy is read
    target.write_text(original + "\n" + line + "\n", encoding="utf-8")
    try:
        done = lint_imports(package_copy, contract)
    finally:
        target.write_text(original, encoding="utf-8")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "BROKEN" in done.stdout and "0 kept, 1 broken" in done.stdout, done.stdout


def test_every_contract_is_tried_broken() -> None:
    assert {contract for contract, _, _ in BROKEN} == set(CONTRACT_IDS)


# --- no import loop at all ----------------------------------------------------------------


def import_loops(imports: dict[str, set[str]]) -> list[list[str]]:
    """Every set of modules that import each other round a loop (Tarjan's strongly
    connected components of the directly-imports graph), each sorted, in order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    loops: list[list[str]] = []

    def visit(module: str) -> None:  # recursion depth is at most the module count
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(imports.get(module, ())):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1 or module in imports.get(module, ()):
                loops.append(sorted(component))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return sorted(loops)


def test_loop_finder_on_made_up_graphs() -> None:
    assert import_loops({"a": {"b"}, "b": {"c"}, "c": set()}) == []
    assert import_loops({"a": {"b"}, "b": {"a"}}) == [["a", "b"]]
    assert import_loops({"p": {"p.x"}, "p.x": {"q"}, "q": {"p"}, "r": {"p"}}) == [["p", "p.x", "q"]]
    assert import_loops({"a": {"a"}}) == [["a"]]


def test_no_import_loop_anywhere() -> None:
    # Every import counts: inside functions, under TYPE_CHECKING, a package's __init__
    # importing its own modules and they it (which acyclic_siblings does not compare).
    graph = grimp.build_graph("balintdesk", cache_dir=None)
    imports = {
        module: {m for m in graph.find_modules_directly_imported_by(module) if m in graph.modules}
        for module in graph.modules
    }
    assert "balintdesk.store.roster" in imports  # read the real tree
    assert import_loops(imports) == []


def test_no_packaging_package_shadows_pypa_packaging() -> None:
    # packaging/ holds recipes; an __init__.py would make `import packaging` pick it up
    # instead of the PyPI package that pip and setuptools need when run from the repo.
    assert not (REPO / "packaging" / "__init__.py").exists()

"""Keep the PostgreSQL driver out of the one-PC start-up.

peewee imports psycopg (and psycopg2) at its own import time whenever they are installed
(peewee.py, the `try: import psycopg` at its top): every start-up would pay for a driver
only a practice with a server uses. So peewee is imported here with the drivers hidden;
`store.server.load_driver` imports psycopg when a server is configured and hands it to
peewee then. Installed by `balintdesk/__init__.py`, before anything can import peewee.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys

HIDDEN = ("psycopg", "psycopg2", "psycopg2cffi")


class _Loader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        # A None in sys.modules makes `import name` raise ImportError, which peewee takes
        # for "not installed"; the names are put back as they were afterwards.
        hidden = [name for name in HIDDEN if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]
        try:
            self._loader.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name, 0) is None:
                    del sys.modules[name]


class _PeeweeFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname != "peewee":
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def install() -> None:
    if "peewee" not in sys.modules and not any(
        isinstance(finder, _PeeweeFinder) for finder in sys.meta_path
    ):
        sys.meta_path.insert(0, _PeeweeFinder())

"""Reading a written PDF back in the tests: its text through poppler's pdftotext."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def pdftotext(path: Path, *options: str) -> str:
    """pdftotext with `options` ("-layout", "-bbox", "-f 2 -l 2"…), NFKC-folded so the
    ligatures DejaVu uses ("ﬂ") read as letters. Skips the test when pdftotext is
    missing."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        [tool, "-enc", "UTF-8", *options, str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return unicodedata.normalize("NFKC", out)


def pdf_text(path: Path, page: int | None = None, *, layout: bool = False) -> str:
    """The text of one page, or of all; with `layout` a table row stays one line."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return pdftotext(path, *(["-layout"] if layout else []), *pages)

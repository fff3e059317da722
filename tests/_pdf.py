"""Reading a written PDF back in the tests, through poppler's tools (Debian package
poppler-utils, installed by tests/run.sh): its text (pdftotext), each word's box on its
page (pdftotext -bbox-layout) and its properties (pdfinfo).

Without poppler the tests that need it skip, except under CI=true, where they fail: there
tests/run.sh has installed it, so its absence is a fault to see.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest


def poppler(tool: str) -> str:
    """The path of a poppler tool; a skip without it, a failure under CI=true."""
    found = shutil.which(tool)
    if found is None:
        problem = f"{tool} (poppler-utils) is not installed"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {problem}")
        pytest.skip(problem)
    return found


def pdftotext(path: Path, *options: str, fold: bool = True) -> str:
    """pdftotext with `options` ("-layout", "-bbox", "-f 2 -l 2"…). With `fold` the text
    is NFKC-folded, so a ligature ("ﬂ") would read as its letters; `fold=False` gives the
    text layer exactly as copy-paste and search see it."""
    out = subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return unicodedata.normalize("NFKC", out) if fold else out


def pdf_text(path: Path, page: int | None = None, *, layout: bool = False) -> str:
    """The text of one page, or of all; with `layout` a table row stays one line."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return pdftotext(path, *(["-layout"] if layout else []), *pages)


def pdf_info(path: Path) -> dict[str, str]:
    """pdfinfo's fields: "Title", "Author", "Creator", "Pages", …"""
    out = subprocess.run(
        [poppler("pdfinfo"), "-enc", "UTF-8", str(path)], capture_output=True, check=True
    ).stdout.decode("utf-8")
    fields = (line.partition(":") for line in out.splitlines())
    return {key: value.strip() for key, _, value in fields}


@dataclass(frozen=True)
class Word:
    """A word and its box on the page, in points from the page's top left. `text` is
    NFKC-folded (a no-break space reads as a space); `raw` is as the text layer has it."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    raw: str = ""


@dataclass(frozen=True)
class PdfPage:
    width: float
    height: float
    words: tuple[Word, ...]

    @cached_property
    def rows(self) -> list[str]:
        """The words in lines as the eye reads them: those whose tops lie within 3 points
        of a line's first word (type of another size on the same line sits a little
        higher or lower), left to right, joined by spaces."""
        rows: list[list[Word]] = []
        for word in sorted(self.words, key=lambda w: (w.top, w.left)):
            if rows and word.top - rows[-1][0].top <= 3.0:
                rows[-1].append(word)
            else:
                rows.append([word])
        return [" ".join(w.text for w in sorted(row, key=lambda w: w.left)) for row in rows]

    @cached_property
    def text(self) -> str:
        return " ".join(self.rows)

    @cached_property
    def raw(self) -> str:
        """The words as the text layer has them, unfolded: what search finds."""
        return " ".join(w.raw for w in self.words)


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def pdf_pages(path: Path) -> list[PdfPage]:
    """Every page with every word's box (pdftotext -bbox-layout)."""
    pages = []
    for width, height, body in _PAGE.findall(pdftotext(path, "-bbox-layout", fold=False)):
        words = []
        for x0, y0, x1, y1, text in _WORD.findall(body):
            raw = html.unescape(text)
            folded = unicodedata.normalize("NFKC", raw)
            words.append(Word(folded, float(x0), float(y0), float(x1), float(y1), raw))
        pages.append(PdfPage(float(width), float(height), tuple(words)))
    return pages

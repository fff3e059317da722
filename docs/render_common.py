"""What the render scripts share: the styled app, a throw-away data folder, and a shot()
that saves a widget (or a PDF's first page) as PNG and remembers the path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from balintdesk.paths import backups_dir, database_path
from balintdesk.store.db import close_database, open_database
from balintdesk.ui.common.style import apply_style

# The main window as it opens on a 1280×720 projector screen, the smallest the app is
# made for: the screen less the window manager's frame (ui/common/forms.py's allowances).
WINDOW_SIZE = (1272, 672)


class Shooter:
    def __init__(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.app = QApplication.instance() or QApplication([])
        self.app.setApplicationName("BalintDesk")
        apply_style(self.app)
        self.written: list[Path] = []

    def __call__(self, widget: QWidget, name: str) -> None:
        self.app.processEvents()
        self.written.append(self.out / f"{name}.png")
        widget.grab().save(str(self.written[-1]))

    def pdf(self, pdf: Path, name: str) -> None:
        """The first page of the PDF `pdf`, as `name`.png."""
        png = self.out / f"{name}.png"
        pdf_first_page(pdf, png)
        self.written.append(png)


def pdf_first_page(pdf: Path, png: Path) -> None:
    """The PDF's first page at 60 dpi, through poppler's pdftoppm -png -r 60 -f 1 -l 1."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to render the PDF")
    stem = png.with_suffix("")
    subprocess.run(
        [tool, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )


@contextmanager
def throwaway_database() -> Iterator[tuple[Path, object]]:
    """(data folder, open database) in a temporary folder, closed and removed after."""
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        db = open_database(database_path(data_dir), backups_dir(data_dir))
        try:
            yield data_dir, db
        finally:
            close_database(db)


def run(render: Callable[[Path], list[Path]]) -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "screenshots"
    for path in render(target):
        print(path)

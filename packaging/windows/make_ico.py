"""Draw resources/icons/balintdesk.svg into a multi-size Windows icon (balintdesk.ico).

    python packaging/windows/make_ico.py build/balintdesk.ico

Each size is a PNG inside the .ico (read by Windows Vista and later), drawn by Qt's own SVG
renderer, so no extra tool is needed. Use it for the spec's EXE(icon=...) and the installer
(build_installer(..., icon=...)).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "balintdesk.svg"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(size: int, svg: Path = SVG) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not draw the {size}px icon")
    buffer.close()
    return bytes(data.data())


def write_ico(target: Path, sizes: tuple[int, ...] = SIZES) -> Path:
    pngs = [(size, render_png(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + blobs)
    return target


if __name__ == "__main__":
    print(write_ico(Path(sys.argv[1] if len(sys.argv) > 1 else "build/balintdesk.ico")))

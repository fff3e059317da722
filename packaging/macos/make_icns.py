"""Draw resources/icons/balintdesk.svg into a macOS icon (BalintDesk.icns).

    python packaging/macos/make_icns.py build/BalintDesk.icns

PNG entries of 16 to 1024 pixels (read by macOS 10.7 and later), drawn by Qt's SVG renderer;
no iconutil or Pillow needed. Use it for the spec's BUNDLE(icon=...).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "windows"))
from make_ico import render_png  # the same Qt drawing as the Windows icon

# ICNS element types holding PNG data, by pixel size (the @2x ones share sizes).
TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def write_icns(target: Path) -> Path:
    cache: dict[int, bytes] = {}
    body = b""
    for kind, size in TYPES:
        png = cache.setdefault(size, render_png(size))
        body += kind + struct.pack(">I", 8 + len(png)) + png
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return target


if __name__ == "__main__":
    print(write_icns(Path(sys.argv[1] if len(sys.argv) > 1 else "build/BalintDesk.icns")))

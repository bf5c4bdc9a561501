#!/usr/bin/env python3
"""Render the app icon master (an SVG) to every icon file the platforms want.

    python packaging/make_icons.py [OUT_DIR]     (default: packaging/icons)

Writes hicolor PNGs for Linux (16–512 px), ``reflekt.ico`` for Windows and
``reflekt.icns`` for macOS. The ICO and ICNS containers are written here rather
than by Qt's image plugins: Qt writes a single image per file, and both formats
need several sizes in one file. Both hold PNG payloads, which Windows Vista+ and
macOS 10.7+ read. Run it again after changing the SVG and commit the results.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "src" / "reflekt" / "assets" / "icons" / "reflekt.svg"
APP_ID = "se.reflekt.Reflekt"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows picks from these for the taskbar, Explorer views and Alt+Tab at 100–200 % scaling.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types holding PNG data, by pixel size (Apple's "icp4"... "ic10" types).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt at 2x, for Retina displays
)


def render(size: int, svg: Path = SVG) -> QImage:
    """The icon at ``size`` x ``size`` pixels, rendered from the vector master (not scaled)."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: ICONDIR, one ICONDIRENTRY per size, then the PNG payloads."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, payloads = b"", b""
    for size in sizes:
        data = pngs[size]
        # Width/height 0 means 256; colour count 0, reserved 0, 1 plane, 32 bits per pixel.
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payloads += data
        offset += len(data)
    return header + entries + payloads


def icns_bytes(chunks: list[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file: 'icns' + total length, then (type, length incl. 8-byte header, data)."""
    body = b"".join(kind + struct.pack(">I", len(data) + 8) + data for kind, data in chunks)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def make_icons(out: Path, svg: Path = SVG) -> list[Path]:
    """Write every icon file under ``out``; returns the paths written."""
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = png_bytes(render(size, svg))
        return cache[size]

    written = []
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png(size))
        written.append(target)
    ico = out / "reflekt.ico"
    ico.write_bytes(ico_bytes({size: png(size) for size in ICO_SIZES}))
    icns = out / "reflekt.icns"
    icns.write_bytes(icns_bytes([(kind, png(size)) for kind, size in ICNS_TYPES]))
    return [*written, ico, icns]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "packaging" / "icons"
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    for path in make_icons(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The app icon in every size and container the platforms want, drawn from the SVG master."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reflekt import APP_ID

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "packaging" / "icons"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def load_make_icons():
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (which always comes first)."""
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def assert_looks_like_the_icon(data: bytes, size: int) -> None:
    image = QImage.fromData(data, "PNG")
    assert (image.width(), image.height()) == (size, size)
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    step = max(1, size // 128)  # every pixel up to 128 px; a grid of 128 x 128 above
    pixels = [image.pixelColor(x, y) for y in range(0, size, step) for x in range(0, size, step)]
    opaque = [p for p in pixels if p.alpha() > 200]
    # Rounded corners leave a transparent rim; the rest is the coloured tile and the book.
    assert 0.6 * len(pixels) < len(opaque) < len(pixels)
    colours = {(p.red() // 32, p.green() // 32, p.blue() // 32) for p in opaque}
    assert len(colours) >= 3, "a blank or single-colour icon"
    assert any(p.red() > 240 and p.green() > 240 and p.blue() > 240 for p in opaque), "no page"


@pytest.mark.parametrize("size", SIZES)
def test_linux_gets_a_crisp_png_in_each_hicolor_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert_looks_like_the_icon(path.read_bytes(), size)


def test_windows_ico_holds_every_size_up_to_256() -> None:
    data = (ICONS / "reflekt.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _colours, _zero, planes, bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        payload = data[offset : offset + length]
        assert len(payload) == length and offset + length <= len(data)
        side = w or 256  # 0 means 256 in an ICO directory
        assert h == w and (planes, bpp) == (1, 32)
        assert png_size(payload) == (side, side)
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
    assert_looks_like_the_icon(payload, 256)


def test_macos_icns_holds_retina_sizes_and_its_lengths_add_up() -> None:
    data = (ICONS / "reflekt.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    chunks: dict[bytes, bytes] = {}
    at = 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        assert length > 8 and at + length <= len(data)
        chunks[kind] = data[at + 8 : at + length]
        at += length
    assert at == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    assert {kind: png_size(png)[0] for kind, png in chunks.items()} == expected
    assert_looks_like_the_icon(chunks[b"ic10"], 1024)


def test_qt_reads_the_containers_back(qapp) -> None:
    from PySide6.QtGui import QImageReader

    for name, count in (("reflekt.ico", 7), ("reflekt.icns", 6)):
        reader = QImageReader(str(ICONS / name))
        assert reader.imageCount() == count, name
        assert not reader.read().isNull(), reader.errorString()


def test_the_script_regenerates_the_same_set_from_the_svg(qapp, tmp_path: Path) -> None:
    written = load_make_icons().make_icons(tmp_path)
    committed = {p.relative_to(ICONS) for p in ICONS.rglob("*") if p.is_file()}
    assert {p.relative_to(tmp_path) for p in written} == committed
    for size in (16, 512):
        path = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert_looks_like_the_icon(path.read_bytes(), size)

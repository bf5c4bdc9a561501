"""Pictures for the tests of what keeps them safe: real files made with Pillow, each
with a byte run found nowhere else, so a search of the journal's file finds it or not."""

from __future__ import annotations

import io
from pathlib import Path

from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.core.picture_store import PictureInfo

CAMERA = "KeepTestCam-7Q"  # the camera maker a test photo names in its EXIF


def noise_png(seed: int = 0, size: tuple[int, int] = (240, 160)) -> bytes:
    """A PNG of noise: incompressible, so its bytes are found as written in the file."""
    from PIL import Image

    image = Image.effect_noise(size, 90 + seed).convert("RGB")
    image.putpixel((0, 0), (seed % 256, 7, 9))  # no two seeds give the same picture
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def photo_with_gps(size: tuple[int, int] = (320, 240)) -> bytes:
    """A JPEG as a phone writes it: EXIF with the camera's maker and a GPS position."""
    from PIL import Image

    image = Image.effect_noise(size, 70).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = CAMERA  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (59.0, 19.0, 45.0)
    gps[3], gps[4] = "E", (18.0, 4.0, 7.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def keep(journal: Journal, data: bytes, name: str = "board.png") -> PictureInfo:
    return journal.pictures.add(pictures.prepare(data, name))


def showing(sha256: str, caption: str = "the whiteboard") -> str:
    return "After the workshop:\n\n" + pictures.reference(sha256, caption)


def run_of(data: bytes) -> bytes:
    """A distinctive run of a picture's bytes (from its middle, past any header)."""
    middle = len(data) // 2
    return data[middle : middle + 48]


def file_bytes(path: Path) -> dict[str, bytes]:
    """The journal file and its write-ahead log, as they are on disk."""
    return {p.name: p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists()}


def in_file(path: Path, run: bytes) -> bool:
    return any(run in data for data in file_bytes(path).values())

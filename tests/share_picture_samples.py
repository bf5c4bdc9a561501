"""Pictures for the sharing tests: a photo that carries GPS and camera EXIF, and ways
to tell that a picture's bytes carry none (issue #18, "what leaves has no metadata")."""

from __future__ import annotations

import io

from PIL import Image

from reflekt.core import pictures
from reflekt.core.journal import Journal

GPS_IFD = 0x8825
MAKE = 0x010F


def photo_with_gps(width: int = 640, height: int = 480, colour: tuple = (40, 120, 200)) -> bytes:
    """A JPEG with GPS coordinates, a camera make and an owner in its EXIF."""
    image = Image.new("RGB", (width, height), colour)
    exif = Image.Exif()
    exif[MAKE] = "SentinelCam"
    exif[0x013B] = "SENTINEL-OWNER"  # Artist
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (59.0, 19.0, 45.0), 3: "E", 4: (18.0, 4.0, 7.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=80)
    data = out.getvalue()
    assert has_metadata(data), "the sample must carry EXIF to prove it is taken out"
    return data


def has_metadata(data: bytes) -> bool:
    """Whether a picture's bytes carry EXIF (GPS, camera, owner) or text chunks."""
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        return bool(
            "exif" in image.info
            or len(exif)
            or exif.get_ifd(GPS_IFD)
            or any(k in image.info for k in ("XML:com.adobe.xmp", "comment", "Artist"))
            or b"SentinelCam" in data
            or b"SENTINEL-OWNER" in data
        )


def add_photo(journal: Journal, caption: str = "Whiteboard", **entry: object) -> tuple[str, str]:
    """A shareable entry that shows a GPS-tagged photo; (entry id, picture sha256)."""
    prepared = pictures.prepare(photo_with_gps(), "whiteboard.jpg")
    journal.pictures.add(prepared)
    body = f"Before the picture.\n\n{pictures.reference(prepared.sha256, caption)}\n\nAfter it."
    options = {"title": "Retro board", "visibility": "shareable", "day": "2026-03-10", **entry}
    added = journal.add(body, **options)
    return added.id, prepared.sha256

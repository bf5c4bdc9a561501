"""Pictures made for tests (Pillow): a photo carrying every kind of metadata, a
decompression bomb, a file cut short, and the plain ones. Shared by the picture tests.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

GPS_LATITUDE = (59.0, 19.0, 42.0)  # Stockholm, in the GPS IFD of the sample photo
CAMERA = "Whiteboard Cam 3000"
OWNER = "Kim Lindqvist"
XMP_MARK = b"http://ns.adobe.com/xap/1.0/"
COMMENT = b"taken in the Ada meeting room"


def image(width: int = 64, height: int = 48, mode: str = "RGB") -> Image.Image:
    """A picture whose halves differ, so that a turn or a mirror shows in its pixels:
    red on the left, blue on the right, a green band across the top."""
    im = Image.new("RGB", (width, height), (220, 30, 30))
    im.paste((30, 30, 220), (width // 2, 0, width, height))
    im.paste((30, 200, 30), (0, 0, width, max(1, height // 8)))
    return im.convert(mode)


def encoded(im: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **options)
    return out.getvalue()


def png(width: int = 64, height: int = 48, mode: str = "RGB") -> bytes:
    return encoded(image(width, height, mode), "PNG")


def jpeg(width: int = 64, height: int = 48, **options: object) -> bytes:
    return encoded(image(width, height), "JPEG", quality=92, **options)


def exif_with_everything(orientation: int = 1) -> Image.Exif:
    """EXIF with a GPS position, a camera model, an owner and an orientation."""
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x0110] = CAMERA  # Model
    exif[0x013B] = OWNER  # Artist
    exif[0xA430] = OWNER  # CameraOwnerName (Exif IFD tag, kept in IFD0 here too)
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = GPS_LATITUDE
    gps[3] = "E"
    gps[4] = (18.0, 4.0, 7.0)
    return exif


def xmp_packet() -> bytes:
    return (
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        b'xmp:CreatorTool="' + CAMERA.encode() + b'"/></rdf:RDF></x:xmpmeta>'
        b'<?xpacket end="w"?>'
    )


def photo_with_metadata(width: int = 64, height: int = 48, orientation: int = 1) -> bytes:
    """A JPEG with GPS EXIF, a camera model, an owner, an XMP packet and a comment."""
    return encoded(
        image(width, height),
        "JPEG",
        quality=92,
        exif=exif_with_everything(orientation),
        xmp=XMP_MARK + b"\x00" + xmp_packet(),
        comment=COMMENT,
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_declaring(width: int, height: int) -> bytes:
    """A valid, tiny PNG file whose header declares ``width`` x ``height`` pixels (a
    decompression bomb: a few hundred bytes that would decode to gigabytes)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 4096, 9))
        + _chunk(b"IEND", b"")
    )


def truncated_png() -> bytes:
    """A real PNG cut in the middle of its pixel data."""
    whole = encoded(Image.effect_noise((200, 150), 60).convert("RGB"), "PNG")
    return whole[: len(whole) // 2]


def html_page() -> bytes:
    return b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n"


def large_photo(width: int = 4000, height: int = 3000) -> bytes:
    """A 12-megapixel JPEG with detail (noise), about the size a phone writes."""
    noise = Image.effect_noise((width // 4, height // 4), 40)
    grey = noise.resize((width, height), Image.Resampling.BILINEAR)
    rgb = Image.merge("RGB", (grey, grey.transpose(Image.Transpose.FLIP_LEFT_RIGHT), grey))
    return encoded(rgb, "JPEG", quality=90, exif=exif_with_everything())

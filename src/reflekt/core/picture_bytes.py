"""What a picture file is, read from its bytes alone (no Pillow): its real type, and
whether it is already *clean* (nothing in it but the picture).

``core/pictures.py`` asks here before Pillow parses anything: a file whose first bytes
are not PNG, JPEG, WebP or GIF never reaches a decoder, and a file that is clean, small
and upright is kept byte for byte (see ``is_clean``).
"""

from __future__ import annotations

import struct
import zlib

# The picture types reflekt reads, by their first bytes.
_PNG = b"\x89PNG\r\n\x1a\n"


def sniff(data: bytes) -> str | None:
    """``"png"``, ``"jpeg"``, ``"webp"`` or ``"gif"`` from the first bytes, else None."""
    if data.startswith(_PNG):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    return None


def other_picture(data: bytes) -> str | None:
    """The name of a picture type reflekt does not keep (TIFF, BMP, HEIC, ...), from
    its first bytes; None when the bytes are no picture type known here."""
    head = data[:32]
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[:2] == b"BM":
        return "BMP"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
        return "HEIC"
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"):
        return "AVIF"
    if head[:4] == b"\x00\x00\x01\x00":
        return "ICO"
    if head[:4] == b"8BPS":
        return "PSD"
    if head[:2] == b"\xff\x0a" or head[:12] == b"\x00\x00\x00\x0cJXL \r\n\x87\n":
        return "JPEG XL"
    return None


def declared_size(data: bytes, kind: str) -> tuple[int, int] | None:
    """(width, height) as the file's header declares them, read before any decoder
    sees the file (a decompression bomb is refused from these); None when the header
    cannot be read here (Pillow's own limit then applies)."""
    try:
        if kind == "png" and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        if kind == "gif":
            return struct.unpack("<HH", data[6:10])
        if kind == "webp":
            return _webp_size(data)
        if kind == "jpeg":
            return _jpeg_size(data)
    except struct.error:
        return None
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8L" and data[20:21] == b"\x2f":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


# Start-of-frame markers (baseline, progressive, lossless, arithmetic): they carry the size.
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    pos, end = 2, len(data)
    while pos + 4 <= end and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height
        if marker == 0xDA or length < 2:
            return None
        pos += 2 + length
    return None


# Which name endings claim which type (what a person sees as "a .jpg").
CLAIMED = {
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".jpe": "jpeg",
    ".jfif": "jpeg",
    ".webp": "webp",
    ".gif": "gif",
}


class Damaged(Exception):
    """The file's structure is broken (cut short, a checksum wrong)."""


def is_clean(data: bytes, kind: str) -> bool:
    """True when ``data`` (of the sniffed ``kind``) holds nothing but the picture: no
    EXIF, XMP, IPTC, ICC profile, comment, text chunk, embedded thumbnail, extra frame
    or bytes after its end. Raises ``Damaged`` when its structure is broken.

    Such a file (when it is also small enough) is kept exactly as it is: re-encoding a
    JPEG or a lossy WebP loses a little each time, and keeping it means preparing a
    stored picture again gives the same bytes and so the same SHA-256 (a colleague's
    bundle is checked with ``prepare`` on import and must keep its references).
    """
    if kind == "png":
        return _png_clean(data)
    if kind == "jpeg":
        return _jpeg_clean(data)
    if kind == "webp":
        return _webp_clean(data)
    return False


# Chunks that hold only how to draw the pixels: no text, time, profile or EXIF.
_PNG_PLAIN = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND", b"sRGB", b"gAMA", b"pHYs", b"sBIT"}


def _png_clean(data: bytes) -> bool:
    pos, clean, end = len(_PNG), True, len(data)
    while True:
        if pos + 12 > end:
            raise Damaged("cut short")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        stop = pos + 12 + length
        if stop > end:
            raise Damaged("cut short")
        crc = struct.unpack(">I", data[stop - 4 : stop])[0]
        if zlib.crc32(data[pos + 4 : stop - 4]) != crc:
            raise Damaged("checksum")
        clean = clean and kind in _PNG_PLAIN
        pos = stop
        if kind == b"IEND":
            return clean and pos == end


# Segments that only say how to decode: quantisation and Huffman tables, frame and
# scan headers, restart interval. APPn (EXIF, XMP, ICC, IPTC, Adobe), COM and the rest
# make a file not clean.
_JPEG_PLAIN = {0xDB, 0xC4, 0xC0, 0xC1, 0xC2, 0xDD, 0xDA}


def _jpeg_clean(data: bytes) -> bool:
    pos, end, seen_frame = 2, len(data), False
    while pos < end:
        if data[pos] != 0xFF:
            # Entropy-coded data after a scan header: find the next real marker.
            pos = data.find(b"\xff", pos)
            if pos < 0:
                raise Damaged("cut short")
            continue
        while pos < end and data[pos] == 0xFF:
            pos += 1  # fill bytes
        if pos >= end:
            raise Damaged("cut short")
        marker = data[pos]
        pos += 1
        if marker == 0x00 or 0xD0 <= marker <= 0xD7:
            continue  # a stuffed 0xFF inside scan data, or a restart marker
        if marker == 0xD9:  # end of image
            return seen_frame and pos == end
        if pos + 2 > end:
            raise Damaged("cut short")
        length = struct.unpack(">H", data[pos : pos + 2])[0]
        if length < 2 or pos + length > end:
            raise Damaged("cut short")
        segment = data[pos + 2 : pos + length]
        if marker == 0xE0:
            # APP0 "JFIF" with no thumbnail is only the pixel density; anything else
            # (a JFXX thumbnail) may show what a crop left out.
            if not (
                segment[:5] == b"JFIF\x00" and len(segment) >= 14 and segment[12:14] == b"\0\0"
            ):
                return False
        elif marker not in _JPEG_PLAIN:
            return False
        if marker in (0xC0, 0xC1, 0xC2):
            # Colour JPEGs of 1 (grey) or 3 components only: CMYK is converted.
            if len(segment) < 6 or segment[5] not in (1, 3):
                return False
            seen_frame = True
        pos += length
    raise Damaged("cut short")


_WEBP_PLAIN = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH"}
# VP8X flags: ICC profile, EXIF, XMP, animation.
_VP8X_EXTRAS = 0x20 | 0x08 | 0x04 | 0x02


def _webp_clean(data: bytes) -> bool:
    if len(data) < 12 or struct.unpack("<I", data[4:8])[0] + 8 != len(data):
        raise Damaged("size")
    pos, end, clean = 12, len(data), True
    while pos < end:
        if pos + 8 > end:
            raise Damaged("cut short")
        kind, length = struct.unpack("<4sI", data[pos : pos + 8])
        stop = pos + 8 + length + (length & 1)
        if pos + 8 + length > end:
            raise Damaged("cut short")
        if kind == b"VP8X" and (length < 1 or data[pos + 8] & _VP8X_EXTRAS):
            clean = False
        clean = clean and kind in _WEBP_PLAIN
        pos = stop
    return clean


def is_lossless_webp(data: bytes) -> bool:
    """True when a WebP holds a lossless (VP8L) image: it is written again losslessly."""
    return b"VP8L" in data[12:64]

"""Pictures in entries: a file's bytes made into what the journal keeps, and the
Markdown references (``![CAPTION](picture:SHA256)``) that put them in an entry's text.

Qt-free. Pillow reads and writes the pictures; it is imported only inside
``prepare`` (never when the command line starts). ``prepare`` is pure and
thread-safe and does all the heavy work, so the app runs it on a worker and the
journal is locked only for the short write of its result (``journal.pictures.add``).

Choices, and why:

- Types read: PNG, JPEG, WebP and GIF (its first frame, kept as PNG), told by their
  first bytes, never by the name. A name that claims one picture type for another
  picture type (a ``.png`` that is a JPEG) is harmless: kept as what it is. A name
  that claims a picture for something that is none (a ``.jpg`` that is HTML) is
  refused, and so are TIFF, BMP, HEIC and the like (save them as PNG or JPEG):
  fewer decoders fed hostile bytes.
- Kept without any metadata: the picture is decoded and written again from its
  pixels alone, after turning it upright by its EXIF orientation and scaling it to
  the long side. An ICC profile is applied (the pixels converted to sRGB) and then
  dropped, so colours stay right without keeping the profile's bytes.
- A file that is already clean (``picture_bytes.is_clean``: nothing but the picture),
  within the long side and upright, keeps its own bytes: no re-encoding loss, and
  ``prepare`` of a stored picture gives it back unchanged (the same SHA-256), which a
  colleague's bundle relies on when its pictures are checked again on import.
- Deterministic: the same input gives the same bytes (fixed encoder settings, no
  time stamps), so the same picture added twice is kept once.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from reflekt.core import picture_bytes
from reflekt.core.models import captions_only
from reflekt.core.picture_refs import (
    Ref,
    add_reference,
    append_reference,
    entry_references,
    escape_caption,
    field_references,
    links,
    move_reference,
    reference,
    references,
    remove_reference,
    set_caption,
)
from reflekt.errors import InvalidInput, PictureRefused
from reflekt.messages import msg, os_reason

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from PIL.Image import Image


__all__ = [
    "DEFAULT_LONG_SIDE",
    "EXTENSION",
    "LONG_SIDE_SETTING",
    "MAX_INPUT_BYTES",
    "MAX_PIXELS",
    "MIME",
    "THUMB_SIDE",
    "Prepared",
    "Ref",
    "add_reference",
    "append_reference",
    "captions_only",
    "entry_references",
    "escape_caption",
    "field_references",
    "links",
    "move_reference",
    "prepare",
    "prepare_file",
    "reference",
    "references",
    "remove_reference",
    "set_caption",
]

MAX_INPUT_BYTES = 40 * 1024 * 1024
# The most pixels a picture may declare. A 108-megapixel phone photo passes; a PNG of
# this size decodes to ~0.5 GB (RGBA), the most one picture may take while it is
# prepared. A "decompression bomb" (a few KB of PNG declaring 30000 x 30000 pixels,
# 3.6 GB once decoded) is refused from its header, before any pixel is decoded.
MAX_PIXELS = 120_000_000
DEFAULT_LONG_SIDE = 2560
LONG_SIDE_SETTING = "pictures.long_side"
MIN_LONG_SIDE = 320
MAX_LONG_SIDE = 10_000
THUMB_SIDE = 320

MIME = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}
EXTENSION = {"png": ".png", "jpeg": ".jpg", "webp": ".webp"}
STORED_AS = {"png": "png", "jpeg": "jpeg", "webp": "webp", "gif": "png"}
_PIL_FORMAT = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP", "gif": "GIF"}
JPEG_QUALITY = 90
THUMB_QUALITY = 85
WEBP_QUALITY = 90


@dataclass(frozen=True)
class Prepared:
    """A picture as the journal keeps it (``thumb``: PNG or JPEG, no metadata)."""

    sha256: str
    type: str
    data: bytes
    width: int
    height: int
    thumb: bytes


# -- turning a file into what is kept ----------------------------------------------


def shown_name(name: str) -> str:
    """How a refusal names the file: its last part, quoted (control and bidi
    characters escaped by ``repr``), or "The picture" for a pasted one."""
    base = re.split(r"[\\/]", name.strip())[-1] if name else ""
    return repr(base) if base else msg("The picture")


def valid_long_side(value: Any) -> int:
    """The long side setting as a whole number of pixels, within sensible bounds."""
    try:
        side = int(value)
    except (TypeError, ValueError):
        side = 0
    if isinstance(value, bool) or not MIN_LONG_SIDE <= side <= MAX_LONG_SIDE:
        raise InvalidInput(
            msg(
                "The longest side of pictures must be a whole number of pixels from "
                "{low} to {high}, not {value}.",
                low=MIN_LONG_SIDE,
                high=MAX_LONG_SIDE,
                value=repr(value),
            )
        )
    return side


def prepare_file(path: Path, *, long_side: int = DEFAULT_LONG_SIDE) -> Prepared:
    """``prepare`` for a file: its size is checked before a byte is read."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise _too_big(name, size)
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise PictureRefused(
            msg(
                "Could not read the picture {name}: {reason}. Check the file and try again.",
                name=shown_name(name),
                reason=os_reason(exc),
            )
        ) from None
    return prepare(data, name, long_side=long_side)


def _too_big(name: str, size: int) -> PictureRefused:
    return PictureRefused(
        msg(
            "{name} is {size} MB; reflekt keeps pictures of up to {limit} MB. Save a "
            "smaller copy (for example as JPEG, or scaled down) and add that instead.",
            name=shown_name(name),
            size=f"{size / 1024 / 1024:.0f}",
            limit=MAX_INPUT_BYTES // 1024 // 1024,
        )
    )


def _damaged(name: str) -> PictureRefused:
    return PictureRefused(
        msg(
            "{name} is damaged or incomplete and cannot be read. Open it in a picture "
            "viewer; if it shows there, save it again as PNG or JPEG and add that copy.",
            name=shown_name(name),
        )
    )


def _check_kind(data: bytes, name: str) -> str:
    """The sniffed type of ``data``, or a refusal that says what it is instead."""
    shown = shown_name(name)
    if len(data) > MAX_INPUT_BYTES:
        raise _too_big(name, len(data))
    if not data:
        raise PictureRefused(
            msg(
                "{name} is empty: it holds no picture. Check that the file was copied "
                "whole and add it again.",
                name=shown,
            )
        )
    kind = picture_bytes.sniff(data)
    if kind is not None:
        return kind
    other = picture_bytes.other_picture(data)
    if other is not None:
        raise PictureRefused(
            msg(
                "{name} is a {kind} picture, which reflekt does not keep. Open it in a "
                "picture viewer, save it as PNG or JPEG and add that copy.",
                name=shown,
                kind=other,
            )
        )
    suffix = Path(re.split(r"[\\/]", name)[-1]).suffix.lower() if name else ""
    if suffix in picture_bytes.CLAIMED:
        raise PictureRefused(
            msg(
                "{name} is named as a picture but is not one: what it holds is not PNG, "
                "JPEG, WebP or GIF. Nothing was added. Check that it is the file you meant.",
                name=shown,
            )
        )
    raise PictureRefused(
        msg(
            "{name} is not a picture reflekt can keep. Pictures can be PNG, JPEG, WebP "
            "or GIF; save it as one of those and add it again.",
            name=shown,
        )
    )


def _pillow() -> Any:
    """Pillow, imported on first use, with its limits set for hostile files."""
    from PIL import Image, ImageFile

    # prepare refuses a picture over the limit from its header before Pillow opens
    # it (picture_bytes.declared_size); where that header cannot be read, Pillow
    # warns past this many pixels and refuses twice as many, and prepare checks the
    # size Pillow read before any pixel is decoded.
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    ImageFile.LOAD_TRUNCATED_IMAGES = False  # a file cut short is refused, not padded
    return Image


def prepare(data: bytes, name: str = "", *, long_side: int = DEFAULT_LONG_SIDE) -> Prepared:
    """The picture in ``data`` as the journal keeps it; ``name`` (a file name, or ""
    for a pasted picture) is used in refusals and to catch a file that is not what its
    name says. Raises ``PictureRefused``: too big, empty, not a picture, a type not
    kept, too many pixels, damaged."""
    data = bytes(data)
    kind = _check_kind(data, name)
    long_side = valid_long_side(long_side)
    declared = picture_bytes.declared_size(data, kind)
    if declared is not None and declared[0] * declared[1] > MAX_PIXELS:
        raise _too_many_pixels(name, *declared)
    try:
        clean = picture_bytes.is_clean(data, kind)
    except picture_bytes.Damaged:
        raise _damaged(name) from None
    image_module = _pillow()
    try:
        with image_module.open(io.BytesIO(data), formats=[_PIL_FORMAT[kind]]) as im:
            width, height = im.size
            if width < 1 or height < 1:
                raise _damaged(name)  # a picture of no pixels
            if width * height > MAX_PIXELS:
                raise _too_many_pixels(name, width, height)
            keep = clean and max(width, height) <= long_side
            if keep and kind == "webp" and getattr(im, "n_frames", 1) > 1:
                keep = False
            im.seek(0)
            im.load()
            return _processed(im, data, kind, keep, long_side)
    except PictureRefused:
        raise
    except image_module.DecompressionBombError:
        raise _too_many_pixels(name, 0, 0) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, TypeError):
        # What Pillow raises for a file it cannot decode: cut short, a bad header,
        # an impossible size.
        raise _damaged(name) from None
    except MemoryError:
        raise _too_many_pixels(name, 0, 0) from None


def _too_many_pixels(name: str, width: int, height: int) -> PictureRefused:
    size = msg(" ({width} × {height} pixels)", width=width, height=height) if width else ""
    return PictureRefused(
        msg(
            "{name} is too large to open safely{size}: reflekt opens pictures of up to "
            "{limit} million pixels. Scale it down in a picture editor and add it again.",
            name=shown_name(name),
            size=size,
            limit=MAX_PIXELS // 1_000_000,
        )
    )


def _processed(im: Image, data: bytes, kind: str, keep: bool, long_side: int) -> Prepared:
    stored_type = STORED_AS[kind]
    if keep:
        picture = _plain_mode(im, im.info.get("transparency") is not None)
        stored = data
    else:
        picture = _upright_srgb(im)
        if max(picture.size) > long_side:
            picture = _scaled(picture, long_side)
        picture = _without_metadata(picture)
        stored = _encode(picture, stored_type, picture_bytes.is_lossless_webp(data))
    return Prepared(
        sha256=hashlib.sha256(stored).hexdigest(),
        type=stored_type,
        data=stored,
        width=picture.width,
        height=picture.height,
        thumb=_thumbnail(picture, stored_type),
    )


def _upright_srgb(im: Image) -> Image:
    """The pixels turned upright by the EXIF orientation and converted to sRGB (when
    an ICC profile says what they are), in a mode the encoders write."""
    from PIL import ImageOps

    icc = im.info.get("icc_profile")
    transparent = im.info.get("transparency") is not None
    upright = ImageOps.exif_transpose(im)
    if upright is None:  # pragma: no cover - only with in_place=True
        upright = im
    if icc:
        converted = _to_srgb(upright, icc, transparent)
        if converted is not None:
            return converted
    return _plain_mode(upright, transparent)


def _to_srgb(im: Image, icc: bytes, transparent: bool) -> Image | None:
    from PIL import ImageCms

    if im.mode == "CMYK":  # the profile says what the inks are: applied to them
        source, target = im, "RGB"
    else:
        source = _plain_mode(im, transparent)
        if source.mode == "LA":
            source = source.convert("RGBA")
        target = source.mode
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.profileToProfile(
            source, profile, ImageCms.createProfile("sRGB"), outputMode=target
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return None  # a broken or unfitting profile: the pixels are taken as sRGB


def _plain_mode(im: Image, transparent: bool) -> Image:
    """``im`` in L, LA, RGB or RGBA (what PNG, JPEG and WebP all take)."""
    mode = im.mode
    if mode in ("L", "LA", "RGB", "RGBA"):
        return im
    if mode == "1":
        return im.convert("L")
    if mode in ("P", "PA"):
        return im.convert("RGBA" if transparent or mode == "PA" else "RGB")
    if mode in ("La", "RGBa"):
        return im.convert("RGBA" if mode == "RGBa" else "LA")
    if mode.startswith("I") or mode == "F":
        # 16-bit (or wider) grey: scaled to 8 bits, not clipped.
        return im.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    return im.convert("RGB")  # CMYK, YCbCr, LAB, HSV


def _scaled(im: Image, long_side: int) -> Image:
    from PIL import Image as image_module

    width, height = im.size
    ratio = long_side / max(width, height)
    size = (max(1, round(width * ratio)), max(1, round(height * ratio)))
    # reducing_gap: a cheap box reduction first, then Lanczos; a 12-megapixel photo
    # scales in about a third of the time at no visible cost.
    return im.resize(size, image_module.Resampling.LANCZOS, reducing_gap=3.0)


def _without_metadata(im: Image) -> Image:
    """The pixels alone in a new image: no ``info`` (EXIF, XMP, comments, ICC, text),
    so no encoder can carry any of it over."""
    from PIL import Image as image_module

    return image_module.frombytes(im.mode, im.size, im.tobytes())


def _encode(im: Image, stored_type: str, lossless: bool) -> bytes:
    out = io.BytesIO()
    if stored_type == "jpeg":
        if im.mode not in ("L", "RGB"):
            im = im.convert("RGB")
        im.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    elif stored_type == "webp":
        if im.mode not in ("RGB", "RGBA"):
            im = im.convert("RGBA" if "A" in im.getbands() else "RGB")
        if lossless:
            im.save(out, "WEBP", lossless=True, exact=False)
        else:
            im.save(out, "WEBP", quality=WEBP_QUALITY, method=4)
    else:
        im.save(out, "PNG")
    return out.getvalue()


def _thumbnail(im: Image, stored_type: str) -> bytes:
    """A small copy (long side ``THUMB_SIDE``), made once and kept with the picture:
    PNG when the picture has transparency or is a PNG (screenshots stay sharp), JPEG
    otherwise."""
    from PIL import Image as image_module

    small = _without_metadata(_plain_mode(im, False))
    small.thumbnail((THUMB_SIDE, THUMB_SIDE), image_module.Resampling.LANCZOS)
    out = io.BytesIO()
    if "A" in small.getbands() or stored_type == "png":
        small.save(out, "PNG")
    else:
        small.save(out, "JPEG", quality=THUMB_QUALITY)
    return out.getvalue()

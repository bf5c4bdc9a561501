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
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from reflekt.core import picture_bytes
from reflekt.errors import InvalidInput, PictureRefused
from reflekt.messages import msg, os_reason

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from PIL.Image import Image

    from reflekt.core.models import Entry

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

    # Pillow refuses more than twice this many pixels at open on its own; prepare
    # checks the exact limit itself before decoding.
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
    try:
        clean = picture_bytes.is_clean(data, kind)
    except picture_bytes.Damaged:
        raise _damaged(name) from None
    image_module = _pillow()
    try:
        with image_module.open(io.BytesIO(data), formats=[_PIL_FORMAT[kind]]) as im:
            width, height = im.size
            if width < 1 or height < 1 or width * height > MAX_PIXELS:
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
        converted = _to_srgb(upright, icc)
        if converted is not None:
            return converted
    return _plain_mode(upright, transparent)


def _to_srgb(im: Image, icc: bytes) -> Image | None:
    from PIL import ImageCms

    alpha = "A" in im.getbands()
    target = "RGBA" if alpha and im.mode in ("RGBA", "LA", "PA") else "RGB"
    source = im if im.mode in ("RGB", "RGBA", "CMYK", "L") else im.convert(target)
    if source.mode == "L":
        target = "L"
    elif source.mode == "RGBA":
        target = "RGBA"
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.profileToProfile(
            source, profile, ImageCms.createProfile("sRGB"), outputMode=target
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return None  # a broken profile: the pixels are taken as sRGB already


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


# -- references in an entry's text ---------------------------------------------------

# ![CAPTION](picture:SHA256): the caption has \, [ and ] escaped and is one line.
_REFERENCE = re.compile(r"!\[((?:\\.|[^\\\[\]\n])*)\]\(picture:([0-9a-f]{64})\)")
_ESCAPED = re.compile(r"\\(.)")
_MARK = "](picture:"  # cheap test before the regex: almost no entry has a picture


@dataclass(frozen=True)
class Ref:
    """One picture reference in a text: where it is, its caption and its picture."""

    start: int
    end: int
    caption: str
    sha256: str


def references(text: str) -> list[Ref]:
    """The picture references in ``text``, in order."""
    if _MARK not in text:
        return []
    return [
        Ref(m.start(), m.end(), _ESCAPED.sub(r"\1", m.group(1)), m.group(2))
        for m in _REFERENCE.finditer(text)
    ]


def escape_caption(caption: str) -> str:
    """A caption as it stands inside ``![...]``: one line, ``\\ [ ]`` escaped."""
    line = " ".join(str(caption).split())
    return re.sub(r"([\\\[\]])", r"\\\1", line)


def reference(sha256: str, caption: str = "") -> str:
    """The Markdown that shows the picture ``sha256`` with ``caption`` as its alt text."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
        raise InvalidInput(
            msg("{value} is not a picture's SHA-256 (64 hex digits).", value=repr(sha256))
        )
    return f"![{escape_caption(caption)}](picture:{sha256})"


def field_references(
    template: str | None, sections: Mapping[str, str], body: str
) -> list[tuple[str, Ref]]:
    """(field key — a section key or ``"body"`` — and Ref) in reading order."""
    if _MARK not in body and not any(_MARK in text for text in sections.values()):
        return []
    from reflekt.core.templates import reading_order

    found: list[tuple[str, Ref]] = []
    for key in reading_order(template, sections):
        text = body if key is None else sections[key]
        found += [(key or "body", ref) for ref in references(text)]
    return found


def entry_references(entry: Entry) -> list[tuple[str, Ref]]:
    """The entry's picture references (field key and Ref), in reading order: position
    N (1-based) in the command line and the app is the N-th of these."""
    return field_references(entry.template, entry.sections, entry.body)


def links(
    template: str | None, sections: Mapping[str, str], body: str
) -> list[tuple[int, str, str]]:
    """(position, sha256, caption) of every reference, positions 1-based."""
    return [
        (position, ref.sha256, ref.caption)
        for position, (_, ref) in enumerate(field_references(template, sections, body), 1)
    ]


# -- changing an entry's pictures (the command line and the app) ---------------------


def _text_of(entry: Entry, key: str) -> str:
    return entry.body if key == "body" else entry.sections[key]


def _changes(entry: Entry, texts: Mapping[str, str]) -> dict[str, Any]:
    """The ``Journal.update`` keyword arguments that set the changed texts."""
    changes: dict[str, Any] = {}
    sections = dict(entry.sections)
    for key, text in texts.items():
        if key == "body":
            changes["body"] = text
        else:
            sections[key] = text
            changes["sections"] = sections
    return changes


def append_reference(text: str, sha256: str, caption: str = "") -> str:
    """``text`` with the picture's reference added as a paragraph of its own at the end."""
    markdown = reference(sha256, caption)
    kept = text.rstrip()
    return f"{kept}\n\n{markdown}" if kept else markdown


def add_reference(entry: Entry, sha256: str, caption: str = "") -> dict[str, Any]:
    """The changes (for ``Journal.update``) that show the picture at the end of the
    entry's text (the body: with sections it is the entry's "Other notes")."""
    return {"body": append_reference(entry.body, sha256, caption)}


def _nth(entry: Entry, n: int) -> tuple[str, Ref]:
    found = entry_references(entry)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= len(found):
        if not found:
            raise InvalidInput(
                msg("The entry {entry} has no pictures.", entry=entry.id[:8]),
            )
        raise InvalidInput(
            msg(
                "The entry {entry} has pictures 1 to {count}; there is no picture {n}.",
                entry=entry.id[:8],
                count=len(found),
                n=n,
            )
        )
    return found[n - 1]


def _cut(text: str, ref: Ref) -> str:
    """``text`` without the reference, and without the blank line it leaves."""
    before, after = text[: ref.start], text[ref.end :]
    line_start = before.rfind("\n") + 1
    line_end = after.find("\n")
    rest_of_line = after if line_end < 0 else after[:line_end]
    if not before[line_start:].strip() and not rest_of_line.strip():
        # The reference was alone on its line: the line goes, and one blank line
        # stays between the paragraphs around it.
        head = before[:line_start].rstrip("\n")
        tail = "" if line_end < 0 else after[line_end + 1 :].lstrip("\n")
        if head and tail:
            return f"{head}\n\n{tail}"
        return head or tail
    if before.endswith(" ") and after.startswith(" "):
        return before + after[1:]  # one space stays between the words around it
    return before + after


def remove_reference(entry: Entry, n: int) -> dict[str, Any]:
    """The changes (for ``Journal.update``) that remove the entry's picture ``n``
    (1-based, in reading order) from its text. The picture itself stays in the journal
    until nothing refers to it."""
    key, ref = _nth(entry, n)
    return _changes(entry, {key: _cut(_text_of(entry, key), ref)})


def set_caption(entry: Entry, n: int, caption: str) -> dict[str, Any]:
    """The changes that give the entry's picture ``n`` a new caption (alt text)."""
    key, ref = _nth(entry, n)
    text = _text_of(entry, key)
    new = reference(ref.sha256, caption)
    return _changes(entry, {key: text[: ref.start] + new + text[ref.end :]})


def move_reference(entry: Entry, n: int, to: int) -> dict[str, Any]:
    """The changes that move the entry's picture ``n`` to position ``to`` (both
    1-based): it is cut where it is and put as a paragraph of its own before the
    picture now at ``to`` (after the last one when ``to`` is past the end)."""
    key, ref = _nth(entry, n)
    count = len(entry_references(entry))
    if isinstance(to, bool) or not isinstance(to, int) or not 1 <= to <= count:
        raise InvalidInput(
            msg(
                "The entry {entry} has pictures 1 to {count}; there is no picture {n}.",
                entry=entry.id[:8],
                count=count,
                n=to,
            )
        )
    if to == n:
        return {}
    markdown = _text_of(entry, key)[ref.start : ref.end]
    texts = {key: _cut(_text_of(entry, key), ref)}
    # The reference `to` in the entry as it is without the one moved.
    sections = {k: texts.get(k, v) for k, v in entry.sections.items()}
    body = texts.get("body", entry.body)
    rest = field_references(entry.template, sections, body)
    target_key, target = rest[to - 1] if to <= len(rest) else (rest[-1] if rest else (key, None))
    text = texts.get(target_key, _text_of(entry, target_key))
    if target is None:
        texts[target_key] = append_reference(text, ref.sha256, ref.caption)
    elif to <= len(rest):
        at = text.rfind("\n", 0, target.start) + 1
        texts[target_key] = f"{text[:at]}{markdown}\n\n{text[at:]}"
    else:
        stop = text.find("\n", target.end)
        stop = len(text) if stop < 0 else stop
        texts[target_key] = f"{text[:stop]}\n\n{markdown}{text[stop:]}"
    return _changes(entry, texts)

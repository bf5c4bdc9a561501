"""core.pictures.prepare: what a picture becomes before the journal keeps it."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image, ImageCms
from tests import picture_samples as samples

from reflekt.core import pictures


def opened(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def near(pixel: tuple[int, ...], colour: tuple[int, int, int], slack: int = 40) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel[:3], colour, strict=True))


RED, BLUE, GREEN = (220, 30, 30), (30, 30, 220), (30, 200, 30)


def assert_no_metadata(data: bytes) -> None:
    """Nothing but the picture: no EXIF (nor its GPS IFD), XMP, comment, ICC profile,
    camera or owner anywhere in the bytes."""
    for mark in (
        b"Exif",
        samples.XMP_MARK,
        b"xpacket",
        samples.COMMENT,
        samples.CAMERA.encode(),
        samples.OWNER.encode(),
        b"ICC_PROFILE",
        b"iCCP",
        b"tEXt",
        b"iTXt",
        b"zTXt",
        b"eXIf",
    ):
        assert mark not in data, mark
    im = opened(data)
    exif = im.getexif()
    assert len(exif) == 0
    assert len(exif.get_ifd(0x8825)) == 0  # no GPS
    for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile", "dpi"):
        assert key not in im.info, key


def test_a_photo_with_gps_camera_xmp_and_a_comment_is_kept_without_any_of_them() -> None:
    raw = samples.photo_with_metadata()
    before = opened(raw)  # the sample really carries all of it
    assert before.getexif().get_ifd(0x8825)[2] == samples.GPS_LATITUDE
    assert samples.XMP_MARK in raw and samples.COMMENT in raw

    prepared = pictures.prepare(raw, "whiteboard.jpg")

    assert prepared.type == "jpeg"
    assert (prepared.width, prepared.height) == (64, 48)
    assert_no_metadata(prepared.data)
    assert_no_metadata(prepared.thumb)
    assert prepared.sha256 == hashlib.sha256(prepared.data).hexdigest()


def test_a_photo_turned_by_its_exif_orientation_comes_out_upright() -> None:
    # Orientation 6: the camera was held on its side; shown turned 90° clockwise.
    raw = samples.photo_with_metadata(64, 48, orientation=6)

    prepared = pictures.prepare(raw, "sideways.jpg")

    assert (prepared.width, prepared.height) == (48, 64)
    im = opened(prepared.data).convert("RGB")
    assert im.size == (48, 64)
    # Turned clockwise: the left (red) half is on top, the right (blue) half below,
    # and the green band along the top now runs down the right side.
    assert near(im.getpixel((20, 10)), RED)
    assert near(im.getpixel((20, 54)), BLUE)
    assert near(im.getpixel((46, 32)), GREEN)
    assert opened(prepared.data).getexif().get(0x0112) is None


@pytest.mark.parametrize(
    ("size", "long_side", "expected"),
    [
        ((3000, 1000), pictures.DEFAULT_LONG_SIDE, (2560, 853)),
        ((1000, 3000), pictures.DEFAULT_LONG_SIDE, (853, 2560)),
        ((3000, 1000), 1000, (1000, 333)),
        ((800, 600), pictures.DEFAULT_LONG_SIDE, (800, 600)),  # never scaled up
    ],
)
def test_pictures_larger_than_the_long_side_are_scaled_down(
    size: tuple[int, int], long_side: int, expected: tuple[int, int]
) -> None:
    prepared = pictures.prepare(samples.png(*size), "big.png", long_side=long_side)

    assert (prepared.width, prepared.height) == expected
    assert opened(prepared.data).size == expected
    assert max(opened(prepared.thumb).size) == pictures.THUMB_SIDE


def test_a_long_side_that_makes_no_sense_is_refused_plainly() -> None:
    with pytest.raises(pictures.InvalidInput, match="whole number of pixels"):
        pictures.prepare(samples.png(), "a.png", long_side=0)


@pytest.mark.parametrize(
    ("raw", "name", "stored_type"),
    [
        (samples.png(mode="RGBA"), "screenshot.png", "png"),
        (samples.jpeg(), "photo.jpeg", "jpeg"),
        (samples.encoded(samples.image(), "WEBP", quality=80), "sketch.webp", "webp"),
        (samples.encoded(samples.image(), "WEBP", lossless=True), "sketch.webp", "webp"),
        (samples.encoded(samples.image(mode="P"), "GIF"), "notes.gif", "png"),
        (samples.png(mode="L"), "grey.png", "png"),
        (samples.png(mode="P"), "palette.png", "png"),
        (samples.encoded(samples.image(mode="CMYK"), "JPEG"), "print.jpg", "jpeg"),
    ],
)
def test_each_type_read_is_kept_as_png_jpeg_or_webp(
    raw: bytes, name: str, stored_type: str
) -> None:
    prepared = pictures.prepare(raw, name)

    assert prepared.type == stored_type
    im = opened(prepared.data)
    assert im.format == {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}[stored_type]
    assert im.size == (prepared.width, prepared.height) == (64, 48)
    shown = opened(raw).convert("RGB").getpixel((5, 30))  # grey stays grey
    assert near(im.convert("RGB").getpixel((5, 30)), shown, slack=60)
    assert_no_metadata(prepared.data)
    assert pictures.MIME[prepared.type].startswith("image/")


def test_an_animated_gif_keeps_its_first_frame_as_png() -> None:
    first = Image.new("RGB", (40, 30), RED)
    second = Image.new("RGB", (40, 30), BLUE)
    out = io.BytesIO()
    first.save(out, "GIF", save_all=True, append_images=[second], duration=100, loop=0)

    prepared = pictures.prepare(out.getvalue(), "retro.gif")

    assert prepared.type == "png"
    im = opened(prepared.data)
    assert getattr(im, "n_frames", 1) == 1
    assert near(im.convert("RGB").getpixel((20, 15)), RED)


def test_a_png_that_is_really_a_jpeg_is_kept_as_the_jpeg_it_is() -> None:
    # Two real picture types mixed up by a name is harmless: the bytes decide.
    prepared = pictures.prepare(samples.jpeg(), "screenshot.png")

    assert prepared.type == "jpeg"


def test_an_icc_profile_is_applied_and_dropped() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    raw = samples.encoded(samples.image(), "JPEG", quality=92, icc_profile=profile)
    assert b"ICC_PROFILE" in raw

    prepared = pictures.prepare(raw, "profiled.jpg")

    assert b"ICC_PROFILE" not in prepared.data
    assert "icc_profile" not in opened(prepared.data).info
    assert near(opened(prepared.data).getpixel((5, 30)), RED)


def test_the_same_picture_gives_the_same_bytes_every_time() -> None:
    raw = samples.photo_with_metadata(300, 200, orientation=3)

    first, second = pictures.prepare(raw, "a.jpg"), pictures.prepare(raw, "b.jpg")

    assert first == second
    assert first.sha256 != pictures.prepare(samples.photo_with_metadata(300, 201)).sha256


@pytest.mark.parametrize(
    "raw",
    [
        samples.photo_with_metadata(3000, 2000),
        samples.png(3000, 2000, mode="RGBA"),
        samples.encoded(samples.image(3000, 2000), "WEBP", quality=80),
        samples.encoded(samples.image(300, 200, mode="P"), "GIF"),
    ],
    ids=["jpeg", "png", "webp", "gif"],
)
def test_a_kept_picture_prepared_again_is_unchanged(raw: bytes) -> None:
    # A colleague's bundle carries kept pictures; on import each is prepared again and
    # must keep its SHA-256, or the references in the lesson would point nowhere.
    kept = pictures.prepare(raw, "x")

    again = pictures.prepare(kept.data, "x")

    assert again.data == kept.data
    assert again.sha256 == kept.sha256


def test_a_clean_small_upright_picture_keeps_its_own_bytes() -> None:
    # No re-encoding loss for a JPEG that holds nothing but the picture.
    raw = samples.jpeg(640, 480)

    assert pictures.prepare(raw, "plain.jpg").data == raw
    # ...but the same pixels with metadata, or too large, are written again.
    assert pictures.prepare(samples.photo_with_metadata(640, 480)).data != raw
    assert pictures.prepare(raw, long_side=400).width == 400


def test_a_jpeg_thumbnail_inside_the_exif_does_not_survive() -> None:
    # An EXIF thumbnail can show what a crop left out: it must go with the EXIF.
    thumb = samples.encoded(Image.new("RGB", (16, 12), (250, 250, 0)), "JPEG")
    exif = samples.exif_with_everything()
    raw = samples.encoded(samples.image(), "JPEG", exif=exif.tobytes() + thumb)

    prepared = pictures.prepare(raw, "cropped.jpg")

    assert thumb not in prepared.data
    assert prepared.data.count(b"\xff\xd8") == 1  # one image in the file, no second SOI


def test_the_thumbnail_is_small_and_shows_the_picture() -> None:
    prepared = pictures.prepare(samples.photo_with_metadata(1600, 1200, orientation=6))

    thumb = opened(prepared.thumb)
    assert thumb.size == (240, 320)  # upright, like the picture
    assert thumb.format == "JPEG"
    screenshot = pictures.prepare(samples.png(1600, 1200, mode="RGBA"))
    assert opened(screenshot.thumb).format == "PNG"


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("mode", ["RGBA", "RGB", "L", "LA", "P", "CMYK"])
def test_a_colour_profile_is_applied_in_every_mode_and_transparency_kept(mode: str) -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    im = Image.new("RGBA", (50, 40), (200, 10, 10, 128)).convert(mode)
    raw = samples.encoded(im, "JPEG" if mode == "CMYK" else "PNG", icc_profile=profile)

    prepared = pictures.prepare(raw, f"profiled-{mode}")

    out = opened(prepared.data)
    assert "icc_profile" not in out.info
    assert ("A" in out.getbands()) == ("A" in im.getbands() or mode == "P")
    shown = out.convert("RGBA").getpixel((5, 5))
    assert near(shown, opened(raw).convert("RGBA").getpixel((5, 5))[:3])

"""Pictures that are refused: each with a plain message that names the file and says
what to do, and the journal exactly as it was (no row, no file growth)."""

from __future__ import annotations

import hashlib
import pathlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests import picture_samples as samples

from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.errors import InvalidInput, PictureRefused
from reflekt.messages import set_language


def journal_files(path: Path) -> dict[str, bytes]:
    """The journal and its working files, byte for byte."""
    return {
        p.name: p.read_bytes()
        for p in sorted(path.parent.iterdir())
        if p.name.startswith(path.name) and p.is_file()
    }


@pytest.fixture
def settled(journal: Journal, journal_path: Path) -> Journal:
    """A journal with an entry and a picture in it, written to its file."""
    kept = journal.pictures.add(pictures.prepare(samples.png(), "first.png"))
    journal.add("the whiteboard\n\n" + pictures.reference(kept.sha256, "board"))
    journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return journal


def refused(journal: Journal, journal_path: Path, path: Path) -> str:
    """Add the file; return the refusal's message after checking nothing changed."""
    before = journal_files(journal_path)
    held = journal.pictures.all()
    with pytest.raises(PictureRefused) as caught:
        journal.pictures.add_file(path)
    assert journal.pictures.all() == held
    assert journal_files(journal_path) == before
    assert isinstance(caught.value, InvalidInput)  # the CLI exits 2, the app shows it
    return caught.value.message


CASES = {
    "bomb.png": (samples.png_declaring(30000, 30000), "too large to open safely", "Scale it down"),
    "cut.png": (samples.truncated_png(), "damaged or incomplete", "save it again"),
    "photo.jpg": (samples.html_page(), "named as a picture but is not one", "Check that it is"),
    "notes.txt": (b"just some text\n", "not a picture reflekt can keep", "PNG, JPEG, WebP"),
    "empty.png": (b"", "is empty", "copied whole"),
    "scan.tiff": (b"II*\x00" + b"\x00" * 100, "is a TIFF picture", "save it as PNG or JPEG"),
    "paint.bmp": (b"BM" + b"\x00" * 100, "is a BMP picture", "save it as PNG or JPEG"),
    "phone.heic": (
        b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100,
        "is a HEIC picture",
        "save it as PNG or JPEG",
    ),
    "zipped.png": (b"PK\x03\x04" + b"\x00" * 100, "named as a picture but is not one", "Nothing"),
    "nothing.png": (samples.png_declaring(0, 10), "damaged or incomplete", "save it again"),
    "cut.jpg": (samples.jpeg(300, 200)[:-400], "damaged or incomplete", "save it again"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_file_that_is_not_a_picture_reflekt_keeps_is_refused_and_nothing_is_written(
    settled: Journal, journal_path: Path, tmp_path: Path, name: str
) -> None:
    data, what, todo = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)

    message = refused(settled, journal_path, path)

    assert repr(name) in message
    assert what in message
    assert todo in message


def test_the_refusals_speak_swedish(settled: Journal, journal_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "bild.jpg"
    path.write_bytes(samples.html_page())
    set_language("sv")
    try:
        message = refused(settled, journal_path, path)
    finally:
        set_language("en")

    assert message.startswith("'bild.jpg' heter som en bild men är ingen")
    assert "Ingenting lades till" in message


def test_a_file_over_40_mb_is_refused_before_a_byte_is_read(
    settled: Journal, journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.jpg"
    with path.open("wb") as f:  # sparse: 5 GB that take no room
        f.truncate(5 * 1024**3)

    opening, reading = pathlib.Path.open, pathlib.Path.read_bytes

    def no_opening(self: Path, *args: object, **kwargs: object) -> object:
        assert self != path, "the file was opened"
        return opening(self, *args, **kwargs)

    def no_reading(self: Path) -> bytes:
        assert self != path, "the file was read"
        return reading(self)

    monkeypatch.setattr(pathlib.Path, "open", no_opening)
    monkeypatch.setattr(pathlib.Path, "read_bytes", no_reading)
    message = refused(settled, journal_path, path)

    assert "'huge.jpg' is 5120 MB" in message
    assert "up to 40 MB" in message


def test_bytes_over_the_cap_are_refused_too() -> None:
    big = samples.png() + b"\x00" * pictures.MAX_INPUT_BYTES

    with pytest.raises(PictureRefused, match="up to 40 MB"):
        pictures.prepare(big, "big.png")


def test_a_picture_just_over_the_pixel_limit_is_refused_from_its_header() -> None:
    # Between the limit and twice it, Pillow itself would only warn.
    side = int(pictures.MAX_PIXELS**0.5) + 10

    with pytest.raises(PictureRefused, match=rf"\({side} × {side} pixels\)"):
        pictures.prepare(samples.png_declaring(side, side), "wide.png")


def test_a_pasted_picture_is_named_as_such() -> None:
    with pytest.raises(PictureRefused, match=r"^The picture is damaged"):
        pictures.prepare(samples.truncated_png())


def test_a_file_name_with_control_characters_is_shown_escaped(tmp_path: Path) -> None:
    with pytest.raises(PictureRefused) as caught:
        pictures.prepare(samples.html_page(), "evil\x1b[2J\u202egpj.exe.jpg")

    assert "\x1b" not in caught.value.message and "\u202e" not in caught.value.message
    assert "\\x1b[2J\\u202egpj.exe.jpg" in caught.value.message


def test_a_picture_that_fails_never_reaches_the_journal_through_add(journal: Journal) -> None:
    # A Prepared made by hand that is not what it says is refused by the journal too.
    good = pictures.prepare(samples.png())
    forged = pictures.Prepared(good.sha256, "png", b"<html>", 1, 1, good.thumb)

    with pytest.raises(InvalidInput, match="not prepared by reflekt"):
        journal.pictures.add(forged)
    assert journal.pictures.all() == []


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "GIF"])
def test_the_size_a_header_declares_is_read_before_any_decoder(fmt: str) -> None:
    from reflekt.core import picture_bytes

    for options in ({}, {"lossless": True}) if fmt == "WEBP" else ({},):
        data = samples.encoded(
            samples.image(321, 123, mode="P" if fmt == "GIF" else "RGB"), fmt, **options
        )
        kind = picture_bytes.sniff(data)
        assert kind is not None
        assert picture_bytes.declared_size(data, kind) == (321, 123)


_SEEDS = [
    samples.png(40, 30),
    samples.png(40, 30, mode="P"),
    samples.jpeg(40, 30),
    samples.photo_with_metadata(40, 30, orientation=6),
    samples.encoded(samples.image(40, 30), "WEBP", quality=80),
    samples.encoded(samples.image(40, 30, mode="RGBA"), "WEBP", lossless=True),
    samples.encoded(samples.image(40, 30, mode="P"), "GIF"),
]


# A fuzzed EXIF block makes Pillow warn as it skips it; the picture is still read.
@pytest.mark.filterwarnings("ignore::UserWarning")
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(range(len(_SEEDS))),
    cuts=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=6),
    length=st.integers(0, 10_000),
)
def test_damaged_pictures_are_refused_plainly_never_a_crash(
    seed: int, cuts: list[tuple[int, int]], length: int
) -> None:
    data = bytearray(_SEEDS[seed])
    for at, value in cuts:
        data[at % len(data)] = value
    data = data[: max(1, length % (len(data) + 1))]
    try:
        prepared = pictures.prepare(bytes(data), "fuzzed.png")
    except PictureRefused:
        return
    # What passes is a real picture, kept without metadata.
    assert prepared.sha256 == hashlib.sha256(prepared.data).hexdigest()
    assert pictures.prepare(prepared.data).data == prepared.data

"""journal.pictures: pictures kept once inside the journal, and the entries that show
them followed from the entries' text through every write path."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import picture_samples as samples

from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.errors import NotFound


@pytest.fixture
def board() -> pictures.Prepared:
    return pictures.prepare(samples.photo_with_metadata(800, 600), "whiteboard.jpg")


@pytest.fixture
def notes() -> pictures.Prepared:
    return pictures.prepare(samples.png(300, 200, mode="RGBA"), "sticky-notes.png")


def shown(journal: Journal, entry_id: str) -> list[tuple[int, str, str]]:
    return [(p.position, p.sha256, p.caption) for p in journal.pictures.of_entry(entry_id)]


def test_the_same_picture_added_twice_is_kept_once(
    journal: Journal, board: pictures.Prepared
) -> None:
    first = journal.pictures.add(board)
    again = journal.pictures.add(pictures.prepare(samples.photo_with_metadata(800, 600)))

    assert again == first
    assert journal.pictures.all() == [first]
    assert (first.type, first.width, first.height) == ("jpeg", 800, 600)
    assert first.size == len(board.data)
    assert first.mime == "image/jpeg" and first.extension == ".jpg"
    assert journal.pictures.data(board.sha256) == board.data


def test_the_thumbnail_is_made_once_and_kept_in_the_journal(
    journal: Journal, board: pictures.Prepared, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.pictures.add(board)

    def never(*args: object) -> bytes:
        raise AssertionError("a thumbnail was made again")

    monkeypatch.setattr(pictures, "_thumbnail", never)
    assert journal.pictures.thumbnail(board.sha256) == board.thumb


def test_a_picture_the_journal_does_not_hold_is_not_found(journal: Journal) -> None:
    missing = "ab" * 32

    assert journal.pictures.info(missing) is None
    with pytest.raises(NotFound, match="holds no picture abababababab"):
        journal.pictures.data(missing)
    with pytest.raises(NotFound):
        journal.pictures.thumbnail(missing)


def test_an_entry_shows_its_pictures_in_reading_order(
    journal: Journal, board: pictures.Prepared, notes: pictures.Prepared
) -> None:
    journal.pictures.add(board)
    journal.pictures.add(notes)
    entry = journal.add(
        "Other notes\n\n" + pictures.reference(board.sha256, "again"),
        template="aar",
        sections={
            "actual": "What happened " + pictures.reference(notes.sha256, "notes [day 2]"),
            "planned": pictures.reference(board.sha256, "the plan"),
        },
    )

    assert shown(journal, entry.id) == [
        (1, board.sha256, "the plan"),  # the template's order: planned, actual, body
        (2, notes.sha256, "notes [day 2]"),
        (3, board.sha256, "again"),
    ]
    assert [ref.sha256 for _, ref in pictures.entry_references(entry)] == [
        board.sha256,
        notes.sha256,
        board.sha256,
    ]
    info = journal.pictures.of_entry(entry.id)[1]
    assert (info.type, info.width, info.height, info.size) == ("png", 300, 200, len(notes.data))


def test_a_reference_to_a_picture_not_held_is_not_linked_but_keeps_its_place(
    journal: Journal, board: pictures.Prepared
) -> None:
    journal.pictures.add(board)
    missing = "0" * 64
    entry = journal.add(
        pictures.reference(missing, "lost") + "\n\n" + pictures.reference(board.sha256, "kept")
    )

    assert shown(journal, entry.id) == [(2, board.sha256, "kept")]
    assert missing in journal.get(entry.id).body  # the text stays as it was written


def test_a_picture_added_after_the_text_that_names_it_is_linked_then(
    journal: Journal, board: pictures.Prepared
) -> None:
    entry = journal.add("restored before its picture: " + pictures.reference(board.sha256))
    journal.delete(journal.add("in the trash " + pictures.reference(board.sha256, "bin")).id)
    journal.add("names another " + pictures.reference("1" * 64))
    assert shown(journal, entry.id) == []

    journal.pictures.add(board)

    assert shown(journal, entry.id) == [(1, board.sha256, "")]
    assert [h.pictures for h in journal.iter_headlines()] == [0, 1]
    trashed = next(journal.iter_entries(_trash()))
    assert shown(journal, trashed.id) == [(1, board.sha256, "bin")]


def _trash():  # a Filters for the trash
    from reflekt.core.models import Filters

    return Filters(trash=True)


def test_editing_the_text_keeps_the_links_in_step(
    journal: Journal, board: pictures.Prepared, notes: pictures.Prepared
) -> None:
    journal.pictures.add(board)
    journal.pictures.add(notes)
    entry = journal.add("Retro\n\n" + pictures.reference(board.sha256, "board"))

    entry = journal.update(entry.id, body=entry.body + "\n\n" + pictures.reference(notes.sha256))
    assert [p.sha256 for p in journal.pictures.of_entry(entry.id)] == [board.sha256, notes.sha256]

    entry = journal.update(entry.id, **pictures.move_reference(entry, 2, 1))
    assert [p.sha256 for p in journal.pictures.of_entry(entry.id)] == [notes.sha256, board.sha256]

    entry = journal.update(entry.id, **pictures.set_caption(entry, 2, "the whiteboard"))
    assert shown(journal, entry.id)[1] == (2, board.sha256, "the whiteboard")

    entry = journal.update(entry.id, **pictures.remove_reference(entry, 1))
    assert shown(journal, entry.id) == [(1, board.sha256, "the whiteboard")]
    assert entry.body == "Retro\n\n" + pictures.reference(board.sha256, "the whiteboard")

    entry = journal.update(entry.id, title="A title only")  # the text untouched
    assert len(journal.pictures.of_entry(entry.id)) == 1
    entry = journal.update(entry.id, body="no pictures any more")
    assert journal.pictures.of_entry(entry.id) == []


def test_trash_keeps_the_links_restore_follows_the_text_and_purge_frees_the_picture(
    journal: Journal, board: pictures.Prepared
) -> None:
    journal.pictures.add(board)
    entry = journal.add(pictures.reference(board.sha256, "board"))

    journal.delete(entry.id)
    assert shown(journal, entry.id) == [(1, board.sha256, "board")]
    assert journal.pictures.unreferenced() == []  # an entry in the trash still shows it

    journal.restore(entry.id)
    assert shown(journal, entry.id) == [(1, board.sha256, "board")]

    journal.delete(entry.id)
    journal.purge(entry.id)
    assert journal.pictures.unreferenced() == [board.sha256]
    assert journal.pictures.info(board.sha256) is not None  # collect removes it, not purge


def test_a_draft_that_names_a_picture_keeps_it(journal: Journal, board: pictures.Prepared) -> None:
    journal.pictures.add(board)
    entry = journal.add("text")
    journal.save_draft(entry.id, {"body": pictures.reference(board.sha256)}, entry.revision)

    assert journal.pictures.unreferenced() == []
    journal.discard_draft(entry.id)
    assert journal.pictures.unreferenced() == [board.sha256]


def test_imports_and_add_many_link_their_pictures(
    journal: Journal, board: pictures.Prepared, notes: pictures.Prepared
) -> None:
    journal.pictures.add(board)
    ids = journal.add_many(
        [
            {"body": pictures.reference(board.sha256, "one")},
            {"body": "none"},
            {"template": "til", "sections": {"learned": pictures.reference(notes.sha256)}},
        ]
    )
    result = journal.import_entries(
        [("test:1", {"body": pictures.reference(board.sha256) + pictures.reference(board.sha256)})]
    )

    assert shown(journal, ids[0]) == [(1, board.sha256, "one")]
    assert shown(journal, ids[1]) == []
    assert shown(journal, ids[2]) == []  # notes was never added
    assert [p.position for p in journal.pictures.of_entry(result.added[0])] == [1, 2]
    journal.pictures.add(notes)
    assert shown(journal, ids[2]) == [(1, notes.sha256, "")]


def test_the_list_says_how_many_pictures_each_entry_shows(
    journal: Journal, board: pictures.Prepared, notes: pictures.Prepared
) -> None:
    journal.pictures.add(board)
    journal.pictures.add(notes)
    journal.add("plain", day="2026-01-01")
    journal.add(
        pictures.reference(board.sha256) + "\n" + pictures.reference(board.sha256, "board"),
        day="2026-01-02",
    )
    journal.add(
        pictures.reference(board.sha256) + pictures.reference(notes.sha256) + "x",
        title="two",
        day="2026-01-03",
    )

    headlines = list(journal.iter_headlines())
    page = journal.list().entries  # what the app's list shows: whole entries
    assert journal.pictures.counts(e.id for e in page) == {
        page[0].id: 2,
        page[1].id: 2,
    }

    assert [(h.display_title, h.pictures) for h in headlines] == [
        ("two", 2),
        ("board", 2),  # an untitled entry: its first line, a picture's caption
        ("plain", 0),
    ]


def test_relink_follows_the_text_after_a_restore_of_pictures(
    journal: Journal, board: pictures.Prepared
) -> None:
    journal.pictures.add(board)
    entry = journal.add(pictures.reference(board.sha256))
    journal.db.execute("DELETE FROM entry_pictures")  # as if the links were lost

    assert journal.pictures.relink() == 1
    assert shown(journal, entry.id) == [(1, board.sha256, "")]
    assert journal.pictures.relink([entry.id[:8]]) == 1


def test_the_long_side_is_a_setting_of_the_journal(journal: Journal, tmp_path: Path) -> None:
    assert journal.pictures.long_side() == 2560
    journal.pictures.set_long_side(1024)
    assert journal.get_setting(pictures.LONG_SIDE_SETTING) == "1024"

    path = tmp_path / "wide.png"
    path.write_bytes(samples.png(3000, 1500))
    info = journal.pictures.add_file(path)

    assert (info.width, info.height) == (1024, 512)
    journal.set_setting(pictures.LONG_SIDE_SETTING, "lots")
    assert journal.pictures.long_side() == 2560


def test_long_and_short_listings_count_the_same_pictures(
    journal: Journal, board: pictures.Prepared
) -> None:
    journal.pictures.add(board)
    journal.add_many(
        {"body": pictures.reference(board.sha256) * (n % 3), "day": f"2025-{n % 12 + 1:02d}-01"}
        for n in range(260)
    )

    long = [h.pictures for h in journal.iter_headlines(page_size=1000)]
    short = [h.pictures for h in journal.iter_headlines(page_size=7)]

    assert long == short
    assert sorted(long) == sorted([n % 3 for n in range(260)])


def test_the_journal_file_never_holds_the_photo_s_metadata(
    journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(samples.photo_with_metadata(1200, 900, orientation=6))

    kept = journal.pictures.add_file(photo)
    journal.add(pictures.reference(kept.sha256, "whiteboard after the workshop"))
    journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    stored = b"".join(
        p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(journal_path.name)
    )
    # The picture is in the file (its start: a blob spans pages)...
    assert journal.pictures.data(kept.sha256)[:200] in stored
    for mark in (samples.CAMERA, samples.OWNER, samples.COMMENT, samples.XMP_MARK, b"Exif\0"):
        mark = mark.encode() if isinstance(mark, str) else mark
        assert mark not in stored  # ...and nothing it carried
    assert (kept.width, kept.height) == (900, 1200)


@pytest.mark.parametrize("size", [(1, 1), (10000, 3), (3, 9000)])
def test_tiny_and_thin_pictures_are_kept(journal: Journal, size: tuple[int, int]) -> None:
    kept = journal.pictures.add(pictures.prepare(samples.png(*size, mode="L")))

    assert max(kept.width, kept.height) == min(max(size), 2560)
    assert min(kept.width, kept.height) >= 1
    assert journal.pictures.thumbnail(kept.sha256)

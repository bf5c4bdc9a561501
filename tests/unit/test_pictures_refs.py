"""Picture references in an entry's text: ``![CAPTION](picture:SHA256)`` written,
read back, and added, removed, moved and captioned the way the command line and the
app change an entry's pictures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.errors import InvalidInput

A, B, C = "a" * 64, "b" * 64, "c" * 64


@given(st.text(max_size=80))
def test_any_caption_comes_back_as_one_line(caption: str) -> None:
    text = "before " + pictures.reference(A, caption) + " after"

    (ref,) = pictures.references(text)

    assert ref.sha256 == A
    assert ref.caption == " ".join(caption.split())
    assert text[ref.start : ref.end] == pictures.reference(A, caption)


def test_brackets_and_backslashes_in_a_caption_are_escaped() -> None:
    markdown = pictures.reference(A, "the [draft] \\ final\nversion")

    assert markdown == f"![the \\[draft\\] \\\\ final version](picture:{A})"
    assert pictures.references(markdown)[0].caption == "the [draft] \\ final version"


def test_only_whole_picture_references_count() -> None:
    text = (
        f"![web](https://example.com/{A}.png) ![short](picture:abc) "
        f"![upper](picture:{A.upper()}) [no bang](picture:{A}) ![ok](picture:{B})"
    )

    assert [(r.caption, r.sha256) for r in pictures.references(text)] == [("ok", B)]


def test_a_reference_needs_a_real_hash() -> None:
    with pytest.raises(InvalidInput, match="64 hex digits"):
        pictures.reference("../../etc/passwd")


@pytest.fixture
def entry(journal: Journal):
    return journal.add(
        f"Intro\n\n![one](picture:{A})\n\nMiddle text ![two](picture:{B}) inline.\n\n"
        f"![three](picture:{C})\n\nEnd",
        template="til",
        sections={"learned": "learned it"},
    )


def test_removing_a_picture_on_its_own_line_leaves_no_blank_lines(entry) -> None:
    assert pictures.remove_reference(entry, 1) == {
        "body": f"Intro\n\nMiddle text ![two](picture:{B}) inline.\n\n![three](picture:{C})\n\nEnd"
    }
    assert pictures.remove_reference(entry, 3)["body"].endswith("inline.\n\nEnd")


def test_removing_a_picture_inside_a_line_keeps_the_words_around_it(entry) -> None:
    assert "Middle text inline." in pictures.remove_reference(entry, 2)["body"]


def test_positions_out_of_range_are_refused_plainly(entry, journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="has pictures 1 to 3; there is no picture 4"):
        pictures.remove_reference(entry, 4)
    with pytest.raises(InvalidInput, match="there is no picture 0"):
        pictures.move_reference(entry, 1, 0)
    plain = journal.add("no pictures")
    with pytest.raises(InvalidInput, match="has no pictures"):
        pictures.remove_reference(plain, 1)


@pytest.mark.parametrize(
    ("n", "to", "order"),
    [(1, 3, [B, C, A]), (3, 1, [C, A, B]), (2, 1, [B, A, C]), (1, 2, [B, A, C]), (2, 2, [A, B, C])],
)
def test_moving_a_picture_puts_it_at_the_new_position(
    entry,
    journal: Journal,
    n: int,
    to: int,
    order: list[str],
) -> None:
    changed = journal.update(entry.id, **pictures.move_reference(entry, n, to))

    assert [ref.sha256 for _, ref in pictures.entry_references(changed)] == order
    assert "\n\n\n" not in changed.body
    assert changed.body.startswith("Intro") and changed.body.endswith("End")


def test_pictures_in_sections_come_before_the_body_and_move_between_them(
    journal: Journal,
) -> None:
    entry = journal.add(
        f"Other notes ![b](picture:{B})",
        template="what-so-what",
        sections={"so_what": f"![so](picture:{C})", "what": f"![what](picture:{A})"},
    )
    assert [(k, r.sha256) for k, r in pictures.entry_references(entry)] == [
        ("what", A),
        ("so_what", C),
        ("body", B),
    ]

    changes = pictures.move_reference(entry, 3, 1)
    moved = journal.update(entry.id, **changes)

    assert [(k, r.sha256) for k, r in pictures.entry_references(moved)] == [
        ("what", B),
        ("what", A),
        ("so_what", C),
    ]
    assert moved.body == "Other notes"


def test_adding_and_captioning_a_picture(journal: Journal) -> None:
    entry = journal.add("The retro went well.\n\n")

    entry = journal.update(entry.id, **pictures.add_reference(entry, A, "sticky notes"))
    assert entry.body == f"The retro went well.\n\n![sticky notes](picture:{A})"
    entry = journal.update(entry.id, **pictures.set_caption(entry, 1, "notes, day [2]"))
    assert pictures.entry_references(entry)[0][1].caption == "notes, day [2]"
    assert pictures.append_reference("", B) == f"![](picture:{B})"

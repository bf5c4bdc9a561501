"""A colleague's pictures in the team library's reading pane: drawn from the journal
(where a synced bundle's checked pictures are kept), through the same safe path as
the editor's preview; nothing else is loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from reflekt.core import pictures
from reflekt.core.journal import Journal
from reflekt.share import bundle, team
from reflekt.share.pictures import SharedPicture

from .test_editor_pictures import picture
from .test_team_library import SARA, check, lesson, open_library


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "team"
    path.mkdir()
    return path


@pytest.fixture
def journal(journal_path: Path, folder: Path):
    with Journal.open(journal_path) as j:
        team.set_folder(j, folder)
        yield j


def images_in(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return found


def test_a_colleagues_picture_shows_in_the_lesson(
    qtbot, journal: Journal, folder: Path, tmp_path: Path
) -> None:
    prepared = pictures.prepare_file(picture(tmp_path / "board.png", 80, 60, "#20a040"))
    shared = SharedPicture(
        prepared.sha256, prepared.type, prepared.data, prepared.width, prepared.height
    )
    entry = lesson(1)
    entry["body"] = f"Our board:\n{pictures.reference(prepared.sha256, 'The board')}"
    data = bundle.build(
        author_id=SARA,
        author_name="Sara Ek",
        author_team="",
        exported="2026-03-14T10:00:00+00:00",
        entries=[entry],
        pictures=[bundle.picture_record(shared)],
    )
    (folder / "sara.reflekt.json").write_bytes(bundle.dumps(data))
    library = open_library(qtbot, journal)
    check(qtbot, library)
    assert library.list.count() == 1
    library.list.setCurrentRow(0)
    viewer = library.viewer
    assert images_in(viewer.document()) == [f"picture:{prepared.sha256}"]
    shown = viewer.loadResource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"picture:{prepared.sha256}")
    )
    assert isinstance(shown, QImage)
    assert shown.pixelColor(shown.width() // 2, shown.height() // 2) == QColor("#20a040")
    blocked = viewer.loadResource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"file://{tmp_path / 'board.png'}")
    )
    # Refused with a placeholder, never None (None lets Qt read the file itself).
    assert (
        isinstance(blocked, QImage) and blocked.size() != QImage(str(tmp_path / "board.png")).size()
    )

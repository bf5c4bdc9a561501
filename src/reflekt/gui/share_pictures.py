"""The share window's pictures: the *Include pictures* box and the pictures that leave.

The box starts ticked and shows only when the chosen entries have pictures (once the
person un-ticks it, it stays in sight so that it can be ticked again). Un-ticked, the
references are taken out of every text that leaves (``ExportOptions.include_pictures``)
and nothing of the pictures is written. What leaves is shown under the preview as the
journal's thumbnails, each named by its caption; a picture a bundle had no room for
is named with the reason.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QListView, QListWidget, QListWidgetItem, QWidget

from reflekt.gui import plaintext
from reflekt.gui.picture_strip import thumbnail_image

if TYPE_CHECKING:
    from pathlib import Path

    from reflekt.core.journal import Journal
    from reflekt.share.export import ExportPreview
    from reflekt.share.pictures import LeftOut, SharedPicture

ICON = 72


class SharePictures(QObject):
    """Made by the share window; ``box`` goes with its options, ``strip`` under the preview."""

    def __init__(self, journal: Journal, parent: QWidget) -> None:
        super().__init__(parent)
        self.journal = journal
        self.box = QCheckBox(self.tr("Include pictures"))
        self.box.setChecked(True)
        self.box.setAccessibleName(self.tr("Include pictures"))
        self.box.setAccessibleDescription(
            self.tr("Untick to share the entries without their pictures.")
        )
        self.box.setVisible(False)
        self.strip = QListWidget()
        self.strip.setAccessibleName(self.tr("Pictures that will leave"))
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setIconSize(QSize(ICON, ICON))
        # Wide enough for a caption on two lines ("1. The whiteboard after the
        # retrospective"); the whole caption is in the tooltip and the accessible name.
        self.strip.setWordWrap(True)
        self.strip.setGridSize(QSize(ICON * 2 + 56, ICON + 48))
        self.strip.setFixedHeight(ICON + 56)
        self.strip.setVisible(False)
        self.note = plaintext.label()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self._numbers: dict[str, int] = {}  # a picture's base64 → its number in the strip

    def number(self, preview: ExportPreview) -> None:
        """Learn which embedded bytes are which picture of ``preview`` (its number in
        the strip), for the notes that stand in their place on screen."""
        self._numbers = {
            base64.b64encode(picture.data).decode("ascii"): n
            for n, picture in enumerate(preview.pictures, start=1)
        }

    def elision(self, encoded: str) -> str | None:
        """What the screen shows in place of a leaving picture's bytes (base64): which
        picture it is, and that the file holds all of its bytes there. None for base64
        that is no picture of the preview (words someone wrote): shown as it is."""
        number = self._numbers.get(encoded)
        if number is None:
            return None
        size = f"{max(1, round(len(encoded) * 3 // 4 / 1024)):,}".replace(",", "\u00a0")
        return (
            self.tr("… (picture %1 of those shown below: the file holds all its %2 KB here)")
            .replace("%1", str(number))
            .replace("%2", size)
        )

    def named(self, caption: str) -> str:
        """A picture in copied plain text, where its file cannot go along."""
        if not caption:
            return self.tr("[Picture]")
        return self.tr("[Picture: %1]").replace("%1", caption)

    def included(self) -> bool:
        return self.box.isChecked()

    def show(self, preview: ExportPreview | None) -> None:
        """The pictures of the preview on screen (None: nothing is shown yet)."""
        shared = preview.pictures if preview is not None else ()
        left_out = preview.left_out if preview is not None else ()
        if shared or left_out:
            self.box.setVisible(True)
        elif self.box.isChecked() and preview is not None:
            self.box.setVisible(False)  # no pictures among the chosen entries
        self.strip.clear()
        text = preview.text if preview is not None and shared else ""
        captions = {**alts_in(text, shared), **captions_in(text)}
        for number, picture in enumerate(shared, start=1):
            image = thumbnail_image(self.journal, picture.sha256)
            icon = QIcon(QPixmap.fromImage(image)) if image is not None else QIcon()
            # Numbered as the text's notes name them ("picture 2 of those shown below").
            caption = captions.get(picture.sha256)
            name = (
                f"{number}. {caption}"
                if caption
                else self.tr("Picture %1").replace("%1", str(number))
            )
            item = QListWidgetItem(icon, name)
            # The caption is the picture's text alternative: a screen reader says it as is.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, caption or name)
            item.setData(Qt.ItemDataRole.ToolTipRole, plaintext.tooltip(caption or name))
            self.strip.addItem(item)
        self.strip.setVisible(bool(shared))
        self.say_left_out(left_out)

    def say_left_out(self, left_out: Iterable[LeftOut]) -> None:
        """Name each picture that did not leave, and why (a bundle's caps)."""
        lines = [
            self.tr("Left out: %1 (%2)")
            .replace("%1", out.caption or out.entry or out.sha256[:12])
            .replace("%2", out.reason)
            for out in left_out
        ]
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))


# A picture embedded in what leaves, its bytes as base64 (often megabytes): in a web
# page's data: URI, or in a bundle's "data".
_EMBEDDED = re.compile(r'(?:data:image/[a-z]+;base64,|"data":\s*")([A-Za-z0-9+/=]{64,})')


def elided(text: str, note: Callable[[str], str | None]) -> tuple[str, Callable[[int], int]]:
    """``text`` with each embedded picture's base64 replaced by ``note(base64)`` for the
    screen (kept where ``note`` answers None), and where an offset in ``text`` is in what
    is shown.

    A picture embedded in the HTML is one line of megabytes: a text field lays such a
    line out for seconds (a 4 MB photo: 2.4 s here). The file written keeps every byte;
    the pictures themselves are shown under the text.
    """
    pieces: list[str] = []
    cuts: list[tuple[int, int]] = []  # (offset in text where a cut ends, characters saved)
    last = saved = 0
    for match in _EMBEDDED.finditer(text):
        start, end = match.span(1)
        short = note(match.group(1))
        if short is None:
            continue  # not a picture that leaves: the words are shown as written
        pieces += [text[last:start], short]
        saved += (end - start) - len(short)
        cuts.append((end, saved))
        last = end
    if not cuts:
        return text, lambda offset: offset
    pieces.append(text[last:])

    def where(offset: int) -> int:
        before = [cut_saved for cut_end, cut_saved in cuts if cut_end <= offset]
        return offset - (before[-1] if before else 0)

    return "".join(pieces), where


# A picture as the Markdown that leaves names it: ``picture:SHA256`` in a bundle's text,
# ``pictures/SHA256.EXT`` beside a Markdown export.
_LEAVING = re.compile(r"!\[((?:\\.|[^\\\[\]\n])*)\]\((?:picture:|pictures/)([0-9a-f]{64})")


def captions_in(text: str) -> dict[str, str]:
    """Each picture's caption as it leaves (names already replaced), by hash; pictures
    whose caption cannot be read back (HTML, PDF) are called "Picture N"."""
    found: dict[str, str] = {}
    for match in _LEAVING.finditer(text):
        found.setdefault(match.group(2), re.sub(r"\\(.)", r"\1", match.group(1)))
    return found


# A picture embedded in a web page, with the caption it leaves with as its alt text.
_HTML_IMG = re.compile(r'src="data:image/[a-z]+;base64,([A-Za-z0-9+/=]+)"\s+alt="([^"]*)"')


def alts_in(text: str, shared: Iterable[SharedPicture]) -> dict[str, str]:
    """Each embedded picture's alt text in a web page (the caption as it leaves, names
    already replaced), by hash; the first one when a picture is shown twice."""
    if "base64," not in text:
        return {}
    by_bytes = {base64.b64encode(p.data).decode("ascii"): p.sha256 for p in shared}
    found: dict[str, str] = {}
    for match in _HTML_IMG.finditer(text):
        sha256 = by_bytes.get(match.group(1))
        if sha256 is not None and match.group(2):
            found.setdefault(sha256, html.unescape(match.group(2)))
    return found


_BESIDE = re.compile(r"!\[((?:\\.|[^\\\[\]\n])*)\]\(pictures/[0-9a-f]{64}\.[a-z]+\)")


def named_in_text(markdown: str, name: Callable[[str], str]) -> str:
    """A Markdown export's text for the clipboard: a picture there points at a file in a
    folder the clipboard cannot carry, so each reference becomes ``name(caption)`` (the
    formatted copy beside it carries the pictures themselves)."""
    return _BESIDE.sub(lambda m: name(re.sub(r"\\(.)", r"\1", m.group(1))), markdown)


def folder_may_be_written(parent: QWidget, preview: ExportPreview, path: Path) -> bool:
    """Whether a save may go on. With pictures a Markdown export is a folder named after
    the file: the file dialog asked about the file, so the folder it leads to is asked
    about here (No unless the person says so)."""
    if preview.format != "md" or not preview.pictures:
        return True
    from reflekt.gui import folders
    from reflekt.share.export_folder import folder_for

    folder = folder_for(path, preview.suggested_name)
    title = QCoreApplication.translate("ExportDialog", "Save the export")
    return not folder.exists() or folders.replace_asked(parent, title, folder)

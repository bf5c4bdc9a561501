"""Pictures that leave with shared entries (issue #18): which, in what form, within which caps.

Which pictures may leave is decided by the texts that leave: ``share/redact.py`` makes
each entry's shared view (only entries ``core/scope.py`` lets out, only the fields that
may leave), and a picture leaves only when one of those texts refers to it
(``![CAPTION](picture:SHA256)``). When the person leaves pictures out, or a picture is
not in the journal, or it does not fit a bundle's caps, its references are taken out
of every text that leaves: nothing points at a picture that is not there.

The bytes that leave are the journal's stored bytes, which ``core.pictures.prepare``
made without any metadata (no EXIF, GPS, XMP or comments).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reflekt.core.models import PICTURE_REFERENCE
from reflekt.core.pictures import EXTENSION, MIME

if TYPE_CHECKING:
    from reflekt.core.journal import Journal

# The reference as the contract writes it (caption with ``\``, ``[`` and ``]`` escaped):
# the core's own pattern, so that what leaves is read exactly as the journal links it.
REFERENCE = re.compile(PICTURE_REFERENCE)

# The widest a picture is drawn on paper (CSS pixels; an A4 page's text is ~640 wide).
PAPER_WIDTH = 600


@dataclass(frozen=True)
class SharedPicture:
    """One picture as it leaves: the journal's stored bytes and what they are."""

    sha256: str
    type: str
    data: bytes
    width: int
    height: int

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def mime(self) -> str:
        return MIME[self.type]

    @property
    def file_name(self) -> str:
        return self.sha256 + EXTENSION[self.type]

    def data_uri(self) -> str:
        return f"data:{self.mime};base64," + base64.b64encode(self.data).decode("ascii")

    def shown_size(self, most: int = PAPER_WIDTH) -> tuple[int, int]:
        """Width and height as drawn: never wider than ``most``, proportions kept."""
        width, height = max(1, self.width), max(1, self.height)
        if width <= most:
            return width, height
        return most, max(1, round(height * most / width))


@dataclass(frozen=True)
class LeftOut:
    """A picture that did not leave with its entry, and why (for the person to see)."""

    sha256: str
    caption: str
    entry: str  # the entry's title as it leaves
    reason: str


def caption_of(escaped: str) -> str:
    """The caption as written in a reference (``\\]`` → ``]``)."""
    return re.sub(r"\\(.)", r"\1", escaped)


def hashes_in(text: str) -> list[str]:
    """The pictures ``text`` refers to, in order (each once)."""
    return list(dict.fromkeys(m.group(2) for m in REFERENCE.finditer(text)))


def remove(text: str, keep: Callable[[str], bool] = lambda sha256: False) -> str:
    """``text`` without the references for which ``keep`` says no, and without the blank
    line such a reference leaves. A text with nothing removed comes back as it was."""
    if "picture:" not in text:
        return text
    changed = False
    lines = []
    for line in text.split("\n"):
        if not REFERENCE.search(line):
            lines.append(line)
            continue
        kept = REFERENCE.sub(lambda m: m.group(0) if keep(m.group(2)) else "", line)
        if kept == line:
            lines.append(line)
            continue
        changed = True
        if kept.strip():
            lines.append(kept.rstrip())
    if not changed:
        return text
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip("\n") if text.strip("\n") == text else out


def view_texts(view: Mapping[str, Any]) -> list[str]:
    """Every text of a shared view that may hold a reference, in reading order."""
    return [
        *(str(s.get("text") or "") for s in view.get("sections") or []),
        str(view.get("body") or ""),
    ]


def hashes_of_views(views: Iterable[Mapping[str, Any]]) -> list[str]:
    found: dict[str, None] = {}
    for view in views:
        for text in view_texts(view):
            found.update(dict.fromkeys(hashes_in(text)))
    return list(found)


def captions_of(views: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """The first caption each picture has in the views (for naming it to the person)."""
    out: dict[str, str] = {}
    for view in views:
        for text in view_texts(view):
            for m in REFERENCE.finditer(text):
                out.setdefault(m.group(2), caption_of(m.group(1)))
    return out


def filter_views(
    views: Sequence[dict[str, Any]], keep: Callable[[str], bool]
) -> list[dict[str, Any]]:
    """The views with only the references ``keep`` says yes to (the views themselves are
    not changed)."""
    out = []
    for view in views:
        copy = dict(view)
        copy["body"] = remove(str(view.get("body") or ""), keep)
        if view.get("sections"):
            copy["sections"] = [
                {**s, "text": remove(str(s.get("text") or ""), keep)} for s in view["sections"]
            ]
        out.append(copy)
    return out


def gather(
    journal: Journal, views: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[SharedPicture]]:
    """The pictures the views refer to, read from the journal, and the views with the
    references to pictures the journal does not hold taken out."""
    pictures: list[SharedPicture] = []
    for sha256 in hashes_of_views(views):
        info = journal.pictures.info(sha256)
        if info is None:
            continue
        pictures.append(
            SharedPicture(sha256, info.type, journal.pictures.data(sha256), info.width, info.height)
        )
    held = {p.sha256 for p in pictures}
    return filter_views(views, held.__contains__), pictures


def img_html(picture: SharedPicture, caption: str, *, escape: Callable[[str], str]) -> str:
    """The picture as an ``<img>`` embedded whole (a ``data:`` URI, nothing referenced),
    ``alt`` the caption, drawn no wider than a page; the caption shown under it."""
    width, height = picture.shown_size()
    img = (
        f'<img src="{picture.data_uri()}" alt="{escape(caption)}" '
        f'width="{width}" height="{height}">'
    )
    if caption.strip():
        img += f'<br>\n<span class="picture-caption">{escape(caption)}</span>'
    return img


def inline_pictures(
    pictures: Sequence[SharedPicture], *, escape: Callable[[str], str]
) -> Callable[[str, str], str]:
    """For ``render.markdown_to_html``: a reference's HTML (nothing for an unknown one)."""
    by_hash = {p.sha256: p for p in pictures}

    def html(sha256: str, caption: str) -> str:
        picture = by_hash.get(sha256)
        return img_html(picture, caption, escape=escape) if picture else ""

    return html


def relative_markdown(text: str, pictures: Sequence[SharedPicture], folder: str) -> str:
    """Markdown with each reference pointing at its file in ``folder`` (relative)."""
    names = {p.sha256: p.file_name for p in pictures}

    def point(m: re.Match[str]) -> str:
        name = names.get(m.group(2))
        return f"![{m.group(1)}]({folder}/{name})" if name else ""

    return REFERENCE.sub(point, text)


def encoded_size(picture: SharedPicture) -> int:
    """Bytes a picture adds to a bundle (base64 and its JSON fields, indented)."""
    return 4 * ((picture.size + 2) // 3) + 160


def fit_bundle(
    views: list[dict[str, Any]],
    shared: Sequence[SharedPicture],
    size_without: Callable[[list[dict[str, Any]]], int],
    cap: int,
) -> tuple[list[dict[str, Any]], list[SharedPicture], list[LeftOut]]:
    """The pictures a bundle carries within ``cap`` bytes, in reading order; the views
    with the references of those left out taken out; and what was left out, and why.

    ``size_without(views)`` is the bundle's size without pictures (texts as given)."""
    from reflekt.core.redaction import unmark
    from reflekt.messages import msg
    from reflekt.share.safety import human_size

    room = cap - size_without(views)
    carried: list[SharedPicture] = []
    left_out: list[LeftOut] = []
    captions = captions_of(views)
    for picture in shared:
        need = encoded_size(picture)
        if need <= room:
            carried.append(picture)
            room -= need
            continue
        title = next(
            (str(v.get("title") or "") for v in views if picture.sha256 in hashes_of_views([v])),
            "",
        )
        left_out.append(
            LeftOut(
                picture.sha256,
                unmark(captions.get(picture.sha256, ""))[0],
                unmark(title)[0],
                msg(
                    "it does not fit in the bundle: colleagues' reflekt reads at most {cap} "
                    "from one colleague. Share that entry on its own, or use a smaller "
                    "picture.",
                    cap=human_size(cap),
                ),
            )
        )
    kept = {p.sha256 for p in carried}
    if left_out:
        views = filter_views(views, kept.__contains__)
    return views, carried, left_out

"""A team lesson as the team library shows it: one line in the list, and the page in
the reading pane (Markdown, rendered without raw HTML)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from reflekt.core.models import KIND_LABELS, label
from reflekt.core.search import HL_END, HL_START
from reflekt.core.team_records import TeamLesson
from reflekt.core.templates import BODY, reading_order
from reflekt.messages import term


def item_text(lesson: TeamLesson, snippet: str | None = None) -> str:
    """The lesson's row: title, author and day, and the words a search found."""
    day = QLocale().toString(lesson.day, QLocale.FormatType.ShortFormat)
    text = f"{lesson.title or '…'}\n{lesson.author_name} · {day}"
    if snippet is not None:
        plain = snippet.replace(HL_START, "").replace(HL_END, "")
        text += "\n" + " ".join(plain.split())[:120]
    return text


def lesson_markdown(lesson: TeamLesson, lang: str) -> str:
    """A lesson as Markdown for the read-only viewer (rendered without raw HTML)."""
    day = QLocale().toString(lesson.day, QLocale.FormatType.LongFormat)
    who = lesson.author_name + (f" ({lesson.author_team})" if lesson.author_team else "")
    parts = [
        f"# {lesson.title or '…'}",
        f"*{who} · {day} · {label(KIND_LABELS[lesson.kind], lang)}*",
    ]
    sections = {s.key: s for s in lesson.sections}
    for key in reading_order(None, sections):  # the order every other view reads it in
        if key is not BODY:
            parts += [f"## {sections[key].label}", sections[key].text]
        elif lesson.body.strip():
            parts += [f"## {term('share.other_notes', lang)}"] if sections else []
            parts.append(lesson.body)
    chips = [f"`#{t}`" for t in lesson.tags] + [f"`{s}`" for s in lesson.skills]
    if chips:
        parts.append(" ".join(chips))
    return "\n\n".join(parts)

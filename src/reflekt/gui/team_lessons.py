"""A team lesson as the team library shows it: one line in the list, and the page in
the reading pane (Markdown, rendered without raw HTML)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from reflekt.core.models import KIND_LABELS, label
from reflekt.core.search import HL_END, HL_START
from reflekt.core.team_records import TeamLesson


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
    for section in lesson.sections:
        parts += [f"## {section.label}", section.text]
    if lesson.body:
        parts.append(lesson.body)
    chips = [f"`#{t}`" for t in lesson.tags] + [f"`{s}`" for s in lesson.skills]
    if chips:
        parts.append(" ".join(chips))
    return "\n\n".join(parts)

"""`reflekt show`: one entry as a person reads it on a terminal."""

from __future__ import annotations

from reflekt.cli.output import picture_mark
from reflekt.core.models import KIND_LABELS, Entry, label
from reflekt.messages import msg, term


def show_entry(entry: Entry, lang: str, pictures: int = 0) -> str:
    """An entry as `reflekt show` prints it: its fields, one a line, then its text in
    reading order; ``pictures`` is how many pictures it shows."""
    from reflekt.core.templates import BODY, TEMPLATES, reading_order

    template = TEMPLATES.get(entry.template)
    # Each field's name in the reader's language, padded to one column (English keeps
    # the column it always had: "visibility: " is the widest).
    names = {
        "id": "id:",  # the same word in Swedish
        "day": msg("day:"),
        "kind": msg("kind:"),
        "template": msg("template:"),
        "visibility": msg("visibility:"),
        "source": msg("source:"),
        "mood": msg("mood:"),
        "tags": msg("tags:"),
        "skills": msg("skills:"),
        "people": msg("people:"),
        "goals": msg("goals:"),
        "created": msg("created:"),
        "pictures": msg("pictures:"),
    }
    width = max(len(name) for name in names.values()) + 1

    def field(key: str, value: str) -> str:
        return names[key].ljust(width) + value

    sv = lang == "sv"
    lines = [
        entry.display_title or msg("(untitled)"),
        field("id", entry.id),
        field("day", entry.day.isoformat()),
        field("kind", f"{label(KIND_LABELS[entry.kind], lang)} ({entry.kind.value})"),
    ]
    if template is not None and template.key != "free":
        lines.append(field("template", template.name(lang)))
    shareable = entry.visibility.value == "shareable"
    visibility = (msg("shareable") if shareable else msg("private")) if sv else None
    lines.append(
        field("visibility", visibility or entry.visibility.value)
        + (msg("  ★ starred") if entry.starred else "")
    )
    if entry.source:
        source = entry.source.value
        lines.append(
            field("source", f"{term('source.' + source, lang)} ({source})" if sv else source)
        )
    if entry.mood is not None:
        lines.append(field("mood", f"{entry.mood}/5"))
    if entry.tags:
        lines.append(field("tags", ", ".join(entry.tags)))
    if entry.skills:
        lines.append(field("skills", ", ".join(entry.skills)))
    if entry.people:
        lines.append(
            field(
                "people",
                ", ".join(
                    f"{p.name} ({term('relation.' + p.relation.value, lang) if sv else p.relation.value})"
                    for p in entry.people
                ),
            )
        )
    if entry.goals:
        lines.append(field("goals", ", ".join(g[:8] for g in entry.goals)))
    if pictures:
        lines.append(
            field("pictures", f"{picture_mark(pictures)}   ")
            + msg("(see: reflekt images {entry})", entry=entry.id[:8])
        )
    lines.append(
        field("created", f"{entry.created}   ") + msg("updated: {updated}", updated=entry.updated)
    )
    if entry.in_trash:
        lines.append(msg("in trash since {deleted}", deleted=entry.deleted))
    for key in reading_order(entry.template, entry.sections):  # as every view reads it
        if key is BODY:
            if entry.body:
                lines += ["", entry.body]
            continue
        section = template.section(key) if template else None
        lines += ["", f"## {section.label(lang) if section else key}", entry.sections[key]]
    return "\n".join(lines)

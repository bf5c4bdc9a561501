"""Shared entries as Markdown and as a standalone HTML page, and the 15-minute brief.

Renderers take *shared views* (the bundle's entry shape, made by
``reflekt.share.export.shared_view``), never journal entries: what a renderer
never sees (mood, private sections, unchosen people) it cannot leak.

HTML is built so that nothing in it can act: every user string is escaped, the
Markdown of bodies is converted by a small converter that emits only the tags
it knows (raw HTML in a body comes out as visible text), links only for
http/https/mailto, no scripts, no images, no external resources, and a
Content-Security-Policy that forbids loading anything should a bug let
something through.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from reflekt.core.models import (
    KIND_LABELS,
    RELATION_LABELS,
    SOURCE_LABELS,
    Kind,
    Relation,
    Source,
    label,
)
from reflekt.core.templates import BODY, reading_order
from reflekt.messages import term
from reflekt.share import pictures

View = Mapping[str, Any]

# Which template sections answer the brief's questions (first match wins).
_HAPPENED_KEYS = ("what_happened", "description", "what", "actual", "planned")
_LEARNED_KEYS = ("learned", "conclusion", "so_what", "differences", "analysis", "evaluation")
_NEXT_KEYS = ("differently", "next_time", "action_plan", "now_what", "use", "next_week")


def t(key: str, lang: str) -> str:
    return term(f"share.{key}", lang)


def kind_label(kind: str, lang: str) -> str:
    try:
        return label(KIND_LABELS[Kind(kind)], lang)
    except ValueError:
        return kind


def source_label(source: str | None, lang: str) -> str:
    if not source:
        return ""
    try:
        return label(SOURCE_LABELS[Source(source)], lang)
    except ValueError:
        return source


def relation_label(relation: str, lang: str) -> str:
    try:
        return label(RELATION_LABELS[Relation(relation)], lang)
    except ValueError:
        return relation


def entry_title(view: View) -> str:
    title = str(view.get("title") or "").strip()
    if title:
        return title
    texts = [str(view.get("body") or ""), *(s["text"] for s in view.get("sections") or [])]
    for text in texts:
        for line in pictures.remove(text).splitlines():
            line = line.strip().lstrip("#").strip()
            if line:
                return line[:120]
    return "…"


def _person_text(person: Mapping[str, Any], lang: str) -> str:
    who = person.get("name") or person["description"]
    if person.get("name") and person.get("description"):
        who = f"{person['name']} ({person['description']})"
    return f"{relation_label(person.get('relation', 'with'), lang)}: {who}"


def _meta_parts(view: View, lang: str) -> list[str]:
    parts = [kind_label(view["kind"], lang), str(view["day"])]
    if view.get("source"):
        parts.append(f"{t('source', lang)}: {source_label(view['source'], lang)}")
    return parts


def _byline(author: str, team: str, day: str, lang: str) -> str:
    who = f"{author} ({team})" if author and team else author
    return " · ".join(p for p in (f"{t('shared_by', lang)} {who}" if who else "", day) if p)


# -- Markdown ---------------------------------------------------------------------


def _md_line(text: str) -> str:
    """A one-line value (title, label) that cannot start a Markdown block by accident."""
    line = " ".join(str(text).split())
    return re.sub(r"^([#>*+\-=|]|\d+[.)])", r"\\\1", line)


def render_markdown(
    views: Sequence[View],
    *,
    lang: str = "en",
    title: str | None = None,
    author: str = "",
    team: str = "",
    day: str = "",
) -> str:
    """Shared entries as Markdown for chat, forums and wikis (bodies as written)."""
    out: list[str] = []
    if len(views) != 1 or title:
        out += [f"# {_md_line(title or t('title', lang))}", ""]
        byline = _byline(author, team, day, lang)
        if byline:
            out += [f"*{_md_line(byline)}*", ""]
    level = "##" if out else "#"
    for view in views:
        out += [f"{level} {_md_line(entry_title(view))}", ""]
        out += [f"*{' · '.join(_md_line(p) for p in _meta_parts(view, lang))}*", ""]
        for heading, text in entry_parts(view, lang):
            if heading:
                out += [f"{level}# {_md_line(heading)}", ""]
            out += [text.strip(), ""]
        for person in view.get("people") or []:
            out.append(f"- {_md_line(_person_text(person, lang))}")
        if view.get("people"):
            out.append("")
        if view.get("tags"):
            out += [f"{t('tags', lang)}: " + " ".join(f"#{_tag(x)}" for x in view["tags"]), ""]
        if view.get("skills"):
            out += [f"{t('skills', lang)}: " + ", ".join(_md_line(x) for x in view["skills"]), ""]
    return "\n".join(out).rstrip() + "\n"


def _tag(tag: str) -> str:
    return re.sub(r"\s+", "-", tag.strip())


# -- HTML -------------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt;
  line-height: 1.5; color: #1d1d1f; background: #fff; max-width: 44em; margin: 2em auto;
  padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 .2em; }
h2 { font-size: 15pt; margin: 1.6em 0 .2em; }
h3, h4, h5, h6 { font-size: 12pt; margin: 1.2em 0 .2em; }
.byline, .meta { color: #555; font-size: 9.5pt; margin: 0 0 .8em; }
.entry { page-break-inside: avoid; border-top: 1px solid #ddd; padding-top: .4em; }
.tags, .skills, .people { font-size: 9.5pt; color: #333; }
.tag { background: #eef2f7; padding: 0 .3em; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: .5em; font-size: 9.5pt; }
blockquote { margin: .5em 0 .5em 1em; padding-left: .8em; border-left: 3px solid #ccc;
  color: #444; }
footer { margin-top: 2em; color: #5f5f5f; font-size: 8.5pt; border-top: 1px solid #ddd;
  padding-top: .4em; }
a { color: #0b57d0; }
@media print { body { margin: 0; max-width: none; } a { color: #1d1d1f; } }
""".strip()

_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def escape(text: str) -> str:
    return html.escape(str(text), quote=True)


# Shows a picture reference (sha256, caption) as HTML: "" leaves it out.
PictureHtml = Callable[[str, str], str]


def _inline(text: str, picture: PictureHtml | None = None) -> str:
    """One line of Markdown as HTML: escaped first, then only our own tags added.

    A picture reference (``![CAPTION](picture:SHA256)``) becomes what ``picture`` makes
    of it; without ``picture`` it is left out (no picture leaves by accident)."""
    out = []
    for i, part in enumerate(re.split(r"(`[^`]+`)", text)):
        if i % 2:
            out.append(f"<code>{escape(part[1:-1])}</code>")
            continue
        if "picture:" in part:
            pieces = pictures.REFERENCE.split(part)
            # split() gives text, caption, sha256, text, ...: the text parts go on as usual.
            for n in range(0, len(pieces), 3):
                out.append(_inline_text(pieces[n]))
                if n + 2 < len(pieces) and picture is not None:
                    out.append(picture(pieces[n + 2], pictures.caption_of(pieces[n + 1])))
            continue
        out.append(_inline_text(part))
    return "".join(out)


def _inline_text(part: str) -> str:
    part = escape(part)
    part = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", _link, part)
    part = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"<strong>\1</strong>", part)
    return re.sub(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])", r"<em>\1</em>", part)


def _link(match: re.Match[str]) -> str:
    text, url = match.group(1), match.group(2)
    plain = re.sub(r"[\x00-\x20]", "", html.unescape(url)).lower()
    if plain.startswith(_SAFE_SCHEMES):
        return f'<a href="{url}">{text}</a>'
    return f"{text} ({url})"


def markdown_to_html(
    text: str, *, heading_offset: int = 2, picture: PictureHtml | None = None
) -> str:
    """A safe subset of Markdown as HTML: headings, paragraphs, lists, quotes, code.

    Raw HTML is not passed through: ``<b>`` in a body is shown as the text ``<b>``.
    Picture references become what ``picture`` makes of them (left out without it).
    """
    out: list[str] = []
    para: list[str] = []
    quote: list[str] = []
    code: list[str] = []
    list_tag = ""
    in_code = False

    def flush() -> None:
        nonlocal list_tag
        if para:
            out.append("<p>" + "<br>\n".join(_inline(line, picture) for line in para) + "</p>")
            para.clear()
        if quote:
            out.append(
                "<blockquote><p>" + "<br>\n".join(_inline(q, picture) for q in quote) + "</p>"
            )
            out[-1] += "</blockquote>"
            quote.clear()
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = ""

    for raw in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = raw.strip()
        if in_code:
            if stripped.startswith("```"):
                out.append("<pre><code>" + escape("\n".join(code)) + "</code></pre>")
                code.clear()
                in_code = False
            else:
                code.append(raw)
            continue
        if stripped.startswith("```"):
            flush()
            in_code = True
            continue
        if not stripped:
            flush()
            continue
        if re.fullmatch(r"(\*\s*){3,}|(-\s*){3,}|(_\s*){3,}", stripped):
            flush()
            out.append("<hr>")
            continue
        heading = re.match(r"(#{1,6})\s+(.*?)\s*#*$", stripped)
        if heading:
            flush()
            level = min(6, len(heading.group(1)) + heading_offset)
            out.append(f"<h{level}>{_inline(heading.group(2), picture)}</h{level}>")
            continue
        item = re.match(r"[-*+]\s+(.*)", stripped)
        numbered = re.match(r"\d{1,9}[.)]\s+(.*)", stripped)
        if item or numbered:
            wanted = "ul" if item else "ol"
            if para or quote or list_tag != wanted:
                flush()
                out.append(f"<{wanted}>")
                list_tag = wanted
            out.append(f"<li>{_inline((item or numbered).group(1), picture)}</li>")  # type: ignore[union-attr]
            continue
        if stripped.startswith(">"):
            if para or list_tag:
                flush()
            quote.append(stripped[1:].strip())
            continue
        if quote or list_tag:
            flush()
        para.append(stripped)
    if in_code:
        out.append("<pre><code>" + escape("\n".join(code)) + "</code></pre>")
    flush()
    return "\n".join(out)


# Only with pictures: a page without them stays byte for byte what it was.
_PICTURE_CSS = (
    "\nimg { max-width: 100%; height: auto; }\n.picture-caption { color: #555; font-size: 9.5pt; }"
)


def _page(title: str, body: str, lang: str, *, with_pictures: bool = False) -> str:
    # Pictures are embedded whole (data: URIs); nothing else may be loaded, ever.
    images = " img-src data:;" if with_pictures else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        f"content=\"default-src 'none';{images} style-src 'unsafe-inline'\">\n"
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="reflekt">\n'
        f"<title>{escape(title)}</title>\n<style>\n{_CSS}{_PICTURE_CSS if with_pictures else ''}\n"
        "</style>\n</head>\n<body>\n"
        f"{body}\n<footer>{escape(t('footer', lang))}</footer>\n</body>\n</html>\n"
    )


def entry_parts(view: View, lang: str) -> list[tuple[str, str]]:
    """An entry's texts as (heading, text) in reading order (core.templates.reading_order:
    the sections, then the body). The body has a heading ("Other notes") only when
    sections stand before it; parts without text are left out."""
    sections = {s["key"]: s for s in view.get("sections") or []}
    parts = []
    for key in reading_order(view.get("template"), sections):
        if key is BODY:
            body = str(view.get("body") or "")
            if body.strip():
                parts.append((t("other_notes", lang) if parts else "", body))
        elif str(sections[key].get("text") or "").strip():
            parts.append((str(sections[key]["label"]), str(sections[key]["text"])))
    return parts


def _entry_html(
    view: View,
    lang: str,
    level: int,
    *,
    with_title: bool = True,
    picture: PictureHtml | None = None,
) -> str:
    h = f"h{level}"
    parts = ['<article class="entry">']
    if with_title:
        parts.append(f"<{h}>{escape(entry_title(view))}</{h}>")
    parts.append(f'<p class="meta">{escape(" · ".join(_meta_parts(view, lang)))}</p>')
    for heading, text in entry_parts(view, lang):
        if heading:
            parts.append(
                f"<section>\n<h{level + 1}>{escape(heading)}</h{level + 1}>\n"
                f"{markdown_to_html(text, heading_offset=level + 1, picture=picture)}\n</section>"
            )
        else:
            parts.append(
                f'<div class="body">\n'
                f"{markdown_to_html(text, heading_offset=level, picture=picture)}\n</div>"
            )
    people = view.get("people") or []
    if people:
        parts.append(
            '<p class="people">'
            + "<br>\n".join(escape(_person_text(p, lang)) for p in people)
            + "</p>"
        )
    if view.get("tags"):
        chips = " ".join(f'<span class="tag">#{escape(_tag(x))}</span>' for x in view["tags"])
        parts.append(f'<p class="tags">{escape(t("tags", lang))}: {chips}</p>')
    if view.get("skills"):
        parts.append(
            f'<p class="skills">{escape(t("skills", lang))}: '
            f"{escape(', '.join(view['skills']))}</p>"
        )
    return "\n".join(parts) + "\n</article>"


def render_html(
    views: Sequence[View],
    *,
    lang: str = "en",
    title: str | None = None,
    author: str = "",
    team: str = "",
    day: str = "",
    shared_pictures: Sequence[pictures.SharedPicture] = (),
) -> str:
    """A standalone, print-friendly HTML page: a readable learning story.

    ``shared_pictures`` are embedded whole (``data:`` URIs) where their references stand."""
    picture = pictures.inline_pictures(shared_pictures, escape=escape)
    page_title = title or (entry_title(views[0]) if len(views) == 1 else t("title", lang))
    header = f"<header>\n<h1>{escape(page_title)}</h1>\n"
    byline = _byline(author, team, day, lang)
    if byline:
        header += f'<p class="byline">{escape(byline)}</p>\n'
    header += "</header>"
    if len(views) == 1 and not title:
        # One entry: its title is the page's, so the entry starts with its details.
        body = "\n".join(
            [header, _entry_html(views[0], lang, 2, with_title=False, picture=picture)]
        )
    else:
        body = "\n".join([header, *(_entry_html(v, lang, 2, picture=picture) for v in views)])
    return _page(page_title, body, lang, with_pictures=bool(shared_pictures))


# -- the 15-minute learning share ----------------------------------------------------


def _pick(view: View, keys: Sequence[str]) -> str:
    sections = {s["key"]: s["text"] for s in view.get("sections") or []}
    for key in keys:
        if sections.get(key, "").strip():
            return sections[key].strip()
    return ""


def _shorten(text: str, limit: int = 600) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + " …"


def brief_markdown(
    views: Sequence[View], *, lang: str = "en", author: str = "", team: str = "", day: str = ""
) -> str:
    """A short brief for a team learning meeting, from 1–3 lessons (as Markdown)."""
    minutes = {1: 6, 2: 4, 3: 3}[len(views)]
    m = t("minutes", lang)
    out = [f"# {_md_line(t('brief', lang))}", ""]
    byline = _byline(author, team, day, lang)
    if byline:
        out += [f"*{_md_line(byline)}*", ""]
    out += [
        f"## {t('plan', lang)}",
        "",
        f"1. 2 {m} — {t('plan_intro', lang)}",
        f"2. {minutes * len(views)} {m} — {t('plan_lessons', lang)}",
        f"3. {11 - minutes * len(views)} {m} — {t('plan_talk', lang)}",
        f"4. 2 {m} — {t('plan_try', lang)}",
        "",
    ]
    for number, view in enumerate(views, start=1):
        out += [f"## {t('lesson', lang)} {number}: {_md_line(entry_title(view))}", ""]
        out += [f"*{' · '.join(_md_line(p) for p in _meta_parts(view, lang))}*", ""]
        happened = _pick(view, _HAPPENED_KEYS) or str(view.get("body") or "")
        learned = _pick(view, _LEARNED_KEYS)
        next_step = _pick(view, _NEXT_KEYS)
        for key, text in (("happened", happened), ("learned", learned), ("next", next_step)):
            # Pictures are not cut in half by the shortening: they follow the texts whole.
            text = pictures.remove(text)
            if text.strip():
                out += [f"**{t(key, lang)}:** {_shorten(text)}", ""]
        for line in _picture_lines(view):
            out += [line, ""]
        for person in view.get("people") or []:
            out.append(f"- {_md_line(_person_text(person, lang))}")
        if view.get("people"):
            out.append("")
    out += [f"## {t('questions', lang)}", ""]
    out += [f"- {t(q, lang)}" for q in ("q1", "q2", "q3")]
    out += ["", f"## {t('plan_try', lang)}", "", t("try", lang), ""]
    return "\n".join(out)


def _picture_lines(view: View) -> list[str]:
    """Each picture of a lesson once, as its reference (the brief shows them whole)."""
    seen: dict[str, str] = {}
    for text in pictures.view_texts(view):
        for m in pictures.REFERENCE.finditer(text):
            seen.setdefault(m.group(2), m.group(0))
    return list(seen.values())


def brief_html(
    views: Sequence[View],
    *,
    lang: str = "en",
    author: str = "",
    team: str = "",
    day: str = "",
    shared_pictures: Sequence[pictures.SharedPicture] = (),
) -> str:
    # The brief is written as Markdown and converted by the safe converter, so every
    # user string in it is escaped on the way.
    text = brief_markdown(views, lang=lang, author=author, team=team, day=day)
    picture = pictures.inline_pictures(shared_pictures, escape=escape)
    return _page(
        t("brief", lang),
        markdown_to_html(text, heading_offset=0, picture=picture),
        lang,
        with_pictures=bool(shared_pictures),
    )

"""A folder of Markdown notes (Obsidian-style daily notes), or one Markdown file.

The day comes from front matter (``date:``) or from a date in the file name
(``2024-03-04.md``); notes with neither are left out and reported. A leading
``# `` line (or ``title:``) is the title; ``#tags`` in the text and ``tags:`` in
the front matter become tags.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reflekt.core.journal import Journal
from reflekt.errors import FileRejected
from reflekt.messages import msg
from reflekt.share import safety
from reflekt.share.importers.base import ImportReport, Parsed, Source, add_entries, register

NAME = "markdown"
TITLE = "Markdown notes"

MAX_FILES = 50_000
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TAG = re.compile(r"(?<![\w#/&])#([^\W\d][\w/-]*|\d+[^\W\d][\w/-]*)")
_FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """A small YAML subset: ``key: value``, ``key: [a, b]`` and ``- item`` lists."""
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
        return {}, text
    lines = text.splitlines(keepends=True)
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        return {}, text
    meta: dict[str, Any] = {}
    key = None
    for line in lines[1:end]:
        item = re.match(r"\s*-\s+(.*)", line)
        if item and key is not None:
            if not isinstance(meta.get(key), list):
                meta[key] = []
            meta[key].append(_scalar(item.group(1)))
            continue
        pair = re.match(r"([A-Za-z_][\w-]*)\s*:\s*(.*)", line)
        if pair:
            key, value = pair.group(1).lower(), pair.group(2).strip()
            if value.startswith("[") and value.endswith("]"):
                meta[key] = [_scalar(v) for v in value[1:-1].split(",") if v.strip()]
            else:
                meta[key] = _scalar(value) if value else ""
    return meta, "".join(lines[end + 1 :])


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value


def _day(meta: dict[str, Any], path: Path) -> dt.date | None:
    for candidate in (str(meta.get("date") or ""), path.stem):
        match = _DATE.search(candidate)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None


def _tags(meta: dict[str, Any], body: str) -> list[str]:
    declared = meta.get("tags") or []
    if isinstance(declared, str):
        declared = re.split(r"[,\s]+", declared)
    found = _TAG.findall(_FENCE.sub("", body))
    return [t.lstrip("#") for t in [*declared, *found] if t.strip("#")]


def sniff(source: Source) -> bool:
    """A folder (of notes), or a file named .md or .markdown."""
    path = source.path
    return path.is_dir() or path.suffix.lower() in (".md", ".markdown")


def read(
    journal: Journal, source: Source, report: ImportReport, cancelled: Callable[[], bool]
) -> ImportReport:
    return add_entries(journal, _parsed(source.path, source.cap), source, report, cancelled)


def _parsed(path: Path, cap: int) -> Parsed:
    if path.is_dir():
        root = path
        files = list(safety.iter_files(path, (".md", ".markdown")))
    else:
        root = path.parent
        files = [path]
    if not files:
        raise FileRejected(
            msg("There are no Markdown notes (.md) in {path}. Choose another folder.", path=path)
        )
    if len(files) > MAX_FILES:
        raise FileRejected(
            msg(
                "{path} holds {count:,} notes; reflekt imports {most:,} at most.",
                path=path,
                count=len(files),
                most=MAX_FILES,
            )
        )
    parsed = Parsed()
    total = 0
    for file in files:
        raw = safety.read_capped(file, cap)
        total += len(raw)
        if total > cap:
            raise FileRejected(
                msg(
                    "The notes in {name} add up to more than {size}. "
                    "Import a smaller folder at a time.",
                    name=path.name,
                    size=safety.human_size(cap),
                )
            )
        rel = file.relative_to(root).as_posix()
        text = safety.decode_utf8(raw, rel).replace("\r\n", "\n")
        meta, content = split_front_matter(text)
        day = _day(meta, file)
        if day is None:
            parsed.warnings.append(
                msg(
                    "{name} has no date (in its name or a 'date:' line) and was left out.", name=rel
                )
            )
            continue
        title = str(meta.get("title") or "").strip()
        stripped = content.lstrip("\n")
        if stripped.startswith("# "):
            first, _, rest = stripped.partition("\n")
            title = title or first[2:].strip()
            content = rest
        body = content.strip("\n")
        if not (title or body.strip()):
            parsed.warnings.append(msg("{name} is empty and was left out.", name=rel))
            continue
        digest = hashlib.sha256(f"{rel}\x00{text}".encode()).hexdigest()
        parsed.items.append(
            (
                f"markdown:{digest[:32]}",
                {"title": title, "body": body, "tags": _tags(meta, body), "day": day},
            )
        )
    return parsed


register(sys.modules[__name__])

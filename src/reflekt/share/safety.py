"""Reading files that came from elsewhere as hostile until proven otherwise.

Every importer and the team-folder scan read through here: a size cap before a
byte is parsed, strict UTF-8, JSON without NaN, duplicate keys or deep nesting,
and zip members read with byte caps and never extracted. Each refusal is a
``FileRejected`` whose message names the file and says what is wrong.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Protocol

from reflekt import private_files
from reflekt.errors import FileRejected, FileTooBig
from reflekt.messages import msg, os_reason

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_BYTES_SETTING = "import.max_bytes"
READ_CHUNK = 1024 * 1024
MAX_DEPTH = 64  # far deeper than any real export, far shallower than a stack overflow
MAX_ZIP_MEMBERS = 20_000
MAX_ZIP_RATIO = 200  # deflate rarely beats ~20:1 on text; far beyond that is a bomb


class _Settings(Protocol):
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...


def max_bytes(journal: _Settings | None) -> int:
    """The size cap for one imported file: the journal's setting, or 50 MB."""
    if journal is None:
        return DEFAULT_MAX_BYTES
    value = journal.get_setting(MAX_BYTES_SETTING)
    try:
        cap = int(value) if value is not None else DEFAULT_MAX_BYTES
    except ValueError:
        cap = DEFAULT_MAX_BYTES
    return cap if cap > 0 else DEFAULT_MAX_BYTES


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


def read_capped(path: Path, cap: int) -> bytes:
    """The bytes of a regular file no bigger than ``cap``."""
    check_capped(path, cap)
    # Read in pieces, never ``read(cap)``: a large cap would be one huge allocation
    # (a memory error) even for a small file. O_NONBLOCK: a file swapped for a FIFO
    # after the look above cannot make the open hang.
    chunks: list[bytes] = []
    total = 0
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise FileRejected(
                    msg("{path} is not a file reflekt can import. Choose a file.", path=path)
                )
            while chunk := f.read(min(READ_CHUNK, cap + 1 - total)):
                chunks.append(chunk)
                total += len(chunk)
                if total > cap:  # it grew while we looked
                    raise FileTooBig(_too_big(path.name, total, cap))
    except OSError as exc:
        raise FileRejected(
            msg("reflekt cannot read {path}: {reason}.", path=path, reason=os_reason(exc))
        ) from None
    return b"".join(chunks)


def check_capped(path: Path, cap: int) -> None:
    """Refuse ``path`` unless it is a regular file no bigger than ``cap`` (nothing read)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FileRejected(
            msg("There is no file {path}. Check the name and folder.", path=path)
        ) from None
    except OSError as exc:
        raise FileRejected(
            msg("reflekt cannot read {path}: {reason}.", path=path, reason=os_reason(exc))
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise FileRejected(
            msg("{path} is not a file reflekt can import. Choose a file.", path=path)
        )
    if info.st_size > cap:
        raise FileTooBig(_too_big(path.name, info.st_size, cap))


def _too_big(name: str, size: int, cap: int) -> str:
    return msg(
        "{name} is too big to import ({size}; the most reflekt reads is {cap}). "
        "Check that it is the right file.",
        name=name,
        size=human_size(size),
        cap=human_size(cap),
    )


def decode_utf8(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileRejected(
            msg(
                "{name} is not UTF-8 text (unreadable bytes at position {position:,}). "
                "Export it again as UTF-8, or check that it is the right file.",
                name=name,
                position=exc.start,
            )
        ) from None


class _Unacceptable(FileRejected):
    """Valid JSON that reflekt refuses (json.loads lets it through unchanged)."""


def _reject_constant(value: str) -> Any:
    raise _Unacceptable(msg("{value} is not a number JSON allows", value=value))


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # in C; only an object with a repeated key has fewer keys
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Unacceptable(
                    msg("the key {key} appears twice in one object", key=repr(key[:60]))
                )
            seen.add(key)
    return result


def _json_problem(problem: str) -> str:
    """What Python's JSON reader found wrong (its English, e.g. "Expecting ','
    delimiter"), in the current language; the line and column say where."""
    said = {
        "Expecting value": msg("a value is missing"),
        "Expecting ',' delimiter": msg("a comma is missing"),
        "Expecting ':' delimiter": msg("a colon is missing"),
        "Expecting property name enclosed in double quotes": msg(
            "a name in double quotes is missing (perhaps a comma too many)"
        ),
        "Extra data": msg("there is more after the end of the data"),
        "Invalid control character": msg("a control character stands inside a text"),
        "Invalid \\escape": msg("a backslash starts an escape JSON does not know"),
        "Invalid \\uXXXX escape": msg("a backslash starts an escape JSON does not know"),
        "Illegal trailing comma": msg("a comma stands before a closing bracket"),
    }
    for english, words in said.items():
        if problem.startswith(english):
            return words
    return msg("the text breaks the rules of JSON here")


def parse_json(text: str, name: str, *, max_depth: int = MAX_DEPTH) -> Any:
    """JSON from ``text``, refusing anything ambiguous or nested deeper than ``max_depth``."""
    try:
        data = json.loads(
            text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys
        )
    except RecursionError:
        raise FileRejected(_too_deep(name, max_depth)) from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated"):
            raise FileRejected(
                msg(
                    "{name} ends in the middle of its data: it is incomplete (perhaps still "
                    "being copied or synced). Wait until it is complete, or export it again.",
                    name=name,
                )
            ) from None
        raise FileRejected(
            msg(
                "{name} is not valid JSON (line {line}, column {column}: {problem}). "
                "Check that it is the right file, or export it again.",
                name=name,
                line=exc.lineno,
                column=exc.colno,
                problem=_json_problem(exc.msg),
            )
        ) from None
    except _Unacceptable as exc:
        raise FileRejected(
            msg("{name} is not acceptable JSON: {problem}.", name=name, problem=exc.message)
        ) from None
    except ValueError:  # a number with thousands of digits, past what Python converts
        raise FileRejected(
            msg(
                "{name} is not acceptable JSON: {problem}.",
                name=name,
                problem=msg("a number in it is far too long"),
            )
        ) from None
    if depth(data) > max_depth:
        raise FileRejected(_too_deep(name, max_depth))
    return data


def _too_deep(name: str, max_depth: int) -> str:
    return msg(
        "{name} is nested more than {levels} levels deep, which no journal export is. "
        "reflekt does not read it.",
        name=name,
        levels=max_depth,
    )


def depth(data: Any) -> int:
    """How deeply lists and objects nest in ``data`` (without recursion)."""
    deepest = 0
    level = [data] if isinstance(data, dict | list) else []
    while level:  # one nesting level at a time; only lists and objects go deeper
        deepest += 1
        below: list[Any] = []
        for value in level:
            below += [
                v
                for v in (value.values() if isinstance(value, dict) else value)
                if isinstance(v, dict | list)
            ]
        level = below
    return deepest


def load_json_file(path: Path, cap: int) -> Any:
    return parse_json(decode_utf8(read_capped(path, cap), path.name), path.name)


# -- zip archives ---------------------------------------------------------------


@dataclass
class ZipContents:
    """The JSON members of an archive (read, never extracted) and what was left out."""

    json_members: list[tuple[str, bytes]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _safe_member_name(name: str) -> bool:
    if "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    parts = PurePosixPath(name).parts
    return not any(part == ".." for part in parts) and not (parts and parts[0].endswith(":"))


@contextlib.contextmanager
def _zip_errors(name: str) -> Iterator[None]:
    """A damaged archive, or one packed in a way Python cannot unpack, as a plain refusal."""
    try:
        yield
    except zipfile.BadZipFile:
        raise FileRejected(
            msg(
                "{name} is not a readable zip archive (it may be damaged or incomplete). "
                "Export it again.",
                name=name,
            )
        ) from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError):
        # Encrypted members, ZIP64 or a compression method Python cannot unpack.
        raise FileRejected(
            msg(
                "reflekt cannot read the archive {name}: it is encrypted or packed in a way "
                "reflekt does not know. Export it again without a password.",
                name=name,
            )
        ) from None


def _inflates_too_far(info: zipfile.ZipInfo, left: int) -> bool:
    """A member that unpacks past what is left of the budget, or far beyond its packed
    size (a zip bomb)."""
    return info.file_size > left or (
        info.file_size > 1024 * 1024 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1)
    )


def read_zip_json(path: Path, cap: int) -> ZipContents:
    """Read the ``.json`` members of a zip with byte caps; everything else is skipped.

    A member whose name points outside the archive, a member that inflates beyond
    the cap or far beyond its compressed size, or a damaged archive rejects the file.
    """
    check_capped(path, cap)  # the archive itself obeys the cap (and must be a file)
    contents = ZipContents()
    total = 0
    with _zip_errors(path.name), zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise FileRejected(
                msg(
                    "{name} holds {count:,} files, more than any journal export. "
                    "reflekt does not read it.",
                    name=path.name,
                    count=len(members),
                )
            )
        for info in members:
            if not _safe_member_name(info.filename):
                raise FileRejected(
                    msg(
                        "{name} contains a file named {member} that points outside the "
                        "archive. reflekt does not read such archives; export again.",
                        name=path.name,
                        member=repr(info.filename[:80]),
                    )
                )
            if info.is_dir():
                continue
            if not info.filename.lower().endswith(".json"):
                contents.skipped.append(info.filename)
                continue
            if _inflates_too_far(info, cap):
                raise FileRejected(_bomb(path.name, info.filename))
            data = _read_member(archive, info, cap - total, path.name)
            total += len(data)
            contents.json_members.append((info.filename, data))
    return contents


def iter_zip_members(
    path: Path, names: Iterable[str], budget: int, *, each: int
) -> Iterator[tuple[str, bytes | None, int]]:
    """The members ``names`` of an archive that :func:`read_zip_json` has read, one at a
    time (never extracted, never all in memory): ``(name, bytes, size)``, with None for
    the bytes when the archive has no such member (size -1) or it unpacks to more than
    ``each`` bytes (the caller says so). All together they unpack to at most ``budget``
    bytes; a member past that, or far beyond its packed size, refuses the whole archive
    as read_zip_json does."""
    left = budget
    with _zip_errors(path.name), zipfile.ZipFile(path) as archive:
        found = {info.filename: info for info in archive.infolist() if not info.is_dir()}
        for name in names:
            info = found.get(name)
            if info is None or info.file_size > each:
                yield name, None, -1 if info is None else info.file_size
                continue
            if _inflates_too_far(info, left):
                raise FileRejected(_bomb(path.name, name))
            data = _read_member(archive, info, min(left, each), path.name)
            left -= len(data)
            yield name, data, len(data)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, name: str) -> bytes:
    # The header's sizes can lie: count what actually comes out, and stop at the cap.
    chunks = []
    size = 0
    with archive.open(info) as member:
        while chunk := member.read(64 * 1024):
            size += len(chunk)
            if size > budget:
                raise FileRejected(_bomb(name, info.filename))
            chunks.append(chunk)
    return b"".join(chunks)


def _bomb(archive: str, member: str) -> str:
    return msg(
        "{archive}: the file {member} inside it unpacks to far more than a journal "
        "export holds (a damaged or malicious archive). reflekt does not read it.",
        archive=archive,
        member=repr(member[:80]),
    )


# -- writing ---------------------------------------------------------------------


def write_atomic(path: Path, data: bytes, *, private: bool = True) -> Path:
    """Write ``data`` to ``path`` so that no reader (or sync tool) ever sees half a file.

    Through :func:`reflekt.private_files.write_private`: every file reflekt writes
    holds journal text, so it is readable by its owner only (``private`` is kept for
    callers; it no longer makes a file readable by others).
    """
    return private_files.write_private(path, data)


def write_atomic_with(
    path: Path, fill: Callable[[BinaryIO], object], *, private: bool = True
) -> Path:
    """``write_atomic`` for data made while it is written: ``fill`` writes to the
    temporary file. If it fails, the temporary file is removed and the target is
    left as it was."""
    return private_files.write_private(path, fill)


def iter_files(folder: Path, suffixes: tuple[str, ...]) -> Iterator[Path]:
    """Files under ``folder`` with one of ``suffixes``, hidden folders and symlinks skipped."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            candidate = Path(root) / name
            if name.lower().endswith(suffixes) and not candidate.is_symlink():
                yield candidate

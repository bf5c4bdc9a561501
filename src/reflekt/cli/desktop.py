"""Register reflekt with the Linux desktop for one user: menu entry and icons.

``reflekt desktop-install`` copies the desktop file (with ``Exec=`` pointing at the
reflekt that runs it) and the hicolor icons under ``$XDG_DATA_HOME`` (default
``~/.local/share``); ``reflekt desktop-uninstall`` removes exactly those files.
It works from the packaged build (the files travel inside it) and from a source
checkout (the files are in ``packaging/``). Plain Python: no Qt needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from reflekt import APP_ID
from reflekt.cli.common import Command
from reflekt.errors import ReflektError
from reflekt.messages import msg

DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_FILE = f"{APP_ID}.png"
# Characters the desktop entry spec reserves in Exec= arguments: a path holding one is quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def sources() -> tuple[Path, Path]:
    """The desktop file and the hicolor icon folder to install from."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # the PyInstaller build: packaging/reflekt.spec puts them under share/
        share = Path(bundle) / "share"
        candidates = [(share / "applications" / DESKTOP_FILE, share / "icons" / "hicolor")]
    else:
        root = Path(__file__).resolve().parents[3]  # src/reflekt/cli/desktop.py
        packaging = root / "packaging"
        candidates = [(packaging / "linux" / DESKTOP_FILE, packaging / "icons" / "hicolor")]
    for desktop, icons in candidates:
        if desktop.is_file() and icons.is_dir():
            return desktop, icons
    raise ReflektError(
        msg(
            "This copy of reflekt has no desktop files to install. Use the packaged build "
            "or a source checkout, where they are included."
        )
    )


def launcher() -> Path:
    """The program a menu entry should start: this reflekt."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve()
    beside_python = Path(sys.executable).parent / "reflekt"
    if beside_python.is_file():  # the launcher pip put in this (virtual) environment
        return beside_python.absolute()
    found = shutil.which("reflekt")
    if found:
        return Path(found).absolute()
    raise ReflektError(
        msg(
            "Cannot find the `reflekt` program to put in the menu entry. Install reflekt "
            "(pip install .) or name it with --exec PATH."
        )
    )


def exec_value(program: Path) -> str:
    """``program`` as an Exec= value: quoted and escaped as the desktop entry spec asks."""
    text = str(program).replace("%", "%%")
    if any(c in _RESERVED for c in text):
        inner = "".join("\\" + c if c in '"`$\\' else c for c in text)
        text = f'"{inner}"'
    # The value is also a desktop-file string, in which a backslash is written twice.
    return text.replace("\\", "\\\\")


def desktop_entry(template: str, program: Path) -> str:
    """The desktop file ``template`` with Exec= and TryExec= pointing at ``program``."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_value(program)
        elif line.startswith("TryExec="):
            line = "TryExec=" + str(program).replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(target: Path) -> list[Path]:
    """Every file of ours under ``target`` (an XDG data folder), whichever sizes exist."""
    files = [target / "applications" / DESKTOP_FILE]
    hicolor = target / "icons" / "hicolor"
    if hicolor.is_dir():
        files += sorted(hicolor.glob(f"*/apps/{ICON_FILE}"))
    return [f for f in files if f.exists() or f.is_symlink()]


def install(target: Path | None = None, program: Path | None = None) -> list[Path]:
    """Install the desktop file and icons under ``target``; returns the files written."""
    target = target or data_home()
    program = program or launcher()
    desktop, icons = sources()
    written = []
    for icon in sorted(icons.glob(f"*/apps/{ICON_FILE}")):
        dest = target / "icons" / "hicolor" / icon.relative_to(icons)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon, dest)
        written.append(dest)
    # Icon caches look at the theme folder's modification time to notice new icons.
    os.utime(target / "icons" / "hicolor")
    entry = target / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = entry.with_name(entry.name + ".tmp")
    # Written whole and renamed, so a menu never reads half an entry.
    tmp.write_text(desktop_entry(desktop.read_text(encoding="utf-8"), program), encoding="utf-8")
    tmp.replace(entry)
    written.append(entry)
    return written


def uninstall(target: Path | None = None) -> list[Path]:
    """Remove what :func:`install` put under ``target``; returns the files removed."""
    removed = installed_files(target or data_home())
    for path in removed:
        path.unlink()
    return removed


def _check_platform() -> None:
    if sys.platform == "darwin" or os.name == "nt":
        raise ReflektError(
            msg(
                "desktop-install is for Linux. On Windows and macOS, the installer or the "
                "app bundle puts reflekt in the menu."
            )
        )


def cmd_desktop_install(args: argparse.Namespace, journal: Any) -> int:
    _check_platform()
    program = Path(args.exec).expanduser().absolute() if args.exec else None
    written = install(program=program)
    entry = written[-1]
    print(
        msg(
            "reflekt is in your applications menu now ({entry}, {count} icons).",
            entry=entry,
            count=len(written) - 1,
        )
    )
    print(msg("Remove it again with: reflekt desktop-uninstall"))
    return 0


def cmd_desktop_uninstall(args: argparse.Namespace, journal: Any) -> int:
    _check_platform()
    removed = uninstall()
    if removed:
        print(
            msg("Removed reflekt from your applications menu ({count} files).", count=len(removed))
        )
    else:
        print(msg("reflekt was not in your applications menu; nothing to remove."))
    return 0


def register(command: Command) -> None:
    p = command(
        "desktop-install",
        cmd_desktop_install,
        "add reflekt to your Linux applications menu (for you only)",
        uses="none",
    )
    p.add_argument(
        "--exec", metavar="PATH", help="the program the menu starts (default: this reflekt)"
    )
    command(
        "desktop-uninstall",
        cmd_desktop_uninstall,
        "remove what desktop-install added",
        uses="none",
    )

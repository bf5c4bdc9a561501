"""Keep the Swedish translation in step with the code.

    python scripts/translations.py update    # scan the GUI for tr() strings into resources/*.ts
    python scripts/translations.py release   # compile the .ts files into the package's .qm files

Both use the pyside6-lupdate / pyside6-lrelease tools that come with PySide6.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "src" / "reflekt" / "gui").rglob("*.py"))
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "src" / "reflekt" / "assets" / "translations"
# Swedish is a full translation; English ships only the plural forms ("1 entry", "2 entries"),
# which the source strings cannot express by themselves.
LANGUAGES = ("sv", "en")
PLURAL_ONLY = {"en"}


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"{name} was not found; it comes with PySide6 (pip install PySide6-Essentials).")
    return found


def ts_file(lang: str) -> Path:
    return TS_DIR / f"reflekt_{lang}.ts"


def update(ts_files: list[Path] | None = None, *, plural_only: bool = False) -> None:
    if ts_files is None:
        for lang in LANGUAGES:
            update([ts_file(lang)], plural_only=lang in PLURAL_ONLY)
        return
    extra = ["-pluralonly"] if plural_only else []
    for ts in ts_files:
        subprocess.run(
            [tool("pyside6-lupdate"), *map(str, SOURCES), "-no-obsolete", *extra, "-ts", str(ts)],
            check=True,
            capture_output=True,
        )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
    elif argv == ["release"]:
        QM_DIR.mkdir(parents=True, exist_ok=True)
        for lang in LANGUAGES:
            release(ts_file(lang), QM_DIR / f"reflekt_{lang}.qm")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Render the editor's conflict bar to docs/screenshots/conflict-bar.png (offscreen).

python scripts/conflict_screenshot.py [OUT_PNG] [--lang en|sv]

A demo journal is opened in the window, a few words are typed into the open entry,
then the real `reflekt edit` command changes the same entry from another process; the
window's autosave meets the change and raises the bar, which is what is captured.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "out", type=Path, nargs="?", default=ROOT / "docs/screenshots/conflict-bar.png"
    )
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1360x860")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    os.environ["REFLEKT_HOME"] = str(home)

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtTest import QTest

    from reflekt.core.demo import fill_demo
    from reflekt.core.journal import Journal
    from reflekt.gui import i18n
    from reflekt.gui.app import create_application
    from reflekt.gui.mainwindow import MainWindow
    from reflekt.gui.settings import AppSettings
    from reflekt.gui.theme import apply_theme

    app = create_application()
    settings = AppSettings()
    settings.welcomed = True
    i18n.install(args.lang)
    apply_theme("light")
    path = home / "demo.reflekt"
    journal = Journal.open(path)
    fill_demo(journal, args.lang)

    window = MainWindow(journal, settings)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait(200)
    entry = window.editor.entry
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    QTest.keyClicks(body, " Next time I will ask the quieter ones first.")
    title = "Uppdaterad i terminalen" if args.lang == "sv" else "Updated from the terminal"
    subprocess.run(
        [sys.executable, "-m", "reflekt", "--journal", str(path), "edit", entry.id,
         "--title", title, "--star"],
        check=True,
    )  # fmt: skip
    for _ in range(50):
        wait(100)
        if window.editor.conflict_bar.isVisible():
            break
    QCoreApplication.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out))
    print(args.out)
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())

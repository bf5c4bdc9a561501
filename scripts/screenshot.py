"""Render the main window to PNG files for docs/screenshots (offscreen, no display needed).

python scripts/screenshot.py OUT_DIR [--journal PATH] [--lang en|sv] [--theme light|dark]
    [--show main|share|team|welcome|demo|guide]

--show welcome: the first launch on a fresh profile; demo: the demo journal with its
bar; guide: Help → User guide over the window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--journal", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--search", default="")
    parser.add_argument("--template", default="")
    parser.add_argument("--view", default="view:all")
    parser.add_argument("--name", default="main")
    parser.add_argument("--row", type=int, default=0, help="which entry to open")
    parser.add_argument("--size", default="1360x860")
    parser.add_argument(
        "--show", choices=["main", "share", "team", "welcome", "demo", "guide"], default="main"
    )
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    os.environ["REFLEKT_HOME"] = str(home)

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from reflekt import paths
    from reflekt.core.journal import Journal
    from reflekt.gui import i18n
    from reflekt.gui.app import create_application
    from reflekt.gui.mainwindow import MainWindow
    from reflekt.gui.settings import AppSettings
    from reflekt.gui.theme import apply_theme

    app = create_application()
    settings = AppSettings()
    settings.welcomed = args.show != "welcome"
    i18n.install(args.lang)
    apply_theme(args.theme)
    path = args.journal or home / "demo.reflekt"
    if args.show == "demo":
        path = paths.demo_journal()
    journal = Journal.open(path)
    if journal.count() == 0 and args.show != "welcome":
        from reflekt.core.demo import fill_demo

        fill_demo(journal, args.lang)

    class NoTray:
        available = False

        def __init__(self, *a: object) -> None:
            from PySide6.QtCore import QObject, Signal

            class _S(QObject):
                activated = Signal()

            self._s = _S()
            self.activated = self._s.activated

        def notify(self, *a: object) -> bool:
            return False

    window = MainWindow(journal, settings, tray_factory=NoTray)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if args.show != "welcome":
        window.go(args.view)
    if args.search:
        window.search.setText(args.search)
        window._apply_search()
    if args.row:
        window._select_row(args.row)
    if args.template:
        window.new_entry(args.template)
    shown = window
    if args.show == "share":
        from reflekt.gui.share_dialog import ExportDialog
        from reflekt.share import export

        export.set_author(journal, "Alex Andersson", "Support")
        candidates = [window.model.entry_at(r) for r in range(window.model.rowCount())]
        shown = ExportDialog(journal, candidates, {window.editor.entry.id}, window)
        shown.resize(1200, 760)
        shown.show()
    elif args.show == "team":
        shown = team_library(journal, home, args.lang)
    elif args.show == "guide":
        from reflekt.gui.actions import open_guide

        open_guide(window)
        shown = window.guide
        shown.resize(900, 760)
    loop = QEventLoop()
    QTimer.singleShot(400, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"{args.name}.png"
    shown.grab().save(str(target))
    print(target)
    window.close()
    app.quit()
    return 0


def team_library(journal, home: Path, lang: str):  # type: ignore[no-untyped-def]
    """A team folder with two colleagues' bundles, scanned, in the library window."""
    import datetime as dt

    from reflekt.core.demo import fill_demo
    from reflekt.core.journal import Journal
    from reflekt.gui.team_view import TeamLibrary
    from reflekt.share import export, team

    folder = home / "team"
    folder.mkdir()
    for number, (name, unit) in enumerate((("Sara Ek", "Finance"), ("Li Wei", "IT")), start=1):
        with Journal.open(home / f"colleague{number}.reflekt") as colleague:
            fill_demo(colleague, lang, today=dt.date.today(), seed=number * 11)
            export.set_author(colleague, name, unit)
            team.publish(colleague, lang=lang, path=folder)
    team.set_folder(journal, folder)
    team.scan(journal)
    library = TeamLibrary(journal)
    library.resize(1200, 760)
    library.search.setText("feedback" if lang == "en" else "återkoppling")
    library.refresh()
    library.show()
    return library


if __name__ == "__main__":
    sys.exit(main())

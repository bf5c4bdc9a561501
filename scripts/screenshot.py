"""Render the main window to PNG files for docs/screenshots (offscreen, no display needed).

python scripts/screenshot.py OUT_DIR [--journal PATH] [--lang en|sv] [--theme light|dark]
python scripts/screenshot.py OUT_DIR --show main|share|team|goals|growth|report|settings|welcome|demo|guide
python scripts/screenshot.py --guide [OUT_DIR]

``--guide`` writes every picture of the user guides, in English and Swedish, into
src/reflekt/assets/guide/images/ (or OUT_DIR), each from a fresh demo journal in a
process of its own; rerun it whenever a window in the guide changes. With Pillow
installed (`pip install -e .[docs]`) the pictures are reduced to a palette, which keeps
them small.

--show welcome: the first launch on a fresh profile; demo: the demo journal with its
bar; guide: Help → User guide over the window.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
GUIDE_IMAGES = ROOT / "src" / "reflekt" / "assets" / "guide" / "images"
GUIDE_WIDTH = 960  # wide enough to read, small enough for the guide's page

# The user guides' pictures: name -> the options that make it, per language.
GUIDE_SHOTS: dict[str, dict[str, list[str]]] = {
    "main": {"en": ["--row", "1"], "sv": ["--row", "1"]},
    "template": {"en": ["--template", "mistake"], "sv": ["--template", "mistake"]},
    "pictures": {
        "en": ["--row", "1", "--picture", "--preview"],
        "sv": ["--row", "1", "--picture", "--preview"],
    },
    "search": {"en": ["--search", "feedback"], "sv": ["--search", "återkoppling"]},
    "goals": {"en": ["--show", "goals"], "sv": ["--show", "goals"]},
    "share": {
        "en": ["--show", "share", "--view", "view:shareable"],
        "sv": ["--show", "share", "--view", "view:shareable"],
    },
    "team": {"en": ["--show", "team"], "sv": ["--show", "team"]},
    "growth": {"en": ["--show", "growth"], "sv": ["--show", "growth"]},
    "report": {"en": ["--show", "report"], "sv": ["--show", "report"]},
    "settings": {"en": ["--show", "settings"], "sv": ["--show", "settings"]},
}


def guide(out: Path) -> int:
    """Every guide picture, each rendered by this script in a process of its own."""
    failed = 0
    for name, per_lang in GUIDE_SHOTS.items():
        for lang, options in per_lang.items():
            command = [sys.executable, __file__, str(out), "--lang", lang]
            command += ["--name", f"{name}-{lang}", "--size", "1100x720", "--width"]
            command += [str(GUIDE_WIDTH), *options]
            failed += subprocess.run(command, check=False).returncode != 0
    return 1 if failed else 0


def save(image: object, target: Path, width: int) -> None:
    """Save a grabbed QPixmap, scaled down to ``width`` and reduced to a palette when
    Pillow is there (a quarter of the size, and the text stays sharp)."""
    from PySide6.QtCore import Qt

    if width and image.width() > width:  # type: ignore[attr-defined]
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)  # type: ignore[attr-defined]
    image.save(str(target))  # type: ignore[attr-defined]
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(target) as picture:
        reduced = picture.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    reduced.save(target, optimize=True)


def main() -> int:
    if "--guide" in sys.argv:
        rest = [a for a in sys.argv[1:] if a != "--guide"]
        return guide(Path(rest[0]) if rest else GUIDE_IMAGES)
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=0, help="scale down to this width")
    parser.add_argument("--journal", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--search", default="")
    parser.add_argument("--template", default="")
    parser.add_argument("--view", default="view:all")
    parser.add_argument("--name", default="main")
    parser.add_argument("--row", type=int, default=0, help="which entry to open")
    parser.add_argument(
        "--picture", action="store_true", help="the open entry with a photo of a whiteboard"
    )
    parser.add_argument("--preview", action="store_true", help="the open entry's preview")
    parser.add_argument("--size", default="1360x860")
    parser.add_argument(
        "--show",
        choices=[
            "main",
            "share",
            "team",
            "goals",
            "growth",
            "report",
            "settings",
            "welcome",
            "demo",
            "guide",
        ],
        default="main",
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
    if args.picture and window.editor.entry is not None:
        add_whiteboard(journal, window.editor.entry.id, args.lang)
        window.editor.load(journal.get(window.editor.entry.id))
        window.model.replace_entry(window.editor.entry)
    if args.preview:
        window.editor.toggle_preview()
    shown = window
    if args.show == "share":
        from reflekt.gui.share_dialog import ExportDialog
        from reflekt.share import export

        export.set_author(journal, "Alex Andersson", "Support")
        candidates = [window.model.entry_at(r) for r in range(window.model.rowCount())]
        shown = ExportDialog(journal, candidates, {window.editor.entry.id}, window)
        shown.resize(1200, 760)
        shown.show()
        if args.picture:  # the web page with the photo embedded and *Include pictures*
            shown.consent.setChecked(True)
            shown.format.setCurrentIndex(shown.format.findData("html"))
            shown.update_preview()
            shown.wait_until_ready()
    elif args.show == "team":
        shown = team_library(journal, home, args.lang)
    elif args.show == "goals":
        from reflekt.gui.goals import GoalsDialog

        shown = GoalsDialog(journal, window)
        shown.resize(1000, 640)
        shown.show()
    elif args.show == "growth":
        window.open_growth()
        window.growth.wait_until_ready()
    elif args.show == "report":
        from reflekt.gui.report_dialog import ReportDialog

        shown = ReportDialog(journal, None, window, lang=args.lang)
        shown.resize(1100, 760)
        shown.show()
        ready = QEventLoop()
        shown.ready.connect(ready.quit)
        QTimer.singleShot(20000, ready.quit)
        ready.exec()
    elif args.show == "settings":
        from reflekt.gui.actions import settings_dialog

        journal.backups.make()  # so the list of backups has one to show
        shown = settings_dialog(window)  # every section, as File → Settings… shows it
        shown.show()  # then as tall as its sections (a screen may be smaller)
        shown.resize(760, max(720, shown.sizeHint().height()))
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
    save(shown.grab(), target, args.width)
    print(target)
    window.close()
    app.quit()
    return 0


def add_whiteboard(journal, entry_id: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    """A drawn photo of a retrospective's whiteboard, put in the entry's text."""
    from PySide6.QtCore import QBuffer, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from reflekt.core import pictures

    columns = {
        "en": ("Start", "Stop", "Continue"),
        "sv": ("Börja", "Sluta", "Fortsätt"),
    }[lang]
    lines = {
        "en": (
            ["Silent start", "Pair on reviews"],
            ["Late agendas", "Status in meetings"],
            ["Demo on Fridays", "Written decisions"],
        ),
        "sv": (
            ["Tyst start", "Granska i par"],
            ["Sena dagordningar", "Status på möten"],
            ["Demo på fredagar", "Skrivna beslut"],
        ),
    }[lang]
    notes = list(zip(("#ffe066", "#ff9f9f", "#9fe0a0"), lines, strict=True))
    image = QImage(1600, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f4f0"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    heading = QFont("Sans", 40, QFont.Weight.Bold)
    small = QFont("Sans", 22)
    for number, (title, (color, lines)) in enumerate(zip(columns, notes, strict=True)):
        left = 60 + number * 520
        painter.setPen(QColor("#2a4d8f"))
        painter.setFont(heading)
        painter.drawText(QRect(left, 50, 460, 80), Qt.AlignmentFlag.AlignCenter, title)
        for row, line in enumerate(lines):
            box = QRect(left + 60 + row * 30, 180 + row * 330, 300, 260)
            painter.fillRect(box.translated(8, 8), QColor("#c8c8c0"))
            painter.fillRect(box, QColor(color))
            painter.setPen(QColor("#303030"))
            painter.setFont(small)
            painter.drawText(box.adjusted(16, 16, -16, -16), Qt.TextFlag.TextWordWrap, line)
    painter.end()
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 90)
    prepared = pictures.prepare(bytes(buffer.data().data()), "whiteboard.jpg")
    journal.pictures.add(prepared)
    caption = {"en": "The whiteboard after the retrospective", "sv": "Tavlan efter retron"}[lang]
    entry = journal.get(entry_id)
    before = f"{entry.body.rstrip()}\n\n" if entry.body.strip() else ""
    body = f"{before}{pictures.reference(prepared.sha256, caption)}\n"
    journal.update(entry_id, body=body)


# Colleagues' lessons for the team-library picture: (name, team, [(kind, title, text, tags)]).
COLLEAGUES = {
    "en": [
        (
            "Sara Ek",
            "Finance",
            [
                (
                    "lesson",
                    "Feedback lands better the same day",
                    "I used to save feedback for our monthly one-to-one. Giving it the same day, "
                    "in two sentences, worked far better: people still remembered the situation.",
                    ["feedback"],
                ),
                (
                    "shared-knowledge",
                    "How we close the month in three days",
                    "A checklist in the shared folder, one owner per line, and a ten-minute "
                    "stand-up on day two. Ask me for the template.",
                    ["month-end"],
                ),
            ],
        ),
        (
            "Li Wei",
            "IT",
            [
                (
                    "lesson",
                    "Ask for feedback on the plan, not the result",
                    "Showing a rough plan on day one got me better feedback than a finished "
                    "document on day ten, and nothing had to be redone.",
                    ["feedback", "planning"],
                ),
                (
                    "lesson",
                    "Write down the decision, not only the meeting",
                    "Two lines in the team channel after each meeting: what we decided and who "
                    "does what. Half the follow-up questions disappeared.",
                    ["meetings"],
                ),
            ],
        ),
    ],
    "sv": [
        (
            "Sara Ek",
            "Ekonomi",
            [
                (
                    "lesson",
                    "Återkoppling samma dag landar bättre",
                    "Jag brukade spara återkoppling till vårt månadssamtal. Att ge den samma dag, "
                    "på två meningar, fungerade mycket bättre: alla mindes fortfarande läget.",
                    ["återkoppling"],
                ),
                (
                    "shared-knowledge",
                    "Så stänger vi månaden på tre dagar",
                    "En checklista i den delade mappen, en ansvarig per rad och ett tiominuters "
                    "avstämningsmöte dag två. Fråga mig om mallen.",
                    ["månadsbokslut"],
                ),
            ],
        ),
        (
            "Li Wei",
            "IT",
            [
                (
                    "lesson",
                    "Be om återkoppling på planen, inte på resultatet",
                    "När jag visade en grov plan dag ett fick jag bättre återkoppling än för ett "
                    "färdigt dokument dag tio, och inget behövde göras om.",
                    ["återkoppling", "planering"],
                ),
                (
                    "lesson",
                    "Skriv ner beslutet, inte bara mötet",
                    "Två rader i teamkanalen efter varje möte: vad vi beslutade och vem som gör "
                    "vad. Hälften av följdfrågorna försvann.",
                    ["möten"],
                ),
            ],
        ),
    ],
}


def team_library(journal, home: Path, lang: str):  # type: ignore[no-untyped-def]
    """A team folder with two colleagues' bundles, scanned, in the library window."""
    from reflekt.core.journal import Journal
    from reflekt.gui.team_view import TeamLibrary
    from reflekt.share import export, team

    folder = home / ("Team lessons" if lang == "en" else "Teamets lärdomar")
    folder.mkdir()
    for number, (name, unit, lessons) in enumerate(COLLEAGUES[lang], start=1):
        with Journal.open(home / f"colleague{number}.reflekt") as colleague:
            colleague.add_many(
                {
                    "kind": kind,
                    "title": title,
                    "body": text,
                    "tags": tags,
                    "visibility": "shareable",
                }
                for kind, title, text, tags in lessons
            )
            export.set_author(colleague, name, unit)
            team.publish(colleague, lang=lang, path=folder)
    team.set_folder(journal, folder)
    team.scan(journal)
    library = TeamLibrary(journal)
    library.resize(1100, 640)
    library.refresh()
    library.show()
    library.list.setCurrentRow(0)
    return library


if __name__ == "__main__":
    sys.exit(main())

"""Render a misspelt word in the editor with its context menu open (offscreen).

python scripts/spelling_screenshot.py [OUT_PNG] [--lang en|sv] [--theme light|dark]

A demo journal is opened in the window; a sentence with one misspelt word is typed at
the end of the open entry's text (the entry's own language), the spell check's answer
is waited for, and the word's context menu is opened by a right click on it. The
window and the menu (a window of its own) are painted into one picture. Default:
docs/screenshots/spelling-LANG.png.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

TYPED = {
    "en": (" Next time I will ask my collegue first.", "collegue"),
    "sv": (" Nästa gång frågar jag min kolega först.", "kolega"),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--lang", default="en", choices=sorted(TYPED))
    parser.add_argument("--theme", default="light")
    parser.add_argument("--size", default="1360x860")
    args = parser.parse_args()
    out = args.out or ROOT / "docs" / "screenshots" / f"spelling-{args.lang}.png"
    home = Path(tempfile.mkdtemp())
    os.environ["REFLEKT_HOME"] = str(home)
    width, height = (int(x) for x in args.size.split("x"))
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        # Qt's offscreen screen is 800×600 unless told otherwise: a menu opened past its
        # edge would be moved left, away from its word. A screen the window's size.
        screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height}
        config = home / "offscreen.json"
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtCore import QCoreApplication, QPoint, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMenu

    from reflekt.core.demo import fill_demo
    from reflekt.core.journal import Journal
    from reflekt.gui import i18n
    from reflekt.gui.app import create_application
    from reflekt.gui.mainwindow import MainWindow
    from reflekt.gui.settings import AppSettings
    from reflekt.gui.spell_service import service
    from reflekt.gui.theme import apply_theme

    app = create_application()
    settings = AppSettings()
    settings.welcomed = True
    i18n.install(args.lang)
    apply_theme(args.theme)
    journal = Journal.open(home / "demo.reflekt")
    fill_demo(journal, args.lang)
    window = MainWindow(journal, settings)
    window.resize(width, height)
    window.show()

    def wait_until(done: object, seconds: float = 30) -> None:
        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:  # type: ignore[operator]
            QCoreApplication.processEvents()
            time.sleep(0.01)

    wait_until(lambda: window.editor.entry is not None)
    text, word = TYPED[args.lang]
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    body.insertPlainText(text)  # as typed (QTest types ASCII only)
    window.editor.spelling.check_now()
    spelling = window.editor.spelling

    def flagged() -> bool:
        block = body.document().lastBlock()
        return any(
            block.text()[f.start : f.start + f.length] == word for f in block.layout().formats()
        )

    wait_until(lambda: service().is_ready(spelling.lang) and flagged())
    cursor.setPosition(body.toPlainText().rindex(word) + 2)
    point = body.viewport().mapTo(window, body.cursorRect(cursor).center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, point)  # fmt: skip
    wait_until(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    wait_until(lambda: any(a.objectName() == "spellSuggestion" for a in menu.actions()))
    menu.setActiveAction(next(a for a in menu.actions() if a.objectName() == "spellSuggestion"))
    wait_until(lambda: False, 0.3)

    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()) - QPoint(0, 0), menu.grab())
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    picture.save(str(out))
    print(out)
    menu.close()
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

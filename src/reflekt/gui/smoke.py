"""`reflekt --smoke-test`: prove a build can start its window, without touching real data.

Used by the packaging tests and by `python3 dev.py build` on the frozen app: a
PyInstaller build that forgot a Qt plugin, a translation or the icon still starts
a CLI fine, and only fails when a person opens the window. This opens the real
main window on a throwaway journal (offscreen), waits for its first paint, checks
the files a build most often loses, prints one line per check and exits 0 or 1.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

TIMEOUT_MS = 30_000


def run_smoke_test() -> int:
    """Open the main window offscreen on a temporary journal; 0 when everything worked."""
    # Before Qt starts: no display needed, and nothing in the person's own folders.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    home = Path(tempfile.mkdtemp(prefix="reflekt-smoke-"))
    os.environ["REFLEKT_HOME"] = str(home)
    try:
        return _smoke(home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _smoke(home: Path) -> int:
    from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTimer, QTranslator

    from reflekt import APP_ID, __version__
    from reflekt.core.journal import Journal
    from reflekt.gui import i18n
    from reflekt.gui.app import create_application
    from reflekt.gui.mainwindow import MainWindow, app_icon
    from reflekt.gui.settings import AppSettings

    app = create_application()
    checks: dict[str, bool] = {}
    checks["desktop file name is " + APP_ID] = app.desktopFileName() == APP_ID
    checks["reflekt_sv.qm loads"] = QTranslator().load("reflekt_sv", str(i18n.TRANSLATIONS))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    checks["qtbase_sv.qm loads"] = QTranslator().load("qtbase_sv", qt_translations)
    # A null pixmap here means the SVG icon engine plugin is missing from the build.
    checks["app icon renders"] = not app_icon().pixmap(64, 64).isNull()
    from reflekt.gui.guide import guide_file

    checks["user guide ships (en, sv)"] = all(guide_file(lang).is_file() for lang in i18n.SPOKEN)

    settings = AppSettings()
    settings.welcomed = True
    journal = Journal.open(home / "smoke.reflekt")
    journal.add("Smoke test entry", title="Smoke test")
    window = MainWindow(journal, settings)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "main window painted" not in checks:
                checks["main window painted"] = True
                QTimer.singleShot(0, app.quit)
            return False

    painted = FirstPaint()
    window.installEventFilter(painted)
    QTimer.singleShot(TIMEOUT_MS, app.quit)
    window.show()
    app.exec()
    checks.setdefault("main window painted", False)
    checks["entry listed"] = window.model.rowCount() == 1
    window.close()
    journal.close()

    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
    passed = all(checks.values())
    print(f"reflekt {__version__} smoke test {'passed' if passed else 'FAILED'}")
    sys.stdout.flush()
    return 0 if passed else 1

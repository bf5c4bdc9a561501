"""Screenshots of the growth view and the report, for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/growth_screenshots.py JOURNAL_EN JOURNAL_SV OUTDIR

Each journal should hold about a year of entries up to TODAY (e.g. made with
``reflekt demo``). Report pages are rendered with pdftoppm (Debian: poppler-utils).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reflekt.core.journal import Journal
from reflekt.core.periods import Period
from reflekt.core.report import build_report
from reflekt.gui import i18n
from reflekt.gui.theme import apply_theme

TODAY = dt.date(2026, 3, 15)


def view_shot(journal: Journal, lang: str, theme: str, target: Path) -> None:
    from reflekt.gui.growth_view import GrowthView

    i18n.install(lang)
    apply_theme(theme)
    view = GrowthView(journal, today=lambda: TODAY)
    view.resize(1280, 1500)
    view.show()
    view.wait_until_ready()  # figures computed off the GUI thread, charts in view drawn
    QApplication.processEvents()
    view.grab().save(str(target))
    view.close()
    view.deleteLater()
    QApplication.processEvents()


def report_pages(journal: Journal, lang: str, out: Path) -> None:
    from reflekt.gui.report_pdf import export_report

    i18n.install(lang)
    report = build_report(
        journal,
        Period.last_months(12, TODAY),
        "manager",
        talk_about=(
            "Taking on facilitation of the team's retrospectives.\n\n"
            "How I can share more of what I learn with the wider department."
            if lang == "en"
            else "Att ta över facilitering av teamets retrospektiv.\n\n"
            "Hur jag kan dela mer av det jag lär mig med hela avdelningen."
        ),
        support=(
            "A facilitation course this spring, and an hour a month with a mentor."
            if lang == "en"
            else "En kurs i facilitering i vår och en timme i månaden med en mentor."
        ),
        lang=lang,
        today=TODAY,
    )
    pdf = out / f"report-{lang}.pdf"
    export_report(journal, report, pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "80",
                "-png",
                "-f",
                "1",
                "-l",
                "2",
                str(pdf),
                str(out / f"report-{lang}"),
            ],
            check=True,
        )
    pdf.unlink()


def main(argv: list[str]) -> int:
    journal_en, journal_sv, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["reflekt"])
    app.setStyle("Fusion")
    for lang, path in (("en", journal_en), ("sv", journal_sv)):
        with Journal.open(path, create=False) as journal:
            for theme in ("light", "dark"):
                view_shot(journal, lang, theme, out / f"growth-{lang}-{theme}.png")
            apply_theme("light")
            report_pages(journal, lang, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The guide leads a new user the way the window does: out of the demo journal with the
demo bar's own button, named as the window names it in each language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from reflekt.gui import i18n
from reflekt.gui.guide import guide_file


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_guide_leaves_the_demo_with_the_bars_button(qtbot, lang: str) -> None:
    i18n.install(lang)
    button = QCoreApplication.translate("MainWindow", "Back to my journal")
    opened = QCoreApplication.translate("WelcomePage", "Open a demo journal")
    text = " ".join(guide_file(lang).read_text(encoding="utf-8").split())
    demo = text[text.index(f"**{opened}**") :][:600]
    assert f"**{button}**" in demo, demo
    assert not re.search(r"\*\*(File|Arkiv) →", demo), "the bar's button, not a file dialog"

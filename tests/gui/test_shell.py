"""The first frame and the first-run page look whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_the_welcome_page_shows_its_whole_text(qtbot, make_window, settings) -> None:
    settings.welcomed = False
    window = make_window()
    window.resize(1200, 760)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.welcome)
    qtbot.wait(50)
    wrapped = [label for label in window.welcome.findChildren(QLabel) if label.wordWrap()]
    assert wrapped and "Nothing is shared unless you export it." in wrapped[0].text()
    for label in wrapped:  # every wrapped line fits: none is cut off above or below
        assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]

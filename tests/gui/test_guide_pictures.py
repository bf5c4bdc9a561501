"""The user guide's picture of the settings window shows the window a person opens with
File → Settings… (Ctrl+,): every section, none cut off. scripts/screenshot.py makes it
with the same builder (``actions.settings_dialog``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGroupBox, QWidget

from reflekt.gui import i18n

GUIDE_IMAGES = Path(__file__).parents[2] / "src" / "reflekt" / "assets" / "guide" / "images"
SCRIPT = Path(__file__).parents[2] / "scripts" / "screenshot.py"


def _sections(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    return [box.title() for box in dialog.findChildren(QGroupBox) if box.title()]


def test_the_guides_settings_window_is_the_one_ctrl_comma_opens(qtbot, make_window) -> None:
    from reflekt.gui.actions import settings_dialog

    from .test_mainwindow import when_modal

    window = make_window()
    opened: list[str] = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        opened.extend(_sections(dialog))
        dialog.reject()

    when_modal(look)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    guide = settings_dialog(window)
    qtbot.addWidget(guide)
    assert "Spelling" in opened and "Pictures" in opened and "Backups" in opened
    assert _sections(guide) == opened
    assert "settings_dialog(window)" in SCRIPT.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_guides_settings_picture_is_not_cut_off(qtbot, make_window, lang: str) -> None:
    """A picture shorter than the window's smallest height was made before sections were
    added (run ``scripts/screenshot.py --guide`` again)."""
    from reflekt.gui.actions import settings_dialog

    picture = QImage(str(GUIDE_IMAGES / f"settings-{lang}.png"))
    assert not picture.isNull()
    i18n.install(lang)
    try:
        window = make_window()
        dialog = settings_dialog(window)
        qtbot.addWidget(dialog)
        needed = dialog.sizeHint().height()  # every section, none scrolled away
    finally:
        i18n.install("en")
    assert picture.height() >= needed * 0.95, (picture.size(), needed)


def test_the_settings_window_fits_the_screen_with_close_in_sight(qtbot, make_window) -> None:
    """With Spelling and Pictures the sections are taller than a small screen (the tests'
    is 800×600, a laptop's 1366×768): they scroll, and Close stays on the screen."""
    from .test_mainwindow import when_modal

    window = make_window()
    seen: dict[str, object] = {}

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QDialogButtonBox

        screen = dialog.screen().availableGeometry()
        close = dialog.findChild(QDialogButtonBox).buttons()[0]
        corner = close.mapToGlobal(close.rect().bottomRight())
        seen["fits"] = dialog.frameGeometry().height() <= screen.height()
        seen["close shown"] = screen.contains(corner) and close.isVisible()
        seen["taller than the screen"] = dialog.page.sizeHint().height() > screen.height()
        last = dialog.findChildren(QGroupBox)[-1]
        last_box = next(w for w in last.findChildren(QWidget) if w.focusPolicy() != Qt.NoFocus)
        last_box.setFocus()
        qtbot.wait(50)
        seen["scrolled to focus"] = dialog.scroll.verticalScrollBar().value() > 0
        dialog.reject()

    when_modal(look)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen == {
        "fits": True,
        "close shown": True,
        "taller than the screen": True,
        "scrolled to focus": True,
    }

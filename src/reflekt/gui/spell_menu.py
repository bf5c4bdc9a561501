"""The context menu on a misspelt word: suggestions, *Add to my dictionary*, *Ignore*,
then the field's usual edit menu.

Finding suggestions takes 90-180 ms (spylls), too long to hold the menu back: it
opens at once with "Looking for suggestions…" in their place, and they replace that
line when the spell service's worker has them.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reflekt.gui import plaintext
from reflekt.gui.spell_service import SpellService

MAX_SUGGESTIONS = 5


translate = QCoreApplication.translate  # lupdate reads translate("SpellMenu", "...")


def menu_text(text: str) -> str:
    """Text from elsewhere (a word, a suggestion) as an action's text: an ``&`` is
    shown, not taken for an access key."""
    return text.replace("&", "&&")


def add_spelling_actions(
    menu: QMenu,
    service: SpellService,
    lang: str,
    word: str,
    *,
    replace: Callable[[str], None],
    add_word: Callable[[str], None],
    ignore: Callable[[str], None],
) -> None:
    """Put the spelling actions for ``word`` at the top of ``menu`` (a field's own)."""
    first = menu.actions()[0] if menu.actions() else None
    waiting = QAction(translate("SpellMenu", "Looking for suggestions…"), menu)
    waiting.setEnabled(False)
    waiting.setObjectName("spellWaiting")
    add = QAction(translate("SpellMenu", "&Add to my dictionary"), menu)
    add.setObjectName("spellAdd")
    add.triggered.connect(lambda: add_word(word))
    skip = QAction(translate("SpellMenu", "&Ignore"), menu)
    skip.setObjectName("spellIgnore")
    skip.setToolTip(
        plaintext.tooltip(translate("SpellMenu", "Not underlined again until reflekt restarts"))
    )
    skip.triggered.connect(lambda: ignore(word))
    menu.insertAction(first, waiting)
    below = menu.insertSeparator(first)
    menu.insertAction(below, add)
    menu.insertAction(below, skip)
    menu.insertSeparator(add)

    def fill(found: list[str]) -> None:
        if not shiboken6.isValid(menu) or not shiboken6.isValid(waiting):
            return  # the menu closed before the suggestions came
        shown = found[:MAX_SUGGESTIONS]
        if not shown:
            waiting.setText(translate("SpellMenu", "No suggestions"))
            return
        for number, suggestion in enumerate(shown, start=1):
            action = QAction(f"&{number} {menu_text(suggestion)}", menu)
            action.setObjectName("spellSuggestion")
            action.setData(suggestion)
            action.triggered.connect(lambda _=False, s=suggestion: replace(s))
            menu.insertAction(waiting, action)
        menu.removeAction(waiting)
        waiting.deleteLater()
        menu.adjustSize()

    service.suggest(lang, word, fill)


def show_menu(menu: QMenu, at: QPoint) -> None:
    """Open ``menu`` without waiting for it (the suggestions fill it while it is open)."""
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(at)

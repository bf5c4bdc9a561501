"""Light, dark, or whatever the system uses, followed live.

Not every platform plugin honours ``QStyleHints.setColorScheme`` (offscreen and
plain X11 do not), so reflekt sets its own palette on Fusion as well: the same
look everywhere, and a dark theme that works where the OS has none.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

# Qt's ``Qt`` namespace (needed for ``Qt.ColorScheme``) takes ~0.1 s to set up the
# first time anything touches it, so nothing here does before the first frame:
# ``apply_palette`` colours the first frame, ``apply_theme`` follows right after.
_state: dict[str, Any] = {"theme": "system", "dark": False, "applied": None}


def _scheme(theme: str) -> Any:
    from PySide6.QtCore import Qt

    return {
        "system": Qt.ColorScheme.Unknown,
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }[theme]


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    if dark:
        colors = {
            role.Window: "#1f2124",
            role.WindowText: "#e6e6e6",
            # Fields lighter than the window, so Fusion's dark outlines of check
            # boxes and inputs still stand out.
            role.Base: "#2a2d32",
            role.AlternateBase: "#31353a",
            role.ToolTipBase: "#2b2e33",
            role.ToolTipText: "#e6e6e6",
            role.PlaceholderText: "#8a8f98",
            role.Text: "#e6e6e6",
            role.Button: "#2a2d31",
            role.ButtonText: "#e6e6e6",
            role.BrightText: "#ff6b6b",
            role.Light: "#3a3e44",
            role.Midlight: "#33363b",
            role.Mid: "#2a2d31",
            role.Dark: "#111214",
            role.Shadow: "#000000",
            role.Highlight: "#3d6fb4",
            role.HighlightedText: "#ffffff",
            role.Link: "#7fb0ff",
            role.LinkVisited: "#b59cff",
        }
    else:
        colors = {
            role.Window: "#f4f4f2",
            role.WindowText: "#1d1d1f",
            role.Base: "#ffffff",
            role.AlternateBase: "#f7f7f5",
            role.ToolTipBase: "#ffffe6",
            role.ToolTipText: "#1d1d1f",
            role.PlaceholderText: "#80838a",
            role.Text: "#1d1d1f",
            role.Button: "#ececea",
            role.ButtonText: "#1d1d1f",
            role.BrightText: "#c62828",
            role.Light: "#ffffff",
            role.Midlight: "#e4e4e2",
            role.Mid: "#c8c8c6",
            role.Dark: "#a0a09e",
            role.Shadow: "#60605e",
            role.Highlight: "#2f66b3",
            role.HighlightedText: "#ffffff",
            role.Link: "#1d5fb8",
            role.LinkVisited: "#6a3fb5",
        }
    for r, c in colors.items():
        p.setColor(r, QColor(c))
    disabled = QColor("#6b6f76") if dark else QColor("#9a9a98")
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


def _system_is_dark() -> bool:
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _set_dark(app: QApplication, dark: bool) -> None:
    _state["dark"] = dark
    if _state["applied"] is not dark:  # the same palette again would repolish every widget
        app.setPalette(_palette(dark))
        _state["applied"] = dark


def _refresh() -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    theme = _state["theme"]
    _set_dark(app, theme == "dark" or (theme == "system" and _system_is_dark()))


def _use_fusion(app: QApplication) -> None:
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")


def apply_palette(theme: str) -> None:
    """The theme's colours for the first frame, before ``apply_theme``.

    For 'system' this goes by the platform's own palette (dark platforms hand Qt a
    dark one) instead of asking for the colour scheme; ``apply_theme`` checks that
    properly a moment later and changes nothing when the guess was right.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = theme if theme in THEMES else "system"
    if theme == "system":
        platform = app.palette().color(QPalette.ColorRole.Window)
        dark = platform.lightness() < 128
    else:
        dark = theme == "dark"
    _use_fusion(app)
    _state["theme"] = theme
    _set_dark(app, dark)


def apply_theme(theme: str) -> None:
    """Use 'light', 'dark' or 'system' (which follows the OS while reflekt runs)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _use_fusion(app)
    _state["theme"] = theme if theme in THEMES else "system"
    hints = QGuiApplication.styleHints()
    if not app.property("reflekt_theme_hooked"):
        hints.colorSchemeChanged.connect(lambda *_: _refresh())
        app.setProperty("reflekt_theme_hooked", True)
    if _state["theme"] != "system":
        hints.setColorScheme(_scheme(_state["theme"]))
    else:
        hints.unsetColorScheme()
    _refresh()


def is_dark() -> bool:
    return bool(_state["dark"])


def kind_color(kind: str) -> QColor:
    """A calm colour per kind, readable on both themes."""
    colors = {
        "reflection": "#5b8def",
        "lesson": "#2e9e6b",
        "mistake": "#d9822b",
        "learned-from": "#8e6bd8",
        "shared-knowledge": "#c2478f",
        "goal-note": "#3aa0a8",
        "til": "#b8a22a",
        "review": "#7a8594",
    }
    return QColor(colors.get(kind, "#7a8594"))


# -- keyboard focus (a11y-keys) ---------------------------------------------------
# The focus ring's colour (gui/focus_ring.py). Measured against what surrounds a
# control: light 5.6:1 on the window (#f4f4f2) and 6.2:1 on fields (#ffffff); dark
# 7.3:1 on the window (#1f2124) and 6.3:1 on fields (#2a2d32). WCAG 2.1 asks 3:1.
FOCUS_LIGHT = "#1d5fb8"
FOCUS_DARK = "#7fb0ff"


def focus_color() -> QColor:
    """The focus ring's colour in the theme shown now."""
    return QColor(FOCUS_DARK if is_dark() else FOCUS_LIGHT)


def focus_colors() -> tuple[str, ...]:
    """Every colour the ring may take: the theme's, and the other for a control that
    sits on a colour of its own (gui/focus_ring.py picks)."""
    return (FOCUS_LIGHT, FOCUS_DARK)


__all__ = ["apply_palette", "apply_theme", "focus_color", "focus_colors", "is_dark", "kind_color"]

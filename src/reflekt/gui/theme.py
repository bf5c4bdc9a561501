"""Light, dark, or whatever the system uses, followed live.

Not every platform plugin honours ``QStyleHints.setColorScheme`` (offscreen and
plain X11 do not), so reflekt sets its own palette on Fusion as well: the same
look everywhere, and a dark theme that works where the OS has none.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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
            role.PlaceholderText: "#9aa0a8",
            role.Text: "#e6e6e6",
            role.Button: "#2a2d31",
            role.ButtonText: "#e6e6e6",
            role.BrightText: "#ff6b6b",
            role.Light: "#3a3e44",
            role.Midlight: "#33363b",
            role.Mid: "#2a2d31",
            role.Dark: "#111214",
            role.Shadow: "#000000",
            # 3:1 against the fields (a focus ring, a chart's marker) and 4.5:1 under
            # white text: a narrow band of blues meets both.
            role.Highlight: "#4b74c6",
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
            role.PlaceholderText: "#696c72",
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
    # Quieter, yet 4.5:1 on the window and the fields: reflekt shows notes this way
    # (growth tiles), and the calendar shows the days of other months in it.
    disabled = QColor(QUIET_TEXT[dark])
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


def _system_is_dark() -> bool:
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


# Fusion draws the outline of a field, a drop-down list and a check box in the colour
# its palette gives the window, darker(140): against the window around it that is about
# 2:1 (light) and 1.1:1 (dark). These classes get a palette of their own whose window
# colour makes that outline 3:1 against the window and the fields (WCAG 1.4.11); they
# never paint their window colour, so nothing else about them changes.
FIELD_OUTLINE_FROM = ("#a9a9a7", "#b8b8b8")  # [light, dark], before Fusion's darker(140)
FIELD_CLASSES = (
    "QLineEdit",
    "QTextEdit",
    "QPlainTextEdit",
    "QAbstractSpinBox",
    "QComboBox",
    "QCheckBox",
    "QRadioButton",
    "QListView",  # its frame and the boxes of ticked items (goals, entries to share)
)


def _set_dark(app: QApplication, dark: bool) -> None:
    _state["dark"] = dark
    if _state["applied"] is not dark:  # the same palette again would repolish every widget
        palette = _palette(dark)
        app.setPalette(palette)
        fields = _palette(dark)  # (copying one with QPalette(palette) costs 13 ms at start)
        fields.setColor(QPalette.ColorRole.Window, QColor(FIELD_OUTLINE_FROM[dark]))
        for name in FIELD_CLASSES:
            app.setPalette(fields, name)
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


# Colours by meaning, [light, dark]. tests/gui/test_contrast.py measures each against
# the backgrounds it is drawn on (WCAG 2.2: 4.5:1 for text, 3:1 for marks).
QUIET_TEXT = ("#65686e", "#9aa0a8")  # notes, dates in the list, disabled text
WEEKEND_TEXT = ("#b71c1c", "#ff8a80")  # Saturdays and Sundays in the calendar
ERROR_TEXT = ("#b71c1c", "#ff8a80")  # a failure said in a line of a window (not a dialog)
TAG_TEXT = ("#6a45c0", "#b39cf0")  # #tags in the entry list
STAR = ("#9c6f00", "#e0a100")  # the star of a starred entry
SPELLING = ("#c62828", "#ff7b72")  # the wavy line under a misspelt word
SHAREABLE_BADGE = "#1e7a4f"  # behind white text, in both themes
BADGE_TEXT = "#ffffff"  # on the Shareable badge and the editor's Shareable banner

# Bars with a colour of their own, the same in both themes (dark text on a light bar).
# The demo journal's bar: light blue, a firm edge.
DEMO_BAR = {"background": "#dbeafe", "edge": "#1e40af", "text": "#0b1f4d"}
# The conflict bar: amber like a warning; its buttons carry their own colours, so a
# dark palette never puts light text on amber.
CONFLICT_BAR = {
    "background": "#fff3cd",
    "edge": "#9a7000",
    "text": "#3d2e00",
    "button": "#ffffff",
    "button_text": "#1a1a1a",
    "button_edge": "#8a6400",
    "hover": "#fff8e1",
    "pressed": "#ffe8a3",
    "focus": "#1f5fbf",
}
# Names the share window replaced (a highlighter yellow) or kept (green), with dark
# text on either in both themes; replaced names are underlined too (not colour alone).
NAME_REPLACED = "#ffe08a"
NAME_KEPT = "#c8e6c9"
ON_HIGHLIGHTER = "#1d1d1f"

# One colour per kind for both themes: each is 3:1 against the light and the dark
# fields alike. Colour is never the only sign: the list names the kind and the charts
# give each kind a pattern too.
KIND_COLORS = {
    "reflection": "#4a7fd8",
    "lesson": "#2a9464",
    "mistake": "#c8701a",
    "learned-from": "#8e6bd8",
    "shared-knowledge": "#cc5299",
    "goal-note": "#2f949c",
    "til": "#98861a",
    "review": "#7a8594",
}


def kind_color(kind: str) -> QColor:
    """A calm colour per kind, 3:1 against the fields of both themes."""
    return QColor(KIND_COLORS.get(kind, KIND_COLORS["review"]))


def quiet_text(dark: bool | None = None) -> QColor:
    """Text that should read quieter than the rest, still 4.5:1 (default: the theme now)."""
    return QColor(QUIET_TEXT[is_dark() if dark is None else dark])


def meaning_color(pair: tuple[str, str], palette: QPalette) -> QColor:
    """The light or dark one of ``pair``, by the lightness of ``palette``'s fields."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(pair[dark])


def keep_weekends_readable(calendar: QWidget) -> None:
    """Saturdays and Sundays in a readable red in either theme (Qt's own pure red is
    4:1 on white and 3.5:1 on the dark fields), following theme changes."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QTextCharFormat
    from PySide6.QtWidgets import QCalendarWidget

    assert isinstance(calendar, QCalendarWidget)

    def restyle() -> None:
        fmt = QTextCharFormat()
        fmt.setForeground(meaning_color(WEEKEND_TEXT, calendar.palette()))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            calendar.setWeekdayTextFormat(day, fmt)

    class _Follow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.PaletteChange:
                restyle()
            return False

    follower = _Follow(calendar)
    calendar.installEventFilter(follower)
    restyle()


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


__all__ = [
    "BADGE_TEXT",
    "CONFLICT_BAR",
    "DEMO_BAR",
    "ERROR_TEXT",
    "FOCUS_DARK",
    "FOCUS_LIGHT",
    "KIND_COLORS",
    "NAME_KEPT",
    "NAME_REPLACED",
    "ON_HIGHLIGHTER",
    "QUIET_TEXT",
    "SHAREABLE_BADGE",
    "SPELLING",
    "STAR",
    "TAG_TEXT",
    "WEEKEND_TEXT",
    "apply_palette",
    "apply_theme",
    "focus_color",
    "focus_colors",
    "is_dark",
    "keep_weekends_readable",
    "kind_color",
    "meaning_color",
    "quiet_text",
]

"""The app's own preferences (not journal data), kept in an INI file in the config dir."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from reflekt import paths

LANGUAGES = ("system", "en", "sv")
THEMES = ("system", "light", "dark")
DEFAULT_REMINDER_DAYS = (0, 1, 2, 3, 4)  # Monday to Friday, as QDate.dayOfWeek() - 1


class AppSettings:
    """Typed access to reflekt's preferences; REFLEKT_HOME moves the file like every path."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or paths.config_dir() / "reflekt.ini"
        paths.ensure_private_dir(path.parent)
        self._s = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._s.sync()

    def _str(self, key: str, default: str) -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._s.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    def _bool(self, key: str, default: bool) -> bool:
        value = self._s.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    @property
    def language(self) -> str:
        value = self._str("ui/language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "system")

    @property
    def theme(self) -> str:
        value = self._str("ui/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("ui/theme", value if value in THEMES else "system")

    @property
    def font_size(self) -> int:
        """Editor font size in points; 0 means the system's."""
        return max(0, min(40, self._int("ui/font_size", 0)))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._s.setValue("ui/font_size", int(value))

    @property
    def reminder_enabled(self) -> bool:
        return self._bool("reminder/enabled", False)

    @reminder_enabled.setter
    def reminder_enabled(self, value: bool) -> None:
        self._s.setValue("reminder/enabled", bool(value))

    @property
    def reminder_time(self) -> str:
        """HH:MM, local time."""
        value = self._str("reminder/time", "16:30")
        return value if len(value) == 5 and value[2] == ":" else "16:30"

    @reminder_time.setter
    def reminder_time(self, value: str) -> None:
        self._s.setValue("reminder/time", value)

    @property
    def reminder_days(self) -> tuple[int, ...]:
        raw = self._str("reminder/days", ",".join(map(str, DEFAULT_REMINDER_DAYS)))
        days = tuple(sorted({int(d) for d in raw.split(",") if d.strip().isdigit() and int(d) < 7}))
        return days

    @reminder_days.setter
    def reminder_days(self, days: tuple[int, ...]) -> None:
        self._s.setValue("reminder/days", ",".join(str(d) for d in sorted(set(days))))

    @property
    def last_journal(self) -> str:
        return self._str("journal/last", "")

    @last_journal.setter
    def last_journal(self, value: str) -> None:
        self._s.setValue("journal/last", value)

    @property
    def welcomed(self) -> bool:
        return self._bool("ui/welcomed", False)

    @welcomed.setter
    def welcomed(self, value: bool) -> None:
        self._s.setValue("ui/welcomed", bool(value))

    def value(self, key: str, default: object = None) -> object:
        return self._s.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._s.setValue(key, value)

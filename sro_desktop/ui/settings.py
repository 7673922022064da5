"""User settings, each declared once with key, type and default, stored through QSettings.

QSettings picks the place (registry on Windows, ``~/.config`` on Linux) from the organisation
and application names that ``app.py`` sets; tests point QSettings at a temporary directory.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT_FILES = 8


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: where it is stored, what type it has and what it is until changed."""

    key: str
    type: type
    default: T


LANGUAGE: Option[str] = Option("ui/language", str, "de")
SHOW_RETIRED: Option[bool] = Option("view/show_retired", bool, False)
RECENT_FILES: Option[list[str]] = Option("files/recent", list, [])
LAST_DIRECTORY: Option[str] = Option("files/last_directory", str, "")
WINDOW_GEOMETRY: Option[QByteArray] = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Option[QByteArray] = Option("window/state", QByteArray, QByteArray())
SPLITTER_STATE: Option[QByteArray] = Option("window/splitter", QByteArray, QByteArray())

LANGUAGES = {"de": "Deutsch", "en": "English"}


class Settings:
    """Typed access to the declared options over one QSettings store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def get(self, option: Option[T]) -> T:
        """The stored value converted to the option's type, or the default."""
        raw: Any = self.store.value(option.key, None)
        if raw is None:
            return list(option.default) if isinstance(option.default, list) else option.default  # type: ignore[return-value]
        if option.type is bool:
            # INI files hand back "true"/"false" as text.
            return (raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1"))  # type: ignore[return-value]
        if option.type is list:
            # A one-element list comes back from an INI file as a plain string.
            items = [raw] if isinstance(raw, str) else list(raw)
            return [str(item) for item in items if item]  # type: ignore[return-value]
        if option.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)  # type: ignore[return-value]
        try:
            return option.type(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        """Store a value (written to disk by QSettings in the background and on exit)."""
        self.store.setValue(option.key, value)

    def recent_files(self) -> list[str]:
        """Recently opened databases, newest first."""
        return self.get(RECENT_FILES)

    def add_recent_file(self, target: str | Path) -> None:
        """Put a database at the top of the recent list (kept short, without duplicates)."""
        text = str(target)
        files = [text, *(f for f in self.recent_files() if f != text)]
        self.set(RECENT_FILES, files[:MAX_RECENT_FILES])

    def clear_recent_files(self) -> None:
        """Forget the recent list."""
        self.set(RECENT_FILES, [])

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.store.sync()

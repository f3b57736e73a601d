"""The editor's preferences and memory between runs, kept with QSettings.

One place reads and writes every key, so the names are spelled once. Tests point the store at a
temporary file with `Settings(path)`; the application uses the platform's usual location.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ENV = "COPYDESK_SETTINGS"
"""A settings file to use instead of the platform's (tests, a portable install)."""
RECENT_LIMIT = 10
KEYS = {
    "ui_language": "",
    "article_language": "fr",
    "provider": "",
    "style_map": "",
    "versions_kept": "10",
    "typography_as_you_type": "true",
    "spelling_as_you_type": "true",
    "grammar_as_you_type": "true",
    "grammar_rules": "",
    "formatting_marks": "false",
    "templates_folder": "",
    "toolbar_text": "false",
}
"""Preferences and their defaults; "" for the UI language follows the system locale."""


class Settings:
    """Typed access to the store; `path` None means the platform's own settings."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or (Path(os.environ[ENV]) if os.environ.get(ENV) else None)
        if path is None:
            self.store = QSettings()
        else:
            self.store = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> str:
        value = self.store.value(key, KEYS.get(key, ""))
        return value if isinstance(value, str) else str(value or "")

    def set(self, key: str, value: str) -> None:
        self.store.setValue(key, value)
        self.store.sync()

    def flag(self, key: str) -> bool:
        """An on/off preference ("true" or "false" in the store)."""
        return self.get(key).lower() == "true"

    def set_flag(self, key: str, on: bool) -> None:
        self.set(key, "true" if on else "false")

    @property
    def recent(self) -> list[Path]:
        value = self.store.value("recent", [])
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(n)) for n in names if n]

    def remember(self, path: Path) -> None:
        """Put `path` first in the recent files, once."""
        resolved = path.resolve()
        names = [str(resolved)] + [str(p) for p in self.recent if p != resolved]
        self.store.setValue("recent", names[:RECENT_LIMIT])
        self.store.sync()

    def forget(self, path: Path) -> None:
        self.store.setValue("recent", [str(p) for p in self.recent if p != path])
        self.store.sync()

    def geometry(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, **values: QByteArray) -> None:
        """The window's size and panels, written to the file once for all of them (each write
        is the whole file, flushed to disk)."""
        for name, value in values.items():
            self.store.setValue(f"window/{name}", value)
        self.store.sync()

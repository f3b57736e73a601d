"""Edit → Preferences: interface language, default article language, newsroom, DOCX style map.

Values live in `Settings`; a new interface language is applied at once, in every open window
(each answers Qt's language-change event, see `language`) and in those opened later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QWidget,
)

from editor.app import actions, i18n
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.app.settings import Settings
from editor.app.versions import SETTING, kept_limit

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

AS_YOU_TYPE = {"typography": "typography_as_you_type", "spelling": "spelling_as_you_type"}
"""The desk tools a window runs as you type, by their setting (and their action's name)."""


def as_you_type_actions(window: QWidget) -> dict[str, QAction]:
    """The window's Tools menu switches for the as-you-type tools, if it is an editor window."""
    names = {"typography": "autotype", "spelling": "spelling_as_you_type"}
    found = {name: window.findChild(QAction, object_name) for name, object_name in names.items()}
    return {name: action for name, action in found.items() if isinstance(action, QAction)}


UI_LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("Preferences", "System language")),
    ("en", "English"),
    ("fr", "Français"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class Preferences(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(tr("Preferences"))
        self.settings = settings
        self.ui_language = QComboBox()
        self.ui_language.setObjectName("uiLanguage")
        for code, name in UI_LANGUAGES:
            self.ui_language.addItem(tr(name) if not code else name, code)
        self.ui_language.setCurrentIndex(
            max(0, self.ui_language.findData(settings.get("ui_language")))
        )
        self.article_language = QLineEdit(settings.get("article_language"))
        self.article_language.setObjectName("articleLanguage")
        self.provider = QLineEdit(settings.get("provider"))
        self.provider.setObjectName("providerName")
        self.style_map = QLineEdit(settings.get("style_map"))
        self.style_map.setObjectName("styleMapPath")
        self.versions_kept = QSpinBox()
        self.versions_kept.setObjectName("versionsKept")
        self.versions_kept.setRange(0, 100)
        self.versions_kept.setValue(kept_limit(settings.get(SETTING)))
        self.versions_kept.setSpecialValueText(tr("None"))
        self.versions_kept.setToolTip(tr("Earlier versions kept of each article (File → Versions)"))
        self.typography = QCheckBox(tr("Set &typography as you type"))
        self.typography.setObjectName("typographyAsYouType")
        self.typography.setToolTip(
            tr("No-break spaces, « » and ’ for French; curly quotes for English; each one undoable")
        )
        self.typography.setChecked(settings.flag(AS_YOU_TYPE["typography"]))
        self.spelling = QCheckBox(tr("Check &spelling as you type"))
        self.spelling.setObjectName("spellingAsYouType")
        self.spelling.setChecked(settings.flag(AS_YOU_TYPE["spelling"]))
        self.problem = QLabel()
        form = QFormLayout(self)
        form.addRow(tr("&Interface language"), self.ui_language)
        form.addRow(tr("&Language of new articles"), self.article_language)
        form.addRow(tr("&Newsroom (NewsML provider)"), self.provider)
        form.addRow(tr("DOCX style &map"), self.style_map)
        form.addRow(tr("&Versions kept of each article"), self.versions_kept)
        form.addRow(tr("As you type"), self.typography)
        form.addRow("", self.spelling)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.store)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ui_language.setFocus()  # the first field, for the keyboard

    def store(self) -> None:
        style_map = self.style_map.text().strip()
        if style_map and not Path(style_map).is_file():
            self.problem.setText(tr("%1: no such file.").replace("%1", style_map))
            return
        language = self.article_language.text().strip() or "fr"
        values = {
            "ui_language": str(self.ui_language.currentData()),
            "article_language": language,
            "provider": self.provider.text().strip(),
            "style_map": style_map,
            SETTING: str(self.versions_kept.value()),
        }
        for key, value in values.items():
            self.settings.set(key, value)
        switches = {"typography": self.typography, "spelling": self.spelling}
        for name, box in switches.items():
            self.settings.set_flag(AS_YOU_TYPE[name], box.isChecked())
        for window in QApplication.topLevelWidgets():  # the open windows follow at once
            for name, action in as_you_type_actions(window).items():
                action.setChecked(switches[name].isChecked())
        i18n.install(values["ui_language"])
        self.accept()


def add_action(
    window: MainWindow, settings: Settings, opened: Callable[[Preferences], object]
) -> None:
    """Edit → Preferences… (Ctrl+,)."""
    action = QAction(tr("Pre&ferences…"), window)
    action.setObjectName("preferences")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    if action.shortcut().isEmpty():
        action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.describe(action, tr("Interface language, newsroom and export defaults"))

    def show() -> None:
        dialog = Preferences(settings, window)
        opened(dialog)
        dialog.open()

    action.triggered.connect(show)
    window.commands["preferences"] = action
    edit = window.menuBar().actions()[1].menu()
    if isinstance(edit, QMenu):
        edit.addSeparator()
        edit.addAction(action)

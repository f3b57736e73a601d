"""Edit → Preferences: interface language, default article language, newsroom, DOCX style map.

Values live in `Settings`; a new interface language is applied at once, in every open window
(each answers Qt's language-change event, see `language`) and in those opened later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from editor.app import (
    config_text,
    desk_templates,
    grammar,
    i18n,
    reviewer,
    spelling,
    window_parts,
)
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.app.reviewer import ReviewerFields
from editor.app.settings import Settings
from editor.app.versions import SETTING, kept_limit
from editor.formats.options import ExportError
from editor.model.grammar import read_rule_list
from editor.model.print_profile import ProfileError, load_profiles
from editor.model.templates import TemplateError

if TYPE_CHECKING:
    from editor.app.destinations_dialog import DestinationsDialog

AS_YOU_TYPE = {
    "typography": "typography_as_you_type",
    "spelling": "spelling_as_you_type",
    "grammar": "grammar_as_you_type",
}
"""The desk tools a window runs as you type, by their setting (and their action's name)."""


def as_you_type_actions(window: QWidget) -> dict[str, QAction]:
    """The window's Tools menu switches for the as-you-type tools, if it is an editor window."""
    names = {
        "typography": "autotype",
        "spelling": "spelling_as_you_type",
        "grammar": "grammar_as_you_type",
    }
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
        self.style_map, style_map_row = self._path_row(
            settings.get("style_map"),
            "styleMapPath",
            tr("A JSON file naming the DOCX paragraph style of each part (see the guide)"),
            lambda start: QFileDialog.getOpenFileName(
                self, tr("DOCX Style Map"), start, tr("Style maps (*.json);;All files (*)")
            )[0],
        )
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
        self.toolbar_text = QCheckBox(tr("Show te&xt under the toolbar icons"))
        self.toolbar_text.setObjectName("toolbarText")
        self.toolbar_text.setToolTip(tr("Each toolbar button's name under its icon"))
        self.toolbar_text.setChecked(settings.flag(window_parts.TOOLBAR_TEXT))
        self.grammar = QCheckBox(tr("Check French &grammar as you type"))
        self.grammar.setObjectName("grammarAsYouType")
        self.grammar.setToolTip(tr("Agreement, participles, homophones (Grammalecte)"))
        self.grammar.setChecked(settings.flag(AS_YOU_TYPE["grammar"]))
        self.house_rules, rules_row = self._path_row(
            settings.get(grammar.HOUSE_SETTING),
            "grammarRules",
            tr("Grammar rules the newsroom switches off: a text file, one rule a line"),
            lambda start: QFileDialog.getOpenFileName(
                self, tr("Newsroom Grammar Rules"), start, tr("Text files (*.txt);;All files (*)")
            )[0],
        )
        self.templates, templates_row = self._path_row(
            settings.get(desk_templates.SETTING),
            "templatesFolder",
            tr("The newsroom's own length templates (a folder of .json files, may be shared)"),
            lambda start: QFileDialog.getExistingDirectory(
                self, tr("Length Templates Folder"), start
            ),
        )
        self.house_words, words_row = self._path_row(
            settings.get(spelling.HOUSE_SETTING),
            "newsroomWords",
            tr("The desk's own words for the spell-checker: a text file, one word a line"),
            lambda start: QFileDialog.getOpenFileName(
                self, tr("Newsroom Word List"), start, tr("Text files (*.txt *.dic);;All files (*)")
            )[0],
        )
        self.reviewer = ReviewerFields(settings)
        self.problem = QLabel()
        self.problem.setObjectName("preferencesProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("&Interface language"), self.ui_language)
        form.addRow(tr("&Language of new articles"), self.article_language)
        form.addRow(tr("&Newsroom (NewsML provider)"), self.provider)
        style_map_label = QLabel(tr("DOCX style &map"))
        style_map_label.setBuddy(self.style_map)
        form.addRow(style_map_label, style_map_row)
        form.addRow(tr("&Versions kept of each article"), self.versions_kept)
        templates_label = QLabel(tr("Length templates &folder"))
        templates_label.setBuddy(self.templates)
        form.addRow(templates_label, templates_row)
        words_label = QLabel(tr("Newsroom &word list"))
        words_label.setBuddy(self.house_words)
        form.addRow(words_label, words_row)
        self.reviewer.add_to(form)
        rules_label = QLabel(tr("Newsroom grammar &rules"))
        rules_label.setBuddy(self.house_rules)
        form.addRow(rules_label, rules_row)
        form.addRow(tr("As you type"), self.typography)
        form.addRow("", self.spelling)
        form.addRow("", self.grammar)
        form.addRow(tr("Toolbar"), self.toolbar_text)
        self.destinations = QPushButton(tr("Publish &Destinations…"))
        self.destinations.setObjectName("publishDestinations")
        self.destinations.setAutoDefault(False)
        self.destinations.setToolTip(tr("Where File → Publish sends a piece, and in which formats"))
        self.destinations.clicked.connect(self.edit_destinations)
        form.addRow(tr("Publishing"), self.destinations)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.store)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ui_language.setFocus()  # the first field, for the keyboard
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)  # room for a path

    def edit_destinations(self) -> DestinationsDialog:
        """The destinations, edited in a dialog of their own (kept in their own file)."""
        from editor.app.destinations_dialog import DestinationsDialog, destinations_file

        dialog = DestinationsDialog(destinations_file(self.settings), self)
        self.destinations_dialog = dialog
        dialog.open()
        return dialog

    def _say(self, problem: str) -> None:
        """Show why the settings cannot be kept; the dialog grows to show all of it."""
        self.problem.setText(problem)
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed < 0:  # no height-for-width in the layout
            needed = layout.totalSizeHint().height()
        screen = self.screen().availableGeometry().height()
        # not adjustSize(): it stops a window at two thirds of the screen, which a long French
        # reason under every row of the dialog passes on a laptop
        self.resize(self.width(), min(max(self.height(), needed), screen))

    def store(self) -> None:
        style_map = self.style_map.text().strip()
        if style_map:
            from editor.formats.docx_styles import load_style_map  # python-docx: only here

            try:
                load_style_map(Path(style_map))
            except ExportError as error:
                self._say(config_text.describe(error))
                self.style_map.setFocus()
                return
        folder = self.templates.text().strip()
        try:
            desk_templates.read(folder)
        except TemplateError as error:
            self._say(tr("Length templates: %1").replace("%1", config_text.describe(error)))
            self.templates.setFocus()
            return
        try:  # the folder's print columns, in its profiles/ folder
            load_profiles([Path(folder)] if folder else [])
        except ProfileError as error:
            self.problem.setText(
                tr("Print profiles: %1").replace("%1", f"{error.path}: {error.reason}")
            )
            self.templates.setFocus()
            return
        words = self.house_words.text().strip()
        if words:
            try:
                spelling.read_word_list(Path(words))
            except (OSError, UnicodeDecodeError) as error:
                reason = getattr(error, "strerror", None) or tr("not a text file")
                self._say(tr("Newsroom word list: %1").replace("%1", f"{words}: {reason}"))
                self.house_words.setFocus()
                return
        rules = self.house_rules.text().strip()
        if rules:
            try:
                read_rule_list(Path(rules))
            except (OSError, UnicodeDecodeError) as error:
                reason = getattr(error, "strerror", None) or tr("not a text file")
                self.problem.setText(
                    tr("Newsroom grammar rules: %1").replace("%1", f"{rules}: {reason}")
                )
                self.house_rules.setFocus()
                return
        previous_words = self.settings.get(spelling.HOUSE_SETTING)
        previous_rules = self.settings.get(grammar.HOUSE_SETTING)
        language = self.article_language.text().strip() or "fr"
        values = {
            "ui_language": str(self.ui_language.currentData()),
            "article_language": language,
            "provider": self.provider.text().strip(),
            "style_map": style_map,
            SETTING: str(self.versions_kept.value()),
            desk_templates.SETTING: folder,
            spelling.HOUSE_SETTING: words,
            grammar.HOUSE_SETTING: rules,
        }
        for key, value in values.items():
            self.settings.set(key, value)
        switches = {
            "typography": self.typography,
            "spelling": self.spelling,
            "grammar": self.grammar,
        }
        for name, box in switches.items():
            self.settings.set_flag(AS_YOU_TYPE[name], box.isChecked())
        self.settings.set_flag(window_parts.TOOLBAR_TEXT, self.toolbar_text.isChecked())
        reviewer.store(self.settings, self.reviewer.name.text(), self.reviewer.initials.text())
        for window in QApplication.topLevelWidgets():  # the open windows follow at once
            for name, action in as_you_type_actions(window).items():
                action.setChecked(switches[name].isChecked())
            window_parts.toolbar_text(window, self.toolbar_text.isChecked())
        if folder != desk_templates.folder_in_use():
            desk_templates.use(folder)
            for window in QApplication.topLevelWidgets():
                measure_again(window)
        if words or previous_words:  # chosen, dropped, or perhaps changed on disk since
            for window in QApplication.topLevelWidgets():
                spell_again(window)
        if rules or previous_rules:  # chosen, dropped, or perhaps changed on disk since
            for window in QApplication.topLevelWidgets():
                grammar_again(window)
        i18n.install(values["ui_language"])
        self.accept()

    def _path_row(
        self, value: str, name: str, tip: str, choose: Callable[[str], str]
    ) -> tuple[QLineEdit, QHBoxLayout]:
        """A path typed or chosen with Browse…, the button beside it."""
        field = QLineEdit(value)
        field.setObjectName(name)
        field.setToolTip(tip)
        browse = QPushButton(tr("&Browse…"))
        browse.setObjectName(f"browse:{name}")
        browse.setAutoDefault(False)  # Enter in a field still means OK
        browse.clicked.connect(lambda: field.setText(choose(field.text().strip()) or field.text()))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(browse)
        return field, row


def measure_again(window: QWidget) -> None:
    """A window's gauge, shading, outline and check, against the templates now in use."""
    from editor.app.main_window import MainWindow  # the window imports this module

    if isinstance(window, MainWindow):
        window.gauge.reload()
        window.line_gauge.reload()
        window.shading.refresh_all()
        window.outline.refresh()
        window.check_dock.request()


def spell_again(window: QWidget) -> None:
    """A window's spelling, with the newsroom's word list as it is now."""
    from editor.app.main_window import MainWindow

    if isinstance(window, MainWindow):
        window.spelling.speller.reread_house()
        window.spelling.underline.others.clear()  # opened again with the list as it is now
        window.spelling.underline.check_visible_again()


def grammar_again(window: QWidget) -> None:
    """A window's grammar, with the newsroom's rule list as it is now."""
    from editor.app.main_window import MainWindow

    if isinstance(window, MainWindow):
        window.grammar.reread_house()


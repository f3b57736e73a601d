"""Preferences → Publish Destinations: where File → Publish can send a piece.

The list is kept in `destinations.json` beside the settings (see `editor/publish/README.md`),
the file `copydesk publish` reads too, so a destination set up here works headless.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.app import publish_text
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.app.settings import Settings
from editor.publish import destinations
from editor.publish.destinations import Destination, DestinationError

FORMAT_NAMES: dict[str, str] = {
    "ninjs": QT_TRANSLATE_NOOP("Publish", "ninjs 3.1 (web, apps)"),
    "superdesk": QT_TRANSLATE_NOOP("Publish", "ninjs for Superdesk"),
    "newsml": QT_TRANSLATE_NOOP("Publish", "NewsML-G2 (wire)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Publish", text)


def destinations_file(settings: Settings | None) -> Path:
    """Beside the settings file when the settings are a file of their own (tests, a portable
    install), else where the command line looks (`destinations.default_file`)."""
    if settings is not None and settings.store.format() == QSettings.Format.IniFormat:
        return Path(settings.store.fileName()).parent / destinations.FILE_NAME
    return destinations.default_file()


class DestinationsDialog(QDialog):
    """A list of destinations on the left, the one selected edited on the right."""

    def __init__(self, file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("destinationsDialog")
        self.setWindowTitle(tr("Publish Destinations"))
        self.file = file
        self.problem = QLabel()
        self.problem.setObjectName("destinationsProblem")
        self.problem.setWordWrap(True)
        try:
            self.items = destinations.load(file)
        except DestinationError as error:
            self.items = []
            self.problem.setText(publish_text.destination(error))
        self.list = QListWidget()
        self.list.setObjectName("destinationsList")
        self.list.setAccessibleName(tr("Destinations"))
        self.name = QLineEdit()
        self.name.setObjectName("destinationName")
        self.address = QLineEdit()
        self.address.setObjectName("destinationAddress")
        self.address.setPlaceholderText(
            tr("a folder, ftp://server/folder/ or https://server/ingest")
        )
        self.address.setToolTip(
            tr("A watched folder; an FTP or FTPS drop (ftp://, ftps://); an HTTP(S) endpoint "
               "that takes a POST (http://, https://)")
        )  # fmt: skip
        self.user = QLineEdit()
        self.user.setObjectName("destinationUser")
        self.password = QLineEdit()
        self.password.setObjectName("destinationPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.formats: dict[str, QCheckBox] = {}
        formats = QVBoxLayout()
        for name, label in FORMAT_NAMES.items():
            box = QCheckBox(tr(label))
            box.setObjectName(f"destinationFormat:{name}")
            formats.addWidget(box)
            self.formats[name] = box
        folder = QPushButton(tr("&Folder…"))
        folder.setAutoDefault(False)
        folder.clicked.connect(self._choose_folder)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(folder)
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        address_label = QLabel(tr("&Address"))
        address_label.setBuddy(self.address)
        form.addRow(address_label, address_row)
        form.addRow(tr("&User"), self.user)
        form.addRow(tr("&Password"), self.password)
        form.addRow(tr("Formats"), formats)
        self.add_button = QPushButton(tr("A&dd"))
        self.add_button.setObjectName("addDestination")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.setObjectName("removeDestination")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove)
        side = QVBoxLayout()
        side.addWidget(self.list, 1)
        side_buttons = QHBoxLayout()
        side_buttons.addWidget(self.add_button)
        side_buttons.addWidget(self.remove_button)
        side.addLayout(side_buttons)
        body = QHBoxLayout()
        body.addLayout(side, 1)
        body.addLayout(form, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.store)
        buttons.rejected.connect(self.reject)
        where = QLabel(tr("Kept in %1, which copydesk publish reads too.").replace("%1", str(file)))
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(where)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._shown = -1
        for item in self.items:
            self.list.addItem(item.name)
        self.list.currentRowChanged.connect(self._show)
        if self.items:
            self.list.setCurrentRow(0)
        self._enable()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

    def _fields(self) -> Destination:
        return Destination(
            self.name.text().strip(),
            self.address.text().strip(),
            tuple(name for name, box in self.formats.items() if box.isChecked()),
            self.user.text().strip(),
            self.password.text(),
        )

    def _keep_shown(self) -> None:
        """The fields typed go back into the list before another destination is shown."""
        if 0 <= self._shown < len(self.items):
            self.items[self._shown] = self._fields()
            self.list.item(self._shown).setText(self.items[self._shown].name)

    def _show(self, row: int) -> None:
        self._keep_shown()
        self._shown = row
        item = self.items[row] if 0 <= row < len(self.items) else Destination("", "", ())
        self.name.setText(item.name)
        self.address.setText(item.address)
        self.user.setText(item.user)
        self.password.setText(item.password)
        for name, box in self.formats.items():
            box.setChecked(name in item.formats)
        self._enable()

    def _enable(self) -> None:
        on = 0 <= self._shown < len(self.items)
        for widget in (self.name, self.address, self.user, self.password, *self.formats.values()):
            widget.setEnabled(on)
        self.remove_button.setEnabled(on)

    def _add(self) -> None:
        self._keep_shown()
        taken = {d.name for d in self.items}
        name, count = tr("New destination"), 2
        base = name
        while name in taken:
            name, count = f"{base} {count}", count + 1
        self.items.append(Destination(name, "", ("ninjs",)))
        self.list.addItem(name)
        self._shown = -1
        self.list.setCurrentRow(len(self.items) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def _remove(self) -> None:
        row = self._shown
        if not 0 <= row < len(self.items):
            return
        self._shown = -1
        del self.items[row]
        self.list.takeItem(row)
        self._show(self.list.currentRow())

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Publish to Folder"), self.address.text())
        if name:
            self.address.setText(name)

    def store(self) -> None:
        """Check every destination, then write the file; a problem keeps the dialog open."""
        self._keep_shown()
        try:
            checked = [destinations.check(d, self.file.name) for d in self.items]
            names = [d.name.casefold() for d in checked]
            if len(set(names)) != len(names):
                raise DestinationError(self.file.name, "same-name")
            destinations.save(checked, self.file)
        except DestinationError as error:
            self.problem.setText(publish_text.destination(error))
            return
        except OSError as error:
            self.problem.setText(f"{self.file}: {error.strerror or error}")
            return
        self.accept()

"""File → Export: where to, which formats, their options; the work runs off the window's thread.

The exporters write atomically, so a failure leaves nothing half-written; the dialog's job is to
gather options, keep the window responsive while the files are made, and say plainly what
happened — with an "Open folder" button on success and the exporter's message on failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QStandardPaths,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.app import config_text, error_text, export_warning
from editor.app.check_dock import CheckDock, problems_before_export
from editor.app.document import Document
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.formats import EXPORTERS
from editor.formats.options import PUB_STATUSES, ExportError, ExportOptions
from editor.model.article import Article
from editor.model.atomic import SaveError

FORMAT_LABELS = {
    "docx": QT_TRANSLATE_NOOP("Export", "&Word document for print (DOCX)"),
    "epub": QT_TRANSLATE_NOOP("Export", "E-&book (EPUB 3)"),
    "newsml": QT_TRANSLATE_NOOP("Export", "Wire &item (NewsML-G2)"),
    "ninjs": QT_TRANSLATE_NOOP("Export", "News in &JSON for the web (IPTC ninjs)"),
    "icml": QT_TRANSLATE_NOOP("Export", "InDesign/In&Copy story (ICML)"),
}
NINJS_FLAVOURS = {
    "iptc": QT_TRANSLATE_NOOP("Export", "IPTC ninjs 3.1"),
    "superdesk": QT_TRANSLATE_NOOP("Export", "Superdesk (ninjs 1.x)"),
}

PUB_STATUS_NAMES = {
    "usable": QT_TRANSLATE_NOOP("Export", "Usable"),
    "withheld": QT_TRANSLATE_NOOP("Export", "Withheld"),
    "canceled": QT_TRANSLATE_NOOP("Export", "Canceled"),
}
"""The wire item's publication status (NewsML pubStatus), as the desk says it."""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Export", text, disambiguation, n)


@dataclass(frozen=True, slots=True)
class Job:
    article: Article
    folder: Path
    stem: str
    formats: tuple[str, ...]
    options: ExportOptions


class Signals(QObject):
    progress = Signal(int)
    done = Signal(list)
    failed = Signal(str)


class Worker(QRunnable):
    """Writes each format in turn on a pool thread; reports through `signals`."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.signals = Signals()

    def run(self) -> None:
        job = self.job
        written: list[str] = []
        try:
            job.folder.mkdir(parents=True, exist_ok=True)
            for step, name in enumerate(job.formats):
                fmt = EXPORTERS[name]
                target = job.folder / (job.stem + fmt.suffix)
                paths = fmt.implementation().export(job.article, target, job.options)
                # NewsML and ICML write the same pictures beside their files: list them once
                written.extend(p for p in map(str, paths) if p not in written)
                self.signals.progress.emit(step + 1)
        except SaveError as error:
            self.signals.failed.emit(error_text.describe(error))
            return
        except ExportError as error:
            self.signals.failed.emit(config_text.describe(error))
            return
        except OSError as error:
            self.signals.failed.emit(f"{error.filename or job.folder}: {error.strerror or error}")
            return
        self.signals.done.emit(written)


def _path_row(edit: QLineEdit, browse: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(browse)
    return row


def default_folder(path: Path | None) -> Path:
    """Beside the article when that folder can be written to (not so for the sample shipped
    in a read-only install), else the user's documents."""
    if path is not None and os.access(path.parent, os.W_OK):
        return path.parent
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class ExportDialog(QDialog):
    """Choose and run an export; `formats` preselects (one format, or all of them)."""

    finished_export = Signal(bool)

    def __init__(
        self, document: Document, formats: tuple[str, ...], provider: str = "",
        style_map: str = "", parent: QWidget | None = None,
        show_problems: Callable[[], object] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Export"))
        self.document = document
        self.show_problems = show_problems
        self.written: list[str] = []
        self.message: QMessageBox | None = None
        self.warning: QMessageBox | None = None
        path = document.path
        self.stem = path.name.removesuffix(".article") if path else "article"
        self.folder = QLineEdit(str(default_folder(path)))
        self.folder.setObjectName("exportFolder")
        self.folder.setAccessibleName(tr("Destination folder"))
        browse = QPushButton(tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.checks: dict[str, QCheckBox] = {}
        chosen = QGroupBox(tr("Formats"))
        chosen_layout = QVBoxLayout(chosen)
        for name, fmt in EXPORTERS.items():
            box = QCheckBox(tr(FORMAT_LABELS.get(name, fmt.label)))
            box.setObjectName(f"format:{name}")
            box.setChecked(name in formats)
            box.toggled.connect(self._check)
            chosen_layout.addWidget(box)
            self.checks[name] = box
        self.style_map = QLineEdit(style_map)
        self.style_map.setObjectName("styleMap")
        self.reference = QLineEdit()
        self.reference.setObjectName("referenceDocx")
        self.provider = QLineEdit(provider)
        self.provider.setObjectName("provider")
        self.status = QComboBox()
        self.status.setObjectName("pubStatus")
        for status in PUB_STATUSES:
            self.status.addItem(tr(PUB_STATUS_NAMES.get(status, status)), status)
        self.flavour = QComboBox()
        self.flavour.setObjectName("ninjsFlavour")
        for flavour, flavour_name in NINJS_FLAVOURS.items():
            self.flavour.addItem(tr(flavour_name), flavour)
        self.embargo = QLineEdit()
        self.embargo.setObjectName("embargo")
        own = document.article.meta.embargo
        self.embargo.setPlaceholderText(own.isoformat() if own else "2025-01-10T06:00:00+01:00")
        self.embargo.setToolTip(
            tr("Every format writes the article's embargo (Metadata panel); a moment typed "
               "here replaces it for this export only")
        )  # fmt: skip
        self.embargo.textChanged.connect(self._check)
        form = QFormLayout()
        destination = _path_row(self.folder, browse)
        form.addRow(tr("&Destination"), destination)
        label = form.labelForField(destination)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder)  # Alt+D reaches the folder, not the row holding it
        form.addRow(chosen)
        for text, edit, title, kinds in (
            (tr("DOCX st&yle map"), self.style_map, tr("DOCX Style Map"),
             tr("Style maps (*.json);;All files (*)")),
            (tr("DOCX &reference template"), self.reference, tr("DOCX Reference Template"),
             tr("Word documents (*.docx);;All files (*)")),
        ):  # fmt: skip
            pick = QPushButton(tr("Browse…"))
            pick.setAutoDefault(False)  # Enter still exports
            pick.clicked.connect(partial(self._pick_file, edit, title, kinds))
            row = _path_row(edit, pick)
            form.addRow(text, row)
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(edit)
        form.addRow(tr("NewsML &provider"), self.provider)
        form.addRow(tr("NewsML s&tatus"), self.status)
        form.addRow(tr("Other e&mbargo"), self.embargo)
        form.addRow(tr("ninjs fla&vour"), self.flavour)
        for edit in (self.style_map, self.reference, self.provider, self.embargo):
            edit.textChanged.connect(self._check)
        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(tr("&Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.folder.setFocus()  # typing a folder and Enter is an export, without the mouse
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)  # room for a path
        self._check()

    def _pick_file(self, edit: QLineEdit, title: str, kinds: str) -> None:
        name, _kind = QFileDialog.getOpenFileName(self, title, edit.text().strip(), kinds)
        if name:
            edit.setText(name)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Export to"), self.folder.text())
        if name:
            self.folder.setText(name)

    def options(self) -> ExportOptions:
        """The options as typed; raises `ExportError` with what to correct."""
        embargo = None
        if self.embargo.text().strip():
            try:
                embargo = datetime.fromisoformat(self.embargo.text().strip())
            except ValueError:
                raise ExportError(tr("The embargo is not a date and time.")) from None
            if embargo.tzinfo is None:
                raise ExportError(tr("The embargo needs a time-zone offset, e.g. +01:00."))
        paths = {}
        for key, edit in (("style_map", self.style_map), ("reference_docx", self.reference)):
            text = edit.text().strip()
            if text and not Path(text).is_file():
                raise ExportError(tr("%1: no such file.").replace("%1", text))
            paths[key] = Path(text) if text else None
        return ExportOptions(
            style_map=paths["style_map"],
            reference_docx=paths["reference_docx"],
            provider_name=self.provider.text().strip(),
            pub_status=str(self.status.currentData()),
            embargo=embargo,
            ninjs_flavour=str(self.flavour.currentData()),
        )

    def formats(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.checks.items() if box.isChecked())

    def _check(self) -> None:
        problem = "" if self.formats() else tr("Choose at least one format.")
        if not problem:
            try:
                self.options()
            except ExportError as error:
                problem = str(error)
        problem = problem or self._unresolved()
        self.problem.setText(problem)
        self.export_button.setEnabled(not problem)

    def _unresolved(self) -> str:
        """Why formats for readers cannot go while suggestions wait ("" when they can)."""
        pending = len(self.document.article.suggestions)
        if not pending or not any(EXPORTERS[name].final for name in self.formats()):
            return ""
        return tr(
            "%n suggestion(s) not yet accepted or rejected: EPUB, NewsML, ninjs and ICML need "
            "the final text. Decide them first, or export the DOCX alone, which keeps them as "
            "tracked changes.",
            "",
            pending,
        )

    def start(self) -> None:
        """Export, after a warning when the check still finds problems."""
        try:
            options = self.options()
        except ExportError as error:
            self.problem.setText(str(error))
            return
        if self._unresolved():
            self._check()
            return
        dock = getattr(self.parentWidget(), "check_dock", None)
        extra = dock.extra if isinstance(dock, CheckDock) else ()
        problems = problems_before_export(self.document.article, extra)
        if problems:
            self.warning = export_warning.ask(
                self, problems, lambda: self.run(options), self._show_problems
            )
            return
        self.run(options)

    def _show_problems(self) -> None:
        """Leave the export for the check panel, nothing written."""
        self.reject()
        if self.show_problems is not None:
            self.show_problems()

    def run(self, options: ExportOptions) -> None:
        """Run the export on the thread pool; the dialog stays open with a progress bar."""
        formats = self.formats()
        article = self.document.article
        if {"newsml", "ninjs"} & set(formats) and not article.meta.guid:
            # The wire item keeps one guid for life: stored in the article, saved with it.
            from editor.formats.newsml import with_guid

            guid = with_guid(article, options).meta.guid
            self.document.change_meta(lambda: tr("Wire Item Identifier"), guid=guid)
            article = self.document.article
        job = Job(article, Path(self.folder.text()).expanduser(), self.stem, formats, options)
        worker = Worker(job)
        worker.signals.progress.connect(self.progress.setValue)
        worker.signals.done.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.progress.setRange(0, len(formats))
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        QThreadPool.globalInstance().start(worker)

    def _done(self, written: list[str]) -> None:
        self.written = written
        folder = Path(written[0]).parent if written else Path(self.folder.text())
        box = QMessageBox(QMessageBox.Icon.Information, tr("Export finished"),
                          tr("Written:") + "\n" + "\n".join(Path(w).name for w in written),
                          QMessageBox.StandardButton.Close, self.parentWidget())  # fmt: skip
        box.setObjectName("exportResult")
        opener = box.addButton(tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        self._finish(box, True)

    def _failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Export failed"), message,
                          QMessageBox.StandardButton.Close, self.parentWidget())  # fmt: skip
        box.setObjectName("exportFailure")
        self._finish(box, False)

    def _finish(self, box: QMessageBox, ok: bool) -> None:
        self.progress.hide()
        self.message = box
        box.open()
        self.finished_export.emit(ok)
        if ok:
            self.accept()
        else:
            self._check()


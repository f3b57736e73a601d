"""File → Publish: send the current version to one of the newsroom's destinations.

The sending runs on a pool thread with a progress bar; the window keeps taking keys.
On failure nothing in the article changes and the message says where and why; on
success the guid (if new) and the log entries join the article. Sending content already
sent to the same destination asks first. The embargo is the article's own: the dialog
shows it in plain words before sending, and setting, moving or clearing it here edits the
article's metadata (one undoable step, as in the metadata panel), since it is the piece that
is embargoed, not the sending. A correction sent before the last sending's embargo lifts
keeps that embargo unless it is unticked.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
)

from editor.app import config_text, publish_text
from editor.app.destinations_dialog import FORMAT_NAMES, DestinationsDialog, destinations_file
from editor.app.document import Document
from editor.app.embargo import EmbargoField, edit_step
from editor.app.export_dialog import PUB_STATUS_NAMES
from editor.app.export_dialog import tr as export_tr
from editor.app.guard import guarded
from editor.app.moments import moment
from editor.formats.options import PUB_STATUSES, ExportError, ExportOptions
from editor.model.article import Article
from editor.publish import destinations
from editor.publish.destinations import Destination, DestinationError
from editor.publish.log import KEY, already_sent, last_embargo, publications

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow



def tr(text: str) -> str:
    return QCoreApplication.translate("Publish", text)


class Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Sender(QRunnable):
    """Exports and delivers on a pool thread; reports through `signals`."""

    def __init__(self, article: Article, destination: Destination, stem: str,
                 options: ExportOptions) -> None:  # fmt: skip
        from editor.publish.send import Cancel  # ftplib and ssl: with the first sending only

        super().__init__()
        self.article, self.destination, self.stem, self.options = (
            article, destination, stem, options
        )  # fmt: skip
        self.signals = Signals()
        self.cancel = Cancel()
        """Set by the dialog's Cancel: the transport stops, removes what it left, sends no log."""

    def run(self) -> None:
        from editor.publish.publishing import publish
        from editor.publish.send import DeliveryError, place

        try:
            published, _sent = publish(
                self.article,
                self.destination,
                self.stem,
                self.options,
                self.signals.progress.emit,
                self.cancel,
            )
        except DeliveryError as error:
            if error.code == "cancelled":
                self.signals.cancelled.emit()
                return
            self.signals.failed.emit(
                tr("Not sent to %1: %2")
                .replace("%1", place(error.destination))
                .replace("%2", publish_text.delivery(error))
            )
            return
        except ExportError as error:
            self.signals.failed.emit(config_text.describe(error))
            return
        except OSError as error:
            self.signals.failed.emit(str(error.strerror or error))
            return
        self.signals.done.emit(published)


class PublishDialog(QDialog):
    finished_publish = Signal(bool)

    def __init__(self, document: Document, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("publishDialog")
        self.setWindowTitle(tr("Publish"))
        self.document = document
        self.window_ = window
        self.message: QMessageBox | None = None
        self.sending: Sender | None = None
        self.close_when_stopped = False
        self.file = destinations_file(window.settings)
        self.destination = QComboBox()
        self.destination.setObjectName("publishDestination")
        self.destination.currentIndexChanged.connect(self._describe)
        self.where = QLabel()
        self.where.setObjectName("publishWhere")
        self.where.setWordWrap(True)
        self.embargo = EmbargoField()
        self.embargo.setObjectName("publishEmbargo")
        self.embargo.changed.connect(self._embargo_set)
        self.kept = last_embargo(document.article, datetime.now(UTC))
        """The last sending's embargo, not lifted yet: a correction keeps it."""
        self.status = QComboBox()
        self.status.setObjectName("publishStatus")
        self.status.setToolTip(
            tr("Usable, or Withheld / Canceled to pull a story already sent (a kill notice)")
        )
        for status in PUB_STATUSES:
            self.status.addItem(export_tr(PUB_STATUS_NAMES.get(status, status)), status)
        self.embargo_said = QLabel()
        self.embargo_said.setObjectName("publishEmbargoSaid")
        self.embargo_said.setWordWrap(True)
        self.log = QListWidget()
        self.log.setObjectName("publishLog")
        self.log.setAccessibleName(tr("Sent before"))
        self.log.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.problem = QLabel()
        self.problem.setObjectName("publishProblem")
        self.problem.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("publishProgress")
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.publish_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.publish_button.setText(tr("&Publish"))
        self.edit_button = self.buttons.addButton(
            tr("&Destinations…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_button.clicked.connect(self._edit_destinations)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("&Send to"), self.destination)
        form.addRow("", self.where)
        form.addRow(tr("E&mbargo"), self.embargo)
        form.addRow("", self.embargo_said)
        form.addRow(tr("S&tatus"), self.status)
        form.addRow(tr("Sent before"), self.log)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.embargo.show_value(document.article.meta.embargo or self.kept)
        self._load()
        self._fill_log()

    # -- what the dialog shows -------------------------------------------------------------

    def _load(self) -> None:
        self.destination.clear()
        try:
            self.items = destinations.load(self.file)
        except DestinationError as error:
            self.items = []
            self.problem.setText(publish_text.destination(error))
        for item in self.items:
            self.destination.addItem(item.name)
        self._describe()

    def _describe(self) -> None:
        item = self.chosen()
        if item is None:
            self.where.setText(tr("No destination yet: add one with Destinations…"))
        else:
            kinds = ", ".join(tr(FORMAT_NAMES[f]) for f in item.formats)
            self.where.setText(f"{item.shown}\n{kinds}")
        self._check()

    def _fill_log(self) -> None:
        self.log.clear()
        for entry in reversed(publications(self.document.article)):
            line = (
                tr("%1 — %2, %3, version %4")
                .replace("%1", moment(entry.time.astimezone(), seconds=False))
                .replace("%2", entry.destination)
                .replace("%3", tr(FORMAT_NAMES.get(entry.format, entry.format)))
                .replace("%4", str(entry.version))
            )
            if entry.status != "usable":
                line += f" ({export_tr(PUB_STATUS_NAMES.get(entry.status, entry.status))})"
            self.log.addItem(line)
        if not self.log.count():
            self.log.addItem(tr("Not sent yet"))

    def pub_status(self) -> str:
        return str(self.status.currentData())

    def chosen(self) -> Destination | None:
        index = self.destination.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

    def embargo_time(self) -> datetime | None:
        """The embargo the sending carries: the article's, or the last sending's kept."""
        return self.embargo.value()

    def _embargo_set(self, until: datetime | None) -> None:
        self.kept = None  # chosen here now, whatever the last sending carried
        self.document.change_meta(edit_step, embargo=until)
        self._check()

    def _check(self) -> None:
        problem = "" if self.chosen() is not None else tr("Choose a destination.")
        when = self.embargo_time()
        if when is None:
            said = tr("No embargo: the receivers may use the piece as soon as it arrives.")
        elif self.kept is not None and self.document.article.meta.embargo is None:
            said = tr("Kept from the last sending until it lifts, and written into every "
                      "format sent. Untick it to send without.")  # fmt: skip
        else:
            said = tr("Written into every format sent; the receivers must not publish "
                      "before then.")  # fmt: skip
        self.embargo_said.setText(said)
        if not self.progress.isVisible():
            self.problem.setText(problem)
            self.publish_button.setEnabled(not problem)

    def _edit_destinations(self) -> None:
        dialog = DestinationsDialog(self.file, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._load()

    # -- sending ---------------------------------------------------------------------------

    def start(self) -> None:
        """Send, after asking when this very content already went to the same place."""
        item = self.chosen()
        if item is None:
            return
        self.embargo.commit()  # a date still being typed is what the dialog shows
        article = self.document.article
        earlier = already_sent(article, item.name, item.formats, self.pub_status())
        if earlier is not None:
            box = QMessageBox(
                QMessageBox.Icon.Warning, tr("Already Sent"),
                tr("This version was already sent to %1 on %2. Send it again?")
                .replace("%1", item.name).replace("%2", moment(earlier.time.astimezone())),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
            )  # fmt: skip
            box.setObjectName("publishAgain")
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.button(QMessageBox.StandardButton.Yes).setText(tr("Send &Again"))
            self.message = box
            box.buttonClicked.connect(
                lambda button: (
                    self.send(item)
                    if box.standardButton(button) == QMessageBox.StandardButton.Yes
                    else None
                )
            )
            box.open()
            return
        self.send(item)

    def send(self, item: Destination) -> None:
        settings = self.window_.settings
        options = ExportOptions(
            provider_name=settings.get("provider") if settings else "",
            embargo=self.embargo_time(),
            pub_status=self.pub_status(),
        )
        path = self.document.path
        stem = path.name.removesuffix(".article") if path else "article"
        sender = Sender(self.document.article, item, stem, options)
        sender.signals.progress.connect(self._progress)
        sender.signals.done.connect(self._done)
        sender.signals.failed.connect(self._failed)
        sender.signals.cancelled.connect(self._cancelled)
        self.sending = sender
        self.progress.setRange(0, 0)
        self.progress.show()
        self.publish_button.setEnabled(False)
        self.problem.setText(tr("Sending to %1…").replace("%1", item.name))
        QThreadPool.globalInstance().start(sender)

    def _progress(self, sent: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(sent)

    def _done(self, published: Article) -> None:
        document = self.document
        was_saved = document.path is not None and not document.dirty
        if published.meta.guid != document.article.meta.guid:
            document.change_meta(lambda: tr("Item Identifier"), guid=published.meta.guid)
        document.keep_extra(KEY, published.extra.get(KEY))
        if was_saved:  # the log is kept with the article now; unsaved copy keeps it on save
            self.window_.save()
        item = self.chosen()
        name = item.name if item else ""
        box = QMessageBox(QMessageBox.Icon.Information, tr("Published"),
                          tr("Sent to %1.").replace("%1", name),
                          QMessageBox.StandardButton.Close, self.parentWidget())  # fmt: skip
        box.setObjectName("publishResult")
        self._finish(box, True)

    def _failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Not Published"), message,
                          QMessageBox.StandardButton.Close, self.parentWidget())  # fmt: skip
        box.setObjectName("publishFailure")
        self._finish(box, False)

    def reject(self) -> None:
        """Cancel, Esc or closing the dialog: while a sending is under way, stop it first (the
        dialog says so, then "Cancelled"); otherwise close."""
        if self.sending is None:
            super().reject()
            return
        self.sending.cancel.set()
        self.problem.setText(tr("Stopping the sending…"))

    @guarded
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.sending is not None:  # the dialog goes once the sending has stopped
            self.close_when_stopped = True
        super().closeEvent(event)

    def _cancelled(self) -> None:
        self.sending = None
        self.progress.hide()
        self._check()
        self.problem.setText(tr("Cancelled: nothing was published, and nothing is left half-sent."))
        self.finished_publish.emit(False)
        if self.close_when_stopped:
            self.window_.statusBar().showMessage(tr("Publishing cancelled"), 8000)
            super().reject()

    def _finish(self, box: QMessageBox, ok: bool) -> None:
        self.sending = None
        self.progress.hide()
        self.message = box
        box.open()
        self.finished_publish.emit(ok)
        if ok:
            self.accept()
        else:
            self._check()


def open_publish(window: MainWindow) -> PublishDialog:
    dialog = PublishDialog(window.document, window)
    window.publish_dialog = dialog
    dialog.open()
    return dialog


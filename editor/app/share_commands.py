"""File → Share… and File → Join…, and the room's status in the status bar.

Share puts the open article into a room and keeps the window in it; Join reads a room's
article, asks where to keep it on this machine and opens it in a new window in the room. In
both the `.article` file, Save and autosave go on as before: the room is where the others'
words come from, never the only copy of one's own, so a dead server costs no word.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from editor.app import error_text, reviewer, save_name
from editor.app.document import Document
from editor.app.guard import guarded
from editor.app.presence_marks import PresenceMarks
from editor.app.room_fetch import JOIN_TIMEOUT, Outcome, RoomFetch
from editor.app.together import SharedArticle
from editor.coedit.address import AddressError, RoomAddress, parse_address
from editor.coedit.client import Status
from editor.coedit.presence import Peer, User
from editor.coedit.sharing import Trouble
from editor.model import storage
from editor.model.article import Article
from editor.model.atomic import SaveError

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Sharing", text, disambiguation, n)


STATUS_TEXT: dict[Status, Callable[[], str]] = {
    Status.CONNECTING: lambda: tr("Shared: connecting…"),
    Status.CONNECTED: lambda: tr("Shared: connected"),
    Status.OFFLINE: lambda: tr("Shared: offline, your edits are kept"),
    Status.REFUSED: lambda: tr("Shared: refused"),
}


class RoomDialog(QDialog):
    """The server, the room, the token if the room has one, and the name the others see."""

    def __init__(self, parent: QWidget, title: str, name: str, room: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.server = QLineEdit()
        self.server.setPlaceholderText("ws://server:1234")
        self.room = QLineEdit(room)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(tr("only if the room has one"))
        self.name = QLineEdit(name)
        for label, field in (
            (tr("&Server:"), self.server),
            (tr("&Room:"), self.room),
            (tr("&Token:"), self.token),
            (tr("Your &name:"), self.name),
        ):
            form.addRow(label, field)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._take)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for field in (self.server, self.room, self.name):
            field.textChanged.connect(self._check)
        self._check()

    def address(self) -> RoomAddress | None:
        server, room = self.server.text().strip().rstrip("/"), self.room.text().strip()
        if "://" not in server or not room:
            return None
        try:
            return parse_address(f"{server}/{room}", self.token.text().strip() or None)
        except AddressError:
            return None

    def user(self) -> User:
        return User.named(" ".join(self.name.text().split()))

    def _check(self) -> None:
        address = self.address()
        problem = ""
        if self.server.text().strip() and "://" not in self.server.text():
            problem = tr("The server's address starts with ws:// or wss://.")
        elif self.server.text().strip() and self.room.text().strip() and address is None:
            problem = tr("This is not a server address (ws://server:port).")
        elif not self.name.text().strip():
            problem = tr("Give the name the others will see.")
        self.problem.setText(problem)
        self.ok.setEnabled(address is not None and not problem)

    def _take(self) -> None:
        if self.ok.isEnabled():
            self.accept()


class RoomStatus(QLabel):
    """Connected, offline or refused, and how many others are in the article (names on hover)."""

    def __init__(self, shared: SharedArticle) -> None:
        super().__init__()
        self.setObjectName("roomStatus")
        self._shared = shared
        shared.status_changed.connect(lambda _: self.show_state())
        shared.peers_changed.connect(lambda _: self.show_state())
        self._shown: tuple[object, ...] | None = None
        self.show_state()

    @guarded
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._shown = None
            self.show_state()

    def show_state(self) -> None:
        """Said again only when the status or who is in changed: a colleague's every key
        brings her caret's new place, and with it the list of who is in the article."""
        shared = self._shared
        peers: list[Peer] = shared.peers if shared.status is Status.CONNECTED else []
        shown = (shared.status, shared.link.refusal, *(peer.user.name for peer in peers))
        if shown == self._shown:
            return
        self._shown = shown
        text = STATUS_TEXT[shared.status]()
        if peers:
            text += " · " + tr("%n other(s) in the article", "", len(peers))
        self.setText(text)
        names = "\n".join(peer.user.name for peer in peers)
        tip = shared.address.url + ("\n" + names if names else "")
        if shared.status is Status.REFUSED and shared.link.refusal:
            tip += "\n" + shared.link.refusal
        self.setToolTip(tip)
        self.setAccessibleName(text)


def shared_of(window: MainWindow) -> SharedArticle | None:
    """The room the window is in, if any."""
    return window.findChild(SharedArticle)


def _name(window: MainWindow) -> str:
    known = reviewer.current(window.settings) if window.settings is not None else None
    return known.name if known is not None else ""


def ask_share(window: MainWindow) -> None:
    if shared_of(window) is not None:
        QMessageBox.information(window, tr("Share"), tr("This article is already shared."))
        return
    slug = window.document.article.meta.slug or save_name.suggested_path(window.document).stem
    dialog = RoomDialog(window, tr("Share the Article"), _name(window), slug)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        address = dialog.address()
        if address is not None:
            share(window, address, dialog.user())


def share(
    window: MainWindow,
    address: RoomAddress,
    user: User,
    replace_room: Callable[[Article], bool] | None = None,
) -> SharedArticle:
    """Keep `window`'s article in the room at `address` until the window closes; when the
    room holds another article, `replace_room` decides (by default the writer is asked)."""
    ask = replace_room or (lambda room: _replace(window, room))
    shared = SharedArticle(window.document, address, user, parent=window, replace_room=ask)
    shared.caret = lambda: window.surface.textCursor().position()
    status = RoomStatus(shared)
    window.statusBar().addPermanentWidget(status)
    marks = PresenceMarks(window.surface, shared)
    shared.problem.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    window.destroyed.connect(shared.close)

    def left() -> None:  # the window is as before sharing: Share can be asked again
        for part in (status, marks, shared):
            part.setParent(None)
            part.deleteLater()

    shared.declined.connect(left)
    return shared


def _replace(window: QWidget, room: Article) -> bool:
    answer = QMessageBox.question(
        window,
        tr("Share the Article"),
        tr("This room already holds another article (“%1”). Replace it with yours?").replace(
            "%1", room.title or tr("untitled")
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_join(window: MainWindow, show: Callable[[Document], MainWindow]) -> None:
    dialog = RoomDialog(window, tr("Join a Room"), _name(window))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    address = dialog.address()
    if address is None:
        return
    user = dialog.user()

    def keep(article: Article) -> None:
        proposed = save_name.suggested_path(Document(article))
        name, _ = QFileDialog.getSaveFileName(
            window, tr("Keep the Article As"), str(proposed), tr("Copydesk articles (*.article)")
        )
        if name:
            join(window, address, user, article, Path(name), show)

    fetch(window, address, keep)


def fetch(
    window: QWidget,
    address: RoomAddress,
    then: Callable[[Article], None],
    timeout: float = JOIN_TIMEOUT,
) -> RoomFetch:
    """Read the room's article in the background, a progress with Cancel over the window;
    `then` gets the article. No article, a refusal, no answer: a message naming the server
    says why. The window and the others keep working throughout."""
    reading = RoomFetch(address, timeout, window)
    progress = QProgressDialog(
        tr("Reading the room %1…").replace("%1", address.url), tr("Cancel"), 0, 0, window
    )
    progress.setWindowTitle(tr("Join a Room"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def over() -> None:
        progress.canceled.disconnect()
        progress.hide()
        progress.deleteLater()

    def cancelled() -> None:
        reading.cancel()
        over()

    def done(outcome: Outcome) -> None:
        over()
        if isinstance(outcome, Article):
            then(outcome)
        elif outcome is None:
            _tell(window, tr("The room %1 holds no article yet: open one and Share it there."),
                  address, QMessageBox.Icon.Information)  # fmt: skip
        else:
            _tell(window, TROUBLE_TEXT[outcome.trouble](), address, detail=outcome.detail)

    reading.finished.connect(done)
    progress.canceled.connect(cancelled)
    reading.start()
    progress.show()
    return reading


TROUBLE_TEXT: dict[Trouble, Callable[[], str]] = {
    Trouble.REFUSED: lambda: tr("%1 refused the connection: the token is wrong or missing."),
    Trouble.UNREACHABLE: lambda: tr(
        "%1 cannot be reached. Check the address, or ask whoever runs the server."
    ),
    Trouble.NOT_A_ROOM: lambda: tr(
        "%1 answered, but not as a Copydesk room server. Check the address and the port."
    ),
    Trouble.NO_ANSWER: lambda: tr(
        "%1 does not answer. Check the address, or ask whoever runs the server."
    ),
    Trouble.NOT_AN_ARTICLE: lambda: tr("The room %1 holds something other than an article."),
}
"""What Join says for each reason a room could not be read; %1 is the room's address."""


def _tell(
    window: QWidget,
    text: str,
    address: RoomAddress,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    detail: str = "",
) -> None:
    """A message over the window that does not hold the event loop while it is read."""
    said = text.replace("%1", address.url)
    if detail:
        said += "\n\n" + tr("In the server's or the system's words: %1").replace("%1", detail)
    box = QMessageBox(icon, tr("Join a Room"), said, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def join(
    window: QWidget,
    address: RoomAddress,
    user: User,
    article: Article,
    path: Path,
    show: Callable[[Document], MainWindow],
) -> MainWindow | None:
    """Keep `article` at `path`, open it and keep the new window in the room."""
    try:
        storage.save(article, path)
    except SaveError as error:
        QMessageBox.warning(window, tr("Join a Room"), error_text.describe(error))
        return None
    opened = show(Document(article, path))
    share(opened, address, user, replace_room=lambda room: True)
    return opened

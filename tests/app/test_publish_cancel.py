"""Stopping a sending under way from File → Publish: the dialog's Cancel, or closing it,
while a real FTP server or HTTP endpoint on 127.0.0.1 is stalled in the middle of the upload.
The transfer stops, nothing (whole or half) is left on the receiving side, the article and its
log are as they were, and the dialog says it was cancelled."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import storage
from editor.model.article import Article
from editor.model.build import image, media
from editor.publish import destinations
from editor.publish.destinations import Destination
from editor.publish.log import publications
from tests.publish.servers import Gate, ftp_server, http_endpoint
from tests.shared import SAMPLE


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    source = tmp_path / "article" / "croix-rousse.article"
    source.parent.mkdir()
    storage.save(with_a_big_picture(storage.load(SAMPLE).with_meta(guid="")), source)
    desk = Copydesk(settings=Settings(tmp_path / "settings.ini"))
    shown = desk.open(source)
    assert shown is not None
    yield shown
    shown.document.undo_stack.setClean()
    shown.close()


def noise_png(width: int, height: int) -> bytes:
    """A real PNG that does not compress (random pixels): 3 bytes a pixel on the wire."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    rows = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 0))
        + chunk(b"IEND", b"")
    )


def with_a_big_picture(piece: Article) -> Article:
    """About 12 MB of picture: more than the sockets between the two ends hold, so the
    sending is still under way when the server stalls."""
    picture = media(noise_png(2000, 2000))
    big = image(picture, caption="Le chantier", credit="X", alt="Un chantier")
    return piece.add_media(picture).with_blocks((*piece.blocks[:4], big, *piece.blocks[4:]))


class Receiver:
    """A stalling receiving end: its gate, its address, and what it holds afterwards."""

    def __init__(self, kind: str, tmp_path: Path) -> None:
        self.kind = kind
        self.root = tmp_path / "ftp"
        self.root.mkdir()
        self.server: AbstractContextManager[object] = (
            ftp_server(self.root, stall=True) if kind == "ftp" else http_endpoint(mode="stall")
        )

    def __enter__(self) -> Receiver:
        running = self.server.__enter__()
        self.gate: Gate = running.gate  # type: ignore[attr-defined]
        self.address: str = running.url()  # type: ignore[attr-defined]
        self.running = running
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(None, None, None)

    def holds(self) -> list[str]:
        """Every file on the FTP side (temporary ones too), or every body the endpoint took."""
        if self.kind == "ftp":
            return sorted(p.name for p in self.root.iterdir())
        return sorted(self.running.received)  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["ftp", "http"])
@pytest.mark.parametrize("how", ["cancel", "close"])
def test_a_sending_under_way_stops_and_leaves_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, kind: str, how: str
) -> None:
    path = window.document.path
    assert path is not None
    on_disk = path.read_bytes()
    article = window.document.article
    with Receiver(kind, tmp_path) as receiver:
        # FTP: the picture, then the item, then the ninjs, stalled in the first; HTTP: the ninjs
        # first, stalled in its body (a body an endpoint took whole, no client can take back)
        formats = ("newsml", "ninjs") if kind == "ftp" else ("ninjs", "newsml")
        destinations.save(
            [Destination("Desk", receiver.address, formats)], tmp_path / "destinations.json"
        )
        window.commands["publish"].trigger()
        dialog = window.publish_dialog
        dialog.publish_button.click()
        qtbot.waitUntil(receiver.gate.receiving.is_set, timeout=120_000)  # mid-upload now
        assert dialog.progress.isVisible()
        with qtbot.waitSignal(dialog.finished_publish, timeout=120_000) as finished:
            if how == "cancel":
                cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
                qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
                assert dialog.isVisible()  # stopping, not gone
            else:
                dialog.close()
            receiver.gate.release.set()  # the server reads on: it finds the upload cut off
        assert finished.args == [False]
        assert receiver.holds() == []
    assert window.document.article == article
    assert publications(window.document.article) == []
    assert path.read_bytes() == on_disk
    if how == "cancel":
        assert dialog.isVisible()
        assert dialog.problem.text().startswith("Cancelled")
        assert dialog.publish_button.isEnabled() and not dialog.progress.isVisible()
    else:
        assert not dialog.isVisible()
        assert window.statusBar().currentMessage() == "Publishing cancelled"

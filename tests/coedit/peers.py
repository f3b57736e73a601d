"""Peers for the co-editing tests: a document, the article it holds, the changes it heard, and
delivery of updates by hand (held back, reordered, lost connections), without a server."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pycrdt import Doc

from editor.coedit.changes import Changes, Follower
from editor.coedit.layout import article_to_doc, doc_to_article
from editor.coedit.repair import Note
from editor.model.article import Article, Block
from editor.model.inline import Text, replace_text, text_of


class Peer:
    """One Copydesk on the shared article: its document, follower and what it heard."""

    def __init__(self, name: str, doc: Doc[Any], article: Article) -> None:
        self.name = name
        self.doc = doc
        self.heard: list[Changes] = []
        self.follower = Follower(doc, article, self.heard.append)
        self.outbox: list[bytes] = []
        """The update of each of this peer's transactions, in the order it made them."""

    @property
    def article(self) -> Article:
        return self.follower.article

    def edit(self, after: Article) -> None:
        state = self.doc.get_state()
        self.follower.edit(after)
        self.outbox.append(self.doc.get_update(state))

    def repair(self) -> list[Note]:
        state = self.doc.get_state()
        notes = self.follower.repair()
        if notes:
            self.outbox.append(self.doc.get_update(state))
        return notes

    def type(self, block_id: str, offset: int, text: str, removed: int = 0) -> None:
        """Type `text` at `offset` of a block (replacing `removed` characters), as the surface
        folds it: the block rebuilt, the article around it unchanged."""
        block = self.block(block_id)
        runs = replace_text(block.text, offset, offset + removed, text)
        self.edit(self.article.replace_block(replace(block, text=runs)))

    def restyle(self, block_id: str, runs: Text) -> None:
        block = self.block(block_id)
        assert text_of(runs) == block.plain_text
        self.edit(self.article.replace_block(replace(block, text=runs)))

    def block(self, block_id: str) -> Block:
        return self.article.blocks[self.article.index_of(block_id)]

    def held(self, other: Peer) -> bytes:
        """What this peer has that `other` has not."""
        return self.doc.get_update(other.doc.get_state())


def peers(article: Article, *names: str) -> list[Peer]:
    """Peers that joined a room the first one filled with `article`, the same way every run."""
    first = article_to_doc(article, Doc(client_id=1))
    found = [Peer(names[0], first, article)]
    for number, name in enumerate(names[1:], 2):
        doc: Doc[Any] = Doc(client_id=number)  # fixed: Yjs breaks ties by client id
        doc.apply_update(first.get_update())
        found.append(Peer(name, doc, doc_to_article(doc)))
    return found


def sync(*group: Peer) -> None:
    """Every peer receives what every other has, as the y-websocket sync steps give it on
    (re)connection: one update with all that the receiver's state vector lacks, read whole."""
    for sender in group:
        for receiver in group:
            if sender is not receiver:
                receiver.follower.receive(sender.held(receiver), whole=True)

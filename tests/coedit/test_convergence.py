"""Random concurrent edit scripts on two or three Copydesks, updates delivered in random order,
held back while a peer is offline: every peer ends with the same article, its follower agrees
with its document, and once every peer has run the repair the article is valid and saves."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.coedit.layout import doc_to_article
from editor.coedit.repair import repair
from editor.model import storage
from editor.model.article import Article
from editor.model.schema import validate
from tests.coedit.peers import Peer, peers, sync
from tests.coedit.scripts import EDITS
from tests.strategies import articles

NAMES = ("anne", "paul", "zoe")


class Network:
    """Each peer's updates reach each other peer one at a time, in any order, only while both
    are online (`Follower.receive`). Updates that arrive before one they depend on wait inside
    yrs, and some stay waiting after it arrives (y-crdt issue #431); what completes them is what
    the y-websocket protocol does on every (re)connection: both sides send what the other's
    state vector lacks (`sync`)."""

    def __init__(self, group: list[Peer]) -> None:
        self.group = group
        self.delivered: dict[tuple[str, str], set[int]] = {
            (s.name, r.name): set() for s in group for r in group if s is not r
        }
        self.online = {peer.name: True for peer in group}

    def waiting(self, sender: Peer, receiver: Peer) -> list[int]:
        done = self.delivered[sender.name, receiver.name]
        return [i for i in range(len(sender.outbox)) if i not in done]

    def deliver(self, sender: Peer, receiver: Peer, index: int) -> None:
        receiver.follower.receive(sender.outbox[index])
        self.delivered[sender.name, receiver.name].add(index)

    def links(self) -> list[tuple[Peer, Peer]]:
        return [
            (s, r)
            for s in self.group
            for r in self.group
            if s is not r and self.online[s.name] and self.online[r.name] and self.waiting(s, r)
        ]

    def toggle(self, peer: Peer) -> None:
        """Offline, or back online and in sync with everyone online (sync steps 1 and 2)."""
        self.online[peer.name] = not self.online[peer.name]
        if self.online[peer.name]:
            sync(*(p for p in self.group if self.online[p.name]))

    def flush(self, data: st.DataObject) -> None:
        """What was in flight arrives, in a random order; then everyone reconnects."""
        while links := self.links():
            sender, receiver = data.draw(st.sampled_from(links))
            waiting = self.waiting(sender, receiver)
            self.deliver(sender, receiver, data.draw(st.sampled_from(waiting)))
        self.online = dict.fromkeys(self.online, True)
        sync(*self.group)


def errors(article: Article) -> int:
    return sum(p.is_error for p in validate(article))


def step(network: Network, data: st.DataObject) -> None:
    action = data.draw(st.sampled_from(["edit", "edit", "edit", "deliver", "deliver", "link"]))
    peer = data.draw(st.sampled_from(network.group))
    if action == "edit":
        edit = EDITS[data.draw(st.sampled_from(sorted(EDITS)))]
        after = edit(peer.article, data, peer.name)
        if after is not None and errors(after) <= errors(peer.article):
            peer.edit(after)
        if data.draw(st.booleans()):
            peer.repair()  # as the window does after the others' edits
    elif action == "deliver" and (links := network.links()):
        sender, receiver = data.draw(st.sampled_from(links))
        index = data.draw(st.sampled_from(network.waiting(sender, receiver)))
        network.deliver(sender, receiver, index)
    elif action == "link":
        network.toggle(peer)


def assert_same(group: list[Peer]) -> Article:
    merged = doc_to_article(group[0].doc)
    for peer in group:
        assert doc_to_article(peer.doc) == merged, peer.name
        assert peer.article == merged, f"{peer.name}'s follower fell out of step"
    return merged


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(articles(), st.integers(2, 3), st.data())
def test_concurrent_editing_converges_to_one_valid_article(
    base: Article, count: int, data: st.DataObject
) -> None:
    base = base.with_blocks([replace(b, id=f"b{i}") for i, b in enumerate(base.blocks)])
    group = peers(base, *NAMES[:count])
    network = Network(group)
    for _ in range(data.draw(st.integers(1, 25))):
        step(network, data)
    network.flush(data)
    assert_same(group)
    for peer in group:  # every client repairs the merge it sees, before hearing the others'
        peer.repair()
    network.flush(data)
    merged = assert_same(group)
    assert [p for p in validate(merged) if p.is_error] == []
    assert repair(merged)[1] == []
    assert storage.loads(storage.dumps(merged)) == merged

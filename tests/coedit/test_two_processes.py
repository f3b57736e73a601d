"""Two writers on two machines: two processes in one room of a real `copydesk serve`, typing
key by key into the same paragraph at once, one making a paragraph a subhead, the other
commenting a word; both end with the same `Article`, and `copydesk pull` writes it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import review, storage
from tests.coedit.rooms import serve_process
from tests.coedit.test_share_pull import STORY, copydesk, saved

pytestmark = pytest.mark.slow

WRITER = """
import sys, anyio
from dataclasses import replace
from datetime import UTC, datetime
from editor.coedit.address import parse_address
from editor.coedit.changes import Follower
from editor.coedit.client import Backoff, RoomClient
from editor.coedit.layout import doc_to_article
from editor.coedit.presence import User
from editor.model import review, storage
from editor.model.annotations import Comment
from editor.model.inline import replace_text
from pycrdt import Doc

url, name, lea, marc = sys.argv[1:]
words = lea if name == "Léa" else marc

def done(article):
    # everyone's edits have arrived
    typed = article.blocks[article.index_of("p1")].plain_text
    return (typed.startswith(marc) and typed.endswith(lea) and "c-marc" in article.comments
            and article.blocks[article.index_of("p2")].kind == "subhead")

async def write():
    doc = Doc()
    async with RoomClient(doc, parse_address(url), User.named(name), backoff=Backoff(0.05)) as room:
        await room.synced()
        follower = Follower(doc, doc_to_article(doc), lambda changes: None)
        with anyio.fail_after(60):
            while not room.peers():  # the other writer is in: from here on, both type at once
                await anyio.sleep(0.01)
        typed = 0
        for key in words:  # as the window folds each keystroke: the paragraph rebuilt
            now = follower.article
            block = now.blocks[now.index_of("p1")]
            at = typed if name == "Marc" else len(block.plain_text)  # he at the top, she at the end
            text = replace_text(block.text, at, at, key)
            follower.edit(now.replace_block(replace(block, text=text)))
            typed += 1
            await anyio.sleep(0.002)
        now = follower.article
        if name == "Léa":  # the second paragraph becomes a subhead
            subhead = replace(now.blocks[now.index_of("p2")], kind="subhead")
            follower.edit(now.replace_block(subhead))
        else:  # a comment on "ministres", wherever it stands now
            start = now.blocks[now.index_of("p1")].plain_text.index("ministres")
            note = Comment("c-marc", "Marc", datetime(2026, 12, 7, 11, tzinfo=UTC), "Combien ?")
            anchors = review.Anchor("p1", start), review.Anchor("p1", start + len("ministres"))
            follower.edit(review.add_comment(now, note, *anchors))
        with anyio.fail_after(60):
            while not done(follower.article):
                await anyio.sleep(0.01)
        await room.flush()
        assert follower.article == doc_to_article(doc)
    sys.stdout.write(storage.dumps(follower.article))

anyio.run(write)
"""

LEA, MARC = " Ils reprendront lundi 😀.", "À Bruxelles, "


def writer(url: str, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, url, name, LEA, MARC],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def test_two_writer_processes_converge_on_the_article_pull_writes(tmp_path: Path) -> None:
    with serve_process(tmp_path / "store") as server:
        url = server.listening().address("europe/sommet").url
        assert copydesk("share", saved(STORY, tmp_path / "s.article"), url).returncode == 0
        writers = [writer(url, "Léa"), writer(url, "Marc")]
        outputs = [w.communicate(timeout=180) for w in writers]
        assert [w.returncode for w in writers] == [0, 0], [err for _, err in outputs]
        lea, marc = (storage.loads(out) for out, _ in outputs)
        pulled = copydesk("pull", url, "-o", tmp_path / "pulled.article")
        assert pulled.returncode == 0, pulled.stderr
    assert lea == marc == storage.load(tmp_path / "pulled.article")
    first = STORY.blocks[1].plain_text
    assert lea.blocks[1].plain_text == MARC + first + LEA  # every key, once, in its place
    assert [b.kind for b in lea.blocks] == ["title", "paragraph", "subhead", "pullquote"]
    assert review.comment_places(lea)["c-marc"].text == "ministres"

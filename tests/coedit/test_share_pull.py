"""`copydesk share` and `copydesk pull` against `copydesk serve`, all real processes: an article
goes into a room and comes back the same; writers editing it at once all end with the article
`pull` writes; a room holding another article, a wrong token, a dead server are said plainly."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import pytest
from pycrdt import Doc

from editor.coedit.address import RoomAddress
from editor.coedit.client import RoomClient
from editor.coedit.edits import apply_article
from editor.coedit.layout import doc_to_article
from editor.coedit.presence import User
from editor.model import review, storage
from editor.model.annotations import Comment
from editor.model.article import Article
from editor.model.build import article, para, quote, title
from editor.model.inline import plain
from tests.coedit.rooms import QUICK, ServeProcess, serve_process, synced, until
from tests.shared import SAMPLE

pytestmark = pytest.mark.slow

STORY = article(
    title("Sommet de Bruxelles", id="t"),
    para("Les ministres se sont réunis 😀 jusqu’à l’aube.", id="p1"),
    para("Ils reprendront lundi.", id="p2"),
    quote("Nous avons avancé.", by="La présidente", id="q"),
)


def copydesk(*args: str | Path, token: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = None
    if token is not None:
        import os

        environment = {**os.environ, "COPYDESK_TOKEN": token}
    return subprocess.run(
        [sys.executable, "-m", "editor", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=environment,
    )


@pytest.fixture
def server(tmp_path: Path) -> Any:
    with serve_process(tmp_path / "store") as running:
        yield running.listening()


def saved(article: Article, path: Path) -> Path:
    storage.save(article, path)
    return path


def test_share_then_pull_gives_back_the_same_article(server: ServeProcess, tmp_path: Path) -> None:
    url = server.address("culture/croix-rousse").url
    shared = copydesk("share", SAMPLE, url)
    assert shared.returncode == 0, shared.stderr
    assert shared.stdout.strip() == f"{SAMPLE}: put into {url}"
    pulled = copydesk("pull", url, "-o", tmp_path / "back.article")
    assert pulled.returncode == 0, pulled.stderr
    assert storage.load(tmp_path / "back.article") == storage.load(SAMPLE)


def test_a_room_holding_another_article_is_replaced_only_when_forced(
    server: ServeProcess, tmp_path: Path
) -> None:
    url = server.address().url
    first, second = saved(STORY, tmp_path / "a.article"), tmp_path / "b.article"
    revised = STORY.replace_block(replace(STORY.blocks[2], text=plain("Ils reprendront mardi.")))
    saved(revised, second)
    assert copydesk("share", first, url).returncode == 0
    again = copydesk("share", first, url)
    assert (again.returncode, again.stdout.strip()) == (0, f"{first}: already in {url}")
    refused = copydesk("share", second, url)
    assert refused.returncode == 1
    assert "already holds a different article (“Sommet de Bruxelles”); --force" in refused.stderr
    assert copydesk("pull", url, "-o", tmp_path / "still.article").returncode == 0
    assert storage.load(tmp_path / "still.article") == STORY
    forced = copydesk("share", second, url, "--force")
    assert (forced.returncode, forced.stdout.strip()) == (
        0,
        f"{second}: replaced the article in {url}",
    )
    assert copydesk("pull", url, "-o", tmp_path / "now.article").returncode == 0
    assert storage.load(tmp_path / "now.article") == revised


def test_pull_keeps_an_existing_file_and_says_when_a_room_is_empty(
    server: ServeProcess, tmp_path: Path
) -> None:
    url = server.address().url
    existing = saved(STORY, tmp_path / "mine.article")
    before = existing.read_bytes()
    kept = copydesk("pull", url, "-o", existing)
    assert kept.returncode == 2
    assert f"{existing} exists; --force replaces it" in kept.stderr
    empty = copydesk("pull", url, "-o", existing, "--force")
    assert empty.returncode == 1
    assert "holds no article yet" in empty.stderr
    assert existing.read_bytes() == before


def test_a_wrong_token_and_a_dead_server_are_said_plainly(tmp_path: Path) -> None:
    tokens = tmp_path / "tokens.json"
    tokens.write_text('{"desk/fire": "fire-secret"}', encoding="utf-8")
    story = saved(STORY, tmp_path / "story.article")
    with serve_process(tmp_path / "store", "--tokens", str(tokens)) as server:
        url = server.listening().address().url
        wrong = copydesk("share", story, url, "--token", "guess")
        assert wrong.returncode == 2
        assert wrong.stderr == f"copydesk: {url} refused the connection: Refused: wrong token\n"
        assert copydesk("share", story, url, token="fire-secret").returncode == 0
        pulled = copydesk("pull", f"{url}?token=fire-secret", "-o", tmp_path / "back.article")
        assert pulled.returncode == 0, pulled.stderr
        assert server.stop() == 0
        dead = copydesk("pull", url, "-o", tmp_path / "x.article", "--timeout", "1")
    assert dead.returncode == 1
    assert f"{url}: no answer from the server in 1 s" in dead.stderr
    bad = copydesk("pull", "ftp://example/room", "-o", tmp_path / "x.article")
    assert (bad.returncode, bad.stderr.strip()) == (
        2,
        "copydesk: “ftp://example/room” is not a room address (ws://server:port/room)",
    )


LEA = "Les 27 ministres se sont réunis 😀 jusqu’à l’aube."
MARC = "Les ministres se sont réunis 😀 jusqu’à l’aube, enfin."
BOTH = "Les 27 ministres se sont réunis 😀 jusqu’à l’aube, enfin."


def test_writers_editing_at_once_converge_to_the_article_pull_writes(
    server: ServeProcess, tmp_path: Path
) -> None:
    address = server.address("europe/sommet")
    assert copydesk("share", saved(STORY, tmp_path / "s.article"), address.url).returncode == 0
    when = datetime(2026, 12, 7, 11, tzinfo=UTC)

    async def desk(address: RoomAddress) -> Article:
        lea, marc = Doc[Any](), Doc[Any]()
        async with (
            RoomClient(lea, address, User.named("Léa"), backoff=QUICK) as at_lea,
            RoomClient(marc, address, User.named("Marc"), backoff=QUICK) as at_marc,
        ):
            await synced(at_lea, at_marc)
            seen_by_lea, seen_by_marc = doc_to_article(lea), doc_to_article(marc)
            # both type into the same paragraph before either hears the other
            typed = seen_by_lea.replace_block(
                replace(
                    seen_by_lea.blocks[1],
                    text=plain("Les 27 ministres se sont réunis 😀 jusqu’à l’aube."),
                )
            )
            apply_article(lea, seen_by_lea, typed)
            retyped = seen_by_marc.replace_block(
                replace(
                    seen_by_marc.blocks[1],
                    text=plain("Les ministres se sont réunis 😀 jusqu’à l’aube, enfin."),
                )
            )
            apply_article(marc, seen_by_marc, retyped)
            # Marc makes the second paragraph a subhead, Léa comments the first
            rekinded = retyped.replace_block(replace(retyped.blocks[2], kind="subhead"))
            apply_article(marc, retyped, rekinded)
            note = Comment("c1", "Léa", when, "Lesquels ?")
            commented = review.add_comment(
                typed, note, review.Anchor("p1", 4), review.Anchor("p1", 6)
            )
            apply_article(lea, typed, commented)
            await until(
                lambda: (
                    doc_to_article(lea) == doc_to_article(marc)
                    and "enfin" in doc_to_article(lea).blocks[1].plain_text
                    and "27" in doc_to_article(lea).blocks[1].plain_text
                    and bool(doc_to_article(lea).comments)
                ),
                "Léa and Marc hold the same article with everyone's edits",
            )
            await at_lea.flush()
            await at_marc.flush()
            return doc_to_article(lea)

    merged = anyio.run(desk, address)
    assert (
        merged.blocks[1].plain_text == "Les 27 ministres se sont réunis 😀 jusqu’à l’aube, enfin."
    )
    assert merged.blocks[2].kind == "subhead"
    assert merged.comments["c1"].text == "Lesquels ?"
    pulled = copydesk("pull", address.url, "-o", tmp_path / "desk.article")
    assert pulled.returncode == 0, pulled.stderr
    assert storage.load(tmp_path / "desk.article") == merged

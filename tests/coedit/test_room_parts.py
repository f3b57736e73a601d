"""The small parts of the room server and client: addresses, tokens, presence."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from editor.coedit.address import AddressError, parse_address, room_of
from editor.coedit.presence import Cursor, User, colour_for, peer_of, state_of
from editor.coedit.tokens import TokenFile, TokenFileError, Verdict, read_tokens


def test_an_address_names_a_server_and_a_room_and_keeps_the_token_apart() -> None:
    address = parse_address("https://desk.example/rooms/politique/munic%C3%A9pales?token=s3")
    assert address.server == "wss://desk.example"
    assert address.room == "rooms/politique/municépales"
    assert address.url == "wss://desk.example/rooms/politique/munic%C3%A9pales"
    assert address.connect_url() == address.url + "?token=s3"
    assert parse_address("ws://h:1234/r", token="given").token == "given"
    assert room_of("/desk/fire/?token=x") == "desk/fire"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("ftp://h/room", "is not a room address"),
        ("ws:///room", "names no server"),
        ("ws://h:port/room", "the port is not a number"),
        ("ws://h:1234/", "names no room"),
    ],
)
def test_an_address_that_names_no_room_says_why(text: str, says: str) -> None:
    with pytest.raises(AddressError, match=says):
        parse_address(text)


def test_tokens_admit_the_rooms_secret_and_close_rooms_not_covered(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(json.dumps({"/desk/fire/": "feu"}), encoding="utf-8")
    tokens = read_tokens(path)
    assert tokens.verdict("desk/fire", "feu") is Verdict.ADMITTED
    assert tokens.verdict("desk/fire", "eau") is Verdict.WRONG
    assert tokens.verdict("desk/fire", None) is Verdict.MISSING
    assert tokens.verdict("desk/other", "feu") is Verdict.CLOSED
    path.write_text(json.dumps({"desk/fire": "feu", "*": "desk"}), encoding="utf-8")
    assert read_tokens(path).verdict("desk/other", "desk") is Verdict.ADMITTED


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{", "is not valid JSON"),
        ('["desk"]', "must be a JSON object"),
        ('{"desk": ""}', "the secret of room “desk” must be a non-empty string"),
        ('{"desk": 12}', "the secret of room “desk” must be a non-empty string"),
    ],
)
def test_a_bad_tokens_file_is_named_with_its_problem(
    tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TokenFileError, match=f"{path}: .*{says}"):
        read_tokens(path)


def test_a_tokens_file_edited_badly_keeps_the_last_good_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(json.dumps({"desk": "one"}), encoding="utf-8")
    watched = TokenFile(path, logging.getLogger("test"))
    path.write_text(json.dumps({"desk": "two"}), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a change the clock's resolution cannot hide
    assert watched.current().verdict("desk", "two") is Verdict.ADMITTED
    path.write_text("{oops", encoding="utf-8")
    os.utime(path, ns=(2, 2))
    assert watched.current().verdict("desk", "two") is Verdict.ADMITTED
    assert "the previous tokens stay in force" in caplog.text


def test_presence_travels_in_the_shape_yjs_editors_use() -> None:
    lea = User.named("Léa Martin")
    state = state_of(lea, Cursor("b1", 2, 9))
    assert state == {
        "user": {"name": "Léa Martin", "color": lea.colour},
        "cursor": {"block": "b1", "anchor": 2, "head": 9},
    }
    assert peer_of(7, state).cursor == Cursor("b1", 2, 9)
    assert colour_for("léa martin") == lea.colour  # one colour per person, on every machine


def test_a_selection_over_paragraphs_travels_with_both_ends_and_reads_the_older_way_too() -> None:
    lea = User.named("Léa Martin")
    across = Cursor("b2", 0, 5, anchor_block="b1", anchor_offset=12)
    state = state_of(lea, across)
    assert state["cursor"] == {
        "block": "b2", "anchor": 0, "head": 5, "anchorBlock": "b1", "anchorOffset": 12
    }  # fmt: skip
    assert peer_of(7, state).cursor == across
    # a reader of the head alone (an older Copydesk) finds the caret and its paragraph's part
    older = {"user": state["user"], "cursor": {"block": "b2", "anchor": 0, "head": 5}}
    assert peer_of(7, older).cursor == Cursor("b2", 0, 5)
    broken = dict(state["cursor"], anchorOffset=-1)  # a broken anchor: the head still shows
    assert peer_of(7, {"cursor": broken}).cursor == Cursor("b2", 0, 5)


def test_another_programs_presence_shows_its_writer_without_a_cursor() -> None:
    peer = peer_of(9, {"user": {"name": "Web editor"}, "cursor": {"anchor": {"type": "x"}}})
    assert (peer.user.name, peer.cursor) == ("Web editor", None)
    assert peer.user.colour == colour_for("Web editor")
    assert peer_of(3, {}).user.name == "someone"


@pytest.mark.slow
def test_the_other_commands_do_not_load_the_network_parts(tmp_path: Path) -> None:
    from editor.model import storage
    from editor.model.build import article, para, title
    from tests.test_cli_imports import modules_after

    path = tmp_path / "piece.article"
    storage.save(article(title("Le maire"), para("Il l’a dit.")), path)
    assert {"pycrdt", "websockets", "editor.coedit.client"} & modules_after("stats", path) == set()

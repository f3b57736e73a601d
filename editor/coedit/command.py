"""`copydesk serve`, `copydesk share` and `copydesk pull`: writing together, without a window.

`serve` runs the room server a newsroom keeps on one machine; `share` puts an article into a
room and `pull` writes a room's article to a file, for scripts and for the desk's tools.
Nothing here imports pycrdt or websockets until a command runs, so the other commands start
as fast as before.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:  # logging loads with the server: every other command starts without it
    import logging

    from editor.coedit.address import RoomAddress

COMMANDS = ("serve", "share", "pull")
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
MakeCommand: TypeAlias = Callable[[Subparsers, str, str], argparse.ArgumentParser]


def default_store() -> Path:
    """Where a server keeps its rooms unless told: the user's state folder (XDG)."""
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "copydesk" / "rooms"


def add_commands(sub: Subparsers, command: MakeCommand) -> None:
    serve = command(
        sub,
        "serve",
        "run the server writers share articles through: one room per article, "
        "kept in an SQLite store (stop with Ctrl+C or SIGTERM)",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument(
        "--port", type=int, default=1234, help="port to listen on (1234; 0 picks a free one)"
    )
    serve.add_argument(
        "--store",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"folder of the rooms' store, rooms.sqlite (default: {default_store()})",
    )
    serve.add_argument(
        "--tokens",
        type=Path,
        metavar="FILE",
        help='each room\'s secret, a JSON object {"room": "secret", "*": "any other room"}; '
        "rooms it does not cover are closed (default: every room open)",
    )
    serve.add_argument("--verbose", action="store_true", help="log every message, for debugging")

    share = command(
        sub,
        "share",
        "put an article into a room of a co-editing server, for the others to write in",
    )
    share.add_argument("file", type=Path, metavar="FILE", help="the article (.article)")
    share.add_argument("url", metavar="URL", help="the room: ws://server:port/room (or wss://)")
    _room_arguments(share)
    share.add_argument(
        "--force",
        action="store_true",
        help="replace the article the room already holds (only the differences are written)",
    )

    pull = command(sub, "pull", "write the article a room holds now to a file")
    pull.add_argument("url", metavar="URL", help="the room: ws://server:port/room (or wss://)")
    pull.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="the article to write"
    )
    _room_arguments(pull)
    pull.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _room_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--token",
        metavar="SECRET",
        help="the room's token (or COPYDESK_TOKEN in the environment, or ?token= in URL)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=30,
        metavar="SECONDS",
        help="how long to try reaching the server (30)",
    )


def run(options: argparse.Namespace) -> int:
    from editor.coedit.address import AddressError

    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "serve": _serve,
        "share": _share,
        "pull": _pull,
    }
    try:
        return handlers[options.command](options)
    except AddressError as error:
        _say(str(error))
        return EXIT_BAD_INPUT


def _say(message: str) -> None:
    print(f"copydesk: {message}", file=sys.stderr)


def _address(options: argparse.Namespace) -> RoomAddress:
    from editor.coedit.address import parse_address

    return parse_address(options.url, options.token or os.environ.get("COPYDESK_TOKEN") or None)


def _share(options: argparse.Namespace) -> int:
    import anyio

    from editor.coedit.sharing import RoomError, Shared, share
    from editor.model import storage

    address = _address(options)
    try:
        article = storage.load(options.file)
        done = anyio.run(
            partial(share, article, address, force=options.force, timeout=options.timeout)
        )
    except storage.ArticleFileError as error:
        _say(str(error))
        return EXIT_BAD_INPUT
    except RoomError as error:
        _say(str(error))
        return EXIT_BAD_INPUT if error.refused else EXIT_FAILED
    if done.outcome is Shared.DIFFERENT:
        held = done.held.title if done.held is not None else ""
        _say(f"{address.url} already holds a different article (“{held}”); --force replaces it")
        return EXIT_FAILED
    print(f"{options.file}: {done.outcome.value} {address.url}")
    return EXIT_OK


def _pull(options: argparse.Namespace) -> int:
    import anyio

    from editor.coedit.layout import SharedArticleError
    from editor.coedit.sharing import RoomError, pull
    from editor.model import storage
    from editor.model.atomic import SaveError

    address = _address(options)
    if options.output.exists() and not options.force:
        _say(f"{options.output} exists; --force replaces it")
        return EXIT_BAD_INPUT
    try:
        article = anyio.run(partial(pull, address, timeout=options.timeout))
        if article is None:
            _say(f"{address.url} holds no article yet (copydesk share puts one there)")
            return EXIT_FAILED
        storage.save(article, options.output)
    except RoomError as error:
        _say(str(error))
        return EXIT_BAD_INPUT if error.refused else EXIT_FAILED
    except (storage.ArticleFileError, SharedArticleError) as error:
        _say(f"{address.url} does not hold a readable article: {error}")
        return EXIT_BAD_INPUT
    except SaveError as error:
        _say(str(error))
        return EXIT_BAD_INPUT
    print(options.output)
    return EXIT_OK


def _serve(options: argparse.Namespace) -> int:
    import anyio

    from editor.coedit.server import ServeError, ServerSettings, serve_until_signal
    from editor.coedit.tokens import TokenFileError

    log = _server_log(options.verbose)
    settings = ServerSettings(
        store=options.store or default_store(),
        host=options.host,
        port=options.port,
        tokens=options.tokens,
    )
    try:
        anyio.run(serve_until_signal, settings, log, backend="asyncio")
    except (ServeError, TokenFileError, ExceptionGroup) as error:
        reasons = _reasons(error, (ServeError, TokenFileError))
        if not reasons:
            raise
        for reason in reasons:
            log.error("%s", reason)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _reasons(error: BaseException, kinds: tuple[type[Exception], ...]) -> list[BaseException]:
    """The user's errors in `error`, which the rooms' task group may have wrapped in a group."""
    if isinstance(error, BaseExceptionGroup):
        return [found for inner in error.exceptions for found in _reasons(inner, kinds)]
    return [error] if isinstance(error, kinds) else []


def _server_log(verbose: bool) -> logging.Logger:
    """One line per event on stderr, with the time: what journald and `docker logs` keep."""
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%d %H:%M:%S")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for chatty in ("websockets", "pycrdt", "sqlite_anyio"):
        logging.getLogger(chatty).setLevel(logging.DEBUG if verbose else logging.WARNING)
    return logging.getLogger("copydesk.serve")

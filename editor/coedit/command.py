"""`copydesk serve`, `copydesk share` and `copydesk pull`: writing together, without a window.

`serve` runs the room server a newsroom keeps on one machine; `share` puts an article into a
room and `pull` writes a room's article to a file, for scripts and for the desk's tools.
Nothing here imports pycrdt or websockets until a command runs, so the other commands start
as fast as before.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

COMMANDS = ("serve",)
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


def run(options: argparse.Namespace) -> int:
    return {"serve": _serve}[options.command](options)


def _serve(options: argparse.Namespace) -> int:
    from functools import partial

    import anyio

    from editor.coedit.server import ServeError, ServerSettings, run_server, wait_for_signal
    from editor.coedit.tokens import TokenFileError

    log = _server_log(options.verbose)
    settings = ServerSettings(
        store=options.store or default_store(),
        host=options.host,
        port=options.port,
        tokens=options.tokens,
    )
    try:
        anyio.run(run_server, settings, log, partial(wait_for_signal, log), backend="asyncio")
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

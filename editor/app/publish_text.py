"""Why a publication failed or a destination cannot be used, in the interface's language.

The delivery and the destinations file give a `code` and its values beside the English the
command line prints (`editor.publish.send.REASONS`, `editor.publish.destinations.PROBLEMS`);
here each code has its translatable sentence. A test keeps the two tables' codes the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor.app.labels import QT_TRANSLATE_NOOP
from editor.publish.destinations import DestinationError

if TYPE_CHECKING:  # the network modules (ssl, urllib) load with the first publication
    from editor.publish.send import DeliveryError

CONTEXT = "PublishText"

DELIVERY: dict[str, str] = {
    "folder-missing": QT_TRANSLATE_NOOP(
        "PublishText", "the folder does not exist or cannot be reached"
    ),
    "disk-full": QT_TRANSLATE_NOOP("PublishText", "no space left on the disk"),
    "file-too-large": QT_TRANSLATE_NOOP(
        "PublishText", "the file is too large for the disk (its size limit was reached)"
    ),
    "quota": QT_TRANSLATE_NOOP("PublishText", "the disk quota is used up"),
    "permission": QT_TRANSLATE_NOOP("PublishText", "permission denied"),
    "read-only": QT_TRANSLATE_NOOP("PublishText", "the disk is read-only"),
    "login-refused": QT_TRANSLATE_NOOP(
        "PublishText", "the server refused the user name or password"
    ),
    "file-refused": QT_TRANSLATE_NOOP(
        "PublishText", "the server refused the file or folder (no such folder, or no permission)"
    ),
    "no-room": QT_TRANSLATE_NOOP("PublishText", "the server has no room left for the file"),
    "name-refused": QT_TRANSLATE_NOOP("PublishText", "the server refused the file name"),
    "forbidden": QT_TRANSLATE_NOOP(
        "PublishText", "the server does not allow this account to publish here"
    ),
    "no-endpoint": QT_TRANSLATE_NOOP("PublishText", "there is no ingest endpoint at this address"),
    "too-large": QT_TRANSLATE_NOOP("PublishText", "the server refused the file as too large"),
    "server-answer": QT_TRANSLATE_NOOP("PublishText", "the server answered “{detail}”"),
    "timeout": QT_TRANSLATE_NOOP("PublishText", "the server stopped answering"),
    "connection-refused": QT_TRANSLATE_NOOP(
        "PublishText", "the server refused the connection (is it running, is the port right?)"
    ),
    "unknown-host": QT_TRANSLATE_NOOP("PublishText", "the server name is unknown"),
    "cancelled": QT_TRANSLATE_NOOP("PublishText", "the sending was cancelled"),
    "untrusted": QT_TRANSLATE_NOOP(
        "PublishText",
        "the secure connection failed: the server's certificate is not trusted ({detail})",
    ),
    "tls": QT_TRANSLATE_NOOP("PublishText", "the secure connection failed ({detail})"),
    "connection-lost": QT_TRANSLATE_NOOP(
        "PublishText", "the connection was lost during the upload"
    ),
    "system": "{detail}",
}

PROBLEMS: dict[str, str] = {
    "no-name": QT_TRANSLATE_NOOP("PublishText", "a destination needs a name"),
    "no-address": QT_TRANSLATE_NOOP("PublishText", "“{name}” has no address"),
    "bad-scheme": QT_TRANSLATE_NOOP(
        "PublishText",
        "“{name}”: {scheme}:// is not a way to publish (a folder, ftp://, ftps://, http:// or https://)",
    ),
    "no-host": QT_TRANSLATE_NOOP("PublishText", "“{name}”: the address has no server name"),
    "bad-formats": QT_TRANSLATE_NOOP(
        "PublishText", "“{name}”: the formats must be among {formats}"
    ),
    "not-json": QT_TRANSLATE_NOOP("PublishText", "cannot be read as JSON ({detail})"),
    "bad-shape": QT_TRANSLATE_NOOP("PublishText", 'expected {{"destinations": [ … ]}}'),
    "bad-entry": QT_TRANSLATE_NOOP("PublishText", "expected an object with name and address"),
    "formats-not-list": QT_TRANSLATE_NOOP("PublishText", "formats must be a list of names"),
    "same-name": QT_TRANSLATE_NOOP("PublishText", "two destinations have the same name"),
    "usage": "{detail}",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def delivery(error: DeliveryError) -> str:
    """Why the sending failed (without where: the caller names the destination)."""
    return tr(DELIVERY.get(error.code, "{detail}")).format(detail=error.detail or error.reason)


def destination(error: DestinationError) -> str:
    """What is wrong, after the place (the file, or the destination's name)."""
    template = PROBLEMS.get(error.code, "{detail}")
    return f"{error.where}: " + tr(template).format(**{"detail": "", **error.values})


COMMAND: dict[str, str] = {
    "already-sent": QT_TRANSLATE_NOOP(
        "PublishText",
        "{file}: this version was already sent to {destination} on {time}; "
        "add --again to send it again",
    ),
    "embargo": QT_TRANSLATE_NOOP(
        "PublishText",
        "note: embargoed until {time}; the embargo is written into every format sent",
    ),
    "not-published": QT_TRANSLATE_NOOP("PublishText", "{file}: not published: {reason}"),
    "log-not-kept": QT_TRANSLATE_NOOP(
        "PublishText", "warning: sent, but the log could not be kept in {file} ({reason})"
    ),
}
"""`copydesk publish --language fr`: what the command says (its English in `SAYINGS`)."""


def explain(error: Exception) -> str:
    from editor.publish.send import DeliveryError, place

    if isinstance(error, DeliveryError):
        return f"{place(error.destination)}: {delivery(error)}"
    if isinstance(error, DestinationError):
        return destination(error)
    return str(error)


def command_voice(
    language: str,
) -> tuple[Callable[[str, dict[str, str]], str], Callable[[Exception], str]]:
    """The command line's sentences and errors in `language`, from the window's translations
    loaded into Qt's core library (no display needed)."""
    from editor.app import i18n

    _app = QCoreApplication.instance() or QCoreApplication(["copydesk"])
    i18n.install(language)
    return (lambda key, values: tr(COMMAND[key]).format(**values)), explain

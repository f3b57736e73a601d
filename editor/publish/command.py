"""`copydesk publish FILE --to DESTINATION`: File → Publish without a window.

DESTINATION is the name of a destination in the destinations file (the one Preferences
edits; `--destinations` for another), or else a folder or an `ftp://`, `ftps://`,
`http://` or `https://` address typed on the spot, which then takes `--formats`.
Sending content already sent to the same destination needs `--again`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor.formats.options import PUB_STATUSES, ExportOptions, embargo_of
from editor.model import storage
from editor.model.atomic import SaveError
from editor.publish import destinations
from editor.publish.destinations import Destination, DestinationError

if TYPE_CHECKING:  # the parser is built for every command: the exporters load only to publish
    from editor.model.article import Article

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="the article (.article)")
    parser.add_argument(
        "--to",
        required=True,
        metavar="DESTINATION",
        help="a destination's name from the destinations file, or a folder, "
        "or an ftp://, ftps://, http:// or https:// address",
    )
    parser.add_argument(
        "--formats",
        default="",
        metavar="FORMATS",
        help=f"for a folder or address: {'|'.join(destinations.FORMATS)}, "
        "several separated by commas (default: ninjs)",
    )
    parser.add_argument(
        "--destinations",
        type=Path,
        metavar="JSON",
        help="the destinations file (default: the one Preferences edits)",
    )
    parser.add_argument(
        "--again", action="store_true", help="send even if this content was already sent there"
    )
    parser.add_argument("--provider", default="", metavar="NAME", help="provider name")
    parser.add_argument("--provider-uri", default="", metavar="URL", help="provider web address")
    parser.add_argument(
        "--status", choices=PUB_STATUSES, default="usable", help="publication status"
    )
    parser.add_argument(
        "--embargo",
        metavar="DATETIME",
        help="embargo until (ISO 8601 with offset), written into every format; overrides the "
        "article's own embargo for this sending",
    )
    parser.add_argument(
        "--lift-embargo",
        action="store_true",
        help="send without an embargo: the article's is cleared (and saved so), and the one the "
        "last sending carried is not kept",
    )
    parser.add_argument(
        "--urgency", type=int, choices=range(1, 10), metavar="1-9", help="urgency, 1 most urgent"
    )
    parser.add_argument(
        "--accept-all",
        action="store_true",
        help="send as if every pending suggestion were accepted (the article is not changed)",
    )
    parser.set_defaults(
        style_map=None,
        reference_docx=None,
        cover=False,
        no_narrow_nbsp=False,
        ninjs_flavour="iptc",
    )
    parser.add_argument(
        "--language",
        choices=("en", "fr"),
        default="en",
        help="the language of the messages (the printed list of what was sent stays the same)",
    )


def destination_for(options: argparse.Namespace) -> Destination:
    wanted: str = options.to
    formats = tuple(f.strip().lower() for f in options.formats.split(",") if f.strip())
    file = options.destinations or destinations.default_file()
    known = destinations.load(file)
    named = destinations.find(known, wanted)
    if named is not None:
        if formats:
            raise DestinationError(
                "--formats",
                "usage",
                detail=f"“{named.name}” takes the formats set for it in {file}",
            )
        return named
    if "://" in wanted or Path(wanted).expanduser().is_dir():
        return destinations.from_address(wanted, formats or ("ninjs",))
    names = ", ".join(d.name for d in known) or "none yet"
    raise DestinationError(
        "--to",
        "usage",
        detail=f"“{wanted}” is neither a destination in {file} ({names}) "
        "nor a folder or an address",
    )


SAYINGS: dict[str, str] = {
    "already-sent": "{file}: this version was already sent to {destination} on {time}; "
    "add --again to send it again",
    "embargo": "note: embargoed until {time}; the embargo is written into every format sent",
    "not-published": "{file}: not published: {reason}",
    "log-not-kept": "warning: sent, but the log could not be kept in {file} ({reason})",
}
"""What the command says besides the errors, in English; `--language fr` takes the window's."""

Say = Callable[[str, dict[str, str]], str]
Explain = Callable[[Exception], str]


def voice(language: str) -> tuple[Say, Explain]:
    """How the command speaks: its English, or the window's sentences in `language`."""
    if language == "en":
        return (lambda key, values: SAYINGS[key].format(**values)), str
    from editor.app import publish_text  # Qt's core library, loaded for this alone

    return publish_text.command_voice(language)


def run(article: Article, options: argparse.Namespace, export: ExportOptions) -> int:
    from editor.publish.log import already_sent, last_embargo
    from editor.publish.publishing import publish
    from editor.publish.send import DeliveryError

    say, explain = voice(options.language)
    file = str(options.file)
    try:
        destination = destination_for(options)
    except DestinationError as error:
        print(f"copydesk: {explain(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    stem = options.file.name.removesuffix(".article")
    earlier = already_sent(article, destination.name, destination.formats, export.pub_status)
    if earlier is not None and not options.again:
        time = earlier.time.isoformat(timespec="seconds")
        values = {"file": file, "destination": destination.name, "time": time}
        print(f"copydesk: {say('already-sent', values)}", file=sys.stderr)
        return EXIT_FAILED
    kept = last_embargo(article, datetime.now(UTC))
    if options.lift_embargo:  # lifted for good: the article is saved without it
        article, export = article.with_meta(embargo=None), replace(export, embargo=None)
    elif embargo_of(article, export) is None and kept is not None:
        export = replace(export, embargo=kept)  # a correction before it lifts keeps it
    embargo = embargo_of(article, export)
    if embargo is not None:
        print(f"copydesk: {say('embargo', {'time': embargo.isoformat()})}", file=sys.stderr)
    try:
        published, sent = publish(article, destination, stem, export)
    except DeliveryError as error:
        values = {"file": file, "reason": explain(error)}
        print(f"copydesk: {say('not-published', values)}", file=sys.stderr)
        return EXIT_FAILED
    for entry in sent:
        print(f"{entry.destination}\t{entry.format}\tversion {entry.version}\t{entry.guid}")
    try:
        storage.save(published, options.file)
    except SaveError as error:
        values = {"file": file, "reason": error.reason}
        print(f"copydesk: {say('log-not-kept', values)}", file=sys.stderr)
    return EXIT_OK

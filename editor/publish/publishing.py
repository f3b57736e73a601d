"""Publishing a piece: export it in each format a destination takes, deliver every file
in one go, and log what was sent. Shared by `copydesk publish` and File → Publish.

Everything is exported before anything is sent, so a piece the exporter refuses
(a missing picture, a bad embargo) never reaches the destination half-done; and all
the files of one destination are delivered together, so either every format lands or
none does under its real name.
"""

from __future__ import annotations

import mimetypes
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from editor.formats import EXPORTERS
from editor.formats.newsml import with_guid
from editor.formats.options import ExportOptions, embargo_of
from editor.model.article import Article
from editor.publish.destinations import Destination
from editor.publish.log import Publication, digest, with_publications
from editor.publish.send import Cancel, Parcel, Progress, deliver


@dataclass(frozen=True, slots=True)
class NewsFormat:
    exporter: str
    flavour: str
    suffix: str
    content_type: str


NEWS_FORMATS: dict[str, NewsFormat] = {
    "ninjs": NewsFormat("ninjs", "iptc", ".ninjs.json", "application/json"),
    "superdesk": NewsFormat("ninjs", "superdesk", ".superdesk.json", "application/json"),
    "newsml": NewsFormat("newsml", "", ".newsml.xml", "application/vnd.iptc.g2.newsitem+xml"),
}
"""Each format a destination can take: its exporter, ninjs flavour, file suffix, media type."""


def parcels_for(article: Article, name: str, stem: str, options: ExportOptions) -> list[Parcel]:
    """The files of one format, pictures first and the main file last, as they are sent."""
    fmt = NEWS_FORMATS[name]
    options = replace(options, ninjs_flavour=fmt.flavour or options.ninjs_flavour)
    with tempfile.TemporaryDirectory(prefix="copydesk-publish-") as folder:
        target = Path(folder) / (stem + fmt.suffix)
        written = EXPORTERS[fmt.exporter].implementation().export(article, target, options)
        main, pictures = written[0], written[1:]
        return [
            *(
                Parcel(
                    p.name,
                    p.read_bytes(),
                    mimetypes.guess_type(p.name)[0] or "application/octet-stream",
                )
                for p in pictures
            ),
            Parcel(main.name, main.read_bytes(), fmt.content_type),
        ]


def publish(
    article: Article,
    destination: Destination,
    stem: str,
    options: ExportOptions,
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancel | None = None,
) -> tuple[Article, list[Publication]]:
    """Send `article` to `destination`; the article with its guid and its log updated, and
    the entries added. Raises ExportError or DeliveryError and then changes nothing."""
    now = options.now or datetime.now(UTC)
    options = replace(options, now=now)
    article = with_guid(article, options)
    parcels = [p for name in destination.formats for p in parcels_for(article, name, stem, options)]
    total = sum(len(p.data) for p in parcels)
    report: Progress = (lambda sent: progress(sent, total)) if progress else (lambda sent: None)
    deliver(destination, parcels, report, cancel)
    fingerprint = digest(article)
    sent = [
        Publication(
            destination.name,
            destination.shown,
            name,
            max(1, article.meta.revision),
            article.meta.guid,
            now,
            fingerprint,
            embargo_of(article, options),
            options.pub_status,
        )
        for name in destination.formats
    ]
    return with_publications(article, sent), sent

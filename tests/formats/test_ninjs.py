"""ninjs export: every document is valid against the official IPTC schema of its flavour
(3.1 by default, 1.6 plus Superdesk's own keys for Superdesk) and carries the story."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from editor.cli import main
from editor.formats.ninjs import export
from editor.formats.options import ExportError, ExportOptions
from editor.model import storage
from editor.model.article import Article, Author, Dateline, Subject
from editor.model.build import article, bio, em, image, kicker, media, para, standfirst, title
from tests.formats.ninjs_validation import errors_31, errors_superdesk
from tests.shared import SAMPLE, seed_article
from tests.strategies import articles, png_bytes

NOW = datetime(2025, 2, 1, 12, 0, tzinfo=UTC)
PARIS = timezone(timedelta(hours=1))
IPTC = ExportOptions(now=NOW)
SUPERDESK = ExportOptions(now=NOW, ninjs_flavour="superdesk")


def exported(item: Article, folder: Path, options: ExportOptions = IPTC) -> dict[str, Any]:
    target = folder / ("story-" + options.ninjs_flavour + ".ninjs.json")
    assert export(item, target, options) == [target]
    document: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return document


def valid_in_both(item: Article, folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    iptc, superdesk = exported(item, folder), exported(item, folder, SUPERDESK)
    assert errors_31(iptc) == []
    assert errors_superdesk(superdesk) == []
    return iptc, superdesk


PICTURE = media(png_bytes(7, 5))


def full_story() -> Article:
    return article(
        kicker("Diplomatie"),
        title("Le dernier voyage"),
        standfirst("Trois jours à Bruxelles."),
        para("Il a ", em("enfin"), " parlé\u202f!"),
        image(PICTURE, caption="Au sommet", credit="AFP/Jean Dupont", alt="Deux hommes"),
        bio("Anne Martin couvre l’Europe."),
        meta=dict(
            language="fr",
            revision=3,
            section=("Actualités", "International"),
            authors=(Author("Anne Martin", "envoyée spéciale"), Author("Paul Durand")),
            dateline=Dateline("Bruxelles", date(2025, 2, 1)),
            created=datetime(2025, 2, 1, 9, 12, tzinfo=PARIS),
            keywords=("OTAN", "Europe"),
            subjects=(Subject("medtop:11000000", "politique"), Subject("maison:x", "Maison")),
            genre="genre:Analysis",
            slug="otan-voyage",
            credit="Le Quotidien",
            copyright="© Le Quotidien 2025",
            guid="urn:newsml:example.org:20250201:abc",
        ),
        media=(PICTURE,),
    )


def test_ninjs_31_names_every_field_as_the_iptc_schema_spells_it(tmp_path: Path) -> None:
    options = ExportOptions(now=NOW, embargo=datetime(2025, 2, 2, 6, 0, tzinfo=PARIS), urgency=2)
    doc = exported(full_story(), tmp_path, options)
    assert errors_31(doc) == []
    assert doc["uri"] == "urn:newsml:example.org:20250201:abc"
    assert doc["version"] == "3"
    assert doc["standard"]["version"] == "3.1"
    assert doc["embargoedUntil"] == "2025-02-02T05:00:00Z"
    assert doc["firstCreated"] == doc["contentCreated"] == "2025-02-01T08:12:00Z"
    assert doc["versionCreated"] == "2025-02-01T12:00:00Z"
    assert (doc["pubStatus"], doc["urgency"], doc["language"]) == ("usable", 2, "fr")
    assert doc["headlines"] == [
        {"role": "main", "value": "Le dernier voyage"},
        {"role": "kicker", "value": "Diplomatie"},
    ]
    assert doc["descriptions"][0]["value"] == "Trois jours à Bruxelles."
    body = doc["bodies"][0]
    assert body["contentType"] == "text/html"
    assert ">Il a <em>enfin</em> parlé\u202f!</p>" in body["value"]
    assert "Le dernier voyage" not in body["value"]  # the headline has its own field
    assert (body["charCount"], body["wordCount"]) > (0, 0)
    assert doc["by"] == "Anne Martin et Paul Durand"
    assert doc["people"] == [
        {"name": "Anne Martin", "rel": "author"},
        {"name": "Paul Durand", "rel": "author"},
    ]
    assert {"name": "politique", "uri": "http://cv.iptc.org/newscodes/mediatopic/11000000"} in (
        doc["subjects"]
    )
    assert {"name": "Maison", "literal": "maison:x"} in doc["subjects"]
    assert doc["genres"] == [{"uri": "http://cv.iptc.org/newscodes/genre/Analysis"}]
    assert doc["located"] == "Bruxelles"
    assert doc["places"] == [{"name": "Bruxelles", "rel": "dateline"}]
    assert (doc["copyrightHolder"], doc["copyrightNotice"]) == (
        "Le Quotidien",
        "© Le Quotidien 2025",
    )


def test_a_picture_keeps_alt_text_caption_and_credit_apart_with_its_rendition(
    tmp_path: Path,
) -> None:
    picture = exported(full_story(), tmp_path)["associations"][0]
    assert picture["type"] == "picture"
    assert {d["role"]: d["value"] for d in picture["descriptions"]} == {
        "caption": "Au sommet",
        "alternative": "Deux hommes",
    }
    assert picture["by"] == "AFP/Jean Dupont"
    rendition = picture["renditions"][0]
    assert (rendition["contentType"], rendition["width"], rendition["height"]) == (
        "image/png",
        7,
        5,
    )
    assert rendition["href"].startswith("data:image/png;base64,")
    assert rendition["sizeInBytes"] == len(PICTURE.data)


def test_superdesk_flavour_writes_the_keys_its_ingest_reads(tmp_path: Path) -> None:
    options = ExportOptions(
        now=NOW, ninjs_flavour="superdesk", embargo=datetime(2025, 2, 2, 6, 0, tzinfo=PARIS)
    )
    doc = exported(full_story(), tmp_path, options)
    assert errors_superdesk(doc) == []
    assert doc["guid"] == doc["uri"] == "urn:newsml:example.org:20250201:abc"
    assert doc["headline"] == "Le dernier voyage"
    assert doc["description_text"] == "Trois jours à Bruxelles."
    assert "<em>enfin</em>" in doc["body_html"]
    assert doc["located"] == "Bruxelles"
    assert doc["embargoed"] == "2025-02-02T05:00:00Z"
    assert doc["authors"] == [
        {
            "name": "Anne Martin",
            "role": "envoyée spéciale",
            "biography": "Anne Martin couvre l’Europe.",
        },
        {"name": "Paul Durand"},
    ]
    assert doc["keywords"] == ["OTAN", "Europe"]
    assert {
        "name": "politique",
        "code": "11000000",
        "scheme": "http://cv.iptc.org/newscodes/mediatopic/",
    } in doc["subject"]
    picture = doc["associations"]["picture1"]
    assert (picture["description_text"], picture["body_text"], picture["byline"]) == (
        "Au sommet",
        "Deux hommes",
        "AFP/Jean Dupont",
    )
    assert picture["renditions"]["original"]["mimetype"] == "image/png"


def test_a_new_version_keeps_the_guid_and_raises_the_version(tmp_path: Path) -> None:
    first = full_story()
    later = first.with_meta(revision=4)
    assert exported(first, tmp_path)["uri"] == exported(later, tmp_path)["uri"]
    assert exported(later, tmp_path)["version"] == "4"


def test_seed_and_sample_are_valid_in_both_flavours(tmp_path: Path) -> None:
    for item in (seed_article(), storage.load(SAMPLE)):
        iptc, superdesk = valid_in_both(item, tmp_path)
        assert iptc["headlines"][0]["value"] == item.title
        assert superdesk["headline"] == item.title


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(every_kind=True))
def test_any_article_is_valid_in_both_flavours(item: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        valid_in_both(item, Path(folder))


def test_the_schemas_refuse_what_they_should(tmp_path: Path) -> None:
    """The validators are not lenient: a wrong key, a date without offset, a relative href fail."""
    iptc, superdesk = valid_in_both(full_story(), tmp_path)
    assert errors_31({**iptc, "headline": "x"})
    assert errors_31({**iptc, "versionCreated": "2025-02-01T12:00:00"})
    broken = json.loads(json.dumps(iptc))
    broken["associations"][0]["renditions"][0]["href"] = "story-1.png"
    assert errors_31(broken)
    assert errors_superdesk({**superdesk, "writer": "x"})


def test_a_bad_embargo_or_flavour_is_refused_and_nothing_written(tmp_path: Path) -> None:
    target = tmp_path / "x.ninjs.json"
    for options in (
        ExportOptions(embargo=datetime(2025, 2, 2, 6, 0)),
        ExportOptions(ninjs_flavour="cms"),
    ):
        with pytest.raises(ExportError):
            export(full_story(), target, options)
    assert not target.exists()


def test_command_line_writes_ninjs_and_keeps_the_guid(tmp_path: Path) -> None:
    source = tmp_path / "story.article"
    storage.save(full_story().with_meta(guid=""), source)
    assert main(["export", str(source), "--to", "ninjs", "--ninjs-flavour", "superdesk"]) == 0
    doc = json.loads((tmp_path / "story.ninjs.json").read_text(encoding="utf-8"))
    kept = storage.load(source).meta.guid
    assert kept.startswith("urn:newsml:copydesk.invalid:20250201:")
    assert doc["guid"] == kept
    assert errors_superdesk(doc) == []


def test_ninjs_waits_for_the_review_and_carries_the_accepted_text(tmp_path: Path) -> None:
    """Readers get the final text: pending suggestions refuse the export unless accepted."""
    from tests.model.test_review import desk_edit

    target = tmp_path / "sommet.ninjs.json"
    with pytest.raises(ExportError, match=r"4 suggestion.* not yet accepted or rejected"):
        export(desk_edit(), target, ExportOptions())
    assert not target.exists()
    export(desk_edit(), target, ExportOptions(accept_all=True))
    written = target.read_text(encoding="utf-8")
    assert "ont siégé" in written and "se sont réunis" not in written
    assert "Une phrase de trop" not in written  # the paragraph suggested for deletion
    assert errors_31(json.loads(written)) == []


def test_the_articles_own_embargo_is_written_in_both_flavours(tmp_path: Path) -> None:
    until = datetime(2026, 12, 8, 6, 0, tzinfo=PARIS)
    iptc, superdesk = valid_in_both(full_story().with_meta(embargo=until), tmp_path)
    assert iptc["embargoedUntil"] == superdesk["embargoed"] == "2026-12-08T05:00:00Z"


def test_a_run_overrides_the_articles_embargo(tmp_path: Path) -> None:
    story = full_story().with_meta(embargo=datetime(2026, 12, 8, 6, 0, tzinfo=PARIS))
    later = ExportOptions(now=NOW, embargo=datetime(2026, 12, 9, 6, 0, tzinfo=PARIS))
    assert exported(story, tmp_path, later)["embargoedUntil"] == "2026-12-09T05:00:00Z"


def test_no_embargo_no_key(tmp_path: Path) -> None:
    iptc, superdesk = valid_in_both(full_story(), tmp_path)
    assert "embargoedUntil" not in iptc and "embargoed" not in superdesk

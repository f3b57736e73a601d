"""`copydesk publish`: by a destination's name from the destinations file, or to a folder or
address typed on the spot; the log kept in the article; a repeat refused without --again."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest

from editor.cli import main
from editor.model import storage
from editor.publish import destinations
from editor.publish.destinations import Destination
from editor.publish.log import publications
from tests.formats.ninjs_validation import errors_31
from tests.publish.servers import ftp_server, http_endpoint
from tests.publish.test_delivery import story
from tests.shared import PROJECT_ROOT


@pytest.fixture
def piece(tmp_path: Path) -> Path:
    source = tmp_path / "conseil.article"
    storage.save(story().with_meta(guid=""), source)
    return source


def test_publish_to_a_named_ftp_destination_keeps_the_log(
    piece: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "ftp"
    root.mkdir()
    file = tmp_path / "destinations.json"
    with ftp_server(root) as ftp:
        destinations.save([Destination("Agence", ftp.url(), ("ninjs", "newsml"))], file)
        assert main(["publish", str(piece), "--to", "agence", "--destinations", str(file)]) == 0
    assert sorted(p.name for p in root.iterdir()) == [
        "conseil-1.png",
        "conseil.newsml.xml",
        "conseil.ninjs.json",
    ]
    kept = storage.load(piece)
    assert [(p.destination, p.format, p.version) for p in publications(kept)] == [
        ("Agence", "ninjs", 2),
        ("Agence", "newsml", 2),
    ]
    assert kept.meta.guid and "version 2\t" + kept.meta.guid in capsys.readouterr().out
    assert oct(file.stat().st_mode & 0o777) == "0o600"
    schema = json.loads((PROJECT_ROOT / "resources" / "article.schema.json").read_text())
    jsonschema.validate(json.loads(piece.read_text(encoding="utf-8")), schema)


def test_publish_again_needs_again(
    piece: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    assert main(["publish", str(piece), "--to", str(drop)]) == 0
    (drop / "conseil.ninjs.json").unlink()
    assert main(["publish", str(piece), "--to", str(drop)]) == 1
    assert "already sent" in capsys.readouterr().err
    assert not (drop / "conseil.ninjs.json").exists()
    assert main(["publish", str(piece), "--to", str(drop), "--again"]) == 0
    assert len(publications(storage.load(piece))) == 2
    assert main(["publish", str(piece), "--to", str(drop), "--status", "withheld"]) == 0
    assert publications(storage.load(piece))[-1].status == "withheld"


def test_publish_to_an_http_address_with_an_embargo(
    piece: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with http_endpoint() as endpoint:
        code = main(
            [
                "publish",
                str(piece),
                "--to",
                endpoint.url(),
                "--embargo",
                "2025-02-02T06:00:00+01:00",
            ]
        )
    assert code == 0
    document = json.loads(endpoint.received["conseil.ninjs.json"])
    assert errors_31(document) == []
    assert document["embargoedUntil"] == "2025-02-02T05:00:00Z"
    assert "embargoed until" in capsys.readouterr().err


def test_a_failed_publish_changes_nothing(piece: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = piece.read_bytes()
    with http_endpoint() as endpoint:
        code = main(["publish", str(piece), "--to", endpoint.url(password="wrong")])
    assert code == 1
    assert "not published" in capsys.readouterr().err
    assert piece.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "cannot be read as JSON"),
        ('{"destinations": [{"name": "X", "address": "gopher://x/"}]}', "not a way to publish"),
        ('{"destinations": [{"name": "X", "address": "/tmp", "formats": ["pdf"]}]}', "(not pdf)"),
    ],
)
def test_a_broken_destinations_file_is_named_with_its_problem(
    piece: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    file = tmp_path / "destinations.json"
    file.write_text(content, encoding="utf-8")
    assert main(["publish", str(piece), "--to", "X", "--destinations", str(file)]) == 2
    error = capsys.readouterr().err
    assert str(file) in error and message in error


def test_an_unknown_destination_lists_the_known_ones(
    piece: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "destinations.json"
    destinations.save([Destination("Web", str(tmp_path), ("ninjs",))], file)
    assert main(["publish", str(piece), "--to", "Print", "--destinations", str(file)]) == 2
    assert "(Web)" in capsys.readouterr().err


def test_a_correction_keeps_the_embargo_until_it_lifts(
    piece: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    until = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    assert main(["publish", str(piece), "--to", str(drop), "--embargo", until.isoformat()]) == 0
    corrected = storage.load(piece).with_meta(slug="correction")
    storage.save(corrected, piece)
    assert main(["publish", str(piece), "--to", str(drop)]) == 0
    document = json.loads((drop / "conseil.ninjs.json").read_text(encoding="utf-8"))
    assert document["embargoedUntil"] == until.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [p.embargo for p in publications(storage.load(piece))] == [until, until]
    storage.save(storage.load(piece).with_meta(slug="lifted"), piece)
    assert main(["publish", str(piece), "--to", str(drop), "--lift-embargo"]) == 0
    document = json.loads((drop / "conseil.ninjs.json").read_text(encoding="utf-8"))
    assert "embargoedUntil" not in document


def test_the_articles_own_embargo_is_sent_said_and_logged(
    piece: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    until = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    storage.save(storage.load(piece).with_meta(embargo=until), piece)
    assert main(["publish", str(piece), "--to", str(drop), "--formats", "ninjs,newsml"]) == 0
    assert "embargoed until" in capsys.readouterr().err
    document = json.loads((drop / "conseil.ninjs.json").read_text(encoding="utf-8"))
    assert document["embargoedUntil"] == until.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "<embargoed>" in (drop / "conseil.newsml.xml").read_text(encoding="utf-8")
    kept = storage.load(piece)
    assert kept.meta.embargo == until
    assert {p.embargo for p in publications(kept)} == {until}


def test_lifting_clears_the_articles_embargo(piece: Path, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    until = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    storage.save(storage.load(piece).with_meta(embargo=until), piece)
    assert main(["publish", str(piece), "--to", str(drop), "--lift-embargo"]) == 0
    document = json.loads((drop / "conseil.ninjs.json").read_text(encoding="utf-8"))
    assert "embargoedUntil" not in document
    assert storage.load(piece).meta.embargo is None


def test_the_command_lines_embargo_overrides_the_articles_for_one_export(
    piece: Path, tmp_path: Path
) -> None:
    mine = datetime(2030, 1, 2, 6, 0, tzinfo=UTC)
    storage.save(storage.load(piece).with_meta(embargo=mine), piece)
    out = tmp_path / "out"
    override = "2030-01-03T06:00:00+00:00"
    assert main(["export", str(piece), "--to", "ninjs", "-o", str(out), "--embargo", override]) == 0
    document = json.loads(next(out.glob("*.ninjs.json")).read_text(encoding="utf-8"))
    assert document["embargoedUntil"] == "2030-01-03T06:00:00Z"
    assert storage.load(piece).meta.embargo == mine

"""Delivery to a watched folder, an FTP drop and an HTTP endpoint, against real servers on
127.0.0.1, with the ways each fails: nothing half-written is ever left under a real name."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import etree

from editor.formats.options import ExportOptions
from editor.model.article import Article
from editor.model.build import article, image, media, para, standfirst, title
from editor.publish.destinations import Destination
from editor.publish.log import already_sent, publications
from editor.publish.publishing import publish
from editor.publish.send import DeliveryError
from tests.formats.ninjs_validation import errors_31, errors_superdesk
from tests.publish.servers import PASSWORD, USER, certificate, ftp_server, http_endpoint
from tests.strategies import png_bytes

NOW = datetime(2025, 2, 1, 12, 0, tzinfo=UTC)
EMBARGO = datetime(2025, 2, 2, 6, 0, tzinfo=timezone(timedelta(hours=1)))
OPTIONS = ExportOptions(now=NOW, embargo=EMBARGO)
ALL = ("ninjs", "superdesk", "newsml")
PICTURE = media(png_bytes(120, 90))


def story() -> Article:
    return article(
        title("Le conseil vote le budget"),
        standfirst("Une séance de six heures."),
        para("Le budget a été adopté à l’unanimité."),
        image(PICTURE, caption="La salle du conseil", credit="Photo X", alt="Élus assis"),
        meta=dict(language="fr", revision=2, created=NOW),
        media=(PICTURE,),
    )


NAMES = {
    "conseil.ninjs.json",
    "conseil.superdesk.json",
    "conseil.newsml.xml",
    "conseil-1.png",
}


def check_received(files: dict[str, bytes]) -> None:
    """Every format arrived whole, schema-valid ninjs, with the embargo in each."""
    assert set(files) == NAMES
    iptc = json.loads(files["conseil.ninjs.json"])
    superdesk = json.loads(files["conseil.superdesk.json"])
    assert errors_31(iptc) == [] and errors_superdesk(superdesk) == []
    assert iptc["embargoedUntil"] == superdesk["embargoed"] == "2025-02-02T05:00:00Z"
    item = etree.fromstring(files["conseil.newsml.xml"])
    assert item.findtext(".//{*}embargoed") == "2025-02-02T06:00:00+01:00"
    assert files["conseil-1.png"] == PICTURE.data
    assert iptc["uri"] == superdesk["guid"] == item.get("guid")


def folder_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_folder_receives_every_format_and_the_log_says_so(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    seen: list[tuple[int, int]] = []
    destination = Destination("Web", str(drop), ALL)
    published, sent = publish(story(), destination, "conseil", OPTIONS, lambda *p: seen.append(p))
    check_received(folder_files(drop))
    assert seen[-1][0] == seen[-1][1] > 0
    assert [(p.destination, p.format, p.version) for p in publications(published)] == [
        ("Web", "ninjs", 2),
        ("Web", "superdesk", 2),
        ("Web", "newsml", 2),
    ]
    assert {p.guid for p in sent} == {published.meta.guid}
    assert already_sent(published, "Web", ALL) is not None
    assert already_sent(published.with_meta(slug="changed"), "Web", ALL) is None


def test_a_folder_that_does_not_exist_is_a_clear_failure(tmp_path: Path) -> None:
    with pytest.raises(DeliveryError, match="folder does not exist"):
        publish(story(), Destination("Web", str(tmp_path / "gone"), ALL), "conseil", OPTIONS)


DISK_FULL = """
import resource, signal, sys
from pathlib import Path
from editor.model import storage
from editor.publish.destinations import Destination
from editor.publish.publishing import parcels_for
from editor.publish.send import DeliveryError, deliver
from editor.formats.options import ExportOptions

article = storage.load(sys.argv[1])
options = ExportOptions()
parcels = [p for f in ("ninjs", "newsml") for p in parcels_for(article, f, "conseil", options)]
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = 2 * max(len(p.data) for p in parcels) // 3
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    deliver(Destination("Web", sys.argv[2], ("ninjs", "newsml")), parcels)
except DeliveryError as error:
    print(error)
    sys.exit(3)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="file-size limits are a POSIX feature")
def test_a_full_disk_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    """The disk fills during the upload (a file-size limit in a child process): the error
    says so, and the folder holds nothing — no partial file, no temporary one."""
    from editor.model import storage

    source = tmp_path / "conseil.article"
    storage.save(story(), source)
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "earlier.xml").write_bytes(b"<kept/>")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(DISK_FULL), str(source), str(drop)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 3, result.stderr
    assert "too large for the disk" in result.stdout
    assert folder_files(drop) == {"earlier.xml": b"<kept/>"}


def test_an_ftp_drop_receives_every_format(tmp_path: Path) -> None:
    root = tmp_path / "ftp"
    (root / "in").mkdir(parents=True)
    with ftp_server(root) as ftp:
        destination = Destination("Wire", ftp.url(folder="in"), ALL)
        published, _sent = publish(story(), destination, "conseil", OPTIONS)
    check_received(folder_files(root / "in"))
    assert publications(published)[0].address == ftp.url(folder="in").replace(f":{PASSWORD}", "")


def test_a_correction_replaces_the_files_on_a_server_that_will_not_rename_over_them(
    tmp_path: Path,
) -> None:
    with ftp_server(tmp_path, overwrite=False) as ftp:
        destination = Destination("Wire", ftp.url(), ("ninjs",))
        publish(story(), destination, "conseil", OPTIONS)
        publish(story().with_meta(revision=3), destination, "conseil", OPTIONS)
    assert set(folder_files(tmp_path)) == {"conseil.ninjs.json"}
    assert json.loads((tmp_path / "conseil.ninjs.json").read_bytes())["version"] == "3"


def test_an_ftp_login_refused_sends_nothing(tmp_path: Path) -> None:
    with ftp_server(tmp_path) as ftp:
        destination = Destination("Wire", ftp.url(password="wrong"), ALL)
        with pytest.raises(DeliveryError, match="refused the user name or password"):
            publish(story(), destination, "conseil", OPTIONS)
    assert folder_files(tmp_path) == {}


def test_an_ftp_connection_lost_mid_upload_leaves_nothing_behind(tmp_path: Path) -> None:
    with ftp_server(tmp_path, break_after=200) as ftp:
        destination = Destination("Wire", ftp.url(), ALL)
        with pytest.raises(DeliveryError, match="connection was lost"):
            publish(story(), destination, "conseil", OPTIONS)
    assert folder_files(tmp_path) == {}


def test_an_ftp_server_gone_mid_upload_leaves_no_file_under_a_real_name(tmp_path: Path) -> None:
    """The server stops altogether during the upload: nothing can be cleaned up there, but
    a watcher only ever sees temporary dot-names, never a partial story under its own name."""
    with ftp_server(tmp_path, break_after=200, vanish=True) as ftp:
        destination = Destination("Wire", ftp.url(), ALL)
        with pytest.raises(DeliveryError, match="connection was lost"):
            publish(story(), destination, "conseil", OPTIONS)
    left = set(folder_files(tmp_path))
    assert all(name.startswith(".") and name.endswith(".part") for name in left), left


def test_an_ftp_server_that_is_not_there_is_a_clear_failure(tmp_path: Path) -> None:
    with ftp_server(tmp_path) as ftp:
        port = ftp.port
    destination = Destination("Wire", f"ftp://{USER}:{PASSWORD}@127.0.0.1:{port}/", ALL)
    with pytest.raises(DeliveryError, match="refused the connection"):
        publish(story(), destination, "conseil", OPTIONS)


def test_an_http_endpoint_receives_every_format() -> None:
    with http_endpoint() as endpoint:
        publish(story(), Destination("CMS", endpoint.url(), ALL), "conseil", OPTIONS)
    check_received(endpoint.received)
    assert endpoint.content_types["conseil.ninjs.json"] == "application/json"
    assert endpoint.content_types["conseil-1.png"] == "image/png"


@pytest.mark.parametrize(
    ("mode", "password", "message"),
    [
        ("store", "wrong", "refused the user name or password"),
        ("full", PASSWORD, "no room left"),
        ("drop", PASSWORD, "connection was lost|server stopped answering"),
    ],
)
def test_an_http_failure_is_reported_and_nothing_is_stored(
    mode: str, password: str, message: str
) -> None:
    with http_endpoint(mode) as endpoint:
        destination = Destination("CMS", endpoint.url(password=password), ("ninjs",))
        with pytest.raises(DeliveryError, match=message):
            publish(story(), destination, "conseil", OPTIONS)
    assert endpoint.received == {}


@pytest.fixture
def trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A server certificate the client trusts, as a newsroom's own CA would be."""
    pair = certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(pair[0]))
    return pair


def test_an_ftps_drop_receives_every_format_over_tls(
    tmp_path: Path, trusted: tuple[Path, Path]
) -> None:
    root = tmp_path / "ftps"
    root.mkdir()
    with ftp_server(root, tls=trusted) as ftps:
        publish(story(), Destination("Wire", ftps.url(), ALL), "conseil", OPTIONS)
    check_received(folder_files(root))


def test_an_ftps_server_with_an_unknown_certificate_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "ftps"
    root.mkdir()
    untrusted = certificate(tmp_path)
    with (
        ftp_server(root, tls=untrusted) as ftps,
        pytest.raises(DeliveryError, match="secure connection failed"),
    ):
        publish(story(), Destination("Wire", ftps.url(), ALL), "conseil", OPTIONS)
    assert folder_files(root) == {}


def test_an_https_endpoint_receives_every_format(trusted: tuple[Path, Path]) -> None:
    with http_endpoint(tls=trusted) as endpoint:
        publish(story(), Destination("CMS", endpoint.url(), ALL), "conseil", OPTIONS)
    check_received(endpoint.received)


def test_a_cancelled_sending_to_a_folder_leaves_nothing(tmp_path: Path) -> None:
    """Cancelled once the first block is written: the temporary file goes, nothing is named."""
    from editor.publish.publishing import parcels_for
    from editor.publish.send import Cancel, deliver

    drop = tmp_path / "drop"
    drop.mkdir()
    cancel = Cancel()
    parcels = parcels_for(story(), "newsml", "conseil", OPTIONS)
    with pytest.raises(DeliveryError, match="the sending was cancelled"):
        web = Destination("Web", str(drop), ("newsml",))
        deliver(web, parcels, lambda sent: cancel.set(), cancel)
    assert folder_files(drop) == {}

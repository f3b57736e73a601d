"""Hostile files are refused quickly with a clear message, and nothing outside is read or written.

Each case is a real attack file built in the test: an XML billion laughs, external
entities pointing at /etc/passwd, a zip bomb, forged zip sizes, `../` names in a
zip, and pictures referenced outside an item's folder.
"""

from __future__ import annotations

import os
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from editor.formats import docx_read, newsml_read, safety
from editor.formats.imported import ImportRefusedError
from tests.strategies import png_bytes

PASSWD = Path("/etc/passwd")

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE newsItem [\n  <!ENTITY lol "lol">\n'
    + "".join(
        f'  <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
)
EXTERNAL = (
    f'<?xml version="1.0"?>\n<!DOCTYPE newsItem [<!ENTITY secret SYSTEM "file://{PASSWD}">]>\n'
)
ITEM = (
    '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta>'
    "<headline>{}</headline></contentMeta></newsItem>"
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def passwd_text() -> str:
    return PASSWD.read_text(encoding="utf-8", errors="replace") if PASSWD.exists() else "root:x:0:0"


# -- XML -------------------------------------------------------------------------------------------


def test_a_billion_laughs_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "lol.xml", LAUGHS + ITEM.format("&lol9;"))
    with pytest.raises(ImportRefusedError, match="declares XML entities"):
        newsml_read.load(path)
    with pytest.raises(ImportRefusedError, match="declares XML entities"):
        newsml_read.items(path)


def test_an_external_entity_never_reads_the_local_file(tmp_path: Path) -> None:
    path = write(tmp_path / "xxe.xml", EXTERNAL + ITEM.format("&secret;"))
    with pytest.raises(ImportRefusedError) as refused:
        newsml_read.load(path)
    assert "entities" in str(refused.value)
    first_line = passwd_text().splitlines()[0]
    assert first_line not in str(refused.value)


def test_an_entity_hidden_behind_a_long_comment_is_still_refused(tmp_path: Path) -> None:
    """Past what the prolog scan reads, the parser itself expands nothing and the
    declarations are found in the parsed document."""
    padding = "<!--" + "x" * (safety.PROLOG_BYTES * 5) + "-->\n"
    text = EXTERNAL.replace("<!DOCTYPE", padding + "<!DOCTYPE")
    path = write(tmp_path / "xxe-hidden.xml", text + ITEM.format("&secret;"))
    with pytest.raises(ImportRefusedError, match="entities"):
        newsml_read.load(path)


def test_a_utf16_file_is_scanned_too(tmp_path: Path) -> None:
    path = tmp_path / "lol16.xml"
    path.write_bytes(
        (LAUGHS + ITEM.format("&lol9;"))
        .replace('"1.0"?>', '"1.0" encoding="UTF-16"?>', 1)
        .encode("utf-16")
    )
    with pytest.raises(ImportRefusedError, match="entities"):
        newsml_read.load(path)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.newsml.xml"
    with path.open("wb") as sparse:
        sparse.truncate(65 * 1024 * 1024)
    with pytest.raises(ImportRefusedError, match="limit is 64 MB"):
        newsml_read.load(path)
    with pytest.raises(ImportRefusedError, match="limit is 64 MB"):
        docx_read.load(path.rename(tmp_path / "huge.docx"))


# -- DOCX: zip checks and XML parts -------------------------------------------------------------


def word_file(tmp_path: Path) -> bytes:
    document = docx.Document()
    document.add_paragraph("Le titre", style="Title")
    path = tmp_path / "base.docx"
    document.save(str(path))
    return path.read_bytes()


def repack(
    source: bytes, path: Path, extra: dict[str, bytes], replace: dict[str, bytes] | None = None
) -> Path:
    """A copy of a DOCX with parts replaced or added."""
    from io import BytesIO

    replace = replace or {}
    with (
        zipfile.ZipFile(BytesIO(source)) as original,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in original.infolist():
            target.writestr(item.filename, replace.get(item.filename, original.read(item)))
        for name, data in extra.items():
            target.writestr(name, data)
    return path


def test_an_external_entity_inside_a_word_document_is_refused(tmp_path: Path) -> None:
    source = word_file(tmp_path)
    with zipfile.ZipFile(tmp_path / "base.docx") as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    body = body.replace("Le titre", "&secret;")
    hostile = body.replace(
        "?>", "?>\n" + EXTERNAL.split("\n", 1)[1].replace("newsItem", "w:document"), 1
    )
    path = repack(source, tmp_path / "xxe.docx", {}, {"word/document.xml": hostile.encode("utf-8")})
    with pytest.raises(ImportRefusedError) as refused:
        docx_read.load(path)
    assert "word/document.xml" in str(refused.value) and "entities" in str(refused.value)
    assert passwd_text().splitlines()[0] not in str(refused.value)


def test_a_billion_laughs_in_the_styles_is_refused(tmp_path: Path) -> None:
    source = word_file(tmp_path)
    styles = LAUGHS.replace("newsItem", "w:styles") + (
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "&lol9;</w:styles>"
    )
    path = repack(source, tmp_path / "lol.docx", {}, {"word/styles.xml": styles.encode()})
    with pytest.raises(ImportRefusedError, match="declares XML entities"):
        docx_read.load(path)


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    path = repack(
        word_file(tmp_path), tmp_path / "bomb.docx", {"word/media/image9.png": bytes(20_000_000)}
    )
    assert path.stat().st_size < 200_000
    with pytest.raises(ImportRefusedError, match="zip bomb"):
        docx_read.load(path)


def _forge_sizes(path: Path, name: str, size: int) -> None:
    """Rewrite the central directory so `name` declares `size` bytes, packed and unpacked."""
    data = bytearray(path.read_bytes())
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) >= 0:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_length] == name.encode():
            struct.pack_into("<II", data, start + 20, size, size)
        start += 4
    path.write_bytes(bytes(data))


def test_a_forged_uncompressed_size_is_refused(tmp_path: Path) -> None:
    path = repack(
        word_file(tmp_path), tmp_path / "forged.docx", {"word/media/big.png": png_bytes()}
    )
    _forge_sizes(path, "word/media/big.png", 0x7FFF_0000)
    with pytest.raises(ImportRefusedError, match=r"would expand to \d+ MB; the limit is 512 MB"):
        docx_read.load(path)


def test_a_zip_with_too_many_entries_is_refused(tmp_path: Path) -> None:
    entries = {f"word/media/x{i}.bin": b"" for i in range(safety.MAX_ZIP_ENTRIES + 1)}
    path = repack(word_file(tmp_path), tmp_path / "many.docx", entries)
    with pytest.raises(ImportRefusedError, match="the limit is 10000"):
        docx_read.load(path)


@pytest.mark.parametrize(
    "name", ["../../escaped.txt", "/tmp/escaped.txt", "word\\..\\..\\escaped.txt", "C:/escaped.txt"]
)
def test_a_zip_with_names_outside_the_package_is_refused(tmp_path: Path, name: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    path = repack(word_file(tmp_path), work / "trick.docx", {name: b"written outside"})
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(ImportRefusedError, match="outside the package"):
        docx_read.load(path)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not Path("/tmp/escaped.txt").exists()


# -- pictures an item points at ------------------------------------------------------------------


NITF_ITEM = (
    '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>Titre</headline>'
    '</contentMeta><contentSet><inlineXML contenttype="application/nitf+xml">'
    '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>'
    '<p>Texte.</p><media media-type="image"><media-reference source="{}" mime-type="image/png"/>'
    "</media></body.content></body></nitf></inlineXML></contentSet></newsItem>"
)


@pytest.mark.parametrize(
    "source",
    [
        "../secret.png",
        "%2E%2E/secret.png",
        "{outside}/secret.png",
        "file://{outside}/secret.png",
        str(PASSWD),
        f"file://{PASSWD}",
        "https://example.org/photo.png",
        "lien.png",
    ],
)
def test_pictures_outside_the_item_folder_are_never_read(tmp_path: Path, source: str) -> None:
    outside = tmp_path
    (outside / "secret.png").write_bytes(png_bytes(9, 9))
    folder = tmp_path / "item"
    folder.mkdir()
    os.symlink(outside / "secret.png", folder / "lien.png")
    item = write(folder / "item.xml", NITF_ITEM.format(source.format(outside=outside)))
    imported = newsml_read.load(item)
    assert [b.kind for b in imported.article.blocks] == ["title", "paragraph"]
    assert not imported.article.media
    assert any("pictures not found beside the item" in note for note in imported.notes)

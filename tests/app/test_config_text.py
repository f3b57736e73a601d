"""A newsroom's length template or DOCX style map that cannot be used, said in the interface's
language: the English is the command line's, the French holds no English word but the names
of the settings it quotes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from PySide6.QtWidgets import QApplication

from editor.app import i18n
from editor.app.config_text import STYLE_MAP, TEMPLATE, describe
from editor.formats import epub, newsml
from editor.formats.docx import export
from editor.formats.docx_styles import load_style_map
from editor.formats.options import ExportError, ExportOptions
from editor.model.build import article, image, media, para, title
from editor.model.templates import TemplateError, load_templates
from tests.app.interface_texts import english_words, words

TEMPLATES: dict[str, Any] = {
    "not-a-count": {"target": "long"},
    "not-a-count/limit": {"target": 900, "limits": {"title": -3}},
    "not-texts": {"target": 900, "label": 12},
    "limits-not-a-table": {"target": 900, "limits": [1]},
    "unknown-limit": {"target": 900, "limits": {"banner": 10}},
    "not-an-object": [],
    "unknown-parent": {"extends": "nowhere"},
    "unknown-setting": {"target": 900, "colour": "red"},
    "no-target": {"label": "Filet"},
    "bad-measure": {"target": 900, "measure": "lines"},
    "not-json": "{",
}
STYLE_MAPS: dict[str, Any] = {
    "style-map-not-json": "{",
    "style-map-not-an-object": [],
    "style-map-unknown-role": {"banner": "Bandeau"},
    "style-map-unknown-role/image": {"image": "Photo"},
    "style-map-empty-name": {"title": " "},
}


def _write(path: Path, content: Any) -> Path:
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def errors(tmp_path: Path) -> Iterator[TemplateError | ExportError]:
    for key, content in TEMPLATES.items():
        folder = tmp_path / key.replace("/", "-")
        folder.mkdir()
        _write(folder / "filet.json", content)
        with pytest.raises(TemplateError) as caught:
            load_templates([folder])
        yield caught.value
    with pytest.raises(TemplateError) as caught:
        load_templates([tmp_path / "absent"])
    yield caught.value
    for key, content in STYLE_MAPS.items():
        with pytest.raises(ExportError) as wrong:
            load_style_map(_write(tmp_path / f"{key.replace('/', '-')}.json", content))
        yield wrong.value
    (tmp_path / "latin1.json").write_bytes(b'{"title": "Titre \xe9"}')
    with pytest.raises(ExportError) as wrong:
        load_style_map(tmp_path / "latin1.json")
    yield wrong.value
    yield from _reference_errors(tmp_path)


def _reference_errors(tmp_path: Path) -> Iterator[ExportError]:
    """A newsroom's reference template that is no Word file, or whose kicker style is one for
    characters: each fails the DOCX export, as the Export dialog runs it."""
    piece = article(title("Le marché"), para("Le texte."), meta={"language": "fr"})
    not_word = _write(tmp_path / "modele.docx", "pas un document")
    template = docx.Document()
    template.styles.add_style("Surtitre", WD_STYLE_TYPE.CHARACTER)
    clashing = tmp_path / "modele-maison.docx"
    template.save(str(clashing))
    for reference in (not_word, clashing):
        with pytest.raises(ExportError) as wrong:
            export(piece, tmp_path / "papier.docx", ExportOptions(reference_docx=reference))
        yield wrong.value
    lost = article(title("Le marché"), image("sha256:absente", alt="Les étals"))
    with pytest.raises(ExportError) as wrong:
        export(lost, tmp_path / "perdu.docx", ExportOptions())
    yield wrong.value
    broken = media(b"\x89PNG\r\n\x1a\n" + b"\0" * 8)  # a PNG cut short
    with pytest.raises(ExportError) as wrong:
        export(article(title("T"), image(broken), media=[broken]), tmp_path / "x.docx")
    yield wrong.value
    yield from _wire_errors(tmp_path)
    gif = media(b"GIF89a" + b"\0" * 32, "image/gif")
    for alt in ("Les étals", ""):
        animated = article(title("Le marché"), image(gif, alt=alt), media=[gif])
        with pytest.raises(ExportError) as wrong:
            epub.export(animated, tmp_path / "papier.epub", ExportOptions())
        yield wrong.value


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")


def test_every_sentence_is_reached(qapp: QApplication, tmp_path: Path) -> None:
    reached = {error.code for error in errors(tmp_path)}
    assert {key.partition("/")[0] for key in TEMPLATE} <= reached
    assert {key.partition("/")[0] for key in STYLE_MAP} - reached == {
        "style-map-unreadable",
        "reference-unreadable",
        "reference-damaged",
    }


def test_in_english_the_window_says_what_the_command_line_says(
    qapp: QApplication, tmp_path: Path
) -> None:
    i18n.install("en")
    for error in errors(tmp_path):
        assert describe(error) == str(error), error.code


def test_in_french_no_english_but_the_names_quoted(french: None, tmp_path: Path) -> None:
    english = english_words()
    for error in errors(tmp_path):
        said = describe(error)
        assert said != str(error), said
        ours = re.sub(r"«[^»]*»", "", said)  # the names of settings, roles and kinds
        for value in error.values.values():  # the file's own values (body, total…)
            ours = ours.replace(value, "")
        assert not words(ours) & english, (error.code, said, words(ours) & english)


def _wire_errors(tmp_path: Path) -> Iterator[ExportError]:
    """NewsML-G2 options a script can pass wrong, a language that is no tag, a lost picture."""
    piece = article(title("Le marché"), para("Le texte."), meta={"language": "fr"})
    wrong_options = (
        ExportOptions(pub_status="bogus"),
        ExportOptions(urgency=12),
        ExportOptions(embargo=datetime(2025, 1, 10, 6)),
        ExportOptions(provider_uri="pas une adresse"),
    )
    cases = [(piece, options) for options in wrong_options]
    cases.append((article(title("T"), para("p"), meta={"language": "f_r"}), ExportOptions()))
    cases.append((article(title("T"), image("sha256:absente")), ExportOptions()))
    for case, options in cases:
        with pytest.raises(ExportError) as wrong:
            newsml.export(case, tmp_path / "depeche.xml", options)
        yield wrong.value

"""What an import guessed or left out, told in the interface's language.

Real files go through the real importers; the window's English must be the command line's,
and its French must hold no English word but the names the notes quote (a place, a style).
Every note code and every left-out phrase in the importers' source has its sentence, and no
importer gives a note without a code (a plain string the window could only show in English).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QApplication

from editor.app import files, i18n
from editor.app.application import Copydesk
from editor.app.note_text import LEFT_OUT, LEFT_OUT_NAMED, SENTENCES, counted, describe
from editor.formats.imported import Note
from tests.app.interface_texts import english_words, words
from tests.shared import PROJECT_ROOT

FORMATS = PROJECT_ROOT / "editor" / "formats"
FIXTURES = PROJECT_ROOT / "tests" / "formats" / "fixtures"
WIRE_ITEMS = sorted((FIXTURES / "wire").glob("*.xml"))
"""Real agencies' items, as a desk receives them (their README names each one's source)."""

WIRE = (
    "PRIX DU PAIN : LA FILIÈRE S’INQUIÈTE\n\n"
    "LYON, 4 déc 2024 (AFP) - Les boulangers de la région alertent sur le coût de l’énergie.\n\n"
    "Une hausse attendue\n\n"
    "Le prix de la baguette pourrait passer à 1,40 euro d’ici au printemps.\n\n"
    "Les clients\n\n"
    "Ils disent comprendre, mais comptent chaque centime. Caf\xe9 compris."
)
MARKDOWN = (
    "---\ntitle: Le marché\nmood: gris\n---\n\n# Le marché\n\n- un\n- deux\n\n"
    "![Photo](absente.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nLe texte.\n"
)


def _word(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Les chiffres", style="Title")
    document.add_paragraph("Premier point", style="List Bullet")
    document.add_paragraph("Deuxième point", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Budget"
    path = tmp_path / "liste.docx"
    document.save(str(path))
    return path


def _plain_word(tmp_path: Path) -> Path:
    document = docx.Document()
    for text in ("Le marché rouvre", "Après un an de travaux.", "Un long paragraphe. " * 5):
        document.add_paragraph(text)
    document.add_paragraph().add_run("Les étals").bold = True
    document.add_paragraph("La suite du texte, qui dit tout. " * 3)
    path = tmp_path / "sans-styles.docx"
    document.save(str(path))
    return path


def notes(tmp_path: Path) -> Iterator[Note]:
    """The notes of real imports: wire copy, Markdown, Word documents, NewsML and NITF items,
    the real agencies' items among them; each one a `Note` with a code."""
    wire = tmp_path / "depeche.txt"
    wire.write_bytes(WIRE.encode("cp1252"))
    markdown = tmp_path / "papier.md"
    markdown.write_text(MARKDOWN, encoding="utf-8")
    sources = [wire, markdown, _word(tmp_path), _plain_word(tmp_path)]
    sources += [*sorted(FIXTURES.glob("*.xml")), *WIRE_ITEMS]
    for source in sources:
        for note in files.import_file(source).notes:
            assert isinstance(note, Note), (source.name, note)
            assert note.code, (source.name, note)
            yield note


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")


def test_in_english_the_window_says_what_the_command_line_says(
    qapp: QApplication, tmp_path: Path
) -> None:
    i18n.install("en")
    seen = list(notes(tmp_path))
    assert len({note.code for note in seen}) >= 8
    for note in seen:
        assert describe(note) == note, note.code


def test_in_french_the_notes_hold_no_english(french: None, tmp_path: Path) -> None:
    english = english_words()
    for note in notes(tmp_path):
        said = describe(note)
        assert said != note, note
        assert not _english_left(note, said, english), (note, said)


def test_plural_forms_of_the_counted_notes(french: None) -> None:
    one = counted("style-as-body", 1, {"style": "Chapeau"})
    assert one == "1 paragraphe du style «\u00a0Chapeau\u00a0» a été importé comme texte courant."
    i18n.install("en")
    many = counted("subheads-guessed-in-text", 3, {})
    assert many == "3 short lines without final punctuation were taken as subheads (a guess)."


def _source_codes() -> set[str]:
    """The code of every `Note(text, code, …)` the importers write."""
    found = set()
    for module in FORMATS.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            named = isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Note"
            if named and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                found.add(str(node.args[1].value))
    return found


def _left_out_phrases() -> set[str]:
    """What the importers count as left out, with "x" for the names filled in."""
    found = set()
    for module in FORMATS.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Subscript) and getattr(node.value, "attr", "") == "left_out":
                key = node.slice
                if isinstance(key, ast.Constant):
                    found.add(str(key.value))
                elif isinstance(key, ast.JoinedStr):
                    parts = (v.value if isinstance(v, ast.Constant) else "x" for v in key.values)
                    found.add("".join(map(str, parts)))
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in (
                "_LEFT_OUT",
                "_DROPPED",
            ):
                assert isinstance(node.value, ast.Dict)
                found |= {str(v.value) for v in node.value.values if isinstance(v, ast.Constant)}
    return found


def test_every_note_and_left_out_phrase_has_its_sentence(qapp: QApplication) -> None:
    codes = _source_codes()
    assert len(codes) >= 25
    known = {key.partition("/")[0] for key in SENTENCES}
    assert codes - known == {
        "subheads-guessed",
        "subheads-guessed-in-text",
        "style-as-body",
        "docx-review",
    }
    values = {"style": "x", "problem": "empty-revision"}
    assert all(counted(code, 2, values) for code in codes - known)
    phrases = _left_out_phrases()
    assert len(phrases) >= 15
    unmatched = {
        phrase
        for phrase in phrases
        if phrase not in LEFT_OUT
        and not any(pattern.fullmatch(phrase) for pattern, _ in LEFT_OUT_NAMED)
    }
    assert unmatched == set()
    assert not re.search(r"\(s\)", " ".join(SENTENCES.values()))


def _english_left(note: Note, said: str, english: frozenset[str]) -> set[str]:
    """The English words in what the window says of `note`, less the names the note quotes
    (a place, an account, a headline, the sender's own words)."""
    quoted = said
    for value in note.values.values():
        if note.code != "left-out" or value.isdigit():
            quoted = quoted.replace(value, "")
    return words(quoted) & english


def test_each_wire_item_imported_in_french_has_french_notes(desk: Copydesk, french: None) -> None:
    english = english_words()
    shown = 0
    for item in WIRE_ITEMS:
        expected = files.import_file(item).notes
        window = desk.open(item)
        assert window is not None, item.name
        if not expected:
            continue
        box = window.import_notes
        assert box.isVisible(), item.name
        lines = box.detailedText().split("\n")
        assert len(lines) == len(expected), (item.name, lines)
        for note, said in zip(expected, lines, strict=True):
            assert isinstance(note, Note)
            assert said != note, (item.name, said)
            assert not _english_left(note, said, english), (item.name, said)
        box.accept()
        shown += 1
    assert shown >= 7


def _plain_notes() -> list[str]:
    """Where the importers add a note that is not a `Note` with a code (a plain string, a
    formatted one, a `Note` without its code), as "module:line"."""
    makers = {"Note", "left_out_note"}
    found = []
    for module in sorted(FORMATS.glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            target = func.value if isinstance(func, ast.Attribute) else None
            named = getattr(target, "id", "") or getattr(target, "attr", "")
            if getattr(func, "attr", "") == "append" and named == "notes":
                made = node.args[0]
                if not (isinstance(made, ast.Call) and getattr(made.func, "id", "") in makers):
                    found.append(f"{module.name}:{node.lineno}")
            if getattr(func, "id", "") == "Note":
                code = node.args[1] if len(node.args) > 1 else None
                code = next((k.value for k in node.keywords if k.arg == "code"), code)
                if not (isinstance(code, ast.Constant) and code.value):
                    found.append(f"{module.name}:{node.lineno}")
    return found


def test_no_importer_gives_a_note_without_a_code() -> None:
    assert _plain_notes() == []


def test_review_notes_of_a_word_import_are_said_in_both_languages(qapp: QApplication) -> None:
    from editor.formats.docx_read_review import _SENTENCES, _note

    english = english_words()
    for code in _SENTENCES:
        for count in (1, 3):
            note = _note(code, count)
            i18n.install("en")
            assert describe(note) == note, note
            i18n.install("fr")
            said = describe(note)
            assert said.startswith(f"Relecture\u00a0: {count} "), said
            assert not _english_left(note, said, english), (note, said)
    i18n.install("en")

"""The check's problems in the interface's language: every sentence, with its values filled in."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.check_dock import CheckDock
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.app.problem_text import SENTENCES, VARIANTS, describe
from editor.model import review
from editor.model.annotations import Comment
from editor.model.article import Article, Dateline
from editor.model.build import article, image, media, para, quote, title
from editor.model.check import Problem, check
from editor.model.inline import Run
from editor.model.review import Anchor
from editor.model.schema import RULES
from editor.model.templates import Template, parse_template
from editor.model.typography import NBSP, NNBSP
from editor.resources import resource
from tests.model.test_review import desk_edit
from tests.model.test_schema import CASES
from tests.shared import SAMPLE, seed_article

COMPLETE = dict(language="fr", section=("Culture",), authors=("Ana",), dateline=Dateline("Lyon"))


def troubles() -> list[Article]:
    """Articles that, between them, break every rule the check knows."""
    png = media(b"png")
    typography = para(
        'Il dit "oui" ; puis : non ! L\'Etat paie 12345 euros...  Fin. Un " seul. Et « ouvert'
    )
    return [
        *(broken for broken, _kept in CASES.values()),
        article(title("T"), typography, meta=COMPLETE),
        article(title("T"), para("Voir [à compléter] et TK, XXX ???"), meta=COMPLETE),
        article(title("T" * 95), para("a" * 9000), meta={**COMPLETE, "template": "breve"}),
        article(title("T"), para("a" * 100), meta={**COMPLETE, "template": "grand-format"}),
        article(
            title("T"),
            image(png, caption="c" * 210, alt="a"),
            image(png),
            meta={**COMPLETE, "template": "article"},
            media=[png],
        ),
        article(title("T"), para("Le corps."), quote("Jamais dit.", by="X"), meta=COMPLETE),
        article(title("T"), para("p"), meta={"language": "f_r", "template": "tribune"}),
        article(title("T"), para("p"), meta={"language": "de"}),
        article(title("T"), meta={**COMPLETE, "embargo": datetime(2020, 1, 10, tzinfo=UTC)}),
        article(title("T"), para("It's \"fine\"... a ' b"), meta={**COMPLETE, "language": "en"}),
        under_review(),
    ]


def under_review() -> Article:
    """Suggestions pending and a comment open: the review's own problems."""
    return review.add_comment(
        desk_edit(), Comment("c1", "Ana", None, "Source ?"), Anchor("p1", 0), Anchor("p1", 3)
    )


def whole_article_templates() -> dict[str, Template]:
    """A template that measures the whole article, not the body alone as the shipped ones do."""
    data = json.loads(resource("templates", "breve.json").read_text(encoding="utf-8"))
    made = parse_template("tout", {**data, "measure": "total"}, Path("tout.json"))
    return {"tout": made}


def every_problem() -> list[Problem]:
    found = [p for a in troubles() for p in check(a)]
    whole = whole_article_templates()
    for size in (10, 3000):
        art = article(title("T"), para("a" * size), meta={**COMPLETE, "template": "tout"})
        found += check(art, whole)
    return found + check(seed_article()) + check(article(title("T"), para("x")))


def sentence_key(problem: Problem) -> str:
    variant = VARIANTS.get(problem.code)
    return f"{problem.code}/{problem.values[variant]}" if variant else problem.code


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")


def test_every_rule_has_a_sentence_and_the_articles_reach_them_all(qapp: QApplication) -> None:
    problems = every_problem()
    reached = {sentence_key(p) for p in problems}
    assert reached == set(SENTENCES), set(SENTENCES) ^ reached
    assert set(RULES) <= {key.partition("/")[0] for key in SENTENCES}


def test_in_english_the_window_says_what_the_command_line_says(qapp: QApplication) -> None:
    i18n.install("en")
    for problem in every_problem():
        said = describe(problem)
        assert re.sub(r"(?<=\d),(?=\d{3})", "", said) == problem.message, problem.code


def test_in_french_every_problem_is_said_in_french(french: None) -> None:
    for problem in every_problem():
        said = describe(problem)
        assert said != problem.message, (problem.code, said)
        assert not re.search(r"[{}]", said), said
        for value in ("signes", "limit", "amount", "target", "language", "template"):
            if value in problem.values:
                assert problem.values[value] in said.replace(NNBSP, ""), (problem.code, said)
    big = article(title("T"), para("a" * 9000), meta={**COMPLETE, "template": "breve"})
    [over] = [p for p in check(big) if p.code == "over-target"]
    assert f"9{NNBSP}000{NBSP}signes" in describe(over)


def test_french_sentences_with_their_words_translated(french: None) -> None:
    long = article(title("T" * 95), para("p"), meta={**COMPLETE, "template": "breve"})
    [over] = [p for p in check(long) if p.code == "block-too-long"]
    assert describe(over).startswith("Titre\u00a0: 95\u00a0signes")
    spaced = article(title("T"), para("Oui !"), meta=COMPLETE)
    [space] = [p for p in check(spaced) if p.code == "space-before-punctuation"]
    assert "espace fine insécable" in describe(space)
    marked = article(title("T"), para("p"), meta=COMPLETE)
    marked = marked.replace_block(
        marked.blocks[0].__class__(
            "title", (Run("T", frozenset({"strong"})),), id=marked.blocks[0].id
        )
    )
    [mark] = [p for p in check(marked) if p.code == "mark-not-allowed"]
    assert describe(mark) == f"Titre ne peut pas porter «{NBSP}gras{NBSP}»."


def test_the_check_dock_lists_problems_in_french(qtbot: QtBot, french: None) -> None:
    window = MainWindow(Document(check_sample_with_a_problem()), opener=lambda _path: None)
    qtbot.addWidget(window)
    dock = window.findChild(CheckDock)
    assert isinstance(dock, CheckDock)
    dock.refresh()
    texts = dock.list.texts()
    assert any(text.startswith("Marque provisoire «") for text in texts), texts
    i18n.install("en")

    def listed() -> list[str]:
        return dock.list.texts()

    qtbot.waitUntil(lambda: any(text.startswith("Placeholder “TK”") for text in listed()))


def check_sample_with_a_problem() -> Article:
    from editor.model import storage

    sample = storage.load(SAMPLE)
    block = next(b for b in sample.blocks if b.kind == "paragraph")
    return sample.replace_block(block.__class__(block.kind, (Run("Chiffre TK."),), id=block.id))


def test_the_undo_step_of_a_mark_names_it_in_french(qtbot: QtBot, french: None) -> None:
    window = MainWindow(Document(check_sample_with_a_problem()), opener=lambda _path: None)
    qtbot.addWidget(window)
    cursor = window.surface.textCursor()
    cursor.setPosition(window.document.text.lastBlock().position())
    cursor.setPosition(cursor.position() + 5, QTextCursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)
    window.action("mark:em").trigger()
    assert "italique" in window.document.undo_stack.undoText()
    window.document.undo_stack.setClean()  # closed by the test's end without a prompt

"""The bridge: what the surface shows reads back as the article it was built from, and every
edit Qt reports folds into the model exactly as a full re-read would."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor, QTextDocument

from editor.app import bridge, editing
from editor.app.document import Document
from editor.model import storage
from editor.model.article import Article
from editor.model.build import (
    article,
    bio,
    em,
    image,
    kicker,
    link,
    marked,
    media,
    para,
    quote,
    standfirst,
    strong,
    subhead,
    sup,
    title,
)
from editor.model.inline import EM, LINK
from tests.shared import SAMPLE
from tests.strategies import articles, png_bytes, words

QT = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def round_trip(source: Article) -> Article:
    return bridge.to_model(bridge.to_qt(source), source)


@QT
@given(articles(every_kind=True, languages=True))
def test_every_kind_reads_back_as_built(qapp: object, source: Article) -> None:
    assert round_trip(source) == source


@QT
@given(articles())
def test_any_article_reads_back_as_built(qapp: object, source: Article) -> None:
    assert round_trip(source) == source


def test_marks_links_images_and_awkward_text_read_back(qapp: object) -> None:
    picture = media(png_bytes(30, 20))
    source = article(
        kicker("Diplomatie"),
        title("Le 1", sup("er"), " sommet ", em("à huis clos")),
        standfirst("Chapô ", strong("gras"), " et ", em("italique")),
        para(
            "Texte\u00a0: « guillemets », ",
            link("lien", "https://example.org/é%20x#frag"),
            ", ",
            marked("tout", EM, LINK, href="mailto:desk@example.org"),
            " 👩🏽‍💻 שלום e\u0301",
        ),
        subhead("Intertitre"),
        quote("Une ", em("citation"), by="Quelqu’un"),
        image(picture, caption="Légende", credit="AFP", alt="Une image"),
        image(picture),
        quote("Sans attribution"),
        bio("L’auteur"),
        meta=dict(section=("Monde", "Europe"), language="fr"),
        media=[picture],
    )
    assert round_trip(source) == source


def test_the_sample_reads_back(qapp: object) -> None:
    sample = storage.load(SAMPLE)
    assert round_trip(sample) == sample


def test_a_composite_block_is_a_tagged_frame(qapp: object) -> None:
    source = article(para("Avant"), quote("Citation", by="Auteur"), para("Après"))
    document = bridge.to_qt(source)
    frames = document.rootFrame().childFrames()
    assert len(frames) == 1
    fmt = frames[0].frameFormat()
    assert fmt.stringProperty(bridge.KIND) == "pullquote"
    assert fmt.stringProperty(bridge.BLOCK_ID) == source.blocks[1].id
    roles = []
    block = document.findBlock(frames[0].firstPosition())
    while block.isValid() and block.position() <= frames[0].lastPosition():
        roles.append((bridge.role_of(block), block.text()))
        block = block.next()
    assert roles == [("text", "Citation"), ("attribution", "Auteur")]


def test_images_are_document_resources(qapp: object) -> None:
    picture = media(png_bytes(8, 6))
    document = bridge.to_qt(article(image(picture, alt="x"), media=[picture]))
    resource = document.resource(
        QTextDocument.ResourceType.ImageResource, bridge.media_url(picture.key)
    )
    assert not resource.isNull() and resource.width() == 8


def test_a_picture_recorded_as_another_type_still_shows(qapp: object) -> None:
    """Pictures are read as their recorded type; one whose bytes say otherwise (a PNG
    recorded as a JPEG, a type Qt has no reader named for) is read as Qt finds it."""
    for recorded in ("image/png", "image/jpeg", "image/x-unheard-of"):
        picture = media(png_bytes(8, 6), type=recorded)
        document = bridge.to_qt(article(image(picture, alt="x"), media=[picture]))
        resource = document.resource(
            QTextDocument.ResourceType.ImageResource, bridge.media_url(picture.key)
        )
        assert (resource.width(), resource.height()) == (8, 6), recorded


# -- the incremental path ----------------------------------------------------------------------

edits = st.lists(
    st.tuples(
        st.sampled_from(["type", "delete", "split", "kind", "remove", "move"]),
        st.floats(0, 1),
        st.floats(0, 1),
        words(max_size=3),
    ),
    min_size=1,
    max_size=10,
)


def apply(document: Document, action: str, a: float, b: float, text: str) -> None:
    """One edit as the surface or Qt itself would make it."""
    size = document.text.characterCount() - 1
    lo, hi = sorted((int(a * size), int(b * size)))
    cursor = QTextCursor(document.text)
    cursor.setPosition(lo)
    unit = bridge.unit_of(cursor.block())
    if action == "type" and bridge.role_of(cursor.block()) != bridge.PICTURE:
        cursor.insertText(text)
    elif action == "delete":
        cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    elif action == "split" and not bridge.role_of(cursor.block()):
        cursor.insertBlock()  # Qt copies the paragraph's format, id included
    elif action == "kind" and unit is not None:
        kind = editing.CONVERTIBLE[int(b * (len(editing.CONVERTIBLE) - 1))]
        document.replace_units([unit], [editing.converted(document.block(unit.id), kind)], "Kind")
    elif action == "remove" and unit is not None:
        document.replace_units([unit], [], "Delete")
    elif action == "move":
        editing.move_block(document, cursor, 1 if b > 0.5 else -1)


@QT
@given(articles(every_kind=True, languages=True), edits)
def test_folded_edits_match_a_full_read(
    qapp: QCoreApplication, source: Article, steps: list[tuple[str, float, float, str]]
) -> None:
    """Typing, deletions across blocks, splits, kind changes, removals and moves: after each
    one the model updated block by block is what reading the whole document gives; undoing
    everything gives back the original blocks, and redoing gives back the last state."""
    document = Document(source)
    for step in steps:
        apply(document, *step)
        qapp.processEvents()  # Qt's own splits get their new id stamped on the next turn
        assert document.article == bridge.to_model(document.text, document.article)
    final = document.article.blocks
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.article.blocks == source.blocks
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert document.article.blocks == final

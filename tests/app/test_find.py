"""Find and replace across every block: whole words, case, accents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.app.document import Document
from editor.app.find import Query, fold, matches_in, replace_all
from editor.model.build import article, em, image, media, para, quote, title
from tests.strategies import png_bytes

PICTURE = media(png_bytes(4, 3))


def piece() -> Document:
    return Document(
        article(
            title("L’Élysée et l’élysée"),
            para("Elysée, ", em("ÉLYSÉE"), " et Élyséens."),
            quote("À l’Élysée", by="Un conseiller de l’Elysee"),
            image(PICTURE, caption="Le perron de l’Élysée", alt="Élysée"),
            media=[PICTURE],
        )
    )


def found(document: Document, query: Query) -> list[str]:
    text = document.text
    out = []
    for begin, end in matches_in(text, query):
        block = text.findBlock(begin)
        out.append(block.text()[begin - block.position() : end - block.position()])
    return out


def test_accents_and_case_are_ignored_unless_asked(qapp: QCoreApplication) -> None:
    document = piece()
    assert found(document, Query("elysee")) == [
        "Élysée", "élysée", "Elysée", "ÉLYSÉE", "Élysée", "Élysée", "Elysee", "Élysée", "Élysée"
    ]  # fmt: skip
    assert found(document, Query("Élysée", match_case=True, ignore_accents=False)) == [
        "Élysée", "Élysée", "Élysée", "Élysée", "Élysée"
    ]  # fmt: skip
    assert found(document, Query("élysée", ignore_accents=False)) == [
        "Élysée", "élysée", "ÉLYSÉE", "Élysée", "Élysée", "Élysée", "Élysée"
    ]  # fmt: skip


def test_whole_words_only(qapp: QCoreApplication) -> None:
    document = piece()
    assert "Élyséens" not in "".join(found(document, Query("élysée", whole_word=True)))
    assert len(found(document, Query("elysee", whole_word=True))) == 8
    assert len(found(document, Query("elysee"))) == 9


def test_folding_keeps_positions(qapp: QCoreApplication) -> None:
    folded, where = fold("Œuvre ß e\u0301", Query("x"))
    assert folded == "œuvre ss e"
    assert where[folded.index("ss")] == 6 and where[-1] == len("Œuvre ß e\u0301")


def test_replace_all_reaches_every_block_in_one_step(qapp: QCoreApplication) -> None:
    document = piece()
    count = replace_all(document, Query("elysee", whole_word=True), "Matignon")
    assert count == 8
    blocks = document.article.blocks
    assert blocks[0].plain_text == "L’Matignon et l’Matignon"
    assert blocks[1].text == para("Matignon, ", em("Matignon"), " et Élyséens.").text
    assert blocks[2].attr("attribution") == "Un conseiller de l’Matignon"
    assert blocks[3].attr("caption") == "Le perron de l’Matignon"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.article.blocks[0].plain_text == "L’Élysée et l’élysée"

"""Local edits become Yjs operations; a peer's transaction becomes the smallest description
the window needs: the range of text that changed, blocks inserted, removed, re-kinded, metadata."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import UndoManager

from editor.coedit.changes import TextChange
from editor.coedit.edits import LOCAL, TextEdit, apply_text_edit
from editor.coedit.layout import doc_to_article, roots
from editor.model import review
from editor.model.annotations import Comment
from editor.model.article import Block
from editor.model.build import article, em, para, strong, title
from editor.model.inline import Run, plain
from tests.coedit.peers import peers, sync

STORY = article(
    title("Sommet de Bruxelles", id="t"),
    para("Les ministres se sont réunis.", id="p1"),
    para("Ils reprendront lundi 😀 à Bruxelles.", id="p2"),
)


def test_typing_reaches_the_other_as_the_range_it_changed() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    anne.type("p1", 4, "deux ")
    sync(anne, paul)
    assert paul.article == anne.article == doc_to_article(paul.doc)
    assert paul.block("p1").plain_text == "Les deux ministres se sont réunis."
    assert paul.heard[-1].texts == (TextChange("p1", 4, 0, plain("deux ")),)
    assert anne.heard == []  # one's own edits are not heard back


def test_a_change_after_an_emoji_lands_at_the_qt_position_of_the_other() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    before = paul.block("p2").plain_text
    at = before.index("à")
    anne.type("p2", at, "ici ")
    sync(anne, paul)
    (change,) = paul.heard[-1].texts
    assert change == TextChange("p2", at, 0, plain("ici "))
    assert change.in_utf16(before) == (at + 1, 0)  # the emoji is two units in Qt
    assert paul.block("p2").plain_text == "Ils reprendront lundi 😀 ici à Bruxelles."


def test_two_people_typing_in_one_paragraph_at_once_keep_both_words() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    anne.type("p1", 4, "deux ")
    paul.type("p1", 28, " hier")
    sync(anne, paul)
    assert anne.article == paul.article
    assert paul.block("p1").plain_text == "Les deux ministres se sont réunis hier."


def test_italics_on_a_word_is_a_format_change_of_that_word_only() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    anne.restyle("p1", (Run("Les "), em("ministres"), Run(" se sont réunis.")))
    sync(anne, paul)
    assert paul.article == anne.article
    assert paul.heard[-1].texts == (TextChange("p1", 4, 9, (em("ministres"),)),)


def test_typing_after_a_bold_word_is_not_bold_on_the_other_side() -> None:
    bold = article(title("T", id="t"), para(strong("Urgent"), id="p"))
    anne, paul = peers(bold, "anne", "paul")
    typed = replace(anne.block("p"), text=(strong("Urgent"), Run(" : la suite")))
    anne.edit(anne.article.replace_block(typed))
    sync(anne, paul)
    assert paul.block("p").text == (strong("Urgent"), Run(" : la suite"))


def test_an_edit_at_the_place_the_surface_gave_is_not_re_found_by_comparison() -> None:
    doubled = article(title("T", id="t"), para("aa", id="p"))
    anne, paul = peers(doubled, "anne", "paul")
    apply_text_edit(anne.doc, TextEdit("p", 0, 0, (em("a"),)), LOCAL, hint=1)
    sync(anne, paul)
    assert paul.heard[-1].texts == (TextChange("p", 0, 0, (em("a"),)),)
    assert paul.block("p").text == (em("a"), Run("aa"))


def test_blocks_inserted_removed_and_re_kinded_are_named() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    blocks = list(anne.article.blocks)
    blocks[1] = replace(blocks[1], kind="subhead")
    del blocks[2]
    blocks.append(Block("paragraph", plain("Nouveau."), id="p3"))
    anne.edit(anne.article.with_blocks(blocks))
    sync(anne, paul)
    heard = paul.heard[-1]
    assert paul.article == anne.article
    assert heard.blocks == {"p1"}
    assert (heard.inserted, heard.removed, heard.order) == (("p3",), ("p2",), ("t", "p1", "p3"))


def test_metadata_and_comments_reach_the_other() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    anne.edit(anne.article.with_meta(slug="sommet", keywords=("UE",)))
    sync(anne, paul)
    assert paul.heard[-1].meta == {"slug", "keywords"}
    when = datetime(2026, 12, 7, 10, tzinfo=UTC)
    note = Comment("c1", "Paul", when, "Lesquels ?")
    paul.edit(
        review.add_comment(paul.article, note, review.Anchor("p1", 4), review.Anchor("p1", 13))
    )
    paul.edit(review.reply(paul.article, "c1", "Paul", when, "Les Vingt-Sept."))
    sync(anne, paul)
    assert anne.article == paul.article
    assert anne.heard[-1].review
    assert anne.block("p1").text[1] == Run("ministres", comments=frozenset({"c1"}))


def test_undo_takes_back_one_s_own_typing_only() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    undo = UndoManager(scopes=[roots(anne.doc).blocks], capture_timeout_millis=0)
    undo.include_origin(LOCAL)
    anne.type("p1", 4, "deux ")
    paul.type("p1", 28, " hier")
    sync(anne, paul)
    assert undo.undo()
    sync(anne, paul)
    assert anne.block("p1").plain_text == "Les ministres se sont réunis hier."
    assert anne.article == paul.article == doc_to_article(anne.doc)
    assert anne.heard[-1].texts == (TextChange("p1", 4, 5, ()),)


def test_a_block_a_peer_broke_is_reported_and_kept_as_it_was() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    roots(anne.doc).blocks[1]["kind"] = "marquee"
    sync(anne, paul)
    assert paul.block("p1") == STORY.blocks[1]
    assert "blocks[1]: unknown block kind “marquee”" in paul.heard[-1].problems[0]


def test_an_update_that_arrives_before_the_one_it_needs_waits_and_then_lands() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    anne.type("p1", 4, "deux ")
    anne.type("p1", 9, "grands ")
    first, second = anne.outbox
    assert paul.follower.receive(second)  # waiting: it builds on the first
    assert not paul.follower.receive(first)
    assert paul.article == anne.article == doc_to_article(paul.doc)
    assert paul.block("p1").plain_text == "Les deux grands ministres se sont réunis."


def test_an_image_and_the_publications_log_reach_the_other() -> None:
    from editor.model.build import image, media
    from tests.strategies import png_bytes

    anne, paul = peers(STORY, "anne", "paul")
    picture = media(png_bytes())
    with_image = anne.article.add_media(picture).with_blocks(
        [*anne.article.blocks, image(picture.key, caption="Le sommet", alt="La salle", id="i")]
    )
    anne.edit(replace(with_image, extra={"publications": [{"version": 1}], "recovery": {}}))
    sync(anne, paul)
    heard = paul.heard[-1]
    assert heard.media and heard.extra and heard.inserted == ("i",)
    assert paul.article.media == {picture.key: picture}
    assert paul.article.extra == {"publications": [{"version": 1}]}  # the recovery stamp stays
    assert paul.block("i") == anne.block("i")


STYLES = (
    Run("x"),
    em("x"),
    strong("x"),
    Run("x", comments=frozenset({"c1"})),
    Run("x", insert="s1"),
)


@settings(max_examples=60, deadline=None)
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, 60),
            st.integers(0, 4),
            st.text(alphabet="ab é😀🇫🇷", max_size=4),
            st.sampled_from(STYLES),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_a_keystroke_read_from_its_delta_is_the_block_the_document_holds(
    edits: list[tuple[int, int, str, Run]],
) -> None:
    """The follower makes a typed-in block from the delta and the block it held; that block is
    the one a whole reading of the document gives, whatever the marks, annotations and
    characters outside the basic plane around and in the edit."""
    said = (Run("Le feu 😀 a "), strong("pris"), Run(" hier.", comments=frozenset({"c1"})))
    anne, paul = peers(article(title("T", id="t"), para(*said, id="p")), "anne", "paul")
    for at, removed, typed, style in edits:
        length = len(anne.block("p").plain_text)
        at = min(at, length)
        words = (style.with_text(typed),) if typed else ()
        state = anne.doc.get_state()
        apply_text_edit(anne.doc, TextEdit("p", at, min(removed, length - at), words), "anne")
        paul.follower.receive(anne.doc.get_update(state))  # one keystroke's update, as relayed
        assert paul.article == doc_to_article(paul.doc) == anne.article


def test_keys_typed_in_a_block_made_since_joining_are_heard_as_their_range() -> None:
    """Each block is followed on its own: one made here, one a colleague made and one a
    repair renamed are followed key by key, as those there from the start are."""
    anne, paul = peers(STORY, "anne", "paul")
    paul.edit(paul.article.with_blocks([*paul.article.blocks, para("Mine.", id="mine")]))
    anne.edit(anne.article.with_blocks([*anne.article.blocks, para("Hers.", id="hers")]))
    anne.follower.receive(paul.outbox[-1])
    paul.follower.receive(anne.outbox[-1])
    assert paul.article == anne.article == doc_to_article(paul.doc)
    for block_id in ("mine", "hers"):
        anne.type(block_id, 4, " too")
        paul.follower.receive(anne.outbox[-1])
        assert paul.heard[-1].texts == (TextChange(block_id, 4, 0, plain(" too")),)
        assert paul.heard[-1].order is None
        paul.type(block_id, 0, "So ")
        anne.follower.receive(paul.outbox[-1])
        assert anne.heard[-1].texts == (TextChange(block_id, 0, 0, plain("So ")),)
    assert paul.article == anne.article == doc_to_article(anne.doc) == doc_to_article(paul.doc)
    with paul.doc.transaction():
        roots(paul.doc).blocks[1]["id"] = "renamed"
    anne.follower.receive(paul.doc.get_update(anne.doc.get_state()))
    assert [b.id for b in anne.article.blocks][1] == "renamed"
    paul.follower.refresh()
    paul.type("renamed", 0, "Oui, ")
    anne.follower.receive(paul.outbox[-1])
    assert anne.heard[-1].texts == (TextChange("renamed", 0, 0, plain("Oui, ")),)
    assert anne.article == paul.article == doc_to_article(anne.doc)

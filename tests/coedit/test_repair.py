"""A merge that breaks a structural rule is mended the same way on every client, and said."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from editor.coedit.repair import Note, repair, repair_since
from editor.model import review
from editor.model.annotations import Comment, Suggestion
from editor.model.article import Article
from editor.model.build import article, bio, kicker, para, standfirst, strong, subhead, title
from editor.model.inline import Run
from editor.model.schema import validate
from tests.coedit.peers import Peer, peers, sync

STORY = article(
    title("Sommet de Bruxelles", id="t"),
    para("Les ministres se sont réunis.", id="p1"),
    para("Ils reprendront lundi.", id="p2"),
)


def kinds(a: Article) -> list[str]:
    return [b.kind for b in a.blocks]


def make_title(who: Peer, block_id: str) -> None:
    """The block becomes the title and the title a subhead: valid on this client."""
    article_now = who.article
    blocks = [replace(b, kind="subhead") if b.kind == "title" else b for b in article_now.blocks]
    blocks[article_now.index_of(block_id)] = replace(who.block(block_id), kind="title")
    who.edit(article_now.with_blocks(blocks))


def test_two_people_making_a_title_at_once_leave_one_title_and_a_note() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    for who, block_id in ((anne, "p1"), (paul, "p2")):
        blocks = [
            replace(b, kind="subhead") if b.kind == "title" else b for b in who.article.blocks
        ]
        blocks[who.article.index_of(block_id)] = replace(who.block(block_id), kind="title")
        who.edit(who.article.with_blocks(blocks))
    sync(anne, paul)
    assert kinds(anne.article) == ["subhead", "title", "title"]
    assert [p.code for p in validate(anne.article)] == ["title-repeated"]
    notes = anne.repair()
    assert notes == [Note("title-repeated", "p2", "Title made a subhead")]
    assert paul.repair() == notes  # the same repair on every client
    sync(anne, paul)
    assert anne.article == paul.article
    assert kinds(paul.article) == ["subhead", "title", "subhead"]
    assert validate(paul.article) == []


def test_bold_put_on_a_paragraph_another_made_a_title_is_taken_off() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    anne.restyle("p1", (Run("Les "), strong("ministres"), Run(" se sont réunis.")))
    make_title(paul, "p1")
    sync(anne, paul)
    assert anne.repair() == [Note("mark-not-allowed", "p1", "strong removed from the title")]
    sync(anne, paul)
    assert paul.block("p1").text == (Run("Les ministres se sont réunis."),)
    assert validate(paul.article) == []


def test_typing_inside_a_comment_someone_deleted_loses_the_range_with_it() -> None:
    """Yjs formats a range between two markers, so text typed inside it meanwhile is formatted
    too: no character is left naming the deleted comment."""
    note = Comment("c1", "Paul", datetime(2026, 12, 7, tzinfo=UTC), "Lesquels ?")
    start, end = review.Anchor("p1", 4), review.Anchor("p1", 13)
    anne, paul = peers(review.add_comment(STORY, note, start, end), "anne", "paul")
    anne.type("p1", 8, "s")  # inside "ministres": the new letter is in the comment's range
    paul.edit(review.delete_comment(paul.article, "c1"))
    sync(anne, paul)
    assert anne.article == paul.article
    assert anne.block("p1").text == (Run("Les minisstres se sont réunis."),)
    assert anne.repair() == []


def test_annotations_naming_what_the_tables_lost_are_dropped() -> None:
    text = (Run("Les "), Run("deux ", insert="s9"), Run("ministres", comments=frozenset({"c9"})))
    broken = STORY.replace_block(replace(STORY.blocks[1], text=text, kind_change="s8"))
    mended, notes = repair(broken)
    assert mended.blocks[1].text == (Run("Les deux ministres"),)
    assert mended.blocks[1].kind_change is None
    assert [n.message for n in notes] == [
        "suggestion s8 is gone",
        "suggestion s9 is gone",
        "comment c9 is gone",
    ]


def test_the_order_rules_are_mended_by_kind() -> None:
    broken = article(
        title("Titre", id="t"),
        kicker("Surtitre", id="k"),
        standfirst("Chapô", id="s"),
        bio("Bio", id="b"),
        para("Texte", id="p"),
    )
    mended, notes = repair(broken)
    assert kinds(mended) == ["title", "subhead", "standfirst", "paragraph", "paragraph"]
    assert [n.code for n in notes] == ["kicker-after-title", "bio-not-last"]
    assert validate(mended) == []


def test_with_no_title_left_the_first_subhead_becomes_the_title() -> None:
    broken = article(standfirst("Chapô", id="s"), para("Texte", id="p"), subhead("Inter", id="i"))
    mended, notes = repair(broken)
    assert kinds(mended) == ["paragraph", "paragraph", "title"]
    assert [n.code for n in notes] == ["standfirst-before-title", "title-missing"]


def test_a_valid_article_is_left_as_it_is() -> None:
    tables = {"s1": Suggestion("s1", "insert", "Anne")}
    marked = replace(STORY, suggestions=tables).replace_block(
        replace(STORY.blocks[1], text=(Run("Les "), Run("deux ", insert="s1"), Run("ministres")))
    )
    assert repair(marked) == (marked, [])


def test_a_block_id_made_twice_is_renamed_once_on_every_client() -> None:
    anne, paul = peers(STORY, "anne", "paul")
    anne.edit(anne.article.with_blocks([*anne.article.blocks, para("Un", id="n1")]))
    paul.edit(paul.article.with_blocks([*paul.article.blocks, para("Deux", id="n1")]))
    sync(anne, paul)
    notes = anne.repair()
    assert [n.code for n in notes] == ["id-repeated"]
    assert paul.repair() == notes
    sync(anne, paul)
    assert anne.article == paul.article
    assert [b.id for b in paul.article.blocks] == ["t", "p1", "p2", "n1", "n1-2"]
    assert anne.repair() == []


def test_after_a_sound_article_only_the_changed_blocks_are_read_and_the_repair_is_the_same() -> (
    None
):
    note = Comment("c1", "Léa", datetime(2026, 12, 7, 11, tzinfo=UTC), "Lesquels ?")
    sound = review.add_comment(STORY, note, review.Anchor("p1", 4), review.Anchor("p1", 13))
    assert repair(sound) == (sound, [])
    assert repair_since(sound, sound) == (sound, [])
    # a keystroke in p2 carrying a comment the tables no longer hold: found in the block read
    p2 = sound.blocks[2]
    gone = (Run("Ils ", comments=frozenset({"c9"})), Run("reprendront lundi !"))
    typed = sound.replace_block(replace(p2, text=gone))
    assert typed.comments is sound.comments
    mended, notes = repair_since(sound, typed)
    assert (mended, notes) == repair(typed) == repair_since(sound, typed, changed=[2])
    assert notes == [Note("reference-dropped", "p2", "comment c9 is gone")]
    assert mended.blocks[2].plain_text == "Ils reprendront lundi !"
    # a kind changed: the order is read again, as a full repair does
    retitled = sound.replace_block(replace(p2, kind="title"))
    assert repair_since(sound, retitled) == repair(retitled)
    assert repair_since(sound, retitled, changed=[2]) == repair(retitled)
    assert repair_since(sound, retitled)[1] == [
        Note("title-repeated", "p2", "Title made a subhead")
    ]
    # new tables (a comment resolved): every block is read again
    resolved = review.set_resolved(sound, "c1")
    assert repair_since(sound, resolved) == repair(resolved)

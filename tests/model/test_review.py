"""Suggestions and comments: accepting, rejecting, the two views, counts and the check."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import review, storage
from editor.model.annotations import Comment, Suggestion, accepted_view, block_is_annotated
from editor.model.article import Article
from editor.model.build import article, commented, deleted, inserted, para, subhead, title
from editor.model.check import check, fix_all_typography
from editor.model.schema import validate
from editor.model.stats import article_stats
from tests.strategies import reviewed_articles

WHEN = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def desk_edit() -> Article:
    return article(
        title("Le sommet de l’OTAN", id="t"),
        para(
            "Les ministres ",
            deleted("se sont réunis", "s1"),
            inserted("ont siégé", "s2"),
            " à Bruxelles.",
            id="p1",
        ),
        replace(subhead("Un diplomate", id="p2"), kind_change="s3"),
        replace(para("Une phrase de trop.", id="p3"), delete="s4"),
        meta={"language": "fr"},
        suggestions=(
            Suggestion("s1", "delete", "Paul Durand", WHEN),
            Suggestion("s2", "insert", "Paul Durand", WHEN),
            Suggestion("s3", "kind-change", "Anne Martin", WHEN, from_kind="paragraph"),
            Suggestion("s4", "block-delete", "Anne Martin", WHEN),
        ),
    )


def texts(a: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.plain_text) for b in a.blocks]


def test_the_accepted_view_reads_the_desk_s_version() -> None:
    assert texts(accepted_view(desk_edit())) == [
        ("title", "Le sommet de l’OTAN"),
        ("paragraph", "Les ministres ont siégé à Bruxelles."),
        ("subhead", "Un diplomate"),
    ]


def test_the_original_view_reads_the_reporter_s_version() -> None:
    assert texts(review.original_view(desk_edit())) == [
        ("title", "Le sommet de l’OTAN"),
        ("paragraph", "Les ministres se sont réunis à Bruxelles."),
        ("paragraph", "Un diplomate"),
        ("paragraph", "Une phrase de trop."),
    ]


def test_accepting_one_suggestion_leaves_the_others_pending() -> None:
    edited = review.accept(desk_edit(), "s1")
    assert list(edited.suggestions) == ["s2", "s3", "s4"]
    assert edited.blocks[1].plain_text == "Les ministres ont siégé à Bruxelles."
    assert edited.blocks[1].text[1].insert == "s2"


def test_rejecting_by_author_keeps_the_other_author_s_work() -> None:
    edited = review.reject_all(desk_edit(), author="Anne Martin")
    assert list(edited.suggestions) == ["s1", "s2"]
    assert texts(edited)[2:] == [
        ("paragraph", "Un diplomate"),
        ("paragraph", "Une phrase de trop."),
    ]


def test_rejecting_an_inserted_block_gives_back_the_text_it_split_off() -> None:
    split = article(
        title("Titre"),
        para("Début de phrase, ", id="a"),
        replace(para("suite de phrase.", id="b"), insert="s1"),
        suggestions=(Suggestion("s1", "block-insert", "Paul Durand", WHEN),),
    )
    assert texts(review.reject(split, "s1"))[1:] == [
        ("paragraph", "Début de phrase, suite de phrase.")
    ]
    assert texts(review.accept(split, "s1"))[1:] == [
        ("paragraph", "Début de phrase, "),
        ("paragraph", "suite de phrase."),
    ]


def test_counts_and_the_structure_read_the_accepted_view() -> None:
    edited = desk_edit()
    assert article_stats(edited).total == article_stats(accepted_view(edited)).total
    only_title_deleted = article(
        replace(title("Titre"), delete="s1"),
        para("Texte."),
        suggestions=(Suggestion("s1", "block-delete", "Paul Durand", WHEN),),
    )
    assert "title-missing" in {p.code for p in validate(only_title_deleted)}


def test_the_check_reports_pending_suggestions_and_open_comments_for_the_wire() -> None:
    noted = review.add_comment(
        desk_edit(),
        Comment("c1", "Anne Martin", WHEN, "Source ?"),
        review.Anchor("p1", 0),
        review.Anchor("p1", 13),
    )
    found = {p.code: p for p in check(noted)}
    assert found["suggestions-unresolved"].is_error
    assert found["suggestions-unresolved"].values == {"count": "4"}
    assert found["comments-open"].values == {"count": "1"}
    settled = review.set_resolved(review.accept_all(noted), "c1")
    assert not {"suggestions-unresolved", "comments-open"} & {p.code for p in check(settled)}


def test_typography_fixes_wait_for_pending_suggestions_in_a_paragraph() -> None:
    pending = article(
        title("Titre"),
        para("Il a dit : « non » ", inserted("vraiment!", "s1"), id="p"),
        meta={"language": "fr"},
        suggestions=(Suggestion("s1", "insert", "Paul Durand", WHEN),),
    )
    assert fix_all_typography(pending).blocks[1] is pending.blocks[1]
    assert all(p.fix is None for p in check(pending) if p.block_id == "p")


def test_a_comment_across_blocks_quotes_each_block() -> None:
    noted = review.add_comment(
        desk_edit(),
        Comment("c1", "Anne Martin", WHEN, "À resserrer"),
        review.Anchor("t", 10),
        review.Anchor("p1", 13),
    )
    place = review.comment_places(noted)["c1"]
    assert place.block_id == "t"
    assert place.text == "de l’OTAN\nLes ministres"
    assert accepted_view(noted).blocks[0].text == title("Le sommet de l’OTAN").text
    replied = review.reply(noted, "c1", "Paul Durand", WHEN, "Fait.")
    assert replied.comments["c1"].replies[0].text == "Fait."
    removed = review.delete_comment(replied, "c1")
    assert not removed.comments and not review.comment_places(removed)
    assert removed.blocks[0] == desk_edit().blocks[0]


def test_a_comment_in_a_deleted_run_keeps_its_thread_when_the_text_goes() -> None:
    noted = article(
        title("Titre"),
        para("Garde ", commented(deleted("ceci", "s1"), "c1"), id="p"),
        suggestions=(Suggestion("s1", "delete", "Paul Durand", WHEN),),
        comments=(Comment("c1", "Anne Martin", WHEN, "Pourquoi couper ?"),),
    )
    accepted = review.accept_all(noted)
    assert list(accepted.comments) == ["c1"]
    assert "c1" not in review.comment_places(accepted)
    assert list(review.in_reading_order(accepted)) == ["c1"]


# -- properties ----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(reviewed_articles())
def test_an_article_under_review_saves_and_loads_exactly(a: Article) -> None:
    assert storage.loads(storage.dumps(a)) == a


@settings(max_examples=60, deadline=None)
@given(reviewed_articles())
def test_the_views_are_clean_and_agree_with_accepting_and_rejecting_all(a: Article) -> None:
    accepted = accepted_view(a)
    assert not accepted.suggestions and not accepted.comments
    assert not any(map(block_is_annotated, accepted.blocks))
    assert review.original_view(review.accept_all(a)) == accepted
    assert accepted_view(review.reject_all(a)) == review.original_view(a)
    assert review.accept_all(a).comments == a.comments
    assert article_stats(a).total == article_stats(accepted).total


@settings(max_examples=60, deadline=None)
@given(reviewed_articles(), st.data())
def test_deciding_two_suggestions_does_not_depend_on_the_order(
    a: Article, data: st.DataObject
) -> None:
    ids = sorted(a.suggestions)
    if len(ids) < 2:
        return
    first, second = data.draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
    assert review.accept(review.reject(a, second), first) == review.reject(
        review.accept(a, first), second
    )


@settings(max_examples=60, deadline=None)
@given(reviewed_articles(), st.sampled_from(["Anne Martin", "Paul Durand", "Zoé Leroy"]))
def test_accepting_one_author_then_the_rest_is_accepting_all(a: Article, author: str) -> None:
    by_one = review.accept_all(a, author=author)
    assert all(s.author != author for s in by_one.suggestions.values())
    assert review.accept_all(by_one) == review.accept_all(a)


def test_a_suggestion_that_marks_nothing_any_more_is_dropped_and_comments_stay() -> None:
    edit = desk_edit()
    cut = edit.replace_block(replace(edit.blocks[1], text=para("Les ministres à Bruxelles.").text))
    tidy = review.without_orphans(cut)
    assert list(tidy.suggestions) == ["s3", "s4"]
    assert review.without_orphans(edit) is edit


def test_the_length_gauge_passes_over_deleted_text() -> None:
    from editor.model.templates import Template, limit_offset, over_limit, overflow

    slot = Template("t", 20, 0, "body", limits={"paragraph": 20})
    edit = article(
        title("Titre"),
        para("Dix signes", deleted(" supprimés", "s1"), " puis dix+ et la suite", id="p"),
        suggestions=(Suggestion("s1", "delete", "Paul Durand", WHEN),),
    )
    assert overflow(edit, slot) == (1, len("Dix signes supprimés puis dix+"))
    kept = len("Dix signes puis dix+ et la suite")
    assert over_limit(edit.blocks[1], slot) == [("text", 20, kept)]
    shown = edit.blocks[1].plain_text
    assert shown[limit_offset(edit.blocks[1], "text", 20) :] == " et la suite"


def test_an_accepted_offset_at_deleted_text_starts_after_it_and_ends_before_it() -> None:
    from editor.model.annotations import offset_as_shown

    block = para("Les ministres ", deleted("se sont réunis ", "s1"), "TK.")
    shown = block.plain_text
    start = offset_as_shown(block, len("Les ministres "), starting=True)
    end = offset_as_shown(block, len("Les ministres "), starting=False)
    assert shown[start:] == "TK." and shown[:end] == "Les ministres "
    assert offset_as_shown(para("Sans suggestion"), 4) == 4


def test_a_rejected_split_after_a_paragraph_marked_for_deletion_keeps_its_text() -> None:
    # The second half of a split (text that was there before) follows a paragraph the desk
    # deletes: whichever is decided first, the second half joins the standfirst and survives.
    a = article(
        title("Titre", id="t"),
        para("Le chapô.", id="c"),
        replace(para("Une phrase de trop.", id="p1"), delete="s1"),
        replace(para("La suite du texte.", id="p2"), insert="s2"),
        suggestions=(
            Suggestion("s1", "block-delete", "Anne Martin", WHEN),
            Suggestion("s2", "block-insert", "Paul Durand", WHEN),
        ),
    )
    one_way = review.accept(review.reject(a, "s2"), "s1")
    other_way = review.reject(review.accept(a, "s1"), "s2")
    assert one_way == other_way
    assert texts(one_way) == [("title", "Titre"), ("paragraph", "Le chapô.La suite du texte.")]

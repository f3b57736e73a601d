"""The shared document holds the article exactly: Article → Doc → Article, directly and
through a binary update, for articles with marks, links, images, suggestions and comments."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from pycrdt import Doc

from editor.coedit.layout import (
    SharedArticleError,
    article_to_doc,
    doc_to_article,
    roots,
)
from editor.model import storage
from editor.model.article import Article
from editor.model.build import article, para, title
from editor.model.inline import Run
from tests.model.test_review import desk_edit
from tests.shared import SAMPLE
from tests.strategies import articles, reviewed_articles

SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def through_update(doc: Doc) -> Doc:
    fresh: Doc = Doc()
    fresh.apply_update(doc.get_update())
    return fresh


@SLOW
@given(articles(every_kind=True, languages=True))
def test_any_article_comes_back_equal(a: Article) -> None:
    assert doc_to_article(article_to_doc(a)) == a


@SLOW
@given(reviewed_articles())
def test_an_article_under_review_comes_back_equal_through_a_binary_update(a: Article) -> None:
    back = doc_to_article(through_update(article_to_doc(a)))
    assert back == a
    assert storage.dumps(back) == storage.dumps(a)


def test_the_sample_and_a_desk_edit_come_back_byte_for_byte() -> None:
    for original in (storage.load(SAMPLE), desk_edit()):
        back = doc_to_article(through_update(article_to_doc(original)))
        assert storage.dumps(back) == storage.dumps(original)


def test_marks_and_annotations_are_formatting_attributes_of_the_text() -> None:
    a = article(
        title("Sommet"),
        para(
            Run("Les ", frozenset({"em"})),
            Run("ministres", frozenset({"link"}), "https://example.org/", insert="s1"),
            Run(" ont siégé", comments=frozenset({"c1", "c2"})),
        ),
    )
    blocks = roots(article_to_doc(a)).blocks
    assert blocks[1]["kind"] == "paragraph"
    assert blocks[1]["text"].diff() == [
        ("Les ", {"em": True}),
        ("ministres", {"link": "https://example.org/", "insert": "s1"}),
        (" ont siégé", {"comment:c1": True, "comment:c2": True}),
    ]


def test_numbers_come_back_whole_and_local_keys_stay_home() -> None:
    a = article(title("Brève")).with_meta(revision=7, modified=datetime(2026, 1, 2, tzinfo=UTC))
    a = Article(a.meta, a.blocks, extra={"publications": [{"version": 3}], "recovery": {"x": 1}})
    back = doc_to_article(article_to_doc(a))
    assert back.meta.revision == 7
    assert back.extra == {"publications": [{"version": 3}]}


def test_a_block_of_unknown_kind_is_refused_by_place() -> None:
    doc = article_to_doc(article(title("Brève"), para("Texte")))
    roots(doc).blocks[1]["kind"] = "marquee"
    with pytest.raises(SharedArticleError, match=r"blocks\[1\]: unknown block kind “marquee”"):
        doc_to_article(doc)


def test_a_bad_metadata_value_is_refused_naming_the_room() -> None:
    doc = article_to_doc(article(title("Brève")))
    roots(doc).meta["created"] = "hier"
    with pytest.raises(storage.ArticleFileError, match=r"salle-1.*not a date"):
        doc_to_article(doc, "salle-1")


def test_an_article_is_not_written_over_one_a_room_already_holds() -> None:
    doc = article_to_doc(article(title("Brève")))
    with pytest.raises(SharedArticleError, match="already holds an article"):
        article_to_doc(article(title("Autre")), doc)
    assert doc_to_article(doc).title == "Brève"

"""The shared XHTML renderer: marks and their nesting, links, escaping, ids, block semantics."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from editor.formats.xhtml import (
    MARK_ORDER,
    XHTML,
    clean,
    document,
    inline_markup,
    link_target,
    render_article,
    render_inline,
    x,
)
from editor.model.article import Article, Block, Dateline
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
from editor.model.inline import EM, STRONG, SUP, Run, Text, normalize
from tests.strategies import articles, png_bytes

NS = {"h": XHTML}


def markup(*parts: str | Run) -> str:
    return inline_markup(para(*parts).text)


def rendered(source: Article) -> etree._Element:
    """The article element, reparsed from its serialization (what a reader gets)."""
    element = render_article(source, {key: f"images/{n}.png" for n, key in enumerate(source.media)})
    return etree.fromstring(etree.tostring(element.element))


def text(element: etree._Element) -> str:
    return "".join(str(piece) for piece in element.itertext())


# -- marks --------------------------------------------------------------------------------------


def test_each_mark_has_its_element() -> None:
    assert markup("a ", em("b"), " ", strong("c"), " ", sup("d")) == (
        "a <em>b</em> <strong>c</strong> <sup>d</sup>"
    )


def test_neighbours_sharing_a_mark_share_one_element() -> None:
    assert markup(em("une "), marked("très", EM, STRONG), em(" belle")) == (
        "<em>une <strong>très</strong> belle</em>"
    )


def test_neighbours_apart_only_by_their_review_share_one_element() -> None:
    runs = normalize(
        (
            Run("a "),
            Run("b", frozenset({EM}), comments=frozenset({"c1"})),
            Run("c", frozenset({EM})),
        )
    )
    assert len(runs) == 3
    assert inline_markup(runs) == "a <em>bc</em>"


single_marked_runs = st.lists(
    st.builds(
        Run,
        st.sampled_from(["mot", " ", "x\ny", "a & b", "", "\x01"]),
        st.sampled_from([frozenset(), frozenset({EM}), frozenset({STRONG}), frozenset({SUP})]),
        st.none(),
        st.sampled_from([None, "s1"]),
        st.none(),
        st.sampled_from([frozenset(), frozenset({"c1"})]),
    ),
    max_size=8,
).map(normalize)


@settings(max_examples=200, deadline=None)
@given(single_marked_runs)
def test_runs_of_one_mark_render_as_the_general_walk_renders_them(runs: Text) -> None:
    quick, general = (etree.Element(x("p"), nsmap={None: XHTML}) for _ in range(2))
    render_inline(runs, quick)
    render_inline(runs, general, tuple(MARK_ORDER))  # a copy: the walk weighing every span
    assert etree.tostring(quick) == etree.tostring(general)


def test_marks_nest_strong_outside_em_outside_sup() -> None:
    assert markup(marked("x", EM, STRONG, SUP)) == "<strong><em><sup>x</sup></em></strong>"


def test_a_link_wraps_the_marks_inside_it() -> None:
    href = "https://example.org/"
    assert markup("voir ", link("le ", href), link("site", href, EM), ".") == (
        f'voir <a href="{href}">le <em>site</em></a>.'
    )


def test_two_links_side_by_side_stay_two_links() -> None:
    out = markup(link("un", "https://a.example/"), link("deux", "https://b.example/"))
    assert out == '<a href="https://a.example/">un</a><a href="https://b.example/">deux</a>'


def test_link_addresses() -> None:
    assert link_target("https://example.org/a b?x=1&y=2#f g") == (
        "https://example.org/a%20b?x=1&y=2#f%20g"
    )
    assert link_target("https://example.org/é") == "https://example.org/%C3%A9"
    assert link_target("mailto:desk@example.org") == "mailto:desk@example.org"
    assert link_target("#b123") == "#b123"
    assert link_target("https://example.org/100%") == "https://example.org/100%25"
    assert link_target("https://example.org/a#b#c") == "https://example.org/a#b%23c"
    assert link_target("tel:+33 1 23") == "tel:+33%201%2023"
    assert link_target("https://example.org/[x]") == "https://example.org/%5Bx%5D"
    assert link_target("https://例え.jp/パス") == "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9"
    assert link_target("page.html") is None  # a file the book does not hold
    assert link_target("javascript:alert(1)") is None
    assert link_target("file:///etc/passwd") is None
    assert link_target("  ") is None


def test_a_link_inside_the_article_must_land_on_a_block() -> None:
    source = article(
        title("T"),
        subhead("Suite", id="suite"),
        para(link("plus bas", "#suite"), " et ", link("nulle part", "#absent")),
    )
    paragraph = rendered(source).findall(".//h:p", NS)[-1]
    assert [(child.tag, child.get("href")) for child in paragraph] == [
        (x("a"), "#suite"),
        (x("span"), None),
    ]
    assert text(paragraph) == "plus bas et nulle part"


def test_a_link_that_cannot_work_keeps_its_text() -> None:
    assert markup("lire ", link("ici", "notes/page.html")) == "lire ici"


# -- text stays exact ---------------------------------------------------------------------------


def test_markup_characters_are_escaped_and_read_back_exactly() -> None:
    tricky = "a < b && c > d \"q\" 'r' <em>not a tag</em>"
    paragraph = etree.Element(x("p"))
    render_inline(para(tricky).text, paragraph)
    serialized = etree.tostring(paragraph, encoding="unicode")
    assert "<em>" not in serialized
    assert etree.fromstring(serialized).text == tricky


def test_no_break_spaces_are_real_characters_never_entities() -> None:
    phrase = "Pourquoi\u202f? 10\u00a0heures « ici »"
    paragraph = etree.Element(x("p"))
    render_inline(para(phrase).text, paragraph)
    serialized = etree.tostring(paragraph, encoding="utf-8").decode()
    assert phrase in serialized
    assert "&nbsp;" not in serialized and "&#160;" not in serialized and "&#8239;" not in serialized


def test_characters_xml_cannot_hold_are_dropped_and_nothing_else() -> None:
    assert clean("a\x00b\x08c\x1fd\x7fe\ufffef\U0001f600\u200d\t") == "abcdef\U0001f600\u200d\t"
    assert markup("x\x0by", em("\x01z")) == "xy<em>z</em>"


def test_every_character_xml_allows_is_kept_and_no_other() -> None:
    """XML 1.0's Char production less C1 controls and non-characters, over all of Unicode."""
    allowed = re.compile(
        "[\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd\U00010000-\U0010ffff]"
    )
    every = "".join(map(chr, range(0x110000)))
    assert clean(every) == "".join(allowed.findall(every))


def test_a_typed_line_break_becomes_br() -> None:
    assert markup("ligne un\nligne ", em("deux")) == "ligne un<br/>ligne <em>deux</em>"


@settings(max_examples=40, deadline=None)
@given(articles(every_kind=True))
def test_every_block_reads_back_with_its_exact_text(source: Article) -> None:
    elements = [element for element in rendered(source).iter() if element.get("id")]
    ids = [element.get("id", "") for element in elements]
    assert len(ids) == len(set(ids)) == len(source.blocks)
    for block, element in zip(source.blocks, elements, strict=True):
        if block.kind == "image":
            continue
        holder = element.find("h:p", NS) if block.kind == "pullquote" else element
        assert holder is not None and text(holder) == clean(block.plain_text)


# -- blocks -------------------------------------------------------------------------------------


def sample_article() -> Article:
    picture = media(png_bytes(4, 3))
    return article(
        kicker("Diplomatie"),
        title("Le dernier ", em("voyage")),
        standfirst("Un chapô."),
        para("Premier paragraphe."),
        subhead("Un diplomate"),
        quote("Nous restons unis.", by="Mark Rutte"),
        image(picture, caption="La salle.", credit="Photo X", alt="Une salle vide"),
        subhead("Une suite"),
        bio("Anne Martin est journaliste."),
        meta=dict(
            language="fr",
            section=("Actualités", "International"),
            authors=("Anne Martin", "Paul Durand"),
            dateline=Dateline("Bruxelles", date(2024, 12, 1)),
        ),
        media=[picture],
    )


def test_the_header_reads_section_kicker_title_standfirst_byline_dateline() -> None:
    header = rendered(sample_article()).find("h:header", NS)
    assert header is not None
    assert [(child.tag.split("}")[1], child.get("class")) for child in header] == [
        ("p", "section"),
        ("p", "kicker"),
        ("h1", None),
        ("p", "standfirst"),
        ("p", "byline"),
        ("p", "dateline"),
    ]
    assert text(header[0]) == "Actualités › International"
    assert text(header[4]) == "Par Anne Martin et Paul Durand"
    time = header[5].find("h:time", NS)
    assert time is not None and time.get("datetime") == "2024-12-01"
    assert text(header[5]) == "Bruxelles, 1er décembre 2024"
    assert time.find("h:sup", NS) is not None


def test_one_h1_and_subheads_as_h2_with_anchors() -> None:
    result = render_article(sample_article())
    assert len(result.element.findall(".//h:h1", NS)) == 1
    subheads = result.element.findall(".//h:h2", NS)
    assert [text(h) for h in subheads] == ["Un diplomate", "Une suite"]
    assert [(a.text, a.level) for a in result.anchors] == [
        ("Le dernier voyage", 1),
        ("Un diplomate", 2),
        ("Une suite", 2),
    ]
    assert [a.id for a in result.anchors[1:]] == [h.get("id") for h in subheads]


def test_pull_quote_is_an_aside_with_its_attribution_inside() -> None:
    aside = rendered(sample_article()).find(".//h:aside", NS)
    assert aside is not None and aside.get("role") == "doc-pullquote"
    assert [(p.get("class"), text(p)) for p in aside] == [
        ("quote", "Nous restons unis."),
        ("attribution", "Mark Rutte"),
    ]


def test_image_is_a_figure_with_alt_caption_and_credit() -> None:
    figure = rendered(sample_article()).find(".//h:figure", NS)
    assert figure is not None
    img = figure.find("h:img", NS)
    assert img is not None and img.get("alt") == "Une salle vide" and img.get("src")
    caption = figure.find("h:figcaption", NS)
    assert caption is not None and text(caption) == "La salle. Photo X"
    assert [span.get("class") for span in caption] == ["caption", "credit"]


def test_an_image_without_its_file_keeps_its_caption() -> None:
    orphan = article(title("T"), image("sha256:missing", caption="Légende", alt="Alt"))
    figure = rendered(orphan).find(".//h:figure", NS)
    assert figure is not None and figure.find("h:img", NS) is None
    assert text(figure) == "Légende"


def test_bio_closes_the_article_in_a_footer() -> None:
    last = rendered(sample_article())[-1]
    assert last.tag == x("footer") and last.get("class") == "author-bio"
    assert text(last) == "Anne Martin est journaliste."


def test_a_repeated_title_is_not_a_second_h1() -> None:
    twice = article(title("Un"), para("texte"), title("Deux"))
    root = rendered(twice)
    assert [text(h) for h in root.findall(".//h:h1", NS)] == ["Un"]
    assert root[-1].get("class") == "title"


def test_ids_are_unique_ascii_names_whatever_the_blocks_carry() -> None:
    blocks = [
        Block("title", (Run("T"),), id="b1"),
        Block("paragraph", (Run("a"),), id="b1"),  # a duplicate
        Block("paragraph", (Run("b"),), id="1abc"),  # starts with a digit
        Block("subhead", (Run("c"),), id="intér"),  # not ASCII
        Block("paragraph", (Run("d"),), id="block-1"),  # what a made-up id would be
        Block("paragraph", (Run("e"),), id="a b"),
    ]
    root = rendered(Article(blocks=tuple(blocks)))
    ids = [element.get("id", "") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids)) == len(blocks)
    assert ids[0] == "b1" and "block-1" in ids
    assert all(i.isascii() and (i[0].isalpha() or i[0] == "_") for i in ids)
    assert all(all(c.isalnum() or c in "-_." for c in i) for i in ids)


def test_a_document_carries_lang_and_xml_lang() -> None:
    body = render_article(sample_article()).element
    page = etree.fromstring(document(body, title="T", language="fr-CH", stylesheets=("a.css",)))
    assert page.get("lang") == "fr-CH"
    assert page.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr-CH"
    assert page.get("dir") is None
    rtl = etree.fromstring(document(etree.Element(x("p")), title="T", language="ar"))
    assert rtl.get("dir") == "rtl"
    odd = etree.fromstring(document(etree.Element(x("p")), title="T", language="français"))
    assert odd.get("lang") == "und"

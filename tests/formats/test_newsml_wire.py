"""Real agency items (tests/formats/fixtures/wire, sources in its README) import as a desk
editor would retype them.

Every expectation here was written by reading the item's XML, never by running the importer:
the blocks a sub-editor would keep, in order, and the metadata they would fill in.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from editor.formats import newsml_read
from editor.formats.import_meta import split_byline
from editor.formats.imported import Imported
from editor.formats.newsml_agency import author_names
from editor.model.article import Dateline
from editor.model.inline import text_of

WIRE = Path(__file__).parent / "fixtures" / "wire"


def imported(name: str) -> Imported:
    return newsml_read.load(WIRE / name)


def blocks(result: Imported) -> list[tuple[str, str]]:
    return [(block.kind, text_of(block.text)) for block in result.article.blocks]


def authors(result: Imported) -> list[str]:
    return [author.name for author in result.article.meta.authors]


# -- ANSA: a text/plain body holding literal <p> markup, paragraphs marked by indents -----------


def test_ansa_plain_text_body_splits_on_its_markup_and_indents() -> None:
    result = imported("ansa-text.xml")
    assert blocks(result) == [
        ("title", "Catalan independence declaration unacceptable - Alfano"),
        ("standfirst", "Foreign minister expresses faith in Spanish government"),
        (
            "paragraph",
            "(ANSA) - Rome, October 11 - Italian Foreign Minister Angelino Alfano has said that"
            " the Catalan independence declaration is unacceptable.",
        ),
        (
            "paragraph",
            '"Unacceptable Catalan unilateral independence declaration," Alfano said via his'
            " @angealfa Twitter account.",
        ),
        (
            "paragraph",
            '"Our faith in the Spanish government, which will know how to guarantee the rights'
            ' of all citizens".',
        ),
        (
            "paragraph",
            "Catalan leader Carles Puigdemont signed a declaration of independence on Tuesday,"
            " but halted implementation to allow for negotiations.",
        ),
    ]
    assert result.article.meta.dateline == Dateline("Rome", None)
    assert result.article.meta.language == "it"


# -- dpa: the XHTML header, the teaser, the byline and the creator's login ----------------------


TEASER = "Die Eintracht reist zum vierten Mal in vier Jahren nach London."


def dpa_with_byline_and_teaser(folder: Path) -> Path:
    """dpa's item as it comes when the desk signs it: the same real item, with the `by` of its
    content metadata and the header's `p.byline` and `p.teaser` that dpa's other items carry
    (dpa's header layout; the only public dpa item with them is not free to redistribute)."""
    xml = (WIRE / "dpa-eintracht.xml").read_text(encoding="utf-8")
    h1 = "<h1>Eintracht in London: Hintereggers Tränen und Attacke auf Reporter</h1>"
    assert xml.count(h1) == 1 and xml.count("</creator>") == 1
    xml = xml.replace(
        h1,
        f'{h1}<p class="byline">Von Sandra Degenhardt, dpa</p><p class="teaser">{TEASER}</p>',
    )
    xml = xml.replace("</creator>", "</creator>\n        <by>Von Sandra Degenhardt, dpa</by>")
    path = folder / "dpa-signed.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def test_dpa_header_gives_title_and_byline_and_the_teaser_is_the_standfirst(
    tmp_path: Path,
) -> None:
    result = newsml_read.load(dpa_with_byline_and_teaser(tmp_path))
    found = blocks(result)
    assert found[:3] == [
        ("title", "Eintracht in London: Hintereggers Tränen und Attacke auf Reporter"),
        ("standfirst", TEASER),
        ("paragraph", found[2][1]),
    ]
    assert found[2][1].startswith("London (dpa) - 2019 gab es bittere Tränen in der Kurve,")
    assert not any(TEASER in text or "Degenhardt" in text for _, text in found[2:])
    # the byline, without the agency after the name, not the login degenhardt.sandra
    assert authors(result) == ["Sandra Degenhardt"]
    assert not any("degenhardt.sandra" in note for note in result.notes)


def test_dpa_header_without_byline_keeps_its_slugline_and_drops_the_login() -> None:
    result = imported("dpa-eintracht.xml")
    found = blocks(result)
    assert [kind for kind, _ in found] == ["title", "paragraph", "paragraph", "paragraph"]
    assert found[0] == (
        "title",
        "Eintracht in London: Hintereggers Tränen und Attacke auf Reporter",
    )
    assert found[1][1].startswith("London (dpa) - 2019 gab es bittere Tränen in der Kurve,")
    assert found[3][1].endswith("zog ins Endspiel ein.")
    meta = result.article.meta
    # the item has no G2 slugline: the header's slugline list is dpa's slug, joined as dpa joins it
    assert meta.slug == (
        "Fußball/Deutschland/Hessen/Großbritannien/International/Champions League/Frankfurt/London"
    )
    assert authors(result) == []  # "degenhardt.sandra" is the editor's login, not a byline
    assert any("degenhardt.sandra" in note for note in result.notes)
    assert meta.dateline == Dateline("London", None)
    assert not any("header" in note for note in result.notes)
    # the notepad comes once, as dpa's plain notes, not also run together from its XHTML copy
    assert not any("Notizblock" in note for note in result.notes)
    assert "Editor's note from the sender: Foto Archiv" in result.notes


# -- Reuters: a timestamp for a dateline, the place in `located` --------------------------------


def test_reuters_timestamp_dateline_takes_its_place_from_located() -> None:
    result = imported("reuters-assad.xml")
    meta = result.article.meta
    assert meta.dateline == Dateline("Bangalore", date(2014, 7, 16))
    # Bangalore is where Reuters edited the story; the lead says where it was filed from
    assert any("Bangalore" in note and "DAMASCUS" in note for note in result.notes)
    assert authors(result) == ["Marwan Makdisi"]  # `by`, not the creator "Reuters"
    assert meta.slug == "US-SYRIA-CRISIS-ASSAD"
    assert meta.credit == "Reuters"
    found = blocks(result)
    # the headline's trailing space is gone; the byline is not repeated as the first paragraph
    assert found[0] == ("title", "Confident Assad launches new term in stronger position")
    assert found[1][0] == "paragraph"
    assert found[1][1].startswith("DAMASCUS (Reuters) - Bashar al-Assad was sworn in")
    assert ("paragraph", "By Marwan Makdisi") not in found
    assert found[-1] == (
        "paragraph",
        "(Additional reporting by Sylvia Westall, Laila Bassam, Oliver Holmes, Mariam Karouny"
        " and Tom Perry in Beirut; Editing by Peter Graff)",
    )
    # what the import did is told first, the sender's own notes after it
    assert result.notes[-1] == "Editor's note from the sender: This is editorial note."


# -- APA: the subtitle twice, as headline and as h2 ---------------------------------------------


def test_apa_subtitle_is_the_standfirst_once() -> None:
    result = imported("apa-text.xml")
    assert blocks(result) == [
        ("title", "Saisonstart im Schweizerhaus: Run aufs Krügerl im Prater"),
        (
            "standfirst",
            "Großer Andrang am Eröffnungstag - Auch der Rummelplatz startsete heute den Betrieb",
        ),
    ]
    meta = result.article.meta
    assert meta.slug == "Buntes/Freizeit/Bauten/Eröffnung/Unterhaltung/Wien/Kommunales"
    assert meta.dateline == Dateline("Wien", None)
    assert meta.credit == "APA/John Doe"


# -- STT: a subhead inside a paragraph ----------------------------------------------------------


def test_stt_h3_inside_p_becomes_a_subhead_between_paragraphs() -> None:
    result = imported("stt-alcohol-act.xml")
    found = blocks(result)
    subhead = ("subhead", "Rinne: Hallitus runnoi läpi työttömiä kurittavan lain")
    assert subhead in found
    at = found.index(subhead)
    assert found[at - 1] == (
        "paragraph",
        "Parliament also voted on the government's confidence. The government gained confidence"
        " by 106-80. Seven MPs were absent and six were absent.",
    )
    assert found[at + 1][1].startswith("In the morning's vote, for example,")
    assert found[1] == (
        "paragraph",
        "*** DISCLAIMER: THIS IS AN AUTOMATED TRANSLATION FROM FINNISH ***",
    )
    assert found[2] == ("subhead", "Also the unemployment law went through")
    assert result.article.meta.dateline == Dateline("Helsinki", None)


# -- IPTC: hl1 and the G2 headline differ; a place given only as a code -------------------------


def test_the_items_headline_wins_over_hl1_which_is_kept_as_a_note() -> None:
    result = imported("iptc-sports-preview.xml")
    found = blocks(result)
    assert found[0] == (
        "title",
        "Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.",
    )
    assert found[1] == (
        "standfirst",
        "A pair of teams coming off big weekend sweeps will square off tonight at Citizens Bank"
        " Park, where the Philadelphia Phillies welcome the Arizona Diamondbacks for the start"
        " of a three-game series.",
    )
    assert [kind for kind, _ in found[2:]] == ["paragraph"] * 6
    # the NITF byline holds only a byttl (a title, not a name): the creator is the author
    assert authors(result) == ["The Sports Network"]
    assert any(
        "Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m." in note
        for note in result.notes
    )


def test_a_byline_title_is_the_authors_job_and_the_located_city_the_place() -> None:
    result = imported("iptc-text-document.xml")
    assert blocks(result)[0] == ("title", 'Fed to halt QE to avert "bubble"')  # no leading space
    assert [kind for kind, _ in blocks(result)] == ["title", "paragraph", "paragraph"]
    assert not any("headline" in note for note in result.notes)  # hl1 says the same
    meta = result.article.meta
    assert [(a.name, a.role) for a in meta.authors] == [("Meredith Jameson", "Staff Reporter")]
    assert meta.dateline == Dateline("New York", None)
    assert meta.slug == "US-Finance-Fed"


def test_a_bare_nitf_hl2_repeating_the_headline_is_no_standfirst() -> None:
    result = imported("ap-nitf.xml")
    found = blocks(result)
    assert found[0] == ("title", "Can trading pollution like stocks help fight climate change?")
    assert found[1][0] == "paragraph"
    assert found[1][1].startswith("NEW YORK (AP) — The gas produced by hog manure at farms")
    meta = result.article.meta
    assert [(a.name, a.role) for a in meta.authors] == [("BERNARD CONDON", "AP Business Writer")]
    assert meta.dateline == Dateline("NEW YORK", None)


def test_a_place_given_only_as_a_code_is_left_empty_with_a_note() -> None:
    result = imported("iptc-sports-preview.xml")
    assert result.article.meta.dateline.place == ""
    assert any("city:Philadelphia" in note for note in result.notes)


def test_a_place_code_named_elsewhere_in_the_item_takes_that_name(tmp_path: Path) -> None:
    """The same real item, with the place described once in an `assert` as G2 allows."""
    source = (WIRE / "iptc-sports-preview.xml").read_text(encoding="utf-8")
    described = source.replace(
        "    <contentSet>",
        '    <assert qcode="city:Philadelphia"><name>Philadelphia</name></assert>\n'
        "    <contentSet>",
        1,
    )
    path = tmp_path / "described.xml"
    path.write_text(described, encoding="utf-8")
    result = newsml_read.load(path)
    assert result.article.meta.dateline == Dateline("Philadelphia", None)
    assert not any("city:Philadelphia" in note for note in result.notes)


@pytest.mark.parametrize("name", sorted(p.name for p in WIRE.glob("*.xml")))
def test_every_real_item_imports_with_a_title_and_copy(name: str, tmp_path: Path) -> None:
    result = newsml_read.load(shutil.copy(WIRE / name, tmp_path / name))
    kinds = [block.kind for block in result.article.blocks]
    assert kinds[0] == "title"
    assert all(text_of(b.text) == text_of(b.text).strip() for b in result.article.blocks)
    assert not any(text_of(b.text).startswith("<") for b in result.article.blocks)


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        ("", "<h3>Tränen, Wut und Jubel</h3>", "standfirst"),
        ("<h3>Tränen, Wut und Jubel</h3>", "", "kicker"),
    ],
)
def test_a_dpa_header_heading_is_the_subtitle_after_h1_and_the_kicker_before(
    tmp_path: Path, before: str, after: str, kind: str
) -> None:
    """The real dpa item, with a heading added to its header as dpa's format allows (none of the
    public items found has one)."""
    h1 = "<h1>Eintracht in London: Hintereggers Tränen und Attacke auf Reporter</h1>"
    source = (WIRE / "dpa-eintracht.xml").read_text(encoding="utf-8")
    assert h1 in source
    path = tmp_path / "dpa.xml"
    path.write_text(source.replace(h1, before + h1 + after, 1), encoding="utf-8")
    found = blocks(newsml_read.load(path))
    title = ("title", "Eintracht in London: Hintereggers Tränen und Attacke auf Reporter")
    heading = (kind, "Tränen, Wut und Jubel")
    assert found[:2] == ([heading, title] if kind == "kicker" else [title, heading])
    assert [kind for kind, _ in found[2:]] == ["paragraph"] * 3


@pytest.mark.parametrize(
    ("byline", "agencies", "names"),
    [
        ("Von Annett Gehler, dpa", ["dpa"], ["Annett Gehler"]),  # dpa
        ("Reuters, MAR 04", ["Reuters", "reuters.com"], ["Reuters"]),  # Reuters video: a day
        ("By Marwan Makdisi", ["Reuters"], ["Marwan Makdisi"]),
        ("dpa", ["dpa"], ["dpa"]),  # nothing but the agency: the byline as it is
    ],
)
def test_the_people_in_an_agency_byline(byline: str, agencies: list[str], names: list[str]) -> None:
    assert author_names(split_byline(byline), agencies) == names

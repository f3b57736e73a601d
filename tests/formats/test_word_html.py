"""Word's clipboard HTML becomes the blocks a DOCX with the same style names becomes."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from editor.formats import docx_read
from editor.formats.docx import export
from editor.formats.imported import MAX_INPUT_BYTES, ImportRefusedError
from editor.formats.options import ExportOptions
from editor.formats.word_html import blocks_from_office_html, css_string, is_word_html
from editor.model import storage
from editor.model.article import Block
from editor.model.inline import EM, LINK, STRONG, SUP
from tests.shared import SAMPLE, libreoffice_convert

FIXTURES = Path(__file__).parent / "fixtures"


def pasted(name: str, style_map: dict[str, str] | None = None) -> list[Block]:
    blocks = blocks_from_office_html((FIXTURES / name).read_text(encoding="utf-8"), style_map)
    assert blocks is not None
    return blocks


def shape(blocks: list[Block]) -> list[tuple[str, str]]:
    return [(b.kind, b.plain_text) for b in blocks]


def marked(block: Block) -> dict[str, frozenset[str]]:
    return {run.text: run.marks for run in block.text if run.marks}


# -- English Word --------------------------------------------------------------------------


def test_english_word_styles_become_the_article_parts() -> None:
    blocks = pasted("word-clipboard-en.html")
    assert [b.kind for b in blocks] == [
        "kicker",  # our own English name, "Kicker"
        "title",  # MsoTitleCxSpFirst: Word's Title
        "standfirst",  # MsoSubtitle
        "paragraph",
        "paragraph",
        "subhead",  # <h1>
        "paragraph",  # list paragraphs, bullets gone
        "paragraph",
        "pullquote",  # MsoQuote
        "paragraph",
        "author_bio",  # "Author Bio"
    ]
    assert blocks[1].plain_text == "The night ferry that keeps an island awake"
    assert blocks[6].plain_text == "a captain who started as a deckhand,"
    assert blocks[8].attr("attribution") == "Tom Hale, captain"  # the "— Name" line after it
    assert blocks[9].plain_text == "The last boat docks at eleven."  # hidden text left out


def test_english_word_marks_and_links_stay() -> None:
    blocks = pasted("word-clipboard-en.html")
    assert marked(blocks[2]) == {"occasional": frozenset({EM})}
    body = blocks[3]
    assert marked(body)["st"] == frozenset({SUP})
    assert marked(body)["forty minutes"] == frozenset({STRONG})
    link = next(run for run in body.text if LINK in run.marks)
    assert (link.text, link.href) == (
        "the operator’s site",
        "https://ferries.example.com/timetable",
    )
    assert blocks[4].plain_text == "Crossings: six a day in winter, nine in summer."
    assert marked(blocks[4]) == {"Crossings: ": frozenset({EM})}


def test_nothing_of_words_plumbing_comes_through() -> None:
    texts = " ".join(b.plain_text for b in pasted("word-clipboard-en.html"))
    for plumbing in ("·", "mso-", "Version:", "StartFragment", "hidden note", "Normal", "{"):
        assert plumbing not in texts
    assert all(b.plain_text == b.plain_text.strip() for b in pasted("word-clipboard-en.html"))


# -- French Word ---------------------------------------------------------------------------


def test_french_style_names_and_based_on_chains() -> None:
    assert shape(pasted("word-clipboard-fr.html"))[:5] == [
        ("kicker", "Patrimoine"),  # Surtitre
        ("title", "Au moulin de Saint-Agrève, la meule tourne de nouveau"),  # Titre
        (
            "standfirst",
            "Trois ans de chantier bénévole ont rendu vie au dernier moulin à eau du plateau.",
        ),
        (
            "standfirst",
            "Samedi, plus de deux cents personnes sont venues voir moudre la première "
            "farine depuis 1962.",
        ),  # "Chapô de la une", based on "Chapô" (written \00F4)
        ("paragraph", "Jeanne Dupont"),  # Signature: kept where it was, as text
    ]
    kinds = [b.kind for b in pasted("word-clipboard-fr.html")]
    assert kinds[5:] == [
        "paragraph",  # Texte courant
        "subhead",  # Titre 1
        "paragraph",
        "subhead",  # <h2>
        "subhead",  # "Intertitre de page", based on Word's "Titre 2"
        "pullquote",  # Citation, with "— Name" in Citation
        "pullquote",  # Exergue, then Exergue attribution
        "paragraph",  # Légende photo without a picture
        "author_bio",
    ]


def test_french_typography_and_marks_survive() -> None:
    blocks = pasted("word-clipboard-fr.html")
    body = blocks[5]
    assert body.plain_text.startswith("Le 1er\u00a0juin, à l’aube")
    assert "«\u00a0On n’y croyait plus\u00a0!\u00a0»" in body.plain_text
    assert marked(body)["er"] == frozenset({SUP})
    assert marked(body)["Paul Roche"] == frozenset({STRONG})
    assert "1,2\u202ftonne" in blocks[7].plain_text
    assert marked(blocks[7]) == {"Un miracle": frozenset({EM})}  # character style Accentuation
    assert blocks[10].attr("attribution") == "Marie Teyssier, meunière"
    assert blocks[11].attr("attribution") == "Paul Roche"


def test_the_newsrooms_style_map_comes_first() -> None:
    blocks = pasted("word-clipboard-fr.html", {"subhead": "Chapô de la une", "title": "Surtitre"})
    assert [b.kind for b in blocks[:4]] == ["title", "title", "standfirst", "subhead"]


# -- the same lookup as the DOCX reader ----------------------------------------------------

NAMES = (
    "Titre article",
    "Surtitre",
    "Chapô",
    "Texte courant",
    "Intertitre",
    "Titre",
    "Sous-titre",
    "Titre 1",
    "Citation",
    "Exergue",
    "Exergue attribution",
    "Légende photo",
    "Headline",
    "Standfirst",
    "Pull Quote",
    "Bio auteur",
    "Mon style à moi",
)


def css_escaped(name: str) -> str:
    return "".join(c if ord(c) < 128 else f"\\{ord(c):04X}" for c in name)


def word_html(names: tuple[str, ...]) -> str:
    rules = "".join(
        f'p.S{n}, li.S{n}, div.S{n}\n\t{{mso-style-name:"{css_escaped(name)}";\n'
        f'\tmso-style-parent:"";}}\n'
        for n, name in enumerate(names)
    )
    body = "".join(f"<p class=S{n}>Texte {n}<o:p></o:p></p>\n" for n in range(len(names)))
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">'
        f"<head><style>\n<!--\n{rules}-->\n</style></head><body>{body}</body></html>"
    )


def docx_bytes(names: tuple[str, ...]) -> bytes:
    document = docx.Document()
    for n, name in enumerate(names):
        if name not in [s.name for s in document.styles]:
            document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        document.add_paragraph(f"Texte {n}", style=name)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_paste_and_a_docx_with_the_same_style_names_give_the_same_blocks() -> None:
    from_docx = docx_read.from_bytes(docx_bytes(NAMES)).article.blocks
    from_paste = blocks_from_office_html(word_html(NAMES))
    assert from_paste is not None
    assert [(b.kind, b.plain_text, dict(b.attrs)) for b in from_paste] == [
        (b.kind, b.plain_text, dict(b.attrs)) for b in from_docx
    ]
    assert {b.kind for b in from_paste} >= {"title", "kicker", "standfirst", "subhead", "pullquote"}


# -- what is not Word's, and what is refused -----------------------------------------------


def test_other_html_is_left_to_the_generic_paste() -> None:
    assert blocks_from_office_html("<html><body><h1>Titre</h1><p>Texte</p></body></html>") is None
    assert not is_word_html("<p class=chapo>Texte</p>")


def test_a_piece_of_one_paragraph_is_one_paragraph() -> None:
    fragment = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word"><body lang=FR>'
        "<!--StartFragment--><span style='font-size:11.0pt'>trois <i>mots</i> copiés</span>"
        "<!--EndFragment--></body></html>"
    )
    assert shape(blocks_from_office_html(fragment) or []) == [("paragraph", "trois mots copiés")]


def test_css_escapes_as_word_writes_them() -> None:
    assert css_string('"Chap\\00F4"') == "Chapô"
    assert css_string('"L\\00E9gende photo"') == "Légende photo"
    assert css_string("\\0421\\043F\\0438\\0441\\043E\\043A") == "Список"
    assert css_string("Titre") == "Titre"


def test_entities_read_nothing_from_disk(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("MOT-DE-PASSE", encoding="utf-8")
    hostile = (
        f'<!DOCTYPE html [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
        '<html xmlns:w="urn:schemas-microsoft-com:office:word"><body>'
        "<p class=MsoNormal>avant &leak; après</p></body></html>"
    )
    texts = " ".join(b.plain_text for b in blocks_from_office_html(hostile) or [])
    assert "MOT-DE-PASSE" not in texts
    assert "avant" in texts


def test_too_much_is_refused_with_a_message() -> None:
    huge = '<html xmlns:w="urn:schemas-microsoft-com:office:word">' + "x" * MAX_INPUT_BYTES
    with pytest.raises(ImportRefusedError, match="larger than"):
        blocks_from_office_html(huge)


def test_the_nul_a_clipboard_ends_with_changes_nothing() -> None:
    text = (FIXTURES / "word-clipboard-en.html").read_text(encoding="utf-8")
    with_nul = blocks_from_office_html(text + "\x00") or []
    assert [(b.kind, b.text, dict(b.attrs)) for b in with_nul] == [
        (b.kind, b.text, dict(b.attrs)) for b in pasted("word-clipboard-en.html")
    ]


# -- LibreOffice ---------------------------------------------------------------------------


def test_libreoffice_clipboard_html_is_left_to_the_generic_paste() -> None:
    """Made by LibreOffice 7.4 itself: the sample's DOCX export opened in Writer, everything
    selected, and the "text/html" flavour of the view's clipboard transferable saved (its final
    NUL removed). No paragraph carries its style: only the subheads keep a class."""
    html = (FIXTURES / "libreoffice-clipboard.html").read_text(encoding="utf-8")
    assert 'content="LibreOffice' in html
    assert blocks_from_office_html(html) is None
    assert html.count('class="') == 2  # <h2 class="intertitre">, twice


@pytest.mark.slow
def test_libreoffice_html_keeps_no_paragraph_style_names(tmp_path: Path) -> None:
    """LibreOffice's clipboard HTML is its HTML export: only headings keep a class, the
    standfirst, title and pull quote are bare paragraphs. It is left to the generic paste;
    were the names ever kept, this test says it is time to map them."""
    source = tmp_path / "article.docx"
    export(storage.load(SAMPLE), source, ExportOptions())
    libreoffice_convert(source, "html", tmp_path, tmp_path / "profile")
    html = (tmp_path / "article.html").read_text(encoding="utf-8")
    assert 'content="LibreOffice' in html
    assert blocks_from_office_html(html) is None
    for name in ("Chap", "Titre article", "Exergue", "Titrearticle"):
        assert f'class="{name}' not in html


def test_built_in_classes_without_a_rule_are_known_by_their_names() -> None:
    """Word leaves unused built-ins out of the sheet; Outlook sometimes leaves all out."""
    snippet = (
        '<html xmlns:w="urn:schemas-microsoft-com:office:word"><body>'
        "<p class=MsoTitle>Le titre</p><p class=MsoIntenseQuote>Une citation</p>"
        "<h3>Un intertitre</h3><p class='MsoCaption'>Une légende</p>"
        "<p class=MsoBodyText2>Du texte</p></body></html>"
    )
    assert [b.kind for b in blocks_from_office_html(snippet) or []] == [
        "title",
        "pullquote",
        "subhead",
        "paragraph",
        "paragraph",
    ]

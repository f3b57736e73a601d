"""Copy fitting's layout: lines from the real fonts, French hyphenation, and LibreOffice's count.

The fonts are those .ci/run installs (fonts-liberation2, fonts-dejavu-core); LibreOffice
hyphenates French with Debian's hyphen-fr, the same Hunspell patterns pyphen ships.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from editor.formats.layout import FitCache, FontMissingError, count_lines, font_file, lines
from editor.model import storage
from editor.model.build import article, para
from editor.model.inline import plain
from editor.model.print_profile import BlockStyle, builtin_profiles, fit
from tests.shared import SAMPLE, SHARED, in_ci, libreoffice_convert, require_tool, seed_article

COLUMN = BlockStyle(column_mm=48, font="Liberation Serif", size_pt=9.5, leading_pt=11)
KNOWN = (
    "Le gouvernement a présenté mercredi un projet de loi sur la transition énergétique qui "
    "prévoit, d’ici à 2030, la fermeture des dernières centrales à charbon et un plan "
    "d’investissement de 10\u202f000 millions d’euros. « C’est un tournant\u00a0», a déclaré "
    "la ministre, qui espère un vote avant l’été."
)


def test_known_paragraph_at_two_widths() -> None:
    assert count_lines(plain(KNOWN), replace(COLUMN, hyphenate=False)) == 9
    assert count_lines(plain(KNOWN), replace(COLUMN, column_mm=90, hyphenate=False)) == 5


def test_narrower_columns_never_give_fewer_lines() -> None:
    counts = [count_lines(plain(KNOWN), replace(COLUMN, column_mm=mm)) for mm in range(90, 29, -6)]
    assert counts == sorted(counts) and counts[0] < counts[-1]


def test_no_word_is_lost_and_only_cut_words_gain_a_hyphen() -> None:
    set_lines = [line.replace(" ", "") for line in lines(plain(KNOWN), COLUMN)]
    assert "".join(line.removesuffix("-") for line in set_lines) == KNOWN.replace(" ", "")


def test_hyphenation_cuts_words_where_french_allows_and_saves_lines() -> None:
    on = list(lines(plain(KNOWN), COLUMN))
    off = list(lines(plain(KNOWN), replace(COLUMN, hyphenate=False)))
    assert len(on) <= len(off)
    cut = [line.split()[-1] for line in on if line.endswith("-")]
    assert cut, "a 48 mm column of this text hyphenates at least once"
    assert all(len(word.rstrip("-")) >= 2 for word in cut)
    assert not any(line.endswith("-") for line in off)
    long_word = plain("anticonstitutionnellement " * 6)
    narrow = replace(COLUMN, column_mm=30)
    hyphenated = list(lines(long_word, narrow))
    assert count_lines(long_word, replace(narrow, hyphenate=False)) > len(hyphenated)
    assert {line.split()[-1] for line in hyphenated if line.endswith("-")} <= {
        "an-", "anti-", "antic-", "anticons-", "anticonsti-", "anticonstitu-",
        "anticonstitution-", "anticonstitutionnel-", "anticonstitutionnelle-",
    }  # fmt: skip


def test_no_break_spaces_hold_and_hard_hyphens_break() -> None:
    narrow = replace(COLUMN, column_mm=20, hyphenate=False)
    for line in lines(plain("il a gagné 10\u202f000 euros « cette\u00a0fois »"), narrow):
        assert not line.endswith("10") and not line.startswith("000")
    compound = list(lines(plain("les porte-parole et les arcs-en-ciel"), narrow))
    assert any(line.endswith("-") for line in compound)


def test_a_word_wider_than_the_column_is_cut_not_lost() -> None:
    assert count_lines(plain("https://exemple.fr/" + "x" * 80), COLUMN) >= 2


def test_italic_and_bold_are_measured_in_their_own_faces() -> None:
    text = "Une phrase assez longue pour remplir plusieurs lignes de la colonne du journal. " * 3
    bold = replace(COLUMN, bold=True, hyphenate=False)
    assert count_lines(plain(text), bold) >= count_lines(plain(text), replace(bold, bold=False))
    assert font_file("Liberation Serif", bold=True) != font_file("Liberation Serif")


def test_a_missing_font_is_named() -> None:
    with pytest.raises(FontMissingError, match="Nonexistent Grotesk"):
        count_lines(plain("texte"), replace(COLUMN, font="Nonexistent Grotesk"))


def test_the_cache_lays_out_only_a_changed_block() -> None:
    profile = builtin_profiles()["quotidien"]
    cache = FitCache(profile)
    first = para(KNOWN)
    lines_before = cache.lines_of(first, "fr")
    assert cache.lines_of(first, "fr") is lines_before
    edited = replace(first, text=plain(KNOWN + " Et une phrase de plus pour la route."))
    assert cache.lines_of(edited, "fr").lines >= lines_before.lines


ENGLISH = (
    "unprecedented parliamentary disagreement telecommunications infrastructure "
    "responsibilities overshadowed negotiations"
)


def test_a_block_in_another_language_is_hyphenated_in_its_own() -> None:
    quotidien = builtin_profiles()["quotidien"]
    column = replace(COLUMN, column_mm=30)
    profile = replace(quotidien, blocks={**quotidien.blocks, "paragraph": column})
    as_english = FitCache(profile).lines_of(para(ENGLISH), "en")
    as_french = FitCache(profile).lines_of(para(ENGLISH), "fr")
    assert as_english != as_french  # the patterns cut these words at other places
    quoted = para(ENGLISH, lang="en-GB")
    assert FitCache(profile).lines_of(quoted, "fr") == as_english
    piece = article(para(KNOWN), quoted, meta={"language": "fr"})
    assert fit(piece, profile, count_lines).blocks[1][1] == as_english


# -- against LibreOffice -----------------------------------------------------------------------


def _docx_of(paragraphs: list[str], style: BlockStyle, path: Path) -> None:
    """One paragraph a page, in a page exactly one column wide, set as the profile says."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(style.column_mm + 20), Mm(400)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(10))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = style.font, Pt(style.size_pt)
    fmt = normal.paragraph_format
    fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(style.leading_pt)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Mm(style.indent_mm)
    fmt.widow_control = False
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "fr-FR")
    kerning = OxmlElement("w:kern")  # pair kerning, as InDesign sets text (Word's is off)
    kerning.set(qn("w:val"), "2")
    properties = normal.element.get_or_add_rPr()
    properties.find(qn("w:sz")).addprevious(kerning)  # the schema's order: kern before sz
    properties.append(language)
    settings = document.settings.element
    hyphenation = OxmlElement("w:autoHyphenation")
    hyphenation.set(qn("w:val"), "true" if style.hyphenate else "false")
    settings.append(hyphenation)
    zone = OxmlElement("w:hyphenationZone")
    zone.set(qn("w:val"), "0")
    settings.append(zone)
    for index, text in enumerate(paragraphs):
        paragraph = document.add_paragraph(text)
        paragraph.paragraph_format.page_break_before = index > 0
    document.save(str(path))


def _libreoffice_lines(paragraphs: list[str], style: BlockStyle, folder: Path) -> list[int]:
    source = folder / "column.docx"
    _docx_of(paragraphs, style, source)
    pdf = libreoffice_convert(source, "pdf", folder, folder / "lo-profile")
    text = subprocess.run(
        [require_tool("pdftotext"), "-layout", str(pdf), "-"],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip
    pages = text.split("\f")
    return [sum(1 for line in page.splitlines() if line.strip()) for page in pages if page.strip()]


def _body_paragraphs() -> list[str]:
    found = [b.plain_text for b in storage.load(SAMPLE).blocks if b.kind == "paragraph"]
    if in_ci() or (SHARED / "fixtures").is_dir():  # outside CI without ../shared: the sample
        found += [b.plain_text for b in seed_article().blocks if b.kind == "paragraph"]
    return [text for text in found if "\n" not in text]


def _french_hyphenation_for_libreoffice() -> None:
    if not Path("/usr/share/hyphen/hyph_fr.dic").is_file():
        if in_ci():
            pytest.fail("hyphen-fr is not installed; .ci/run installs it")
        pytest.skip("hyphen-fr (LibreOffice's French hyphenation) is not installed")


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["quotidien", "magazine"])
@pytest.mark.parametrize("hyphenate", [False, True], ids=["no-hyphenation", "hyphenation"])
def test_each_paragraph_agrees_with_libreoffice_within_a_line(
    tmp_path: Path, profile: str, hyphenate: bool
) -> None:
    if hyphenate:
        _french_hyphenation_for_libreoffice()
    style = replace(builtin_profiles()[profile].style_for("paragraph"), hyphenate=hyphenate)
    paragraphs = _body_paragraphs()
    theirs = _libreoffice_lines(paragraphs, style, tmp_path)
    ours = [count_lines(plain(text), style) for text in paragraphs]
    assert len(theirs) == len(ours)
    differences = [abs(a - b) for a, b in zip(ours, theirs, strict=True)]
    assert max(differences) <= 1, list(zip(ours, theirs, strict=True))


def test_fit_of_a_whole_article_counts_body_lines() -> None:
    profile = builtin_profiles()["quotidien"]
    cache = FitCache(profile)
    one = article(para(KNOWN))
    two = article(para(KNOWN), para(KNOWN))
    single = fit(one, profile, count_lines, lines_of=lambda b: cache.lines_of(b, "fr"))
    double = fit(two, profile, count_lines)
    assert single.lines == single.blocks[0][1].lines
    assert double.lines == 2 * single.lines


def test_without_fontconfig_the_font_folders_are_read_and_twins_stand_for_each_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows and macOS have no fc-match: the faces are found by their names in the files."""
    with_fontconfig = font_file("Liberation Serif", italic=True)
    monkeypatch.setenv("PATH", "")
    font_file.cache_clear()
    try:
        # the same face; with Liberation 1 and 2 both installed, perhaps the other one's file
        assert font_file("Liberation Serif", italic=True).name == with_fontconfig.name
        assert font_file("Times New Roman", italic=True).name == with_fontconfig.name
        assert font_file("DejaVu Serif").name == "DejaVuSerif.ttf"
        with pytest.raises(FontMissingError):
            font_file("Garamond Imaginaire")
    finally:
        font_file.cache_clear()

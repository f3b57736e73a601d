"""File → Print and Print Preview, driven in the real window; what they print is read back
from a PDF (pdftotext) and one page is rendered to a picture (pdftoppm)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import bridge, printing
from editor.app.application import Copydesk, dark_palette
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.model.article import Author, Dateline
from editor.model.build import (
    article,
    bio,
    image,
    kicker,
    media,
    para,
    quote,
    standfirst,
    subhead,
    title,
)
from tests.strategies import png_bytes

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm") and shutil.which("pdfinfo")),
    reason="poppler-utils reads the printed PDF back",
)
PICTURE = media(png_bytes(300, 160))


def piece(language: str = "fr", paragraphs: int = 2) -> Document:
    from datetime import date

    return Document(
        article(
            kicker("Lecture publique"),
            title("La bibliothèque rouvre"),
            standfirst("Fermée depuis deux ans, elle accueille ses lecteurs."),
            *(para(f"Paragraphe numéro {n} du récit.") for n in range(1, paragraphs + 1)),
            subhead("Des ateliers devenus salle"),
            quote("Le dernier endroit où rester sans rien acheter.", by="Claire Vidal"),
            image(
                PICTURE, caption="La salle de lecture.", credit="Photo Copydesk", alt="Une salle"
            ),
            bio("Camille Roux couvre la culture."),
            media=[PICTURE],
            meta=dict(
                language=language,
                section=("Culture", "Livres"),
                authors=(Author("Camille Roux"),),
                dateline=Dateline("Lyon", date(2025, 2, 1)),
                slug="lyon-bibliotheque",
            ),
        )
    )


def to_pdf(window: MainWindow, path: Path, qtbot: QtBot) -> None:
    """File → Print…, the printer set to a PDF file, the dialog answered with Print."""
    printer = printing.printer_of(window)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    window.action("print").trigger()
    dialog = next(d for d in window.findChildren(QPrintDialog) if d.isVisible())
    dialog.accept()
    qtbot.waitUntil(path.exists, timeout=10_000)


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    run = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, check=True)
    return " ".join(run.stdout.decode("utf-8").split())


def pdf_info(path: Path) -> dict[str, str]:
    run = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    return dict(line.split(":", 1) for line in run.stdout.splitlines() if ":" in line)


def in_order(text: str, parts: list[str]) -> bool:
    where = [text.find(part) for part in parts]
    return all(w >= 0 for w in where) and where == sorted(where)


def test_print_writes_the_article_in_order_with_its_metadata(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = desk.show(piece())
    target = tmp_path / "proof.pdf"
    to_pdf(window, target, qtbot)
    text = pdf_text(target)
    assert in_order(text, [
        "lyon-bibliotheque", "CULTURE › LIVRES", "LECTURE PUBLIQUE", "La bibliothèque rouvre",
        "Fermée depuis deux ans", "Camille Roux", "Lyon, 1er février 2025",
        "Paragraphe numéro 1 du récit.", "Paragraphe numéro 2 du récit.",
        "Des ateliers devenus salle", "Le dernier endroit où rester", "CLAIRE VIDAL",
        "La salle de lecture.", "PHOTO COPYDESK", "Camille Roux couvre la culture.", "Page 1 of 1",
    ]), text  # fmt: skip
    info = pdf_info(target)
    assert "A4" in info["Page size"] and info["Pages"].strip() == "1"
    assert info["Title"].strip() == window.document.title
    picture = render_page(target, 1, tmp_path)
    assert picture.width() > 400
    assert 0.002 < dark_share(picture) < 0.2  # dark ink on white paper


def render_page(pdf: Path, page: int, folder: Path, dpi: int = 50) -> QImage:
    stem = folder / f"page{page}"
    pages = ["-f", str(page), "-l", str(page)]
    command = ["pdftoppm", "-r", str(dpi), "-png", *pages, "-singlefile", str(pdf), str(stem)]
    subprocess.run(command, check=True)
    picture = QImage(str(stem.with_suffix(".png")))
    assert not picture.isNull()
    return picture


def dark_share(picture: QImage) -> float:
    """The share of dark pixels, on a grid."""
    points = [(x, y) for x in range(0, picture.width(), 4) for y in range(0, picture.height(), 4)]
    dark = sum(1 for x, y in points if picture.pixelColor(x, y).lightness() < 100)
    return dark / len(points)


def test_a_long_article_runs_over_pages_numbered_under_its_slug(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = desk.show(piece(paragraphs=120))
    target = tmp_path / "long.pdf"
    to_pdf(window, target, qtbot)
    pages = int(pdf_info(target)["Pages"])
    assert pages >= 3
    for number in range(1, pages + 1):
        text = pdf_text(target, number)
        assert text.startswith("lyon-bibliotheque"), text[:80]
        assert text.endswith(f"Page {number} of {pages}"), text[-80:]
    every = pdf_text(target)
    assert in_order(every, [f"Paragraphe numéro {n} du récit." for n in (1, 2, 60, 119, 120)])


def test_paper_follows_the_article_language(desk: Copydesk, tmp_path: Path, qtbot: QtBot) -> None:
    window = desk.show(piece(language="en-US"))
    target = tmp_path / "letter.pdf"
    to_pdf(window, target, qtbot)
    assert "letter" in pdf_info(target)["Page size"].lower()


def test_a_dark_desktop_prints_dark_ink_on_white(
    desk: Copydesk, qapp: QApplication, tmp_path: Path, qtbot: QtBot
) -> None:
    qapp.setPalette(dark_palette())
    bridge.char_format.cache_clear()  # as a switch of the desktop does: new text in its colours
    window = desk.show(piece())
    assert window.surface.palette().color(QPalette.ColorRole.Base).lightness() < 100
    target = tmp_path / "night.pdf"
    to_pdf(window, target, qtbot)
    picture = render_page(target, 1, tmp_path, dpi=100)
    assert 0.002 < dark_share(picture) < 0.2  # the copy in dark ink, on white paper
    night_red, day_red = QColor("#ff7b6e"), QColor("#b3261e")  # the kicker's, the rule's
    assert near(picture, day_red) > 0 and near(picture, night_red) == 0
    on_screen = window.document.text.begin()  # the kicker, red for the night on the page
    assert on_screen.charFormat().foreground().color() == night_red


def near(picture: QImage, colour: QColor) -> int:
    """How many pixels of the page (every other row and column) are close to `colour`."""
    count = 0
    for y in range(0, picture.height(), 2):
        for x in range(0, picture.width(), 2):
            pixel = picture.pixelColor(x, y)
            distance = (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
            )
            count += distance < 30
    return count


def test_print_preview_shows_the_pages_that_print(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = desk.show(piece(paragraphs=120))
    target = tmp_path / "long.pdf"
    to_pdf(window, target, qtbot)
    window.action("print_preview").trigger()
    dialog = window.findChild(QPrintPreviewDialog, "printPreview")
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    shown = dialog.findChild(QPrintPreviewWidget)
    assert isinstance(shown, QPrintPreviewWidget)
    qtbot.waitUntil(lambda: shown.pageCount() > 0, timeout=10_000)
    assert shown.pageCount() == int(pdf_info(target)["Pages"])
    dialog.close()


def test_a_tall_picture_fits_its_page(desk: Copydesk, tmp_path: Path, qtbot: QtBot) -> None:
    tall = media(png_bytes(200, 1400))
    window = desk.show(
        Document(
            article(
                title("Une tour"),
                image(tall, caption="La tour, de bas en haut.", credit="Photo Copydesk"),
                para("Après la photo."),
                media=[tall],
            )
        )
    )
    target = tmp_path / "tall.pdf"
    to_pdf(window, target, qtbot)
    pages = int(pdf_info(target)["Pages"])
    text = pdf_text(target)
    assert in_order(
        text, ["Une tour", "La tour, de bas en haut.", "PHOTO COPYDESK", "Après la photo."]
    )
    assert pages == 1  # picture, caption and the next paragraph on one page


def test_the_window_zoom_does_not_change_what_prints(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = desk.show(piece(paragraphs=40))
    actual = tmp_path / "actual.pdf"
    to_pdf(window, actual, qtbot)
    window.zoom.set_level(200)
    zoomed = tmp_path / "zoomed.pdf"
    to_pdf(window, zoomed, qtbot)
    assert pdf_info(zoomed)["Pages"] == pdf_info(actual)["Pages"]
    assert pdf_text(zoomed) == pdf_text(actual)

"""Icons for every platform, rendered at build time from the SVG artwork in resources/brand.

Only the SVGs are kept in the repository. PNGs come from `rsvg-convert` (Debian's
librsvg2-bin, Homebrew's librsvg) and, where it is missing, from Qt's own SVG
renderer, which the build environment has anyway. The Windows `.ico` and macOS
`.icns` containers are written here, from those PNGs, so that no platform tool
(iconutil, ImageMagick) is needed to make them: both are a small index of PNG images.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

from release import APP_ID, BRAND, DOCUMENT_ICON

APP_ART = "copydesk"
DOCUMENT_ART = "article-document"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_UNDER = 24
"""Below this size the artwork redrawn on the 16-pixel grid (`*-small.svg`) is used."""

ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)
"""The icns entry types holding PNG data, with their pixel size (the @2x types included)."""


def artwork(name: str, size: int) -> Path:
    small = BRAND / f"{name}-small.svg"
    return small if size < SMALL_UNDER and small.is_file() else BRAND / f"{name}.svg"


def render(svg: Path, size: int, png: Path) -> Path:
    """One square PNG of `size` pixels."""
    png.parent.mkdir(parents=True, exist_ok=True)
    converter = shutil.which("rsvg-convert")
    if converter:
        subprocess.run(
            [converter, "-w", str(size), "-h", str(size), "-o", str(png), str(svg)], check=True
        )
    else:
        _render_with_qt(svg, size, png)
    return png


def _render_with_qt(svg: Path, size: int, png: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    if not image.save(str(png)):  # the format follows the .png suffix
        raise SystemExit(f"could not write {png}")


def render_set(name: str, sizes: tuple[int, ...], folder: Path) -> dict[int, bytes]:
    """PNG bytes by size, rendered once into `folder`."""
    return {
        size: render(artwork(name, size), size, folder / f"{name}-{size}.png").read_bytes()
        for size in sizes
    }


def write_ico(images: dict[int, bytes], target: Path) -> Path:
    """A Windows icon whose entries are PNG images (read by Windows Vista and later)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + blobs)
    return target


def write_icns(images: dict[int, bytes], target: Path) -> Path:
    """A macOS icon: the `icns` header, then one (type, length, PNG) entry per size."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return target


def windows_icons(folder: Path) -> tuple[Path, Path]:
    """The application and document `.ico` files."""
    return (
        write_ico(render_set(APP_ART, ICO_SIZES, folder / "png"), folder / "copydesk.ico"),
        write_ico(render_set(DOCUMENT_ART, ICO_SIZES, folder / "png"), folder / "article.ico"),
    )


def macos_icons(folder: Path) -> tuple[Path, Path]:
    """The application and document `.icns` files."""
    sizes = tuple(sorted({size for _, size in ICNS_TYPES}))
    return (
        write_icns(render_set(APP_ART, sizes, folder / "png"), folder / "copydesk.icns"),
        write_icns(render_set(DOCUMENT_ART, sizes, folder / "png"), folder / "article.icns"),
    )


def hicolor_theme(share: Path) -> list[Path]:
    """The freedesktop icons under `share/icons/hicolor`: SVG plus PNG sizes, app and document."""
    theme = share / "icons" / "hicolor"
    written: list[Path] = []
    for art, context, icon in (
        (APP_ART, "apps", APP_ID),
        (DOCUMENT_ART, "mimetypes", DOCUMENT_ICON),
    ):
        scalable = theme / "scalable" / context / f"{icon}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(BRAND / f"{art}.svg", scalable)
        written.append(scalable)
        for size in HICOLOR_SIZES:
            png = theme / f"{size}x{size}" / context / f"{icon}.png"
            written.append(render(artwork(art, size), size, png))
    return written

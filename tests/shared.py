"""Access to `../shared` (fixtures, schemas, tools), which sits beside the project root.

A user's clone may not have it: tests that need it skip with a clear reason there,
and fail where `CI=true`, so CI can never go green by skipping them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from editor.model.article import Article, Meta
from editor.model.build import article, bio, kicker, para, quote, standfirst, subhead, title

if TYPE_CHECKING:
    from editor.model.grammalecte import Engine

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
SAMPLE = PROJECT_ROOT / "resources" / "samples" / "bibliotheque-croix-rousse.article"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require(path: Path, what: str) -> Path:
    """`path` under ../shared, or skip (fail in CI) saying what is missing."""
    if path.exists():
        return path
    message = f"{what} not found at {path} (the shared folder beside the project)"
    if in_ci():
        pytest.fail(message + "; CI must have it")
    pytest.skip(message)


@contextmanager
def small_disk(folder: Path, size: str = "64k") -> Iterator[Path]:
    """`folder` as a real disk of `size` (a tmpfs), unmounted afterwards: a full disk as the
    kernel makes one, ENOSPC at the write that no longer fits. Mounting needs root: elsewhere
    the test skips with the reason, and fails where `CI=true` (CI runs as root)."""
    folder.mkdir(parents=True, exist_ok=True)
    mount = shutil.which("mount")
    result = (
        subprocess.run(
            [mount, "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        if mount
        else None
    )
    if result is None or result.returncode != 0:
        why = result.stderr.strip() if result is not None else "no mount command"
        message = f"cannot mount a {size} tmpfs on {folder}: {why}"
        if in_ci():
            pytest.fail(message + "; CI runs as root and must be able to")
        pytest.skip(message)
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False, capture_output=True)
        if os.path.ismount(folder):  # something still open in it: detach it all the same
            subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def seed_blocks() -> dict[str, Any]:
    path = require(SHARED / "fixtures" / "seed-article.blocks.json", "the seed article")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def seed_text() -> str:
    path = require(SHARED / "fixtures" / "seed-article.txt", "the seed article")
    return path.read_text(encoding="utf-8")


def seed_article() -> Article:
    """The seed article built from its parts: `section` lines go to the metadata,
    `pullquote-attribution` joins the pull quote before it, `author-bio` is the bio."""
    data = seed_blocks()
    makers = {
        "kicker": kicker,
        "title": title,
        "standfirst": standfirst,
        "subhead": subhead,
        "paragraph": para,
        "author-bio": bio,
    }
    section: list[str] = []
    blocks = []
    for part in data["blocks"]:
        kind, text = part["kind"], part["text"]
        if kind == "section":
            section.append(text)
        elif kind == "pullquote":
            blocks.append(quote(text))
        elif kind == "pullquote-attribution":
            blocks[-1] = blocks[-1].with_attr("attribution", text)
        else:
            blocks.append(makers[kind](text))
    return article(*blocks, meta=Meta(language=data["language"], section=tuple(section)))


def schemas_dir() -> Path:
    return require(SHARED / "schemas" / "newsml-g2", "the NewsML-G2 schemas")


def require_tool(name: str) -> str:
    """An external program, or skip (fail in CI, where .ci/run installs it)."""
    found = shutil.which(name)
    if found:
        return found
    if in_ci():
        pytest.fail(f"{name} is not installed; CI must have it")
    pytest.skip(f"{name} is not installed")


def libreoffice_convert(source: Path, to: str, outdir: Path, profile: Path) -> Path:
    """`source` converted by LibreOffice (`to`: "html", "docx:MS Word 2007 XML"…) into
    `outdir`, with a throwaway user profile; the converted file's path."""
    result = subprocess.run(
        [
            require_tool("soffice"),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return outdir / f"{source.stem}.{to.split(':')[0]}"


def grammar_engine() -> Engine:
    """Grammalecte, loaded from the system (python3-grammalecte), or skip (fail in CI, where
    .ci/run installs it)."""
    from editor.model import grammalecte

    found = grammalecte.load()
    if isinstance(found, grammalecte.Missing):
        if in_ci():
            pytest.fail(f"{found.reason}; CI must have python3-grammalecte")
        pytest.skip(found.reason)
    return found

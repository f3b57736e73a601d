"""The Flatpak manifest, on the PySide BaseApp, with its Python dependencies pinned.

Flatpak builds run offline, so every Python package the application needs beyond the
BaseApp (which brings PySide6) is listed with its download address and checksum. That
list is worked out here by pip from pyproject.toml — the run-time dependencies and the
build backend — and written beside a copy of packaging/flatpak/org.copydesk.Copydesk.json
in dist/flatpak. Compiled packages (lxml, PyYAML) are taken as source, so that they
build against the runtime's Python and libraries whatever their versions; pure-Python
ones as wheels.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from release import APP_ID, PACKAGING, ROOT

MANIFEST = PACKAGING / "flatpak" / f"{APP_ID}.json"
MODULES = "python3-modules.json"
PROVIDED_BY_BASEAPP = re.compile(r"^(pyside6|shiboken6)", re.IGNORECASE)
FROM_SOURCE = ("lxml",)
INDEX = "https://pypi.org/simple"


def requirements() -> list[str]:
    """pyproject.toml's run-time dependencies that the BaseApp lacks, and the build backend."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    needed = [r for r in project["project"]["dependencies"] if not PROVIDED_BY_BASEAPP.match(r)]
    return needed + list(project["build-system"]["requires"])


def resolve(needed: list[str], from_source: set[str]) -> list[dict[str, Any]]:
    """pip's installation report for `needed`: names, versions, addresses and checksums."""
    with tempfile.TemporaryDirectory() as work:
        report = Path(work) / "report.json"
        subprocess.run(
            [
                sys.executable, "-m", "pip", "install", "--isolated", "--quiet", "--dry-run",
                "--ignore-installed", f"--index-url={INDEX}", f"--report={report}",
                *(f"--no-binary={name}" for name in sorted(from_source)), *needed,
            ],
            check=True,
        )  # fmt: skip
        items: list[dict[str, Any]] = json.loads(report.read_text(encoding="utf-8"))["install"]
    return items


def platform_wheels(items: list[dict[str, Any]]) -> set[str]:
    """Packages pip chose as wheels built for this machine's Python, not the runtime's."""
    return {
        item["metadata"]["name"]
        for item in items
        if item["download_info"]["url"].endswith(".whl")
        and not item["download_info"]["url"].endswith("-none-any.whl")
    }


def pinned() -> list[dict[str, Any]]:
    """The packages to install, every compiled one as source."""
    from_source = set(FROM_SOURCE)
    items = resolve(requirements(), from_source)
    while platform_wheels(items) - from_source:
        from_source |= platform_wheels(items)
        items = resolve(requirements(), from_source)
    return items


def dependencies_module(items: list[dict[str, Any]]) -> dict[str, Any]:
    """One flatpak-builder module installing every package, together, from pinned files.

    Together, because pip without an index installs a package only beside its own
    dependencies.
    """
    specifiers = " ".join(f'"{i["metadata"]["name"]}=={i["metadata"]["version"]}"' for i in items)
    return {
        "name": "python3-modules",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exists-action=i --no-index --find-links=file://${PWD}"
            f" --prefix=${{FLATPAK_DEST}} --no-build-isolation {specifiers}"
        ],
        "sources": [
            {
                "type": "file",
                "url": item["download_info"]["url"],
                "sha256": item["download_info"]["archive_info"]["hashes"]["sha256"],
            }
            for item in items
        ],
    }


def write_manifest(folder: Path) -> Path:
    """dist/flatpak: the manifest and python3-modules.json (needs PyPI to resolve)."""
    folder.mkdir(parents=True, exist_ok=True)
    items = pinned()
    modules = dependencies_module(items)
    (folder / MODULES).write_text(json.dumps(modules, indent=4) + "\n", encoding="utf-8")
    target = folder / MANIFEST.name
    shutil.copyfile(MANIFEST, target)
    pins = ", ".join(f"{i['metadata']['name']} {i['metadata']['version']}" for i in items)
    print(f"flatpak-manifest: {target} (with {pins})")
    return target

"""packaging/fresh_debian.py's reading of the README and of this machine's apt sources.

The run itself (debootstrap, the README's command, the window) is CI's last step, .ci/run.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.shared import PROJECT_ROOT


@pytest.fixture(scope="module")
def fresh() -> Iterator[ModuleType]:
    sys.path.insert(0, str(PROJECT_ROOT / "packaging"))
    try:
        yield importlib.import_module("fresh_debian")
    finally:
        sys.path.remove(str(PROJECT_ROOT / "packaging"))
        sys.modules.pop("fresh_debian", None)


def test_it_runs_the_readme_command_as_written(fresh: ModuleType) -> None:
    command = fresh.readme_command()
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Try it\n" in readme and f"```sh\n{command}\n```" in readme
    assert command.startswith("sudo apt-get update && ")
    assert command.endswith(".venv/bin/copydesk --sample")


def test_a_readme_without_the_section_is_an_error(fresh: ModuleType, tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Copydesk\n\n## Run the tests\n\n```sh\nbash .ci/run\n```\n", "utf-8")
    with pytest.raises(fresh.TryItError, match="no “Try it” section"):
        fresh.readme_command(readme)


def test_it_takes_the_debian_12_sources_of_this_machine(fresh: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "sources.list.d").mkdir()
    (tmp_path / "sources.list").write_text(
        "# comment\ndeb [signed-by=/k.gpg] http://mirror.example/debian bookworm main\n"
        "deb-src http://mirror.example/debian bookworm main\n"
        "deb http://mirror.example/debian trixie main\n",
        encoding="utf-8",
    )
    (tmp_path / "sources.list.d" / "debian.sources").write_text(
        "Types: deb\nURIs: http://deb.example/debian\nSuites: bookworm bookworm-updates\n"
        "Components: main\n\n"
        "Types: deb\nURIs: http://off.example/debian\nSuites: bookworm\nEnabled: no\n",
        encoding="utf-8",
    )
    (tmp_path / "sources.list.d" / "node.sources.disabled").write_text(
        "Types: deb\nURIs: https://node.example\nSuites: bookworm\n", encoding="utf-8"
    )
    assert fresh.debian_sources(tmp_path) == [
        ("http://mirror.example/debian", ["bookworm"]),
        ("http://deb.example/debian", ["bookworm", "bookworm-updates"]),
    ]
    written = fresh.apt_sources(fresh.debian_sources(tmp_path))
    assert "URIs: http://deb.example/debian\nSuites: bookworm bookworm-updates\n" in written


def test_it_mounts_the_folders_pip_names_and_never_a_top_level_one(
    fresh: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "index" / "simple").mkdir(parents=True)
    (tmp_path / "wheels").mkdir()
    (tmp_path / "pip").mkdir()
    (tmp_path / "pip" / "constraints.txt").write_text("torch<=2\n", encoding="utf-8")
    config = tmp_path / "pip.conf"
    config.write_text(
        f"[global]\nextra-index-url = file://{tmp_path}/index/simple https://pypi.org/simple\n"
        f"find-links = {tmp_path}/wheels\nconstraint = {tmp_path}/pip/constraints.txt\n"
        "cert = /etc/ssl/certs/ca-certificates.crt\nsrc = / /var /tmp\n",
        encoding="utf-8",
    )
    folders = fresh.local_folders([(config, "/etc/pip.conf")], {"PIP_FIND_LINKS": "/opt"})
    assert folders == sorted([tmp_path / "index", tmp_path / "pip", tmp_path / "wheels"])

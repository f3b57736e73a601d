"""One list of the system packages the window needs, and everything that uses it agrees.

The list (resources/linux/system-packages.txt) is derived from the installed Qt by
packaging/system_packages.py; the README's "Try it" command, .ci/run, the packaging smoke test
and the .deb's Depends use it or are checked against it here.
"""

from __future__ import annotations

import importlib
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from editor import system
from tests.shared import PROJECT_ROOT, in_ci

LISTED = system.shipped_packages()
INSTALLED = system.install_list(LISTED)
README_EXTRA = ("python3-venv",)  # the virtual environment the README makes needs it


def readme_try_it() -> str:
    """The README's "Try it" command, as packaging/fresh_debian.py extracts and runs it."""
    sys.path.insert(0, str(PROJECT_ROOT / "packaging"))
    try:
        command: str = importlib.import_module("fresh_debian").readme_command()
    finally:
        sys.path.remove(str(PROJECT_ROOT / "packaging"))
        sys.modules.pop("fresh_debian", None)
    return command


def apt_packages(command: str) -> list[str]:
    """The packages of `apt-get install -y …` in a shell command, up to the next `&&`."""
    words = shlex.split(command.replace("\\\n", " "))
    start = next(i for i in range(len(words)) if words[i : i + 2] == ["apt-get", "install"])
    packages = []
    for word in words[start + 2 :]:
        if word == "&&":
            break
        if not word.startswith("-"):
            packages.append(word)
    return packages


def listed_by_awk(script: Path) -> list[str]:
    """What a shell script's `$(awk … system-packages.txt)` expands to, run as it runs."""
    text = script.read_text(encoding="utf-8")
    match = re.search(r"\$\((awk [^\n]*resources/linux/system-packages\.txt)\)", text)
    assert match, f"{script.name} does not read resources/linux/system-packages.txt"
    result = subprocess.run(
        ["bash", "-c", match[1]], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout.split()


def test_the_list_has_the_window_the_fonts_and_the_spelling() -> None:
    roles = {package.name: package.role for package in LISTED}
    assert roles["libxcb-cursor0"] == roles["libxcb-icccm4"] == roles["libegl1"] == "window"
    assert roles["libxkbcommon-x11-0"] == roles["libglib2.0-0"] == "window"
    assert roles["fonts-dejavu-core"] == "fonts"
    assert {"libenchant-2-2", "hunspell-fr", "hunspell-en-us"} <= {
        name for name, role in roles.items() if role == "spelling"
    }
    assert len(roles) == len(LISTED)  # each package once
    sonames = [soname for package in LISTED for soname in package.sonames]
    assert len(sonames) == len(set(sonames))
    assert "libxcb-cursor.so.0" in sonames and "libXau.so.6" in sonames


def test_the_readme_installs_exactly_the_list_then_opens_the_sample() -> None:
    command = readme_try_it()
    assert apt_packages(command) == [*README_EXTRA, *INSTALLED]
    assert command.startswith("sudo apt-get update && sudo apt-get install -y ")
    assert command.rstrip().endswith("&& .venv/bin/copydesk --sample")


def test_ci_installs_the_list_and_names_none_of_it_itself() -> None:
    script = PROJECT_ROOT / ".ci" / "run"
    assert listed_by_awk(script) == INSTALLED
    text = script.read_text(encoding="utf-8")
    for name in INSTALLED:
        assert not re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w.-])", text), name


def test_the_packaging_smoke_test_installs_the_window_libraries() -> None:
    script = PROJECT_ROOT / "packaging" / "smoke.sh"
    assert listed_by_awk(script) == [p.name for p in LISTED if p.role == "window"]


@pytest.fixture(scope="module")
def debian() -> Iterator[ModuleType]:
    folder = str(PROJECT_ROOT / "packaging")
    sys.path.insert(0, folder)
    before = set(sys.modules)
    try:
        yield importlib.import_module("debian")
    finally:
        sys.path.remove(folder)
        for name in set(sys.modules) - before:
            if name in ("debian", "bundle", "icons", "release", "linux_data"):
                del sys.modules[name]


def test_the_deb_depends_on_the_list(debian: ModuleType) -> None:
    shlibs = "libc6 (>= 2.34), libxcb-cursor0 (>= 0.0.99), libgl1 | libgl1-mesa-glx"
    depends = [entry.strip() for entry in debian.depends(shlibs, LISTED).split(",")]
    assert depends[:3] == [
        "libc6 (>= 2.34)",
        "libxcb-cursor0 (>= 0.0.99)",
        "libgl1 | libgl1-mesa-glx",
    ]
    named = [alternative.split()[0] for entry in depends for alternative in entry.split("|")]
    for package in LISTED:
        if package.role in ("window", "fonts"):
            assert named.count(package.name) == 1, package.name
    recommends = debian.recommends(LISTED).split(", ")
    assert {"hunspell-fr", "hunspell-en-us", "libenchant-2-2"} <= set(recommends)


def test_the_window_files_are_those_the_bundle_keeps() -> None:
    sys.path.insert(0, str(PROJECT_ROOT / "packaging"))
    try:
        qt_trim = importlib.import_module("qt_trim")
    finally:
        sys.path.pop(0)
    for parts in system.WINDOW_FILES:
        assert qt_trim.keep("/".join(("PySide6", "Qt", *parts))), parts


def test_the_list_is_what_the_installed_qt_links_against() -> None:
    """Re-derive the list from ldd, objdump and dpkg on this machine's PySide6."""
    tools = ("ldd", "objdump", "dpkg", "apt-cache")
    absent = [tool for tool in tools if shutil.which(tool) is None]
    if absent:
        if in_ci():
            pytest.fail(f"{', '.join(absent)} needed in CI")
        pytest.skip(f"{', '.join(absent)} not installed")
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "packaging" / "system_packages.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr

"""What the window needs from the operating system, asked of the dynamic loader.

Qt's wheels bring Qt itself but leave the X11, xcb, OpenGL, font and D-Bus libraries to the
system. When one is missing Qt aborts with a message that names one likely package whatever
is really missing, so Copydesk asks the loader (`ldd`) which libraries its Qt files cannot
find, and names the Debian packages that provide them from the shipped list
`resources/linux/system-packages.txt`, written by `packaging/system_packages.py`.

Nothing here imports Qt: it must work where Qt's platform plugin cannot load.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from editor.resources import resource

PACKAGE_LIST = ("linux", "system-packages.txt")
PLATFORM_PLUGIN = ("plugins", "platforms", "libqxcb.so")
"""Qt's X11 platform plugin, relative to the PySide6 wheel's `Qt` folder."""

WINDOW_FILES: tuple[tuple[str, ...], ...] = (
    PLATFORM_PLUGIN,
    *(("lib", f"libQt6{name}.so.6") for name in ("Core", "Gui", "Widgets", "Svg", "DBus")),
    *(
        ("plugins", folder, f"lib{name}.so")
        for folder, names in (
            ("xcbglintegrations", ("qxcb-glx-integration", "qxcb-egl-integration")),
            ("platformthemes", ("qxdgdesktopportal",)),
            (
                "platforminputcontexts",
                ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
            ),
            ("imageformats", ("qgif", "qico", "qjpeg", "qsvg", "qwebp", "qtiff", "qicns")),
            ("iconengines", ("qsvgicon",)),
        )
        for name in names
    ),
)
"""The Qt files the window loads on Linux (the plugins the bundle keeps, see qt_trim.py)."""

ROLES = ("window", "indirect", "fonts", "spelling", "grammar")
"""A listed package is needed by Qt's files directly (window), only by another listed
library (indirect: apt installs it with them), or for text: fonts, spell-checking, French
grammar (Grammalecte, loaded from the system's Python packages)."""

_LDD_LINE = re.compile(r"^\s*(?P<name>\S+)(?: => (?P<path>not found|\S+))?")


@dataclass(frozen=True)
class SystemPackage:
    name: str
    role: str
    sonames: tuple[str, ...] = ()


@dataclass(frozen=True)
class Library:
    """One library a Qt file needs: where the loader found it, or None."""

    soname: str
    path: Path | None


def qt_folder() -> Path | None:
    """The wheel's `Qt` folder, found without importing PySide6 (which may fail to load)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return folder if folder.is_dir() else None


def window_files(qt: Path) -> list[Path]:
    return [qt.joinpath(*parts) for parts in WINDOW_FILES if qt.joinpath(*parts).is_file()]


def libraries(
    files: Iterable[Path], environment: Mapping[str, str] | None = None
) -> list[Library] | None:
    """Every library outside the PySide6 wheel that `files` need, recursively, as the
    loader resolves them; None where there is no `ldd` to ask."""
    return libraries_later(files, environment)()


def libraries_later(
    files: Iterable[Path], environment: Mapping[str, str] | None = None
) -> Callable[[], list[Library] | None]:
    """`libraries`, the loader asked now and its answer read when the function returned is
    called: the start-up check runs while the window's modules load (`ldd` takes 30 to
    100 ms, most of it waiting on the loader)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return lambda: None
    names = [str(file) for file in files]
    if not names:
        return lambda: []
    try:
        process = subprocess.Popen(
            [ldd, *names],  # one loader run for them all: the start-up check is on every start
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=None if environment is None else dict(environment),
        )
    except OSError:
        return lambda: None

    def answer() -> list[Library] | None:
        try:
            output, _ = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return None
        found: dict[str, Library] = {}
        for library in _parse_ldd(output):
            if library.path is None or library.soname not in found:
                found[library.soname] = library
        return sorted(found.values(), key=lambda library: library.soname)

    return answer


def _parse_ldd(output: str) -> Iterable[Library]:
    """`ldd` lines: `libX.so.1 => /lib/libX.so.1 (0x…)`, `libY.so.2 => not found`; the
    loader itself and the kernel's vDSO have no `=>` and are not libraries to install."""
    for line in output.splitlines():
        match = _LDD_LINE.match(line)
        if match is None or match["path"] is None:
            continue
        path = None if match["path"] == "not found" else Path(match["path"])
        if path is not None and "PySide6" in path.parts:
            continue  # bundled in the wheel
        yield Library(match["name"], path)


def missing(libraries_found: Iterable[Library]) -> list[str]:
    return [library.soname for library in libraries_found if library.path is None]


@cache
def shipped_packages() -> tuple[SystemPackage, ...]:
    return parse_packages(resource(*PACKAGE_LIST).read_text(encoding="utf-8"))


def parse_packages(text: str) -> tuple[SystemPackage, ...]:
    """The list's lines: `package role [soname…]`; `#` starts a comment."""
    packages = []
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        name, role, *sonames = fields
        if role not in ROLES:
            raise ValueError(f"{PACKAGE_LIST[-1]}: unknown role “{role}” for {name}")
        packages.append(SystemPackage(name, role, tuple(sonames)))
    return tuple(packages)


def install_list(packages: Iterable[SystemPackage]) -> list[str]:
    """What `apt-get install` names: every package but those apt brings along anyway."""
    return [package.name for package in packages if package.role != "indirect"]


def providers(sonames: Iterable[str], packages: Iterable[SystemPackage]) -> dict[str, str | None]:
    """The Debian package for each soname, None for one the list does not know."""
    by_soname = {soname: package.name for package in packages for soname in package.sonames}
    return {soname: by_soname.get(soname) for soname in sonames}


def install_command(names: Iterable[str]) -> str:
    return "sudo apt-get install -y " + " ".join(dict.fromkeys(names))

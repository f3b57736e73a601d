"""Derive the Debian packages Copydesk's window needs, from what its Qt files link against.

    python packaging/system_packages.py           # rewrite resources/linux/system-packages.txt
    python packaging/system_packages.py --check   # exit 1 when the shipped list is out of date

Run on Debian 12 with Copydesk's environment installed and the window working: the dynamic
loader (`ldd`) resolves every library the Qt files in `editor.system.WINDOW_FILES` need,
`objdump -p` says which of them the Qt files name themselves, and `dpkg -S` names the package
of each. Packages that apt itself depends on are on every system and are left out. The list is
the one source for the README's "Try it" command, `.ci/run`, the .deb's Depends and
`copydesk --doctor`; tests/test_system_packages.py fails when any of them drifts from it.

The names are Debian 12's. Ubuntu 24.04 renamed some libraries for 64-bit time (libglib2.0-0 is
libglib2.0-0t64 there); the new packages provide the old names, and apt installs a name that
exactly one package provides, so the same command works on both.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor import system  # noqa: E402

TARGET = ROOT / "resources" / Path(*system.PACKAGE_LIST)
EXTRAS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # The page's serif and sans (looks.SERIF, looks.SANS) where the desktop has none of its own.
    # fonts-liberation, not fonts-liberation2: Ubuntu 24.04 has Liberation 2 under that name.
    ("fonts-dejavu-core", "fonts", ()),
    ("fonts-liberation", "fonts", ()),
    # Spell-checking as you type (pyenchant loads libenchant; Hunspell's dictionaries).
    ("libenchant-2-2", "spelling", ("libenchant-2.so.2",)),
    ("hunspell-fr", "spelling", ()),
    ("hunspell-en-us", "spelling", ()),
    # French grammar (Grammalecte, pure Python, loaded from the system's Python packages).
    ("python3-grammalecte", "grammar", ()),
)
HEADER = """\
# The Debian packages Copydesk's window needs (Debian 12; the same names work on Ubuntu 24.04).
# Written by `python packaging/system_packages.py` from what Qt's xcb platform plugin and the Qt
# modules and plugins Copydesk loads link against (ldd, dpkg -S); do not edit by hand.
# Read by the README's "Try it" command, .ci/run, the .deb's Depends and `copydesk --doctor`.
#
# package                 role      sonames
#   window:   a Qt file needs one of its libraries itself
#   indirect: needed by another library here; apt installs it with them (the doctor names it
#             when it is missing)
#   fonts, spelling, grammar: what the page, the spell-checker and the grammar checker use
"""


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def needed_by(file: Path) -> set[str]:
    """The sonames a file names itself (its DT_NEEDED entries)."""
    return set(re.findall(r"^\s*NEEDED\s+(\S+)", run("objdump", "-p", str(file)), re.MULTILINE))


def package_of(path: Path) -> str:
    """The installed package owning a library, trying the /usr-merged spellings of its path."""
    resolved = path.resolve()
    candidates = [path, resolved]
    for candidate in (path, resolved):
        text = str(candidate)
        candidates.append(
            Path(text.removeprefix("/usr") if text.startswith("/usr/") else "/usr" + text)
        )
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"no installed package owns {path}")


def always_installed() -> set[str]:
    """apt and everything it depends on: present wherever `apt-get install` runs."""
    output = run("apt-cache", "depends", "--recurse", "--important", "apt")
    return {line.strip() for line in output.splitlines() if line and not line[0].isspace()}


def derive() -> list[system.SystemPackage]:
    qt = system.qt_folder()
    if qt is None:
        raise SystemExit("PySide6 is not installed in this environment")
    files = system.window_files(qt)
    found = system.libraries(files)
    if found is None:
        raise SystemExit("ldd is not installed")
    lost = system.missing(found)
    if lost:
        raise SystemExit(f"the loader cannot find {', '.join(lost)}: install them first")
    direct = set().union(*(needed_by(file) for file in files))
    base = always_installed()
    sonames: dict[str, list[str]] = defaultdict(list)
    for library in found:
        assert library.path is not None
        package = package_of(library.path)
        if package not in base:
            sonames[package].append(library.soname)
    derived = [
        system.SystemPackage(
            name, "window" if direct & set(names) else "indirect", tuple(sorted(names))
        )
        for name, names in sonames.items()
    ]
    derived.sort(key=lambda package: (package.role != "window", package.name))
    return derived + [system.SystemPackage(*extra) for extra in EXTRAS]


def render(packages: list[system.SystemPackage]) -> str:
    lines = [f"{p.name:<25} {p.role:<9} {' '.join(p.sonames)}".rstrip() for p in packages]
    return HEADER + "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped list")
    options = parser.parse_args()
    text = render(derive())
    if options.check:
        shipped = TARGET.read_text(encoding="utf-8")
        if system.parse_packages(shipped) != system.parse_packages(text):
            print(f"{TARGET} is out of date; derived:\n{text}", file=sys.stderr)
            return 1
        print(f"{TARGET}: up to date")
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The PyInstaller bundle for the current OS, and the checks every installer relies on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import icons
from release import APP_NAME, BUILD, DIST, EXECUTABLE, PACKAGING

SPEC = PACKAGING / "copydesk.spec"


def bundle_dir() -> Path:
    """The one-folder application: `dist/copydesk`, or `dist/Copydesk.app` on macOS."""
    return DIST / (f"{APP_NAME}.app" if sys.platform == "darwin" else EXECUTABLE)


def build_bundle() -> Path:
    """Render the icons this OS needs, then run PyInstaller on the spec."""
    folder = BUILD / "icons"
    if sys.platform == "win32":
        icons.windows_icons(folder)
    elif sys.platform == "darwin":
        icons.macos_icons(folder)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={BUILD / 'pyinstaller'}",
        str(SPEC),
    ]
    subprocess.run(command, check=True)
    target = bundle_dir()
    print(f"bundle: {target} ({megabytes(tree_size(target)):.1f} MB unpacked)")
    return target


def existing_bundle() -> Path:
    target = bundle_dir()
    if not target.is_dir():
        raise SystemExit(f"{target} is missing: run `python packaging/build.py bundle` first")
    return target


def tree_size(folder: Path) -> int:
    """Bytes in the files under `folder`, symbolic links not followed."""
    return sum(
        (Path(root) / name).lstat().st_size for root, _, names in os.walk(folder) for name in names
    )


def megabytes(size: int) -> float:
    return size / 1_000_000


def elf_files(folder: Path) -> list[Path]:
    """The executables and shared libraries in a Linux bundle."""
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            if path.is_file() and not path.is_symlink():
                with path.open("rb") as handle:
                    if handle.read(4) == b"\x7fELF":
                        found.append(path)
    return sorted(found)


def missing_libraries(folder: Path) -> dict[Path, list[str]]:
    """What `ldd` reports as "not found" for each bundled file, as the bundle's loader sees it.

    The bundle's own library folders go on LD_LIBRARY_PATH, as the PyInstaller
    bootloader does at run time; whatever is still missing must come from the system
    (and so belongs in the package's dependencies) or is a trimming mistake.
    """
    elves = elf_files(folder)
    library_dirs = sorted({str(p.parent) for p in elves if ".so" in p.name})
    environment = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(library_dirs)}
    missing: dict[Path, list[str]] = {}
    for path in elves:
        result = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=environment, check=False
        )
        lost = [line.split()[0] for line in result.stdout.splitlines() if "not found" in line]
        if lost:
            missing[path] = lost
    return missing


def check_libraries(folder: Path) -> None:
    missing = missing_libraries(folder)
    for path, names in missing.items():
        print(f"ldd: {path.relative_to(folder)}: not found: {', '.join(names)}", file=sys.stderr)
    if missing:
        raise SystemExit(f"{len(missing)} bundled file(s) need libraries that are not found")
    print(f"ldd: every library of the {len(elf_files(folder))} bundled ELF files is found")

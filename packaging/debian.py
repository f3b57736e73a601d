"""The Debian/Ubuntu package, built from the Linux bundle with dpkg-deb.

Layout: the bundle in /opt/copydesk, the `copydesk` command in /usr/bin (a link to the
bundle's launcher, which finds its folder through /proc/self/exe), the desktop files
and icons in /usr/share. The dependencies are those of the bundled programs on the
system libraries they leave to the system (see qt_trim.SYSTEM_LIBRARY_DIRS), worked
out by dpkg-shlibdeps as for any Debian package, joined with the window's list of system
packages (resources/linux/system-packages.txt): the xcb plugin's libraries and the fonts are
Depends, the spell-checking packages Recommends.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import bundle
import linux_data
from release import (
    APP_NAME,
    BUILD,
    DIST,
    EXECUTABLE,
    LICENSE,
    PACKAGE,
    PACKAGING,
    PUBLISHER,
    SUMMARY,
    debian_version,
)

from editor import system

INSTALL_DIR = Path("opt") / PACKAGE
MAINTAINER = os.environ.get("COPYDESK_DEB_MAINTAINER", PUBLISHER)  # "Name <address>" for a release
RECOMMENDS = ("desktop-file-utils", "shared-mime-info", "hicolor-icon-theme")
DESCRIPTION = """\
 Copydesk is an article editor for journalists and the desks that edit them:
 structured copy (kicker, title, standfirst, subheads, pull quotes, images with
 captions), metadata, French typography, counts in words, signes and feuillets,
 and export to DOCX for print, EPUB 3 for e-readers and NewsML-G2 for the wire."""


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def shared_library_depends(root: Path, program_dir: Path) -> str:
    """The Depends line for the system libraries the bundled ELF files need."""
    elves = bundle.elf_files(program_dir.resolve())
    private = sorted({f"-l{p.parent}" for p in elves if ".so" in p.name})
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / "debian").mkdir()
        (Path(work) / "debian" / "control").write_text(
            f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8"
        )
        result = subprocess.run(
            ["dpkg-shlibdeps", "-O", "--ignore-missing-info", "--warnings=0", *private]
            + [f"-e{p}" for p in elves],
            cwd=work,
            capture_output=True,
            text=True,
            check=True,
        )
    for line in result.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.removeprefix("shlibs:Depends=")
    raise SystemExit(f"dpkg-shlibdeps found no dependencies for {root}")


def depends(shlibs: str, packages: tuple[system.SystemPackage, ...]) -> str:
    """dpkg-shlibdeps' versioned dependencies, then the listed packages it did not name
    (fonts; libraries only plugins load, which it may not see)."""
    entries = [entry.strip() for entry in shlibs.split(",") if entry.strip()]
    named = {alternative.split()[0] for entry in entries for alternative in entry.split("|")}
    wanted = [p.name for p in packages if p.role in ("window", "fonts")]
    return ", ".join(entries + [name for name in wanted if name not in named])


def recommends(packages: tuple[system.SystemPackage, ...]) -> str:
    text_tools = [p.name for p in packages if p.role in ("spelling", "grammar")]
    return ", ".join((*RECOMMENDS, *text_tools))


def control(root: Path, program_dir: Path) -> str:
    size_kib = bundle.tree_size(root) // 1024
    listed = system.shipped_packages()
    fields = {
        "Package": PACKAGE,
        "Version": debian_version(),
        "Architecture": architecture(),
        "Maintainer": MAINTAINER,
        "Installed-Size": str(size_kib),
        "Depends": depends(shared_library_depends(root, program_dir), listed),
        "Recommends": recommends(listed),
        "Section": "editors",
        "Priority": "optional",
        "Description": f"{APP_NAME}: {SUMMARY[0].lower()}{SUMMARY[1:]}\n{DESCRIPTION}",
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def copyright_text() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n\n"
        f"Files: *\nCopyright: {PUBLISHER}\nLicense: {LICENSE}\n"
        " On Debian systems the GNU General Public License version 3 is in\n"
        " /usr/share/common-licenses/GPL-3.\n\n"
        f"Files: /{INSTALL_DIR}/_internal/*\n"
        "Copyright: The Python Software Foundation; The Qt Company Ltd.; and the authors\n"
        " of python-docx, EbookLib and lxml\n"
        "License: PSF-2.0 and LGPL-3.0-only and MIT and AGPL-3.0-or-later and BSD-3-Clause\n"
        " The bundled Python runtime, Qt for Python and libraries keep their own licences.\n"
    )


def stage(program_dir: Path) -> Path:
    """The package's file tree under build/packaging/deb/root."""
    root = BUILD / "deb" / "root"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(program_dir, root / INSTALL_DIR, symlinks=True)
    launcher = root / "usr" / "bin" / EXECUTABLE
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(Path("/") / INSTALL_DIR / EXECUTABLE)
    linux_data.install(root / "usr")
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    debian = root / "DEBIAN"
    debian.mkdir()
    for script in ("postinst", "postrm"):
        shutil.copyfile(PACKAGING / "linux" / "deb" / script, debian / script)
        (debian / script).chmod(0o755)
    (debian / "control").write_text(control(root, root / INSTALL_DIR), encoding="utf-8")
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    return root


def build(program_dir: Path) -> Path:
    root = stage(program_dir)
    target = DIST / f"{PACKAGE}_{debian_version()}_{architecture()}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(target)],
        check=True,
    )
    print(f"deb: {target} ({bundle.megabytes(target.stat().st_size):.1f} MB)")
    return target

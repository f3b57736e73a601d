"""The Windows installer: an MSI from packaging/windows/copydesk.wxs and the bundle.

The bundle's files become `files.wxs`, one component per file with a GUID derived
from its path, so that the same file keeps the same component from one version to
the next (what Windows Installer needs to upgrade cleanly). The MSI is compiled by
WiX 3 (`candle` and `light`) on Windows, or by `wixl` from msitools where that is
installed; on Linux, with the Linux bundle as a stand-in payload, that proves the
installer source compiles.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from xml.etree import ElementTree

import bundle
import icons
from release import (
    APP_NAME,
    BUILD,
    DIST,
    EXECUTABLE,
    PACKAGE,
    PACKAGING,
    PUBLISHER,
    ROOT,
    SUMMARY,
    WINDOWS_UPGRADE_CODE,
    numeric_version,
    version,
)

SOURCE = PACKAGING / "windows" / "copydesk.wxs"
WIX = "http://schemas.microsoft.com/wix/2006/wi"
NAMESPACE = uuid.UUID(WINDOWS_UPGRADE_CODE)
PROGRAM_IDS = {f"{EXECUTABLE}.exe": "ProgramExe", f"{EXECUTABLE}-cli.exe": "ProgramCliExe"}
"""Files the installer source refers to by id (the Start menu entry, the file type)."""


def guid(name: str) -> str:
    """A GUID fixed by `name`, so that components keep theirs across versions."""
    return str(uuid.uuid5(NAMESPACE, name)).upper()


def _identifier(prefix: str, relative: str) -> str:
    return prefix + hashlib.sha1(relative.encode("utf-8")).hexdigest()[:32]


def _program_id(relative: str, stand_in: bool) -> str | None:
    if stand_in and relative == EXECUTABLE:
        return "ProgramExe"  # the Linux launcher stands in for copydesk.exe
    return PROGRAM_IDS.get(relative)


def files_fragment(program_dir: Path, stand_in: bool = False) -> ElementTree.ElementTree:
    """A WiX fragment installing every file of the bundle under INSTALLDIR."""
    ElementTree.register_namespace("", WIX)
    root = ElementTree.Element(f"{{{WIX}}}Wix")
    fragment = ElementTree.SubElement(root, f"{{{WIX}}}Fragment")
    top = ElementTree.SubElement(fragment, f"{{{WIX}}}DirectoryRef", Id="INSTALLDIR")
    group = ElementTree.SubElement(fragment, f"{{{WIX}}}ComponentGroup", Id="ProgramFiles")
    folders: dict[Path, ElementTree.Element] = {Path("."): top}
    for path in sorted(p for p in program_dir.rglob("*") if p.is_file() and not p.is_symlink()):
        relative = path.relative_to(program_dir)
        parent = _folder(folders, relative.parent)
        key = relative.as_posix()
        component_id = _identifier("c", key)
        component = ElementTree.SubElement(
            parent, f"{{{WIX}}}Component", Id=component_id, Guid=guid(key), Win64="yes"
        )
        ElementTree.SubElement(
            component,
            f"{{{WIX}}}File",
            Id=_program_id(key, stand_in) or _identifier("f", key),
            Name=relative.name,
            Source=_relative(path),
            KeyPath="yes",
        )
        ElementTree.SubElement(group, f"{{{WIX}}}ComponentRef", Id=component_id)
    ElementTree.indent(root)
    return ElementTree.ElementTree(root)


def _relative(path: Path) -> str:
    """Sources are given from the repository root, where the compilers run: wixl takes no
    absolute path."""
    return Path(os.path.relpath(path, ROOT)).as_posix()


def _folder(folders: dict[Path, ElementTree.Element], relative: Path) -> ElementTree.Element:
    if relative not in folders:
        parent = _folder(folders, relative.parent)
        folders[relative] = ElementTree.SubElement(
            parent,
            f"{{{WIX}}}Directory",
            Id=_identifier("d", relative.as_posix()),
            Name=relative.name,
        )
    return folders[relative]


def variables(icon_dir: Path) -> dict[str, str]:
    """The preprocessor variables copydesk.wxs uses."""
    return {
        "AppName": APP_NAME,
        "Publisher": PUBLISHER,
        "Summary": SUMMARY,
        "Version": ".".join(map(str, numeric_version(parts=3))),
        "DisplayVersion": version(),
        "UpgradeCode": WINDOWS_UPGRADE_CODE,
        "FileTypeGuid": guid("component:ArticleFileType"),
        "StartMenuGuid": guid("component:StartMenuEntry"),
        "IconDir": _relative(icon_dir),
    }


def compile_msi(sources: list[Path], defines: dict[str, str], target: Path, work: Path) -> None:
    """WiX 3 where it is installed (Windows), else wixl."""
    flags = [f"-d{name}={value}" for name, value in defines.items()]
    candle, light = shutil.which("candle"), shutil.which("light")
    if candle and light:
        objects = [work / (source.stem + ".wixobj") for source in sources]
        subprocess.run(
            [candle, "-nologo", "-arch", "x64", *flags, f"-out{work}{os.sep}", *map(str, sources)],
            check=True,
            cwd=ROOT,
        )
        subprocess.run(
            [light, "-nologo", "-out", str(target), *map(str, objects)], check=True, cwd=ROOT
        )
        return
    wixl = shutil.which("wixl")
    if wixl is None:
        raise SystemExit("the Windows installer needs WiX 3 (candle, light) or wixl (msitools)")
    defines_wixl = [arg for name, value in defines.items() for arg in ("-D", f"{name}={value}")]
    subprocess.run(
        [wixl, "--arch", "x64", *defines_wixl, "-o", str(target), *map(str, sources)],
        check=True,
        cwd=ROOT,
    )


def build(program_dir: Path) -> Path:
    """The MSI; off Windows, a stand-in MSI that checks the installer source compiles."""
    stand_in = sys.platform != "win32"
    work = BUILD / "windows"
    work.mkdir(parents=True, exist_ok=True)
    icon_dir = BUILD / "icons"
    icons.windows_icons(icon_dir)
    fragment = work / "files.wxs"
    files_fragment(program_dir, stand_in).write(fragment, encoding="utf-8", xml_declaration=True)
    suffix = "stand-in" if stand_in else "x64"
    target = DIST / f"{PACKAGE}-{version()}-{suffix}.msi"
    compile_msi([SOURCE, fragment], variables(icon_dir), target, work)
    note = " (Linux payload: for checking the installer source only)" if stand_in else ""
    print(f"windows: {target} ({bundle.megabytes(target.stat().st_size):.1f} MB){note}")
    return target

"""The installers' sources: valid for their validators, consistent with each other, and trim.

Fast and offline: nothing here builds the bundle (packaging/smoke.sh does, in CI). The
freedesktop validators and wixl run when installed, and must be installed in CI.
"""

from __future__ import annotations

import importlib
import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

import editor

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
MODULES = ("release", "qt_trim", "icons", "linux_data", "windows", "flatpak", "build")


@pytest.fixture(scope="module")
def pkg() -> Iterator[dict[str, ModuleType]]:
    """packaging/'s modules, imported as build.py imports them, then forgotten again."""
    sys.path.insert(0, str(PACKAGING))
    before = set(sys.modules)
    try:
        yield {name: importlib.import_module(name) for name in MODULES}
    finally:
        sys.path.remove(str(PACKAGING))
        for name in set(sys.modules) - before:
            if name in (*MODULES, "bundle", "debian", "macos"):
                del sys.modules[name]


def tool(name: str) -> str:
    """A validator's path: skipped where it is not installed, but required in CI."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is needed in CI (see packaging/smoke.sh for the packages)")
        pytest.skip(f"{name} is not installed")
    return found


def run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, check=False, timeout=60
    )


# -- one version, one set of names ----------------------------------------------------------


def test_the_version_is_read_from_the_package(pkg: dict[str, ModuleType]) -> None:
    release = pkg["release"]
    assert release.version() == editor.__version__
    assert release.numeric_version("2.3rc1") == (2, 3, 0, 0)
    assert release.debian_version("0.2.0rc1") == "0.2.0~rc1"
    assert release.debian_version("1.0.0") == "1.0.0"


def test_no_installer_source_repeats_the_version() -> None:
    for path in PACKAGING.rglob("*"):
        skipped = any(p.startswith((".", "__pycache__")) for p in path.relative_to(PACKAGING).parts)
        if path.is_file() and not skipped and path.suffix != ".pyc":
            assert editor.__version__ not in path.read_text(encoding="utf-8"), path


# -- Linux -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_desktop_entry_passes_desktop_file_validate(pkg: dict[str, ModuleType]) -> None:
    result = run(tool("desktop-file-validate"), pkg["linux_data"].DESKTOP)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.slow
def test_metainfo_with_its_release_passes_appstreamcli(
    pkg: dict[str, ModuleType], tmp_path: Path
) -> None:
    linux_data = pkg["linux_data"]
    metainfo = tmp_path / linux_data.METAINFO.name
    metainfo.write_bytes(linux_data.metainfo_with_release())
    result = run(tool("appstreamcli"), "validate", "--no-net", metainfo)
    assert result.returncode == 0, result.stdout + result.stderr
    release = ElementTree.parse(metainfo).find("releases/release")
    assert release is not None and release.get("version") == editor.__version__


def test_desktop_entry_metainfo_and_mime_type_agree(pkg: dict[str, ModuleType]) -> None:
    release, linux_data = pkg["release"], pkg["linux_data"]
    desktop = linux_data.DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={release.APP_ID}\n" in desktop
    assert f"MimeType={release.MIME_TYPE};\n" in desktop
    assert f"Exec={release.EXECUTABLE} %f\n" in desktop
    metainfo = ElementTree.parse(linux_data.METAINFO).getroot()
    assert metainfo.findtext("id") == release.APP_ID
    assert metainfo.findtext("launchable") == linux_data.DESKTOP.name
    assert metainfo.findtext("provides/mediatype") == release.MIME_TYPE
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ElementTree.parse(linux_data.MIME).getroot().find("m:mime-type", namespace)
    assert mime is not None and mime.get("type") == release.MIME_TYPE
    assert mime.find("m:glob", namespace).get("pattern") == "*" + release.DOCUMENT_SUFFIX
    assert mime.find("m:icon", namespace).get("name") == release.DOCUMENT_ICON


@pytest.mark.slow
def test_shared_mime_info_recognises_an_article(pkg: dict[str, ModuleType], tmp_path: Path) -> None:
    """The real database compiler reads the entry: by name, and by content for a bare file."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(pkg["linux_data"].MIME, packages / pkg["linux_data"].MIME.name)
    result = run(tool("update-mime-database"), tmp_path / "mime")
    assert result.returncode == 0 and "error" not in result.stderr.lower(), result.stderr
    mime_type = pkg["release"].MIME_TYPE
    assert f"{mime_type}:*.article" in (tmp_path / "mime" / "globs2").read_text()
    assert mime_type.encode() in (tmp_path / "mime" / "magic").read_bytes()
    sample = (ROOT / "resources" / "samples" / "bibliotheque-croix-rousse.article").read_bytes()
    assert b'"format": "copydesk.article"' in sample[:256]  # within the magic's range


def test_debian_scripts_refresh_the_caches_and_are_executable() -> None:
    for script in ("postinst", "postrm"):
        path = PACKAGING / "linux" / "deb" / script
        assert os.access(path, os.X_OK), path
        text = path.read_text(encoding="utf-8")
        for command in ("update-desktop-database", "update-mime-database", "gtk-update-icon-cache"):
            assert command in text, (script, command)


# -- the PyInstaller spec's trimming ---------------------------------------------------------


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6QmlModels.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore",
        "PySide6/Qt/lib/QtQml.framework/Resources/Info.plist",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtwebengine_fr.qm",
        "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    ],
)
def test_the_bundle_leaves_out_unused_qt(pkg: dict[str, ModuleType], destination: str) -> None:
    assert not pkg["qt_trim"].keep(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt6PrintSupport.dll",
        "PySide6/Qt/lib/QtPrintSupport.framework/Versions/A/QtPrintSupport",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/QtPrintSupport.abi3.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/QtWidgets.abi3.so",
        "resources/translations/copydesk_fr.qm",
        "lxml/etree.cpython-311-x86_64-linux-gnu.so",
    ],
)
def test_the_bundle_keeps_what_the_editor_needs(
    pkg: dict[str, ModuleType], destination: str
) -> None:
    assert pkg["qt_trim"].keep(destination)


def test_system_libraries_are_left_to_the_system_on_linux(pkg: dict[str, ModuleType]) -> None:
    from_system = pkg["qt_trim"].from_system
    python = "libpython3.11.so.1.0"
    assert from_system(("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"), python)
    assert from_system(("libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6", "BINARY"), python)
    assert not from_system((python, "/usr/lib/x86_64-linux-gnu/" + python, "BINARY"), python)
    assert not from_system(
        ("lib-dynload/_ssl.so", "/usr/lib/python3.11/lib-dynload/_ssl.so", "EXTENSION"), python
    )
    assert not from_system(
        ("PySide6/Qt/lib/libicuuc.so.73", "/venv/PySide6/Qt/lib/libicuuc.so.73", "BINARY"), python
    )


def test_the_spec_applies_the_trimming_rules() -> None:
    spec = (PACKAGING / "copydesk.spec").read_text(encoding="utf-8")
    assert "excludes=list(qt_trim.EXCLUDED_PYTHON_MODULES)" in spec
    assert "a.binaries = [entry for entry in a.binaries if qt_trim.keep(entry[0])]" in spec
    assert "a.datas = [entry for entry in a.datas if qt_trim.keep(entry[0])]" in spec
    assert "qt_trim.from_system" in spec


def test_the_bundle_can_print(pkg: dict[str, ModuleType]) -> None:
    """File → Print needs QtPrintSupport: the spec names it, the trimming keeps it, and the
    Linux bundle keeps the CUPS plugin that lists the printers."""
    spec = (PACKAGING / "copydesk.spec").read_text(encoding="utf-8")
    assert '"PySide6.QtPrintSupport"' in spec
    assert "QtPrintSupport" not in pkg["qt_trim"].EXCLUDED_QT_MODULES
    assert pkg["qt_trim"].keep("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")


def test_the_editor_imports_no_qt_module_the_bundle_leaves_out(pkg: dict[str, ModuleType]) -> None:
    excluded = set(pkg["qt_trim"].EXCLUDED_QT_MODULES)
    for name in ("QtWebEngineCore", "QtQuick", "QtQml", "QtPdf", "QtVirtualKeyboard", "QtNetwork"):
        assert name in excluded
    for path in (ROOT / "editor").rglob("*.py"):
        used = set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
        assert not used & excluded, f"{path} uses {used & excluded}, which the bundle leaves out"


# -- Windows, macOS, Flatpak -----------------------------------------------------------------


def test_windows_installer_source_is_well_formed() -> None:
    wix = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
    product = ElementTree.parse(PACKAGING / "windows" / "copydesk.wxs").find("w:Product", wix)
    assert product is not None
    properties = {p.get("Id"): p.get("Value") for p in product.iter(f"{{{wix['w']}}}Property")}
    assert properties["ALLUSERS"] == "2" and properties["MSIINSTALLPERUSER"] == "1"
    assert product.find("w:MajorUpgrade", wix) is not None
    extension = product.find(".//w:ProgId/w:Extension", wix)
    assert extension is not None and extension.get("Id") == "article"
    shortcut = product.find(".//w:Shortcut", wix)
    assert shortcut is not None and shortcut.get("Target") == "[#ProgramExe]"


@pytest.mark.slow
def test_windows_installer_compiles_with_wixl(pkg: dict[str, ModuleType], tmp_path: Path) -> None:
    wixl = tool("wixl")
    windows = pkg["windows"]
    payload = tmp_path / "copydesk"
    (payload / "_internal").mkdir(parents=True)
    (payload / "copydesk.exe").write_bytes(b"MZ stand-in")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    fragment = tmp_path / "files.wxs"
    windows.files_fragment(payload).write(fragment, encoding="utf-8", xml_declaration=True)
    pkg["icons"].windows_icons(tmp_path / "icons")
    msi = tmp_path / "copydesk.msi"
    assert wixl
    windows.compile_msi(
        [windows.SOURCE, fragment], windows.variables(tmp_path / "icons"), msi, tmp_path
    )
    assert msi.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE compound file


def test_windows_components_keep_their_guids(pkg: dict[str, ModuleType]) -> None:
    windows = pkg["windows"]
    assert windows.guid("_internal/python311.dll") == windows.guid("_internal/python311.dll")
    assert windows.guid("a") != windows.guid("b")


def test_macos_info_plist_declares_the_article_document(pkg: dict[str, ModuleType]) -> None:
    release = pkg["release"]
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [release.DOCUMENT_UTI]
    assert document["CFBundleTypeRole"] == "Editor"
    (declared,) = info["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] == release.DOCUMENT_UTI
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [release.DOCUMENT_SUFFIX.lstrip(".")]
    assert tags["public.mime-type"] == [release.MIME_TYPE]
    assert "CFBundleShortVersionString" not in info  # added from editor/__init__.py
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as handle:
        assert plistlib.load(handle)["com.apple.security.cs.disable-library-validation"]


def test_icons_are_written_as_ico_and_icns(pkg: dict[str, ModuleType], tmp_path: Path) -> None:
    icons = pkg["icons"]
    app_ico, _ = icons.windows_icons(tmp_path / "win")
    data = app_ico.read_bytes()
    assert data[:4] == b"\0\0\1\0" and int.from_bytes(data[4:6], "little") == len(icons.ICO_SIZES)
    app_icns, _ = icons.macos_icons(tmp_path / "mac")
    data = app_icns.read_bytes()
    assert data[:4] == b"icns" and int.from_bytes(data[4:8], "big") == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kinds.append(data[offset : offset + 4])
        offset += int.from_bytes(data[offset + 4 : offset + 8], "big")
    assert kinds == [kind for kind, _ in icons.ICNS_TYPES]


def test_flatpak_manifest_builds_on_the_pyside_baseapp(pkg: dict[str, ModuleType]) -> None:
    release, flatpak = pkg["release"], pkg["flatpak"]
    manifest = json.loads(flatpak.MANIFEST.read_text(encoding="utf-8"))
    assert manifest["id"] == release.APP_ID
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]
    assert manifest["command"] == release.EXECUTABLE
    assert "/app/cleanup-BaseApp.sh" in manifest["cleanup-commands"]
    assert manifest["modules"][0] == flatpak.MODULES
    needed = " ".join(flatpak.requirements()).lower()
    assert "lxml" in needed and "hatchling" in needed and "pyside6" not in needed


def test_build_runs_each_target_after_what_it_needs(pkg: dict[str, ModuleType]) -> None:
    plan = pkg["build"].plan
    assert plan(["deb"]) == ["bundle", "deb"]
    assert plan(["bundle", "deb", "windows"]) == ["bundle", "deb", "windows"]
    assert plan(["flatpak-manifest"]) == ["flatpak-manifest"]

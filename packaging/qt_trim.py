"""Which parts of Qt the Copydesk bundle leaves out, as data the spec and the tests share.

PyInstaller's `excludes` only stops Python imports; the PySide6 hooks still collect
libraries, plugins and translations by directory. So the spec also filters the
collected binaries and data through `keep()`. Copydesk is a widgets application:
it needs QtCore, QtGui, QtWidgets, QtSvg (icons) and QtPrintSupport (File → Print),
nothing that draws with QML, browses the web or talks to the network.
"""

from __future__ import annotations

import re
from pathlib import PurePath

EXCLUDED_QT_MODULES: tuple[str, ...] = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtVirtualKeyboard", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
)  # fmt: skip
"""PySide6 modules the application never imports."""

EXCLUDED_PYTHON_MODULES: tuple[str, ...] = (
    *(f"PySide6.{name}" for name in EXCLUDED_QT_MODULES),
    "tkinter",
    "readline",
    "PySide6.scripts",
    "test",
    "lxml.objectify",  # 2.9 MB that neither Copydesk nor python-docx nor ebooklib use
)

EXCLUDED_QT_LIBRARIES: tuple[str, ...] = (
    "Qt3D", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDesigner", "QtEglFS", "QtEglFs", "QtGraphs", "QtHelp", "QtHttpServer", "QtJsonRpc",
    "QtLabs", "QtLanguageServer", "QtLocation", "QtLottie", "QtMultimedia", "QtNetwork",
    "QtNfc", "QtOpenGL", "QtPdf", "QtPositioning", "QtQml", "QtQuick", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerial", "QtShaderTools", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtVirtualKeyboard",
    "QtWayland", "QtWebChannel", "QtWebEngine", "QtWebSockets", "QtWebView", "QtWlShell",
)  # fmt: skip
"""Prefixes of Qt library names (normalised to `QtName`) that the bundle drops."""

KEPT_PLUGINS: dict[str, frozenset[str]] = {
    # The window systems Copydesk runs on, and offscreen for headless screenshots.
    "platforms": frozenset({"qxcb", "qwindows", "qcocoa", "qoffscreen"}),
    # File dialogs through the desktop portal (Flatpak, GNOME, KDE), without GTK.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Dead keys, compose and IBus input methods: journalists type accents.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    "imageformats": frozenset({"qgif", "qico", "qjpeg", "qsvg", "qwebp", "qtiff", "qicns"}),
    "iconengines": frozenset({"qsvgicon"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
    # File → Print on Linux: the CUPS printers (Windows and macOS print from QtPrintSupport).
    "printsupport": frozenset({"cupsprintersupport"}),
}
"""Plugin folders kept, with the plugins kept in each; every other folder goes."""

SYSTEM_LIBRARY_DIRS: tuple[str, ...] = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
"""On Linux, libraries found here belong to the system and are never bundled.

The X11, xcb, D-Bus, font and C++ libraries must match the running desktop and its
graphics drivers; a bundled copy is dead weight at best and, being older than the
system's, breaks the system libraries loaded beside it at worst. The .deb depends on
them instead. What Python and the wheels bring (libpython, Qt, ICU) stays bundled.
"""

TRANSLATION_LANGUAGES: tuple[str, ...] = ("en", "fr")
"""The languages Copydesk ships; Qt's own catalogues are kept for these only."""

_TRANSLATION = re.compile(r"qt(base)?_(?P<lang>[a-z]{2})(_[A-Z]{2})?\.qm")
_LIBRARY = re.compile(r"^(lib)?Qt6?(?P<name>[A-Za-z0-9]+?)(_debug)?(\.so.*|\.dll|\.dylib)?$")


def qt_library_name(file_name: str) -> str | None:
    """`libQt6Quick.so.6`, `Qt6Quick.dll`, `QtQuick.framework` → `QtQuick`; else None."""
    stem = file_name.removesuffix(".framework")
    match = _LIBRARY.match(stem)
    return f"Qt{match['name']}" if match else None


def _plugin_stem(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem.removeprefix("lib")


def keep(destination: str) -> bool:
    """Whether a collected file (its path inside the bundle) belongs in Copydesk's bundle."""
    parts = PurePath(destination.replace("\\", "/")).parts
    if parts[:1] == ("PySide6",) and not _keep_qt_data(parts):
        return False
    for part in parts:
        name = qt_library_name(part)
        if name and name.startswith(EXCLUDED_QT_LIBRARIES):
            return False
    return True


def _keep_qt_data(parts: tuple[str, ...]) -> bool:
    """Plugins, translations and QML files that PySide6 ships beside its libraries."""
    if "plugins" in parts:
        where = parts.index("plugins")
        if len(parts) > where + 2:
            kept = KEPT_PLUGINS.get(parts[where + 1])
            return kept is not None and _plugin_stem(parts[where + 2]) in kept
    if "translations" in parts and parts[-1].endswith(".qm"):
        match = _TRANSLATION.fullmatch(parts[-1])
        return match is not None and match["lang"] in TRANSLATION_LANGUAGES
    return "qml" not in parts


def from_system(entry: tuple[str, str, str], python_library: str) -> bool:
    """Whether a collected Linux binary is a system library to leave out (see above).

    Python extension modules stay wherever they come from, and so does the Python
    library itself, which a distribution's Python keeps in /usr/lib.
    """
    destination, source, kind = entry
    if kind == "EXTENSION" or PurePath(destination).name == python_library:
        return False
    return source.startswith(SYSTEM_LIBRARY_DIRS)

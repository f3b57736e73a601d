"""`copydesk --doctor`, and the start-up check that runs before the window.

When Qt's X11 platform plugin cannot load a library, Qt aborts with a message naming
`libxcb-cursor0` whatever is really missing. So before the window starts, on Linux with the
xcb platform, Copydesk asks the dynamic loader which libraries the plugin cannot find and
names them, their packages and the one command that installs them (exit 2). The doctor prints
the same, and everything else a newsroom's IT person checks first, on a working machine too.

Works without a display and without Qt's plugins: Qt's version, fonts and folders are asked of
a child process (editor.app.qt_report, offscreen), which may fail without stopping the report.
The report's own imports (`importlib.metadata` reads every installed package's record) wait in
its functions: the start-up check is part of every start.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from editor import __version__, system

EXIT_OK, EXIT_CANNOT_START = 0, 2
DICTIONARIES = ("fr_FR", "en_US")
TOOLS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    # label, programs, version arguments, what Copydesk uses it for
    (
        "LibreOffice",
        ("soffice", "libreoffice"),
        ("--version",),
        "optional: the DOCX rendering check",
    ),
    ("Java", ("java",), ("-version",), "optional: EPUBCheck"),
    ("pandoc", ("pandoc",), ("--version",), "optional: the DOCX style check"),
)


def platform_name(qt_args: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """The Qt platform plugin the window will use, as Qt 6 chooses it on this system."""
    if "-platform" in qt_args[:-1]:
        chosen = qt_args[list(qt_args).index("-platform") + 1]
    elif environ.get("QT_QPA_PLATFORM"):
        chosen = environ["QT_QPA_PLATFORM"]
    elif sys.platform == "darwin":
        return "cocoa"
    elif sys.platform == "win32":
        return "windows"
    elif environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    else:
        return "xcb"
    return chosen.split(";")[0].split(":")[0]


def checks_libraries(qt_args: Sequence[str], environ: Mapping[str, str] = os.environ) -> bool:
    return sys.platform.startswith("linux") and platform_name(qt_args, environ) == "xcb"


def start_files(qt: Path) -> list[Path]:
    """What the window loads first: the X11 plugin (and through it Qt's core and GUI
    libraries), the widgets and the SVG icons."""
    names = (system.PLATFORM_PLUGIN, ("lib", "libQt6Widgets.so.6"), ("lib", "libQt6Svg.so.6"))
    return [qt.joinpath(*parts) for parts in names if qt.joinpath(*parts).is_file()]


def start_check(
    qt_args: Sequence[str], qt: Path | None = None, environ: Mapping[str, str] = os.environ
) -> str | None:
    """The report to print instead of starting the window, or None when it can start (or
    when this is not a system the check applies to)."""
    return start_check_later(qt_args, qt, environ)()


def start_check_later(
    qt_args: Sequence[str], qt: Path | None = None, environ: Mapping[str, str] = os.environ
) -> Callable[[], str | None]:
    """`start_check` begun: the loader is asked now, and the function returned gives the
    report once the window's modules have loaded meanwhile (Qt aborts only when the
    application is made, so the answer is needed before that, not before the imports)."""
    if not checks_libraries(qt_args, environ):
        return lambda: None
    qt = qt or system.qt_folder()
    if qt is None:
        return lambda: None
    found_later = system.libraries_later(start_files(qt))

    def report() -> str | None:
        found = found_later()
        if not found or not system.missing(found):
            return None
        return "copydesk: the window cannot start.\n" + missing_report(system.missing(found))

    return report


def missing_report(lost: Sequence[str]) -> str:
    """The missing libraries, their packages, and the command that installs them."""
    known = system.providers(lost, system.shipped_packages())
    width = max(len(soname) for soname in lost)
    lines = ["Qt's X11 platform plugin needs libraries this system does not have:"]
    for soname, package in known.items():
        where = f"package {package}" if package else f"find its package: apt-file search {soname}"
        lines.append(f"  {soname:<{width}}  ({where})")
    packages = [package for package in known.values() if package]
    if packages:
        lines += ["Install them with:", f"  {system.install_command(packages)}"]
    lines.append("Then run copydesk again (copydesk --doctor lists everything the window needs).")
    return "\n".join(lines)


def after_import_error() -> str:
    """When Qt's libraries themselves will not load: which system libraries they lack."""
    qt = system.qt_folder()
    if not sys.platform.startswith("linux") or qt is None:
        return "copydesk --doctor says more."
    found = system.libraries(start_files(qt)) or []
    lost = system.missing(found)
    return missing_report(lost) if lost else "copydesk --doctor says more."


# -- the doctor's report --------------------------------------------------------------------


def _line(label: str, text: str) -> str:
    return f"{label:<16}{text}"


def qt_facts() -> dict[str, Any] | str:
    """Qt's version, fonts and folders from `editor.app.qt_report` in a child process on the
    offscreen platform; or why Qt could not say."""
    if getattr(sys, "frozen", False):  # a bundle's executable is Copydesk, not Python
        try:
            from editor.app import qt_report
        except ImportError as error:
            return str(error)
        return qt_report.facts()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "editor.app.qt_report"]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=120, env=environment, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    import json

    try:
        answer: dict[str, Any] = json.loads(result.stdout)
    except ValueError:
        lines = result.stderr.strip().splitlines()
        return lines[-1] if lines else f"exit code {result.returncode}"
    return answer


def _qt(facts: dict[str, Any] | str) -> list[str]:
    from importlib import metadata  # the report's alone: it reads every installed package

    try:
        wheel = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        wheel = "not installed"
    if isinstance(facts, str):
        return [_line("Qt", f"cannot load ({facts}); PySide6 {wheel}")]
    return [_line("Qt", f"{facts['qt']} (PySide6 {wheel}) in {system.qt_folder()}")]


def _libraries(qt_args: Sequence[str], qt: Path | None) -> tuple[list[str], bool]:
    """The platform and each library the window needs, found or missing; whether it can start."""
    name = platform_name(qt_args)
    display = os.environ.get("WAYLAND_DISPLAY" if name == "wayland" else "DISPLAY", "")
    where = f" (display {display})" if display else ""
    if not display and name in ("xcb", "wayland"):
        where = " (no display here: the window needs a desktop session, or Xvfb)"
    lines = [_line("platform", name + where)]
    if not sys.platform.startswith("linux") or qt is None:
        return lines, qt is not None
    found = system.libraries(system.window_files(qt))
    if found is None:
        return [*lines, _line("libraries", "not checked: ldd is not installed")], True
    plugin = qt.joinpath(*system.PLATFORM_PLUGIN)
    lines.append(_line("xcb plugin", f"{plugin}, which with Qt's other files needs:"))
    packages = system.providers([library.soname for library in found], system.shipped_packages())
    width = max(len(library.soname) for library in found)
    base = 0
    for library in found:
        package = packages[library.soname]
        if package is None and library.path is not None:
            base += 1  # the C and C++ runtimes, compression…: part of every system
            continue
        state = "found" if library.path else "NOT FOUND"
        lines.append(f"  {library.soname:<{width}}  {state:<9}  {package or 'package unknown'}")
    lines.append(f"  and {base} libraries every Debian or Ubuntu system has: found")
    start = system.libraries(start_files(qt)) or []
    lost = system.missing(found)
    if lost:
        lines.append(missing_report(lost))
    can_start = not system.missing(start) or not checks_libraries(qt_args)
    return lines, can_start


def _spelling() -> list[str]:
    try:
        import enchant  # type: ignore[import-untyped]
    except ImportError as error:
        return [_line("spelling", f"unavailable: {error} (package libenchant-2-2)")]
    have = {tag: bool(enchant.dict_exists(tag)) for tag in DICTIONARIES}
    listing = ", ".join(f"{tag} {'yes' if ok else 'MISSING'}" for tag, ok in have.items())
    hint = "" if all(have.values()) else " (packages hunspell-fr, hunspell-en-us)"
    return [_line("spelling", f"enchant {enchant.get_enchant_version()}: {listing}{hint}")]


def _grammar() -> list[str]:
    from editor.model import grammalecte

    engine = grammalecte.load()
    if isinstance(engine, grammalecte.Missing):
        return [_line("grammar", f"unavailable: {engine.reason} ({grammalecte.INSTALL})")]
    where = f" from {engine.folder}" if engine.folder else ""
    return [_line("grammar", f"Grammalecte {engine.version}{where}: French grammar")]


def _first_line(command: Sequence[str]) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"did not answer ({error})"
    text = (result.stdout or result.stderr).strip()
    return text.splitlines()[0] if text else f"exit code {result.returncode}"


def _tools() -> list[str]:
    lines = []
    for label, programs, version, use in TOOLS:
        found = next((p for p in map(shutil.which, programs) if p), None)
        text = f"{found}: {_first_line([found, *version])}" if found else "not installed"
        lines.append(_line(label, f"{text} — {use}"))
    return lines


def _fonts(facts: dict[str, Any] | str) -> list[str]:
    if isinstance(facts, str):
        return [_line("fonts", f"Qt's font database did not answer ({facts})")]
    hint = "" if facts["families"] else " (package fonts-dejavu-core)"
    return [
        _line(
            "fonts",
            f"{facts['families']} families{hint}; serif: {facts['serif']}, sans: {facts['sans']}",
        )
    ]


def _folders(facts: dict[str, Any] | str) -> list[str]:
    if isinstance(facts, str):
        return [_line("settings", "unknown: Qt could not say")]
    return [_line("settings", facts["settings"]), _line("app data", facts["app_data"])]


def report(qt_args: Sequence[str] = (), qt: Path | None = None) -> tuple[str, int]:
    """The doctor's text, and its exit code; `qt` is the wheel's Qt folder (found if None)."""
    import platform

    head = [
        _line("Copydesk", __version__),
        _line("Python", f"{platform.python_version()} ({sys.executable})"),
        _line("system", platform.platform()),
    ]
    facts = qt_facts()
    libraries, can_start = _libraries(qt_args, qt or system.qt_folder())
    lines = [*head, *_qt(facts), *libraries, *_spelling(), *_grammar(), *_tools(), *_fonts(facts)]
    lines += _folders(facts)
    verdict = "the window can start" if can_start else "the window CANNOT start (see above)"
    lines.append(_line("verdict", verdict))
    return "\n".join(lines), EXIT_OK if can_start else EXIT_CANNOT_START


def main(qt_args: Sequence[str] = ()) -> int:
    text, code = report(qt_args)
    print(text)
    return code

"""The start-up check and `copydesk --doctor`, with the real dynamic loader.

A stand-in for Qt's X11 plugin is built with gcc, linked against libraries that are then left
out (a listed one, an unknown one, and one needed only by a library it needs), and marked
`-z nodefaultlib` so that the loader looks only where the test says: `ldd` then reports them
"not found" exactly as on a machine without them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor import doctor, system
from tests.shared import in_ci

XCB = {"QT_QPA_PLATFORM": "xcb"}


def compile_library(target: Path, *flags: str, soname: str | None = None) -> Path:
    source = target.parent / "stub.c"
    source.write_text("int copydesk_stub(void) { return 0; }\n", encoding="utf-8")
    name = soname or target.name
    command = ["gcc", "-shared", "-fPIC", "-nostdlib", "-o", str(target), str(source)]
    command += [f"-Wl,-soname,{name}", "-Wl,--no-as-needed", *flags]
    subprocess.run(command, check=True, capture_output=True)
    return target


def system_library(soname: str) -> Path:
    """Where the loader finds a library Qt's real X11 plugin needs."""
    qt = system.qt_folder()
    assert qt is not None
    found = system.libraries([qt.joinpath(*system.PLATFORM_PLUGIN)]) or []
    path = next(library.path for library in found if library.soname == soname)
    assert path is not None
    return path


@pytest.fixture
def broken_qt(tmp_path: Path) -> Path:
    """A wheel's `Qt` folder whose platform plugin needs libxcb-icccm.so.4 and an unknown
    library directly, libz.so.1 (found), and libxcb-keysyms.so.1 through a Qt library."""
    if shutil.which("gcc") is None or shutil.which("ldd") is None:
        if in_ci():
            pytest.fail("gcc and ldd are needed in CI")
        pytest.skip("gcc or ldd is not installed")
    stubs = tmp_path / "stubs"  # linked against, never shipped: the "missing" libraries
    stubs.mkdir()
    for soname in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libcopydesk-absent.so.1"):
        compile_library(stubs / soname)
    found = tmp_path / "system"
    found.mkdir()
    shutil.copy(system_library("libz.so.1"), found / "libz.so.1")
    qt = tmp_path / "PySide6" / "Qt"
    (qt / "lib").mkdir(parents=True)
    (qt / "plugins" / "platforms").mkdir(parents=True)
    nodefault = "-Wl,-z,nodefaultlib"
    compile_library(
        qt / "lib" / "libQt6Widgets.so.6", f"-L{stubs}", "-l:libxcb-keysyms.so.1", nodefault
    )
    compile_library(
        qt / "plugins" / "platforms" / "libqxcb.so",
        f"-L{stubs}",
        f"-L{qt / 'lib'}",
        f"-L{found}",
        "-l:libxcb-icccm.so.4",
        "-l:libcopydesk-absent.so.1",
        "-l:libQt6Widgets.so.6",
        "-l:libz.so.1",
        f"-Wl,-rpath,$ORIGIN/../../lib:{found}",
        nodefault,
    )
    return qt


def test_the_loader_finds_what_is_missing_even_two_levels_down(broken_qt: Path) -> None:
    found = system.libraries(doctor.start_files(broken_qt))
    assert found is not None
    assert system.missing(found) == [
        "libcopydesk-absent.so.1",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]
    assert {"libz.so.1", "libc.so.6"} == {library.soname for library in found if library.path}


def test_the_start_check_names_the_libraries_their_packages_and_one_command(
    broken_qt: Path,
) -> None:
    message = doctor.start_check([], broken_qt, XCB)
    assert message is not None
    assert message.startswith("copydesk: the window cannot start.")
    assert "libxcb-icccm.so.4" in message and "(package libxcb-icccm4)" in message
    assert "libxcb-keysyms.so.1" in message and "(package libxcb-keysyms1)" in message
    assert "apt-file search libcopydesk-absent.so.1" in message
    assert "  sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1\n" in message
    assert "libxcb-cursor0" not in message  # Qt's own guess, wrong here
    assert "libz" not in message


@pytest.mark.parametrize(
    ("qt_args", "environ"),
    [
        ([], {"QT_QPA_PLATFORM": "offscreen"}),
        ([], {"QT_QPA_PLATFORM": "wayland;xcb"}),
        ([], {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}),
        (["-platform", "offscreen"], XCB),
    ],
)
def test_the_start_check_applies_to_the_xcb_platform_only(
    broken_qt: Path, qt_args: list[str], environ: dict[str, str]
) -> None:
    assert doctor.start_check(qt_args, broken_qt, environ) is None
    assert doctor.start_check(["-platform", "xcb"], broken_qt, environ) is not None


def test_the_start_check_passes_with_the_installed_qt() -> None:
    if shutil.which("ldd") is None or system.qt_folder() is None:
        pytest.skip("ldd or PySide6 is not installed")
    assert doctor.start_check([], None, XCB) is None


def test_doctor_reports_on_a_working_machine() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "COPYDESK_SETTINGS": "/nowhere/cd.ini"}
    env.pop("DISPLAY", None)  # no display is needed to ask
    result = subprocess.run(
        [sys.executable, "-m", "editor", "--doctor"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    labels = {line.split()[0] for line in lines if line and not line.startswith(" ")}
    assert {"Copydesk", "Python", "Qt", "platform", "spelling", "fonts", "settings"} <= labels
    assert {"LibreOffice", "Java", "pandoc", "verdict"} <= labels
    if shutil.which("ldd"):
        cursor = next(line for line in lines if line.strip().startswith("libxcb-cursor.so.0"))
        assert cursor.split()[1:] == ["found", "libxcb-cursor0"]
    fonts = next(line for line in lines if line.startswith("fonts "))
    assert fonts.split()[2] == "families;" and int(fonts.split()[1]) > 0  # Qt's own database
    assert "/nowhere/cd.ini" in result.stdout
    assert lines[-1].split(maxsplit=1) == ["verdict", "the window can start"]


def test_doctor_says_the_window_cannot_start_and_what_to_install(broken_qt: Path) -> None:
    text, code = doctor.report(["-platform", "xcb"], broken_qt)
    assert code == doctor.EXIT_CANNOT_START
    lines = text.splitlines()
    icccm = next(line for line in lines if line.strip().startswith("libxcb-icccm.so.4"))
    assert icccm.split()[1:] == ["NOT", "FOUND", "libxcb-icccm4"]
    assert "  sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in lines
    assert lines[-1].split(maxsplit=1) == ["verdict", "the window CANNOT start (see above)"]
    text, code = doctor.report(["-platform", "offscreen"], broken_qt)
    assert code == doctor.EXIT_OK  # offscreen needs no X11 libraries


def test_doctor_names_the_grammar_checker_or_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from editor.model import grammalecte

    monkeypatch.setenv("COPYDESK_GRAMMALECTE", str(tmp_path))  # a folder without Grammalecte
    grammalecte._engines.clear()
    try:
        (line,) = doctor._grammar()
    finally:
        grammalecte._engines.clear()
    assert line.split(maxsplit=1)[0] == "grammar"
    assert "unavailable" in line and "sudo apt install python3-grammalecte" in line


def test_the_window_does_not_start_where_the_loader_finds_libraries_missing(
    broken_qt: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The loader is asked while the window's modules load; its answer still stops the start
    before the application is made, where Qt would abort."""
    from editor import launch

    monkeypatch.setattr(system, "qt_folder", lambda: broken_qt)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert launch.run_window([]) == 2
    said = capsys.readouterr().err
    assert said.startswith("copydesk: the window cannot start.")
    assert "libxcb-icccm.so.4" in said and "(package libxcb-icccm4)" in said

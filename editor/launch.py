"""The window's command line: what `copydesk [FILE]` takes, checked before any window opens.

A mistyped command (`copydesk expor`), an option the window does not take (`copydesk FILE
--json`) or a file that is not there is a usage error in the terminal, never a window; the
start-up check (editor.doctor) says what the system lacks before Qt would abort. The check's
question to the dynamic loader runs while the window's modules load, and its answer is read
before the application is made (where Qt would abort).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import NoReturn

from editor import __version__
from editor.cli import COMMANDS, EXIT_BAD_INPUT, UsageError

QT_OPTIONS: dict[str, bool] = {
    "-platform": True,  # the window system plugin: xcb, wayland, offscreen…
    "-style": True,  # a widget style: Fusion, Windows…
    "-stylesheet": True,
    "-display": True,  # the X11 display
    "-session": True,  # a desktop session manager restoring the window
    "-reverse": False,  # right-to-left layout
    "-qwindowgeometry": True,
}
"""Qt's own options the window passes on to Qt (True: takes a value). Any other option is a
usage error: a mistyped command must never open a window."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message}\n{self.format_usage().rstrip()}\n{_COMMANDS_LINE}")


_COMMANDS_LINE = f"commands: {', '.join(COMMANDS)} (copydesk COMMAND --help); copydesk --help"


def _window_parser() -> argparse.ArgumentParser:
    parser = _WindowParser(
        prog="copydesk",
        usage="copydesk [FILE | --new FILE.article | --sample | --doctor] [--screenshot PNG]\n"
        f"       copydesk {{{','.join(COMMANDS)}}} …",
        description="Copydesk, the article editor for journalists. "
        f"Commands: {', '.join(COMMANDS)} (copydesk COMMAND --help).",
        epilog="Qt's own options are passed on to Qt: "
        + ", ".join(f"{o} VALUE" if v else o for o, v in QT_OPTIONS.items())
        + ". A file named like a command opens as ./NAME.",
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "file",
        nargs="?",
        type=Path,
        help="the article to open (or a DOCX, NewsML, text or Markdown file to import)",
    )
    what.add_argument(
        "--new",
        type=Path,
        metavar="FILE.article",
        help="start a new article, to be saved as FILE.article",
    )
    what.add_argument("--sample", action="store_true", help="an untitled copy of the sample")
    what.add_argument(
        "--doctor",
        action="store_true",
        help="what the window needs from this system (Qt, its libraries, dictionaries, fonts) "
        "and what is missing; exit 2 when the window cannot start",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="open the file, save a picture of the window, and quit",
    )
    return parser


def _split_qt_options(args: list[str]) -> tuple[list[str], list[str]]:
    """Copydesk's arguments, and Qt's (see QT_OPTIONS); none after `--`."""
    ours: list[str] = []
    qt: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "--":
            ours += [arg, *rest]
        elif arg in QT_OPTIONS:
            qt.append(arg)
            if QT_OPTIONS[arg]:
                value = next(rest, None)
                if value is None:
                    raise UsageError(f"{arg} needs a value")
                qt.append(value)
        else:
            ours.append(arg)
    return ours, qt


def _check_paths(options: argparse.Namespace) -> None:
    """Say what is wrong with a file argument in the terminal, before any window opens."""
    file: Path | None = options.file
    if file is not None and not file.exists():
        _not_a_command(file)
        raise UsageError(f"{file}: no such file (copydesk --new {file} starts a new article)")
    if file is not None and file.is_dir():
        raise UsageError(f"{file}: is a folder, not an article")
    new: Path | None = options.new
    if new is not None:
        if new.is_dir():
            raise UsageError(f"{new}: is a folder; name the article, e.g. {new / 'NAME.article'}")
        if new.exists():
            raise UsageError(f"{new}: already exists (open it with: copydesk {new})")
        if not new.name.endswith(".article") or new.name == ".article":
            raise UsageError(f"{new}: a new article is saved as NAME.article")
        if not new.parent.is_dir():
            raise UsageError(f"{new}: the folder {new.parent} does not exist")


def _not_a_command(word: Path) -> None:
    """A bare word that is no file here was meant as a command: say so, and list them."""
    if not word.exists() and word.parent == Path(".") and not word.suffix:
        import difflib  # for this message alone: some 2 ms at every start otherwise

        close = difflib.get_close_matches(word.name, COMMANDS, n=1)
        hint = f" (did you mean “{close[0]}”?)" if close else ""
        raise UsageError(f"“{word}” is neither a command nor a file here{hint}\n{_COMMANDS_LINE}")


def run_window(args: list[str]) -> int:
    ours, qt_args = _split_qt_options(args)
    if ours and not ours[0].startswith("-"):
        _not_a_command(Path(ours[0]))
    options = _window_parser().parse_args(ours)
    if options.doctor:
        from editor import doctor

        return doctor.main(qt_args)
    _check_paths(options)
    gc.disable()  # until the first window is up: see editor.app.collector.started
    try:
        from editor.app import start_kept

        with start_kept.kept():  # the modules' dataclasses and patterns, as compiled before
            from editor import doctor

            blocked = doctor.start_check_later(qt_args)  # asked while the modules load
            try:
                from editor.app import support_bytecode

                with support_bytecode.kept():  # PySide6's import compiles its support
                    from editor.app import feature_scan

                feature_scan.declare_own_modules()  # before PySide6 would read their sources
                from editor.app.application import run
            except ImportError as error:
                report = blocked()  # what the X11 plugin lacks is said first, as it was
                if report:
                    print(report, file=sys.stderr)
                    return EXIT_BAD_INPUT
                raise UsageError(
                    f"the editor window is not available: {error}\n{doctor.after_import_error()}"
                ) from None
        report = blocked()
        if report:
            print(report, file=sys.stderr)
            return EXIT_BAD_INPUT
        return run(
            options.file,
            screenshot=options.screenshot,
            qt_args=qt_args,
            sample=options.sample,
            new=options.new,
        )
    finally:
        gc.enable()

"""The interface's language: French or English, following the system unless chosen.

Strings are marked with `tr()` helpers and `QT_TRANSLATE_NOOP`; `pyside6-lupdate` collects them
into `resources/i18n/copydesk_fr.ts` (Qt Linguist), and `pyside6-lrelease` compiles the `.qm`
the application loads. `lupdate` files module-level `tr()` calls under the empty context, so
the translator looks there when the caller's own context has no entry.

    python -m editor.app.i18n --update    # collect new strings into the .ts
    python -m editor.app.i18n --compile   # build the .qm from the .ts

English is the source text, but its plurals are not: a string counted with `%n` ("%n
problem(s)") has its English forms ("1 problem", "2 problems") in `copydesk_en.ts`, which holds
the counted strings only (lupdate's `-pluralonly`) and is loaded in English too.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.resources import resource

LANGUAGES = ("en", "fr")
"""The interface languages shipped; English is the source text."""


class Translator(QTranslator):
    """Looks a string up in its caller's context, then in the empty one lupdate uses."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        # None, not "": Qt takes an empty string as the translation, None as "not here"
        return found or None  # type: ignore[return-value]


_installed: list[QTranslator] = []


def language_for(choice: str) -> str:
    """The language to show: the choice, else the system's when shipped, else English."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def install(choice: str = "") -> str:
    """Load the translations for `choice` ("" follows the system); the language applied.
    Windows built afterwards show it."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language_for(choice)
    ours = Translator(app)
    if ours.load(str(resource("i18n", f"copydesk_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def update() -> None:
    sources = sorted(str(p) for p in Path(__file__).parent.glob("*.py"))
    for language in LANGUAGES:
        ts = resource("i18n", f"copydesk_{language}.ts")
        only = ["-pluralonly"] if language == LANGUAGES[0] else []
        subprocess.run([_tool("pyside6-lupdate"), *only, *sources, "-ts", str(ts)], check=True)


def compile_all() -> None:
    for language in LANGUAGES:
        ts = resource("i18n", f"copydesk_{language}.ts")
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m editor.app.i18n")
    parser.add_argument("--update", action="store_true", help="collect strings into the .ts")
    parser.add_argument("--compile", action="store_true", help="build the .qm files")
    options = parser.parse_args(argv)
    if options.update:
        update()
    if options.compile or not options.update:
        compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Before an export: a warning when the check still finds problems, never a refusal.

A desk on deadline may have to send a piece with a TK in it; the warning says how many
problems remain and of what kind, and offers to export anyway, to show the problems in the
check panel, or to cancel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from editor.app.labels import QT_TRANSLATE_NOOP
from editor.app.problem_text import describe
from editor.model.check import PROBLEM_KINDS, Problem

KIND_NAMES = {
    "structure": QT_TRANSLATE_NOOP("ExportWarning", "Structure"),
    "typography": QT_TRANSLATE_NOOP("ExportWarning", "Typography"),
    "placeholder": QT_TRANSLATE_NOOP("ExportWarning", "Placeholders (TK, XXX…)"),
    "length": QT_TRANSLATE_NOOP("ExportWarning", "Length"),
    "pullquote": QT_TRANSLATE_NOOP("ExportWarning", "Pull quotes"),
    "image": QT_TRANSLATE_NOOP("ExportWarning", "Images"),
    "metadata": QT_TRANSLATE_NOOP("ExportWarning", "Metadata"),
    "review": QT_TRANSLATE_NOOP("ExportWarning", "Review (suggestions, comments)"),
    "grammar": QT_TRANSLATE_NOOP("ExportWarning", "Grammar"),
}
"""How each kind of problem is named in the warning."""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ExportWarning", text, disambiguation, n)


def summary(problems: Sequence[Problem]) -> list[str]:
    """One line per kind of problem, in the check's order: "Placeholders (TK, XXX…): 2"."""
    counts = Counter(p.kind for p in problems)
    order = [k for k in PROBLEM_KINDS if k in counts] + sorted(set(counts) - set(PROBLEM_KINDS))
    line = tr("%1: %2")  # French puts a space before the colon
    return [
        line.replace("%1", tr(KIND_NAMES.get(kind, kind))).replace("%2", str(counts[kind]))
        for kind in order
    ]


def ask(
    parent: QWidget,
    problems: Sequence[Problem],
    export: Callable[[], object],
    show_problems: Callable[[], object],
) -> QMessageBox:
    """Open the warning (window-modal, not blocking the event loop); the button chosen calls
    `export` or `show_problems`, Cancel neither."""
    box = QMessageBox(parent)
    box.setObjectName("exportWarning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Problems remain"))
    box.setText(tr("The check still finds %n problem(s) in this article.", "", len(problems)))
    box.setInformativeText("\n".join(summary(problems)))
    box.setDetailedText("\n".join(describe(p) for p in problems))
    anyway = box.addButton(tr("&Export Anyway"), QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("exportAnyway")
    show = box.addButton(tr("&Show Problems"), QMessageBox.ButtonRole.ActionRole)
    show.setObjectName("showProblems")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(anyway)
    box.setEscapeButton(cancel)
    runs: dict[QAbstractButton, Callable[[], object]] = {anyway: export, show: show_problems}

    def chosen(button: QAbstractButton) -> None:
        run = runs.get(button)
        if run is not None:
            run()

    box.buttonClicked.connect(chosen)
    box.open()
    return box

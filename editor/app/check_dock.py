"""The marbre: every problem the pre-export check finds, in a dock beside the page.

The list is refreshed at a pause in typing, through a `CheckCache`, so only the blocks touched
since the last pause are checked again. A click selects the problem's place on the page; a safe
fix is applied as an ordinary edit of the text, so it undoes like typing, and "Fix all
typography" is one step in the history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from editor.app import bridge, desk_templates
from editor.app.document import Document
from editor.app.problem_text import describe
from editor.app.shading import find_unit, paragraph_of
from editor.app.surface import Surface
from editor.model.article import Article
from editor.model.check import (
    TYPOGRAPHY,
    CheckCache,
    Problem,
    Severity,
    check,
    excerpt,
    fix_all_typography,
    in_reading_order,
)

IDLE_MS = 700
_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.SUGGESTION: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
"""Each severity's sign: the style's own icons, which every desktop can draw (emoji need a
font many Linux desks lack)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckDock", text)


def problems_before_export(article: Article) -> list[Problem]:
    """What the export dialog warns about (it never blocks): every problem but suggestions."""
    found = check(article, desk_templates.current())
    return [p for p in found if p.severity is not Severity.SUGGESTION]


class CheckDock(QDockWidget):
    def __init__(self, window: QMainWindow, surface: Surface, document: Document) -> None:
        super().__init__(window)
        self.setObjectName("checkDock")
        self.surface, self.document = surface, document
        self.cache = CheckCache(document.stats)
        self.problems: list[Problem] = []
        self.checked = document.article
        """The article as it was when `problems` were found."""
        self.stale = True
        """Edits were made since the list was drawn: it is redrawn at the next pause."""
        self.ready = False
        """The article was checked at least once (until then the title shows no count)."""
        self.extra: list[Callable[[Article], list[Problem]]] = []
        """Problems other tools found (grammar, read off the window's thread), listed too."""
        self.list = QListWidget()
        self.list.setObjectName("problems")
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(lambda item: self.select(self.list.row(item)))
        self.list.currentRowChanged.connect(self._current)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("fixProblem")
        self.fix_button.clicked.connect(lambda: self.fix(self.list.currentRow()))
        self.fix_all_button = QPushButton()
        self.fix_all_button.setObjectName("fixAllTypography")
        self.fix_all_button.clicked.connect(self.fix_all_typography)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.fix_all_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        self.setWidget(body)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._idle.timeout.connect(self.refresh)
        document.changed.connect(self._edited)
        self.retranslate()
        self._idle.start()  # a long article opens first; its problems follow at the first pause

    def _edited(self, *_: object) -> None:
        self.stale = True
        self._idle.start()

    def retranslate(self) -> None:
        """Buttons and title in the language now installed."""
        self.fix_button.setText(tr("&Fix"))
        self.fix_all_button.setText(tr("Fix All &Typography"))
        self.list.setAccessibleName(tr("Problems"))
        self.draw()

    def refresh_soon(self) -> None:
        """Another tool has new problems: the list is redrawn at the next pause."""
        self._edited()

    def refresh(self) -> None:
        self.checked = self.document.article
        found = self.cache.check(self.checked, desk_templates.current())
        for more in self.extra:
            found = in_reading_order([*found, *more(self.checked)])
        self.problems = found
        self.stale = False
        self.ready = True
        self.draw()

    def draw(self) -> None:
        """The list as last checked, in the language now installed."""
        article = self.checked
        row = self.list.currentRow()
        self.list.clear()
        signs = {severity: self.style().standardIcon(icon) for severity, icon in _ICONS.items()}
        for problem in self.problems:
            near = excerpt(article, problem)
            text = describe(problem) + (f"\n{near}" if near else "")
            self.list.addItem(QListWidgetItem(signs[problem.severity], text))
        if self.ready and not self.problems:
            clear = QListWidgetItem(tr("No problems found: the piece can go."))
            clear.setFlags(Qt.ItemFlag.NoItemFlags)  # a statement, not a row to pick
            self.list.addItem(clear)
        self.list.setCurrentRow(min(row, len(self.problems) - 1))
        self.fix_all_button.setEnabled(any(p.kind == TYPOGRAPHY for p in self.problems))
        self._current(self.list.currentRow())
        if self.ready:
            self.setWindowTitle(tr("Check (%1)").replace("%1", str(len(self.problems))))
        else:  # not checked yet: no count rather than a false "0"
            self.setWindowTitle(tr("Check"))

    def _current(self, row: int) -> None:
        problem = self.problems[row] if 0 <= row < len(self.problems) else None
        self.fix_button.setEnabled(bool(problem and problem.fix and problem.fix.safe))

    def _place(self, problem: Problem) -> QTextCursor | None:
        if problem.block_id is None:
            return None
        unit = find_unit(self.document.text, problem.block_id)
        if unit is None:
            return None
        paragraph = paragraph_of(unit, problem.field)
        cursor = QTextCursor(paragraph)
        if problem.start is not None:
            cursor.setPosition(paragraph.position() + problem.start)
            end = problem.end if problem.end is not None else problem.start
            cursor.setPosition(paragraph.position() + end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select(self, row: int) -> None:
        """Show the problem's place on the page, selected."""
        if not 0 <= row < len(self.problems):
            return
        cursor = self._place(self.problems[row])
        if cursor is not None:
            self.surface.setTextCursor(cursor)
            self.surface.ensureCursorVisible()
            self.surface.setFocus()

    def fix(self, row: int) -> None:
        if self.stale:  # the copy moved since the list was drawn: the fix could land elsewhere
            self.refresh()
            return
        if not 0 <= row < len(self.problems):
            return
        problem = self.problems[row]
        cursor = self._place(problem)
        if cursor is None or problem.fix is None or not problem.fix.safe:
            return
        start = cursor.block().position()
        with self.document.edit(tr("Fix")) as edit:
            edit.setPosition(start + problem.fix.start)
            edit.setPosition(start + problem.fix.end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(problem.fix.replacement, edit.charFormat())
        self.refresh()

    def fix_all_typography(self) -> None:
        """Every safe typography fix of the article as one step in the history."""
        before = self.document.article
        after = fix_all_typography(before)
        changed = [
            (find_unit(self.document.text, new.id), new)
            for old, new in zip(before.blocks, after.blocks, strict=True)
            if new is not old
        ]
        if changed:
            with self.document.edit(tr("Fix All Typography")):
                for unit, block in reversed(changed):
                    if unit is not None:
                        bridge.replace(
                            self.document.text, unit.first, unit.last, [block], before.media
                        )
        self.refresh()

"""The marbre: every problem the pre-export check finds, in a dock beside the page.

The list is what the window's `PauseReview` found at the last pause in typing (worked out off
the UI thread, through a `CheckCache`, so only the blocks touched since are checked again), the
same findings the outline lists, drawn at the same moment. A click selects the problem's place
on the page; a safe fix is applied as an ordinary edit of the text, so it undoes like typing,
and "Fix all typography" is one step in the history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.app import bridge, desk_templates, tracked
from editor.app.document import Document
from editor.app.pause_review import PauseReview
from editor.app.problem_list import ProblemList, ProblemRows
from editor.app.shading import find_unit, paragraph_of
from editor.app.surface import Surface
from editor.model.annotations import accepted_view, offset_as_shown
from editor.model.article import Article
from editor.model.check import (
    TYPOGRAPHY,
    Problem,
    Severity,
    check,
    fix_all_typography,
    in_reading_order,
    merged_in_reading_order,
)

_ICONS = {
    Severity.ERROR: "SP_MessageBoxCritical",
    Severity.WARNING: "SP_MessageBoxWarning",
    Severity.SUGGESTION: "SP_MessageBoxInformation",
}
"""Each severity's sign: the style's own icons, which every desktop can draw (emoji need a
font many Linux desks lack). Named: PySide6 makes `QStyle`'s dozen enums (some 6 ms) when the
class is first named, which the first problem listed does, after the window's first paint."""


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckDock", text)


def problems_before_export(
    article: Article, extra: Sequence[Callable[[Article], list[Problem]]] = ()
) -> list[Problem]:
    """What the export dialog warns about (it never blocks): every problem but suggestions,
    with what the window's other tools found (`CheckDock.extra`: grammar)."""
    found = check(article, desk_templates.current())
    for more in extra:
        found = in_reading_order([*found, *more(article)])
    return [p for p in found if p.severity is not Severity.SUGGESTION]


class CheckDock(QDockWidget):
    def __init__(
        self, window: QMainWindow, surface: Surface, document: Document, review: PauseReview
    ) -> None:
        super().__init__(window)
        self.setObjectName("checkDock")
        self.surface, self.document, self.review = surface, document, review
        self.problems: list[Problem] = []
        self.checked = document.article
        """The article as it was when `problems` were found."""
        self.accepted: Article | None = None
        """`checked` as accepted, when the pass found it (else worked out when needed)."""
        self.ready = False
        """The article was checked at least once (until then the title shows no count)."""
        self.extra: list[Callable[[Article], list[Problem]]] = []
        """Problems other tools found (grammar, read off the window's thread), listed too."""
        self.rows = ProblemRows(self._icon, self)
        self.list = ProblemList(self.rows)
        self.list.setObjectName("problems")
        self.list.clicked.connect(lambda index: self.select(index.row()))
        self.list.activated.connect(lambda index: self.select(index.row()))
        self.list.selectionModel().currentRowChanged.connect(
            lambda now, _: self._current(now.row())
        )
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
        review.published.connect(self._take)
        self.retranslate()

    @property
    def stale(self) -> bool:
        """Edits were made since the list was drawn: it is redrawn after the next pause."""
        return self.review.stale

    def _take(self) -> None:
        findings = self.review.findings
        problems = findings.problems
        for more in self.extra:
            problems = merged_in_reading_order(problems, more(findings.article))
        self.checked, self.problems, self.ready = findings.article, problems, True
        self.accepted = findings.accepted
        self.draw()

    def retranslate(self) -> None:
        """Buttons and title in the language now installed."""
        self.fix_button.setText(tr("&Fix"))
        self.fix_all_button.setText(tr("Fix All &Typography"))
        self.list.setAccessibleName(tr("Problems"))
        self.draw()

    def refresh_soon(self) -> None:
        """Another tool has new problems: the list is drawn again with them, beside the last
        pause's findings."""
        if self.ready:
            self._take()

    def refresh(self) -> None:
        """The article checked at once, on this thread (the panel and outline redrawn): for
        what reads the list before it goes on."""
        self.review.now()

    def request(self) -> None:
        """The article checked again for the user who asks (Show Problems, a fix, new
        templates): off the window's thread, the panel and outline redrawn when it lands."""
        self.review.ask()

    def _icon(self, problem: Problem) -> QIcon:
        from PySide6.QtWidgets import QStyle  # see _ICONS

        return self.style().standardIcon(getattr(QStyle.StandardPixmap, _ICONS[problem.severity]))

    def draw(self) -> None:
        """The list as last checked, in the language now installed: the rows are worded as
        they come into view (`problem_list`), so a list of thousands costs no more to draw."""
        checked, accepted = self.checked, self.accepted  # the check's places count it
        row = self.list.currentRow()
        statement = tr("No problems found: the piece can go.") if self.ready else ""
        self.rows.show(self.problems, lambda: accepted or accepted_view(checked), statement)
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
            end = problem.end if problem.end is not None else problem.start
            start = self._as_shown(problem, problem.start, starting=True)
            end = self._as_shown(problem, end, starting=False)
            cursor.setPosition(paragraph.position() + start)
            cursor.setPosition(paragraph.position() + end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _as_shown(self, problem: Problem, offset: int, starting: bool) -> int:
        """The check counts the accepted text; the page also shows text suggested for deletion."""
        if problem.field != "text" or problem.block_id is None:
            return offset
        index = self.document.index_of(problem.block_id)
        return offset_as_shown(self.document.article.blocks[index], offset, starting)

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
            self.request()
            return
        if not 0 <= row < len(self.problems):
            return
        problem = self.problems[row]
        cursor = self._place(problem)
        if cursor is None or problem.fix is None or not problem.fix.safe:
            return
        start = cursor.block().position()
        who = self.surface.tracking_as
        if who and tracked.tracks(cursor):  # Track Changes on: a deletion and an insertion
            lo, hi = start + problem.fix.start, start + problem.fix.end
            tracked.replace_words(
                self.document, lo, hi, problem.fix.replacement, who, lambda: tr("Fix")
            )
            self.request()
            return
        with self.document.edit(lambda: tr("Fix")) as edit:
            edit.setPosition(start + problem.fix.start)
            edit.setPosition(start + problem.fix.end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(problem.fix.replacement, edit.charFormat())
        self.request()

    def fix_all_typography(self) -> None:
        """Every safe typography fix of the article as one step in the history."""
        if self.surface.tracking_as:
            self._fix_all_tracked(self.surface.tracking_as)
            return
        before = self.document.article
        after = fix_all_typography(before)
        changed = [
            (find_unit(self.document.text, new.id), new)
            for old, new in zip(before.blocks, after.blocks, strict=True)
            if new is not old
        ]
        if changed:
            with self.document.edit(lambda: tr("Fix All Typography")):
                for unit, block in reversed(changed):
                    if unit is not None:
                        bridge.replace(
                            self.document.text, unit.first, unit.last, [block], before.media
                        )
        self.request()

    def _fix_all_tracked(self, who: str) -> None:
        """Fix All Typography while tracking: each fix the panel lists, a deletion and an
        insertion, last first so that the places of the others hold; one step."""
        self.refresh()
        places = []
        for problem in self.problems:
            cursor = self._place(problem)
            if problem.kind != TYPOGRAPHY or problem.fix is None or not problem.fix.safe:
                continue
            if cursor is not None and tracked.tracks(cursor):
                start = cursor.block().position()
                places.append((start + problem.fix.start, start + problem.fix.end, problem.fix))
        if places:
            with self.document.macro(lambda: tr("Fix All Typography")):
                for lo, hi, fix in sorted(places, key=lambda p: p[0], reverse=True):
                    tracked.replace_words(
                        self.document, lo, hi, fix.replacement, who, lambda: tr("Fix")
                    )
        self.request()

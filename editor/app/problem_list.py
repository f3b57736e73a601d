"""The check panel's list: a model over the problems and a view that draws only what shows.

A long read checked for French grammar has thousands of problems (8 000 in a 100 000-word
piece). A list of widget items built them all at each redraw, each with its sentence and
excerpt worded and laid out word-wrapped: most of a second with the window held up, at every
pause in typing. Here a redraw hands the model the new list (nothing is worded), the view asks
only for the rows on screen, each worded once and kept until the next list, and every row has
the same height (two lines: what is wrong, then the words around it), so Qt never measures
the rows it does not draw (laid out in one go, so that the row chosen stays in view when the
list is drawn again). Qt's layout asks the model's row count once for every row, twice over:
answered in Python, a grammar-checked long read's 8 000 rows cost 14–25 ms of the window's
thread at each pause that changed the list, landing in the next key; the count is kept by
`QStringListModel` (a list of empty strings, one a row), which answers in C++. A line too
long for the panel ends in "…"; its tooltip has it whole. Keys and clicks work as in any
list: arrows, Page Up and Down, Home and End.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from editor.app.guard import guarded, instead
from editor.app.problem_text import describe
from editor.model.article import Article
from editor.model.check import Problem, excerpt

Index = QModelIndex | QPersistentModelIndex
ROW_LINES = 2
"""Each row: the problem in words, then the text around it."""


class ProblemRows(QStringListModel):
    """The problems as rows, worded when first shown; a sentence row when there are none.
    The strings the base model holds are empty: they only give Qt the count of rows."""

    def __init__(self, icons: Callable[[Problem], QIcon], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icons = icons
        self.problems: Sequence[Problem] = ()
        self._article: Callable[[], Article] | None = None
        """The article the problems were found in (as accepted), for the excerpts: worked out
        when the first row is worded."""
        self._seen: Article | None = None
        self.statement = ""
        """Shown as the only row, not selectable, when there are no problems."""
        self.row_height = 0
        self._texts: dict[int, str] = {}

    def show(
        self, problems: Sequence[Problem], article: Callable[[], Article], statement: str
    ) -> None:
        self.problems, self._article, self.statement = problems, article, statement
        self._seen = None
        self._texts.clear()
        self.setStringList([""] * (len(problems) or (1 if statement else 0)))  # a reset

    @property
    def article(self) -> Article | None:
        if self._seen is None and self._article is not None:
            self._seen = self._article()
        return self._seen

    def reword(self) -> None:
        """The interface's language changed: every row is worded again when next shown."""
        self._texts.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def text(self, row: int) -> str:
        """The row's words: the problem, then the text around it."""
        if not self.problems:
            return self.statement
        found = self._texts.get(row)
        if found is None:
            problem = self.problems[row]
            article = self.article
            near = excerpt(article, problem) if article is not None else ""
            found = self._texts[row] = describe(problem) + (f"\n{near}" if near else "")
        return found

    @instead(None)
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or not 0 <= row < self.rowCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(row).replace("\n", " — ")
        if role == Qt.ItemDataRole.DecorationRole and self.problems:
            return self.icons(self.problems[row])
        if role == Qt.ItemDataRole.SizeHintRole and self.row_height:
            return QSize(1, self.row_height)
        return None

    @guarded
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.problems:  # the statement: words to read, not a row to pick
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProblemList(QListView):
    """The view of `ProblemRows`: uniform rows, one selected at a time, by row number."""

    def __init__(self, rows: ProblemRows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setModel(rows)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._measure()

    def _measure(self) -> None:
        lines = self.fontMetrics().lineSpacing() * ROW_LINES
        self.rows.row_height = max(lines, self.iconSize().height(), 16) + 6

    @guarded
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure()

    def count(self) -> int:
        return self.rows.rowCount()

    def texts(self) -> list[str]:
        """Every row's words, in order (worded now if not yet shown)."""
        return [self.rows.text(row) for row in range(self.count())]

    def currentRow(self) -> int:  # noqa: N802
        current = self.currentIndex()
        return current.row() if current.isValid() else -1

    def setCurrentRow(self, row: int) -> None:  # noqa: N802
        if 0 <= row < self.count() and self.rows.problems:
            self.setCurrentIndex(self.rows.index(row))
        else:
            self.setCurrentIndex(QModelIndex())

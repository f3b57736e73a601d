"""The outline dock: the article's landmarks with their counts, and the problems to fix.

Landmarks are the section, kicker, title, standfirst, subheads, pull quotes, images and the
author's bio. Each row's Words and Signes are the block's own, counted as `copydesk stats`
counts a block (a pull quote with its attribution, an image with its caption and credit), so
the two columns and the command line never disagree; the part it opens — the words up to the
next landmark, and their reading time — is in the row's tooltip. A block's signes stand against
the limit the article's length template sets for it, in red when a field is over.
With a print profile chosen, a last column gives the block's own lines in the paper's column,
as `copydesk stats --fit` counts them (`fitting.LiveFit`, laid out once per change), and the
part's lines in its tooltip. Clicking a row puts the cursor on it.
The list is rebuilt from what the window's `PauseReview` found at the last pause in typing
(worked out off the UI thread), never per keystroke; its problems are the structural ones of
that same check, drawn at the moment the check panel draws it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.app import bridge, desk_templates, labels, looks
from editor.app.document import Document
from editor.app.fitting import LiveFit
from editor.app.problem_text import describe
from editor.app.surface import Surface
from editor.model.article import Article
from editor.model.stats import Counts, StatsCache, reading_time
from editor.model.templates import field_limits, targets_for

if TYPE_CHECKING:  # the review reads `landmarks` from here
    from editor.app.pause_review import PauseReview

LANDMARKS = ("kicker", "title", "standfirst", "subhead", "pullquote", "image", "author_bio")
BLOCK = Qt.ItemDataRole.UserRole
LINES = 3
"""The column of lines in the paper's column, after Part, Words and Signes."""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Outline", text, disambiguation, n)


@dataclass(frozen=True)
class Landmark:
    kind: str
    text: str
    block_id: str
    counts: Counts
    """The block's own words and signes, as `copydesk stats` gives them."""
    part: Counts
    """The block's counts and those of the blocks after it, up to the next landmark."""
    limits: tuple[tuple[str, int, int], ...] = ()
    """Each field the article's length template limits: (field, limit, signes)."""

    @property
    def over(self) -> bool:
        return any(signes > limit for _field, limit, signes in self.limits)

    @property
    def limit(self) -> int | None:
        """The limit of the whole block, when one field holds all its signes (a title, a
        pull quote without attribution); None when its fields have limits of their own."""
        if len(self.limits) == 1 and self.limits[0][2] == self.counts.signes:
            return self.limits[0][1]
        return None


def landmarks(
    article: Article, cache: StatsCache, pace: Callable[[], object] = lambda: None
) -> list[Landmark]:
    """The landmarks in reading order; `pace` called at each block (`CheckCache.check`)."""
    template = targets_for(article, desk_templates.current())
    rows: list[Landmark] = []
    for block in article.blocks:
        pace()
        counts = cache.count(block)
        if block.kind in LANDMARKS:
            text = block.attr("caption") if block.kind == "image" else block.plain_text
            limits = tuple(field_limits(block, template)) if template else ()
            rows.append(Landmark(block.kind, text, block.id, counts, counts, limits))
        elif rows:
            rows[-1] = replace(rows[-1], part=rows[-1].part + counts)
    return rows


def signes_text(row: Landmark) -> str:
    """“52 / 60” when one field carries the block's limit, else the block's signes alone
    (its fields' limits are in the tooltip)."""
    signes = row.counts.signes
    return str(signes) if row.limit is None else f"{signes} / {row.limit}"


def limits_tip(row: Landmark) -> str:
    """Each limited field against its limit, and by how much it is over."""
    if row.limit is not None:
        over = row.counts.signes - row.limit
        if over <= 0:
            return ""
        return (
            tr("%1 signes over the limit of %2")
            .replace("%1", str(over))
            .replace("%2", str(row.limit))
        )
    lines = []
    for field, limit, signes in row.limits:
        what = labels.kind_name(row.kind) if field == "text" else labels.role_name(field)
        line = tr("%1: %2 / %3 signes").replace("%1", what)
        lines.append(line.replace("%2", str(signes)).replace("%3", str(limit)))
    return "\n".join(lines)


def part_tip(row: Landmark, language: str) -> str:
    """What the part the landmark opens weighs: words up to the next one, reading time."""
    count = row.part.words
    words = tr("1 word") if count == 1 else tr("%1 words").replace("%1", str(count))
    return (
        tr("Up to the next landmark: %1, %2 min read")
        .replace("%1", words)
        .replace("%2", str(reading_time(row.part, language)))
    )


class Outline(QDockWidget):
    def __init__(
        self,
        document: Document,
        surface: Surface,
        review: PauseReview,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("outline")
        self.document, self.surface, self.review = document, surface, review
        body = QWidget()
        column = QVBoxLayout(body)
        self.section = QLabel()
        self.section.setObjectName("outlineSection")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(LINES + 1)  # before the columns are sized
        self.tree.setObjectName("outlineTree")
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LINES, QHeaderView.ResizeMode.ResizeToContents)
        self.fit: LiveFit | None = None
        self.tree.itemActivated.connect(self._jump)
        self.tree.itemClicked.connect(self._jump)
        self.problems = QTreeWidget()
        self.problems.setObjectName("problems")
        self.problems.setRootIsDecorated(False)
        self.problems.itemActivated.connect(self._jump)
        self.problems.itemClicked.connect(self._jump)
        column.addWidget(self.section)
        column.addWidget(self.tree, 3)
        column.addWidget(self.problems, 1)
        self.setWidget(body)
        review.published.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Titles and headers in the language now installed; the rows named again."""
        self.setWindowTitle(tr("Outline"))
        self.tree.setAccessibleName(tr("Outline"))
        self.tree.setHeaderLabels([tr("Part"), tr("Words"), tr("Signes"), tr("Lines")])
        header = self.tree.headerItem()
        header.setToolTip(
            1,
            tr(
                "Words of the block, as copydesk stats counts them: a pull quote with its "
                "attribution, an image with its caption and credit"
            ),
        )
        header.setToolTip(
            2,
            tr(
                "Signes of the block (characters with spaces), counted like its words, "
                "against the limit its length template sets"
            ),
        )
        header.setToolTip(
            LINES,
            tr(
                "Lines of the block in the paper's column, as copydesk stats --fit counts "
                "them; the part up to the next landmark in its tooltip"
            ),
        )
        self.problems.setAccessibleName(tr("Problems"))
        self.refresh()

    def refresh(self) -> None:
        """The findings of the last pause, drawn."""
        findings = self.review.findings
        article = findings.article
        section = " / ".join(article.meta.section)
        self.section.setText(tr("Section: %1").replace("%1", section) if section else "")
        self.tree.clear()
        items = []
        for row in findings.landmarks:
            name = labels.kind_name(row.kind)
            item = QTreeWidgetItem(
                [f"{name} — {row.text}" if row.text else name, str(row.counts.words)]
            )
            item.setText(2, signes_text(row))
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            item.setData(0, BLOCK, row.block_id)
            part = part_tip(row, article.meta.language)
            item.setToolTip(0, f"{row.text}\n{part}" if row.text else part)
            item.setToolTip(1, part)
            item.setToolTip(2, limits_tip(row))
            if row.over:
                item.setForeground(2, looks.colour("accent"))
            items.append(item)
        self.tree.addTopLevelItems(items)  # one insertion: a book's 500 one by one took 4 ms
        self._show_lines(article)
        self.problems.clear()
        for problem in findings.structure:
            message = describe(problem)
            item = QTreeWidgetItem([message])
            item.setData(0, BLOCK, problem.block_id or "")
            item.setToolTip(0, message)
            self.problems.addTopLevelItem(item)
        count = self.problems.topLevelItemCount()
        self.problems.setHeaderLabels([tr("Problems (%1)").replace("%1", str(count))])
        self.problems.setVisible(count > 0)  # the check panel lists the rest

    def use_fit(self, live: LiveFit) -> None:
        """Count lines with `live`; a new column is shown at once."""
        self.fit = live
        live.updated.connect(self._column_changed)
        self.refresh()

    def _column_changed(self) -> None:
        """A column chosen or dropped, or its first laying out done: the lines shown at once."""
        shown = not self.tree.isColumnHidden(LINES)
        live = self.fit
        if shown != (live is not None and live.result is not None and not live.pending):
            self.refresh()

    def _show_lines(self, article: Article) -> None:
        """Each block's own lines, as `copydesk stats --fit` counts them; the part's (its
        landmark's and those of the blocks up to the next one) in the cell's tooltip."""
        lines = self.fit.block_lines(article) if self.fit else {}
        self.tree.setColumnHidden(LINES, not lines)
        if not lines:  # no column: the rows, just made, have no lines to clear
            return
        parts: dict[str, int] = {}
        current = ""
        for block in article.blocks:
            if block.kind in LANDMARKS:
                current = block.id
            if current:
                parts[current] = parts.get(current, 0) + lines.get(block.id, 0)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is None:
                continue
            block_id = str(item.data(0, BLOCK))
            own = lines.get(block_id)
            item.setText(LINES, str(own) if lines and own is not None else "")
            item.setTextAlignment(LINES, Qt.AlignmentFlag.AlignRight)
            part = parts.get(block_id)
            tip = tr("%n line(s) up to the next landmark", "", part) if part is not None else ""
            item.setToolTip(LINES, tip if lines else "")

    def _jump(self, item: QTreeWidgetItem) -> None:
        block_id = item.data(0, BLOCK)
        if block_id:
            self.jump_to(str(block_id))

    def jump_to(self, block_id: str) -> None:
        block = self.document.text.begin()
        while block.isValid():
            unit = bridge.unit_of(block)
            if unit is not None and unit.id == block_id:
                self.surface.move_to(unit.start)
                self.surface.setFocus()
                return
            block = block.next()

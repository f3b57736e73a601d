"""The outline dock: the article's landmarks with their counts, and the problems to fix.

Landmarks are the section, kicker, title, standfirst, subheads, pull quotes, images and the
author's bio; each shows the words up to the next one, so a long part stands out, and its own
signes against the limit the article's length template sets for it, in red when over.
Clicking a row puts the cursor on it.
The list is rebuilt from what the window's `PauseReview` found at the last pause in typing
(worked out off the UI thread), never per keystroke; its problems are the structural ones of
that same check, drawn at the moment the check panel draws it.
"""

from __future__ import annotations

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
from editor.app.problem_text import describe
from editor.app.surface import Surface
from editor.model.article import Article
from editor.model.stats import StatsCache, count_text
from editor.model.templates import targets_for

if TYPE_CHECKING:  # the review reads `landmarks` from here
    from editor.app.pause_review import PauseReview

LANDMARKS = ("kicker", "title", "standfirst", "subhead", "pullquote", "image", "author_bio")
BLOCK = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("Outline", text)


@dataclass(frozen=True)
class Landmark:
    kind: str
    text: str
    words: int
    """The block's words and those of the blocks after it, up to the next landmark."""
    block_id: str
    signes: int
    """The block's own signes (an image: its caption's)."""
    limit: int | None
    """What the article's length template allows the block (an image: its caption)."""


def landmarks(article: Article, cache: StatsCache) -> list[Landmark]:
    """The landmarks in reading order."""
    template = targets_for(article, desk_templates.current())
    rows: list[Landmark] = []
    for block in article.blocks:
        words = cache.count(block).words
        if block.kind in LANDMARKS:
            field = "caption" if block.kind == "image" else "text"
            text = block.attr("caption") if field == "caption" else block.plain_text
            limit = template.limit_for(block.kind, field) if template else None
            signes = count_text(text).signes
            rows.append(Landmark(block.kind, text, words, block.id, signes, limit))
        elif rows:
            rows[-1] = replace(rows[-1], words=rows[-1].words + words)
    return rows


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
        self.tree.setColumnCount(3)  # before the columns are sized
        self.tree.setObjectName("outlineTree")
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
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
        self.tree.setHeaderLabels([tr("Part"), tr("Words"), tr("Signes")])
        header = self.tree.headerItem()
        header.setToolTip(1, tr("Words of the part, up to the next landmark"))
        header.setToolTip(2, tr("Signes of the landmark itself, against its template's limit"))
        self.problems.setAccessibleName(tr("Problems"))
        self.refresh()

    def refresh(self) -> None:
        """The findings of the last pause, drawn."""
        findings = self.review.findings
        article = findings.article
        section = " / ".join(article.meta.section)
        self.section.setText(tr("Section: %1").replace("%1", section) if section else "")
        self.tree.clear()
        for row in findings.landmarks:
            name = labels.kind_name(row.kind)
            signes = str(row.signes) if row.limit is None else f"{row.signes} / {row.limit}"
            item = QTreeWidgetItem(
                [f"{name} — {row.text}" if row.text else name, str(row.words), signes]
            )
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            item.setData(0, BLOCK, row.block_id)
            item.setToolTip(0, row.text)
            if row.limit is not None and row.signes > row.limit:
                item.setForeground(2, looks.colour("accent"))
                over = tr("%1 signes over the limit of %2")
                item.setToolTip(
                    2, over.replace("%1", str(row.signes - row.limit)).replace("%2", str(row.limit))
                )
            self.tree.addTopLevelItem(item)
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

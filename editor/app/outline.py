"""The outline dock: the article's landmarks with their counts, and the problems to fix.

Landmarks are the section, kicker, title, subheads, pull quotes and images; each subhead shows
the words up to the next one, so a long part stands out. Clicking a row puts the cursor on it.
The list is rebuilt a moment after the typing stops, never per keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.app import bridge, labels
from editor.app.document import Document
from editor.app.surface import Surface
from editor.model.article import Article
from editor.model.schema import validate
from editor.model.stats import StatsCache

LANDMARKS = ("kicker", "title", "subhead", "pullquote", "image")
BLOCK = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("Outline", text)


def landmarks(article: Article, cache: StatsCache) -> list[tuple[str, str, int, str]]:
    """(kind, text, words up to the next landmark, block id) in reading order."""
    rows: list[tuple[str, str, int, str]] = []
    for block in article.blocks:
        words = cache.count(block).words
        if block.kind in LANDMARKS:
            text = block.plain_text if block.kind != "image" else block.attr("caption")
            rows.append((block.kind, text, words, block.id))
        elif rows:
            kind, text, total, block_id = rows[-1]
            rows[-1] = (kind, text, total + words, block_id)
    return rows


class Outline(QDockWidget):
    def __init__(self, document: Document, surface: Surface, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outline")
        self.document, self.surface = document, surface
        body = QWidget()
        column = QVBoxLayout(body)
        self.section = QLabel()
        self.section.setObjectName("outlineSection")
        self.tree = QTreeWidget()
        self.tree.setObjectName("outlineTree")
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
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
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(lambda *_: self._timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        """Titles and headers in the language now installed; the rows named again."""
        self.setWindowTitle(tr("Outline"))
        self.tree.setAccessibleName(tr("Outline"))
        self.tree.setHeaderLabels([tr("Part"), tr("Words")])
        self.problems.setAccessibleName(tr("Problems"))
        self.refresh()

    def refresh(self) -> None:
        article = self.document.article
        section = " / ".join(article.meta.section)
        self.section.setText(tr("Section: %1").replace("%1", section) if section else "")
        self.tree.clear()
        for kind, text, words, block_id in landmarks(article, self.document.stats):
            name = labels.kind_name(kind)
            item = QTreeWidgetItem([f"{name} — {text}" if text else name, str(words)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setData(0, BLOCK, block_id)
            item.setToolTip(0, text)
            self.tree.addTopLevelItem(item)
        self.problems.clear()
        for problem in validate(article):
            item = QTreeWidgetItem([problem.message])
            item.setData(0, BLOCK, problem.block_id or "")
            item.setToolTip(0, problem.message)
            self.problems.addTopLevelItem(item)
        self.problems.setHeaderLabels(
            [tr("Problems (%1)").replace("%1", str(self.problems.topLevelItemCount()))]
        )

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

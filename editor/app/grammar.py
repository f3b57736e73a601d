"""French grammar as you type: Grammalecte's findings underlined, fixed from the context menu.

At a pause in typing, the paragraphs changed since they were last read (all of them when the
article opens) go to the grammar worker processes (`model.grammar_workers`): the window's own
thread never runs Grammalecte, so a long read's first pass never holds it up. Results are
collected by a short timer and drawn as extra selections of the surface: a dashed blue
underline, its own colour and style beside spelling's red wave, lighter on a dark page. The
underline's cursors follow edits made before the reading comes back. The context menu shows
the rule's message and its suggestions (one click applies, one undo step), "Ignore This" and
"Ignore This Rule", both saved with the article (`Meta.ignored_grammar`) and undoable; the
newsroom's list of rules switched off is a file named in Preferences. Only French is read: the
paragraphs whose own language, or else the article's, is French. Without Grammalecte the status
bar says how to install it; spelling carries on.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMainWindow, QMenu, QTextEdit

from editor.app import autotype, bridge, collector, looks, tracked
from editor.app.check_dock import CheckDock
from editor.app.document import Document
from editor.app.guard import instead
from editor.app.handback import Handback
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.app.page import first_below
from editor.app.settings import Settings
from editor.app.shading import paragraph_of
from editor.app.spelling import Spelling
from editor.app.surface import Surface
from editor.model.article import Article, Block, IgnoredGrammar
from editor.model.check import Problem
from editor.model.grammalecte import Missing
from editor.model.grammar import (
    GrammarCache,
    Passed,
    checked,
    checks_article,
    passed_over,
    read_into,
    read_rule_list,
    texts_of,
)
from editor.model.grammar_workers import CHUNK, Findings, Workers

SETTING = "grammar_as_you_type"
HOUSE_SETTING = "grammar_rules"
IDLE_MS = 400
POLL_MS = 40
DRAW_SLICE = 0.004
"""Seconds of drawing underlines between two turns of the event loop."""
DRAW_BATCH = 8
"""Paragraphs drawn at a time within a slice."""
HELD_AT_MOST_S = 5.0
"""Seconds readings wait at most for a pause in the keys (typing that never stops)."""
MARGIN = 12
"""Paragraphs beyond each edge of the view whose underlines are handed to the surface."""
COLOURS = {False: "#1d5fc4", True: "#7eb3ff"}
"""The underline on a light page and on a dark one: blue, as grammar is in word processors,
and apart from spelling's red."""
HINT = QT_TRANSLATE_NOOP(
    "Grammar",
    "Grammalecte, the French grammar checker, is not installed: grammar is not checked. "
    "Install it (on Debian or Ubuntu: sudo apt install python3-grammalecte).",
)
Selection = QTextEdit.ExtraSelection
Jobs = list[tuple[Future[Findings], list[tuple[int, Block]]]]
"""Readings sent to the workers, each with the blocks (and their places) it reads."""
Chunks = list[list[tuple[int, Block]]]
"""Readings not sent yet: the blocks (and their places) each reads, their texts put together
when it is sent."""
AHEAD = 3
"""A window's chunks in the workers' hands at once; the rest wait in the window and are
sent as those come back. The workers are every window's: a long read closed at once had
them read all of it (a book is over a minute of a core) before the windows still open, and
a window closed now drops what it has not sent. Two windows' readings take turns."""
_workers = Workers(background=True)
"""The grammar processes, shared by every window of the application."""
_senders: list[threading.Thread] = []
"""Hand-over threads started, waited for at the exit: one still spawning the workers as the
interpreter shuts down would crash it."""
_held = threading.Event()
"""Set while windows are rendered once and closed (`held`): their workers are never started."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Grammar", text)


def house_rules() -> set[str]:
    """The rules the newsroom switched off (Preferences), none if the file cannot be read."""
    chosen = Settings().get(HOUSE_SETTING).strip()
    if not chosen:
        return set()
    try:
        return read_rule_list(Path(chosen))
    except (OSError, UnicodeDecodeError):  # gone or not text: checked without it
        return set()


def utf16(text: str, index: int) -> int:
    """Qt's position of the code point `index` of `text`: an emoji beyond the BMP is two."""
    return len(text[:index].encode("utf-16-le")) // 2


def units(article_text: QTextEdit) -> dict[str, bridge.Unit]:
    """Every block's unit, by id, in one walk of the text."""
    found: dict[str, bridge.Unit] = {}
    paragraph = article_text.document().begin()
    while paragraph.isValid():
        unit = bridge.unit_of(paragraph)
        if unit is not None:
            found[unit.id] = unit
        paragraph = (unit.last if unit is not None else paragraph).next()
    return found


def hand_over(workers: Workers, cache: GrammarCache, article: Article) -> tuple[Jobs, Chunks]:
    """The blocks of `article` not read in their present state, in chunks, the first
    `AHEAD` of them sent to the workers (run on a thread of its own: see
    `Grammar.read_due`). Only the chunks sent have their texts put together: this thread
    holds the interpreter while it runs Python, and the texts of a book's 8 500 paragraphs
    (13 ms of it) made the window wait for it at every call Qt made into Python in its
    first second, up to 180 ms a turn; a chunk's texts are put together when it is sent."""
    workers.start()
    due = cache.due(article)
    chunks: Chunks = [due[at : at + CHUNK] for at in range(0, len(due), CHUNK)]
    return [(workers.send(sentences(part)), part) for part in chunks[:AHEAD]], chunks[AHEAD:]


def sentences(part: list[tuple[int, Block]]) -> list[str]:
    """The texts a chunk's blocks are read by, in order (`read_into` hands them back)."""
    return [text for _, block in part for _, text in texts_of(block)]


class Grammar(QObject):
    """Grammar as you type for one window: reading, underlines, the menu, the notice."""

    def __init__(
        self,
        window: QMainWindow,
        surface: Surface,
        document: Document,
        spelling: Spelling,
        dock: CheckDock,
    ) -> None:
        super().__init__(window)
        self.window, self.surface, self.document = window, surface, document
        self.spelling, self.dock = spelling, dock
        self.cache = GrammarCache()
        self.workers = _workers
        self.house = house_rules()
        self.missing: Missing | None = None
        self._jobs: Jobs = []
        self._unsent: deque[list[tuple[int, Block]]] = deque()
        self._sending = False
        """The texts are being put together and sent, on the hand-over thread."""
        self._due_again = False
        self._marks: dict[str, tuple[list[Problem], list[Selection] | None]] = {}
        self._drawn: set[str] = set()
        """The blocks whose underlines are drawn (`_marks` holds their selections): those in
        and near the view. Each selection's cursor is one Qt moves at every insertion and
        removal anywhere in the text, so the long read's 8 000 underlines as cursors made each
        edit of Accept All (some 600 of them) cost twice what it costs without grammar; the
        others keep their problems only, drawn when they come into view."""
        self._dark = looks.is_dark()
        self.action = QAction(window)
        self.action.setObjectName(SETTING)
        self.action.setCheckable(True)
        self.retranslate()
        self.action.setChecked(Settings().flag(SETTING))
        self.action.toggled.connect(self.switch)
        autotype.tools_menu(window).addAction(self.action)
        self._pause = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._pause.timeout.connect(self.read_due)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.collect)
        self._waiting: list[Block] = []
        """Paragraphs read whose underlines are still to draw."""
        self._drain = QTimer(self, singleShot=True, interval=0)
        self._drain.timeout.connect(self._draw_waiting)
        self._keyed = False
        """The text was edited since readings last looked (`_giving_way`)."""
        self._taken_at = time.monotonic()
        """When readings were last taken in or drawn."""
        document.changed.connect(self._edited)
        document.held.connect(self._typed_on)
        dock.extra.append(self.problems_for)
        surface.customContextMenuRequested.disconnect(spelling.context_menu)
        surface.customContextMenuRequested.connect(self.context_menu)
        self._painted = False
        """The workers start and the first pass is sent once the page has been painted (not
        if the window closed meanwhile): spawning them and loading Grammalecte took the
        processor from the window's first paint."""
        self._begun = False
        """The first pass was set off (`_begin`)."""
        dock.review.published.connect(self._begin)
        window.installEventFilter(self)
        surface.viewport().installEventFilter(self)
        self._scrolled = QTimer(self, singleShot=True, interval=30)
        self._scrolled.timeout.connect(self._view_moved)
        self._in_sight: tuple[int, int] | None = None
        """The text positions in and near the view, kept until it scrolls, is resized or the
        text or its layout changes (a long read is laid out a part at a time after opening):
        finding them lays the text out to the view's foot, some 10 ms each time in a long
        read, which a first pass drawing fifty times over would pay fifty times."""
        surface.document().documentLayout().documentSizeChanged.connect(self._relaid)
        surface.verticalScrollBar().valueChanged.connect(lambda _value: self._scrolled.start())
        document.text.contentsChange.connect(self._moved)
        self._handback = Handback(self)  # what the hand-over thread sent, taken on this one
        self._handback.arrived.connect(self._take)

    @property
    def enabled(self) -> bool:
        return self.action.isChecked()

    def retranslate(self) -> None:
        self.action.setText(tr("Check &Grammar as You Type"))
        self.action.setToolTip(tr("Underline French grammar problems (Grammalecte)"))

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Paint
            and not self._painted
            and watched is self.surface.viewport()
        ):
            self._painted = True
            self._begin()
        if event.type() == QEvent.Type.Resize and watched is self.surface.viewport():
            self._scrolled.start()
        elif event.type() == QEvent.Type.PaletteChange and looks.is_dark() != self._dark:
            self._dark = looks.is_dark()
            self._marks.clear()  # drawn again in the new colour
            self._drawn.clear()
            self.show()
        return False

    def _begin(self) -> None:
        """The first pass, once the page is painted and the window's own first look over the
        article (the check and outline's pass, `PauseReview`) has landed and been drawn, at a
        pause after it: the window's first seconds are its busiest (spelling the view, the
        pass in the slices the window lends it, the outline and check panel drawn), and the
        hand-over thread holding the interpreter and two processes loading Grammalecte on a
        two-core machine beside them stretched its 20 to 30 ms turns into 60 ms stalls. A
        key typed earlier sets it off too (`_edited`). Started by a timer of this child of
        the window: not if the window closed meanwhile (see LanguageFollower)."""
        if self._painted and self.dock.review.ready and not self._begun:
            self._begun = True
            self._pause.start()

    # -- reading -------------------------------------------------------------------------------

    def _wanted(self) -> bool:
        return (
            self.enabled
            and not self.missing
            and not _held.is_set()
            and checks_article(self.document.article)
        )

    def _moved(self, _position: int, _removed: int, _added: int) -> None:
        self._in_sight = None

    def _relaid(self, _size: object) -> None:
        self._in_sight = None

    def _view_moved(self) -> None:
        self._in_sight = None
        self.expose()

    def _edited(self, _start: int, removed: int, added: int) -> None:
        if not removed and not added:  # the metadata: ignores or the language changed
            self.show()
        self._keyed = True
        self._pause.start()

    def _typed_on(self) -> None:
        """A colleague's key, told of later (`Document.held`): the pause has not come."""
        self._keyed = True
        if self._pause.isActive():
            self._pause.start()

    def switch(self, on: bool) -> None:
        """Grammar on or off, for this window and the next ones."""
        Settings().set_flag(SETTING, on)
        if on:
            self.read_due()
        else:
            self.show()

    def reread_house(self) -> None:
        """The newsroom's rule list was chosen again, or changed on disk."""
        self.house = house_rules()
        self.show()

    def read_due(self) -> None:
        """Send the paragraphs not read in their present state to the workers. A thread puts
        the texts together and sends them, from the article as it stands (immutable: no
        keystroke changes what it reads): at the opening of a long read, the texts of
        2 000 paragraphs, their fifty chunks handed to the pool and the workers started
        (multiprocessing imported with them) held the window's thread some 150 ms."""
        if not self._wanted():
            self.show()
            return
        self._drop_foreign(self.document.article)
        if (
            self._jobs or self._unsent or self._sending
        ):  # one reading at a time: what changes is read next
            self._due_again = True
            return
        self._sending = True
        work = partial(hand_over, self.workers, self.cache, self.document.article)
        sender = threading.Thread(
            target=_send,
            args=(work, self._handback.expect()),
            name="grammar-hand-over",
            daemon=True,
        )
        _senders[:] = [thread for thread in _senders if thread.is_alive()]
        _senders.append(sender)
        sender.start()

    def _take(self, outcome: object) -> None:
        """The readings sent by the hand-over thread: collected as they come back."""
        self._sending = False
        if isinstance(outcome, BaseException):
            raise outcome  # raised on the UI thread, where crashes are reported
        assert isinstance(outcome, tuple)
        jobs, unsent = outcome
        self._jobs += jobs
        self._unsent += unsent
        if self._jobs:
            self._poll.start()
            return
        self.show()
        if self._due_again:
            self._due_again = False
            self.read_due()

    def _drop_foreign(self, article: Article) -> None:
        """Take the underlines off paragraphs now set in another language than French: no
        reading comes back for them to redraw (only the underlined blocks are looked at)."""
        foreign = []
        for block_id in self._marks:
            try:
                block = self.document.block(block_id)
            except KeyError:
                continue  # gone: the next full show drops it
            if not checked(article, block):
                foreign.append(block_id)
        for block_id in foreign:
            del self._marks[block_id]
        if foreign:
            self.expose()

    def _giving_way(self) -> bool:
        """Keys are coming in: readings wait for a look (a poll, `POLL_MS`) with no key since
        the last. Taking a chunk in and drawing it (3–20 ms on a long read) landed in whatever
        key was being typed, and made the slowest keys of any typing during the first
        reading, tracked or not; between two keys of a journalist's pace it costs none."""
        keyed, self._keyed = self._keyed, False
        return keyed and time.monotonic() - self._taken_at < HELD_AT_MOST_S

    def collect(self) -> None:
        """Take in the readings that came back; they are drawn a slice at a time."""
        giving_way = self._giving_way()
        done = [job for job in self._jobs if job[0].done()]
        if not done or giving_way:
            return  # the poll comes back
        self._taken_at = time.monotonic()
        self._jobs = [job for job in self._jobs if not job[0].done()]
        while self._unsent and len(self._jobs) < AHEAD:
            part = self._unsent.popleft()
            self._jobs.append((self.workers.send(sentences(part)), part))
        read = self._waiting
        for future, part in done:
            try:
                found = future.result()
            except Exception as error:  # a worker killed or broken: said, never raised
                found = Missing(f"the grammar checker stopped ({error})")
            if isinstance(found, Missing):
                self._say_missing(found)
                self._jobs.clear()
                self._unsent.clear()
                break
            read_into(self.cache, part, found)
            read += [block for _, block in part]
        if not self._jobs:
            self._poll.stop()
            if self._due_again:
                self._due_again = False
                self.read_due()
        self._draw_waiting()

    def _draw_waiting(self) -> None:
        """Underline the paragraphs read, for `DRAW_SLICE` seconds at most, the event loop
        turning between two slices: a chunk of a long read (some fifty paragraphs and two
        hundred underlines) took 10–30 ms to draw, in whatever key was being typed."""
        if self._waiting and self._giving_way():
            self._drain.start(POLL_MS)
            return
        self._taken_at = time.monotonic()
        ends = time.perf_counter() + DRAW_SLICE
        while self._waiting and time.perf_counter() < ends:
            batch = self._waiting[:DRAW_BATCH]
            del self._waiting[:DRAW_BATCH]
            self.show(batch)
        if self._waiting:
            self._drain.start(0)
        elif not self._jobs:  # the panel once the reading is drawn, not at every chunk of it
            self.dock.refresh_soon()
            collector.put_by()  # the readings, out of the collector's walks

    def _say_missing(self, missing: Missing) -> None:
        self.missing = missing
        self.action.setToolTip(tr(HINT))
        self.window.statusBar().showMessage(tr(HINT), 15000)

    @property
    def busy(self) -> bool:
        """A reading is under way (or due at the end of the pause)."""
        return bool(self._jobs or self._waiting) or self._sending or self._pause.isActive()

    def problems_for(self, article: Article) -> list[Problem]:
        """The grammar problems the check dock lists beside its own."""
        if not self.enabled or self.missing:
            return []
        return self.cache.problems(article, self.house)

    # -- underlines ----------------------------------------------------------------------------

    def show(self, read: Sequence[Block] | None = None) -> None:
        """Underline the problems known now: of the blocks just `read`, or of every block.
        Blocks whose problems did not change keep their underlines."""
        article = self.document.article
        live = self.enabled and not self.missing and checks_article(article)
        if read is None:
            blocks = [b for b in article.blocks if checked(article, b)] if live else []
            stale = set(self._marks) - {b.id for b in blocks}
        else:
            blocks = [b for b in read if self._current(b)] if live else []
            stale = set()
        passed = Passed.of(article.meta.ignored_grammar, self.house)
        wanted = {b.id: passed_over(self.cache.known(b) or [], passed) for b in blocks}
        changed = stale | {k for k, v in wanted.items() if self._marks.get(k, ([], []))[0] != v}
        if not changed:
            return
        near = self._near_view()
        seen = False
        for block_id in changed:
            problems = wanted.get(block_id)
            seen = seen or block_id in self._drawn or block_id in near
            self._drawn.discard(block_id)
            if problems:  # a block of the article: it is on the page
                self._marks[block_id] = (problems, None)  # drawn once in view
            else:
                self._marks.pop(block_id, None)
        if seen:  # underlines changed on screen, or near it
            self.expose()

    def _near_view(self) -> set[str]:
        """The blocks with a paragraph in or near the view, from the paragraphs there only:
        every block's place, found by a walk of the whole text, took 10–15 ms on a long read
        and 40–60 ms on a book, in whatever key came with the next reading after the text
        gained or lost a paragraph (and at the first, as the article opens)."""
        lo, hi = self._view()
        found: set[str] = set()
        paragraph = self.surface.document().findBlock(lo)
        while paragraph.isValid() and paragraph.position() <= hi:
            unit = bridge.unit_of(paragraph)
            if unit is not None:
                found.add(unit.id)
                paragraph = unit.last
            paragraph = paragraph.next()
        return found

    def _current(self, block: Block) -> bool:
        """Whether the paragraph read is the article's as it stands (not edited since)."""
        try:
            return self.document.block(block.id) is block
        except (KeyError, IndexError):
            return False

    def _selections(self, unit: bridge.Unit) -> list[Selection]:
        """The unit's underlines, drawn now if they were not: only while the reading they
        come from is of the block as it stands (an edit since waits for its own reading)."""
        entry = self._marks.get(unit.id)
        if entry is None:
            return []
        problems, marks = entry
        if marks is None:
            if not self._reading_holds(unit.id):
                return []
            marks = self._draw(unit, problems)
            self._marks[unit.id] = (problems, marks)
        self._drawn.add(unit.id)
        return marks

    def _reading_holds(self, block_id: str) -> bool:
        try:
            return self.cache.known(self.document.block(block_id)) is not None
        except (KeyError, IndexError):
            return False

    def expose(self) -> None:
        """Hand the surface the underlines in and near the view: Qt goes through every extra
        selection at each paint, so thousands of them in a long read would slow each key.
        Only the blocks of the paragraphs in that stretch are looked at: going through all
        8 000 underlines of a long read took tens of milliseconds, at every scroll."""
        lo, hi = self._view()
        shown: list[Selection] = []
        seen: set[str] = set()
        paragraph = self.surface.document().findBlock(lo)
        while paragraph.isValid() and paragraph.position() <= hi:
            unit = bridge.unit_of(paragraph)
            if unit is not None and unit.id not in seen:
                seen.add(unit.id)
                marks = self._selections(unit)
                shown += [m for m in marks if lo <= m.cursor.selectionStart() <= hi]
            paragraph = paragraph.next()
        for block_id in self._drawn - seen:  # out of sight: their cursors let go
            entry = self._marks.get(block_id)
            if entry is not None:
                self._marks[block_id] = (entry[0], None)
        self._drawn &= seen
        self.surface.grammar_marks = shown
        self.surface.setExtraSelections(self.surface.shades)

    def _view(self) -> tuple[int, int]:
        """The text positions on screen, and some paragraphs either side."""
        if self._in_sight is None:
            self._in_sight = self._measure_view()
        return self._in_sight

    def _measure_view(self) -> tuple[int, int]:
        surface = self.surface
        viewport = surface.viewport()
        text = surface.document()
        scrolled = surface.verticalScrollBar().value()  # Qt's hit test of the page's top
        top = first_below(text, scrolled).blockNumber()  # margin walks the whole text
        bottom = first_below(text, scrolled + viewport.height()).blockNumber()
        top, bottom = min(top, bottom) - MARGIN, max(top, bottom) + MARGIN
        first = text.findBlockByNumber(max(0, top))
        last = text.findBlockByNumber(min(text.blockCount() - 1, bottom))
        return first.position(), last.position() + last.length()

    def _draw(self, unit: bridge.Unit, problems: list[Problem]) -> list[Selection]:
        look = QTextCharFormat()
        look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        look.setUnderlineColor(QColor(COLOURS[self._dark]))
        look.setToolTip(problems[0].message)
        marks = []
        for problem in problems:
            paragraph = paragraph_of(unit, problem.field)
            text = paragraph.text()
            cursor = QTextCursor(paragraph)
            cursor.setPosition(paragraph.position() + utf16(text, problem.start or 0))
            end = paragraph.position() + utf16(text, problem.end or 0)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            mark = Selection()
            mark.cursor, mark.format = cursor, QTextCharFormat(look)
            mark.format.setToolTip(problem.message)
            marks.append(mark)
        return marks

    @property
    def drawn(self) -> frozenset[str]:
        """The blocks whose underlines are drawn now, as cursors (for the tests)."""
        return frozenset(self._drawn)

    def underlined(self) -> list[str]:
        """The words underlined now, in reading order (for the tests and the curious)."""
        placed = units(self.surface)
        words: list[str] = []
        for block_id, (problems, marks) in self._marks.items():
            unit = placed.get(block_id)
            if marks is None and unit is not None and self._reading_holds(block_id):
                marks = self._draw(unit, problems)  # not kept: out of view
            words += [mark.cursor.selectedText() for mark in marks or []]
        return words

    def _at(self, position: int) -> Iterator[tuple[Problem, QTextCursor]]:
        unit = bridge.unit_of(self.surface.document().findBlock(position))
        marks = self._selections(unit) if unit is not None else []
        if not marks or unit is None:
            return
        for problem, mark in zip(self._marks[unit.id][0], marks, strict=True):
            cursor = mark.cursor
            inside = cursor.selectionStart() <= position <= cursor.selectionEnd()
            if cursor.hasSelection() and inside:
                yield problem, cursor

    # -- the context menu ----------------------------------------------------------------------

    def menu_for(self, position: int, parent: QMenu | None = None) -> QMenu | None:
        """The grammar part of the context menu at `position`, if a problem is underlined."""
        found = next(self._at(position), None)
        if found is None:
            return None
        problem, cursor = found
        menu = parent or QMenu(self.surface)
        message = menu.addAction(problem.message)
        message.setEnabled(False)
        for choice in problem.suggestions[:6]:
            apply = menu.addAction(choice)
            apply.triggered.connect(partial(self.replace, QTextCursor(cursor), choice))
        if not problem.suggestions:
            menu.addAction(tr("No suggestions")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(tr("Ignore This")).triggered.connect(partial(self.ignore, problem))
        rule = menu.addAction(tr("Ignore This Rule"))
        rule.triggered.connect(partial(self.ignore_rule, problem.code))
        return menu

    def replace(self, place: QTextCursor, choice: str) -> None:
        if self.surface.tracking_as:  # Track Changes on: a deletion and an insertion
            lo, hi, who = place.selectionStart(), place.selectionEnd(), self.surface.tracking_as
            tracked.replace_words(self.document, lo, hi, choice, who, tr("Grammar"))
            return
        with self.document.edit(tr("Grammar")) as cursor:
            cursor.setPosition(place.selectionStart())
            cursor.setPosition(place.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(choice, cursor.charFormat())

    def ignore(self, problem: Problem) -> None:
        """Pass over this finding in this article: saved with it, undoable."""
        ignored = self.document.article.meta.ignored_grammar
        place = (problem.block_id or "", problem.code, problem.values.get("words", ""))
        if place not in ignored.places:
            self.document.change_meta(
                tr("Ignore Grammar Problem"),
                ignored_grammar=IgnoredGrammar(ignored.rules, (*ignored.places, place)),
            )

    def ignore_rule(self, rule: str) -> None:
        """Pass over a rule in this article: saved with it, undoable."""
        ignored = self.document.article.meta.ignored_grammar
        if rule not in ignored.rules:
            self.document.change_meta(
                tr("Ignore Grammar Rule"),
                ignored_grammar=IgnoredGrammar((*ignored.rules, rule), ignored.places),
            )

    def context_menu(self, point: QPoint) -> None:
        """The surface's menu: the grammar problem first, then spelling's part, then editing."""
        position = self.surface.cursorForPosition(point).position()
        menu = self.menu_for(position)
        if menu is None:
            self.spelling.context_menu(point)
            return
        menu.addSeparator()
        self.spelling.menu_for(position, menu)
        menu.addSeparator()
        for item in self.surface.context_actions:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
        menu.exec(self.surface.viewport().mapToGlobal(point))


def _send(work: Callable[[], Jobs], sent: Callable[[object], None]) -> None:
    """The hand-over thread: the readings sent, or the error, go back to the window's."""
    try:
        outcome: object = work()
    except Exception as error:
        outcome = error
    sent(outcome)  # into a queue: nothing of Qt, whether the window is there or not


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Windows opened meanwhile read nothing: a screenshot is taken as the page is first
    painted, long before a reading could come back, and workers spawned then only took the
    processor from the picture (half a second more to the whole run on a busy machine)."""
    _held.set()
    try:
        yield
    finally:
        _held.clear()


def close_workers() -> None:
    """At the application's exit: the grammar processes go with it."""
    for sender in _senders:
        sender.join()
    _workers.close()

"""The work of a pause in typing: the check and the outline's landmarks, off the UI thread.

Both read the whole article, and on a long piece the first pass after opening takes longer
than a keystroke may wait (a 400 000-word article: about a second). So at a pause the
window hands a worker thread the article as it stands — immutable, so the worker reads a
snapshot no keystroke can change — and keeps handling keys. The worker keeps the caches,
so later passes redo only the blocks touched since the last.

A thread shares the interpreter with the window, and only one of them runs Python at a time.
Left to run, the worker held it while the window waited to take it back at every call into
Python Qt makes (each paint, each highlighted paragraph, each timer), up to the
interpreter's switch interval each time: opening a book, the window went deaf for 50 to
340 ms at a time, seven times in its first seconds, for a few milliseconds of its own work.
So the worker runs only in slices the window lends it (`_lend`, a zero timer of the window's
thread while a pass is under way): the window hands the interpreter over for `SLICE_S` and
waits, the worker gives it back at the end of its next short step (a block, a passage, a
pull quote: `_pace`), and the event loop turns between two slices, so a key or a paint waits
at most one slice. While keys come in no slice is lent (`give_way_to`): the pass goes on once
they have been quiet for `KEYS_QUIET_MS`.

The check panel and the outline both draw from the one `Findings` published here, at one
moment: they never disagree, and a problem fixed is gone from both at the same pause. A
pass whose article was edited while it ran is dropped (its list would show what is gone)
and the next pause starts another.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from editor.app import collector, desk_templates
from editor.app.document import Document
from editor.app.guard import instead
from editor.app.handback import Handback
from editor.app.outline import Landmark, landmarks
from editor.model.annotations import accepted_view
from editor.model.article import Article
from editor.model.check import CheckCache, Problem
from editor.model.schema import RULES
from editor.model.stats import StatsCache

IDLE_MS = 500
"""How long typing must pause before the article is looked over again."""
KEYS_QUIET_MS = 40
"""How long after a key the worker's pass waits before it goes on: the key's own work, its
paint and the typography after it are done by then."""
SLICE_S = 0.006
"""How long the worker runs in one slice lent by the window (its step under way then ends:
a block, a passage or a pull quote, well under a millisecond each)."""
LENT_AT_MOST = 0.03
"""Seconds the window waits at most for a slice to come back: a step that runs longer (or a
worker held at the caches' lock) goes on beside the window rather than holding it."""
HELD_AT_MOST = 5.0
"""Seconds the worker waits at most for a slice before taking a step anyway: a window that
lends none for that long (keys typed without a break) still sees its pass end."""
_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.InputMethod})


@dataclass(frozen=True)
class Findings:
    """What one pass found, and the article it looked at."""

    article: Article
    problems: list[Problem] = field(default_factory=list)
    landmarks: list[Landmark] = field(default_factory=list)
    templates: object = None
    """The length templates the pass read (new ones in Preferences call for another)."""
    accepted: Article | None = None
    """`article` as accepted, which the problems' places count (the check panel's excerpts
    read it): found by the pass, off the window's thread, where a book's took 6 ms of the
    turn that first drew the panel's rows."""

    @property
    def structure(self) -> list[Problem]:
        """The structural rules broken (the outline lists these; the panel lists them all)."""
        return [p for p in self.problems if p.code in RULES]


class _WindowGoneError(Exception):
    """The window went while its pass was under way."""


class PauseReview(QObject):
    """Looks the article over at each pause in typing, on a worker thread; `published`
    when the findings of the article as it now stands are in `findings`."""

    published = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.findings = Findings(document.article)
        self.ready = False
        """The article was looked over at least once (until then no count is shown)."""
        self.stale = True
        """Edits were made since `findings`: the next pause looks again."""
        self._stats = StatsCache()
        self._cache = CheckCache(self._stats)
        self._lock = threading.Lock()
        """The caches serve one pass at a time (a worker's, or one asked for at once)."""
        self._running = False
        self._asked = False
        """A pass was asked for (`ask`): until its findings are of the article as it stands,
        one whose article was edited meanwhile is followed by another at once."""
        self._lent = threading.Event()
        """Set while the worker may run: the window lends it the interpreter."""
        self._returned = threading.Event()
        """Set by the worker when the slice lent is over (or its pass is)."""
        self._slice_end = 0.0
        """When the slice lent ends (`time.perf_counter`), read by the worker."""
        self._ended = threading.Event()
        """The window is gone: a pass under way stops at its next step."""
        ended, lent = self._ended, self._lent  # not `self`: a closed window is not kept
        self.destroyed.connect(lambda *_: _release(ended, lent))
        self._lend = QTimer(self, interval=0)
        self._lend.timeout.connect(self._lend_slice)
        self._quiet = QTimer(self, singleShot=True, interval=KEYS_QUIET_MS)
        self._quiet.timeout.connect(self._keys_quiet)
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._idle.timeout.connect(self.start)
        self._handback = Handback(self)  # the worker's findings, taken on this thread
        self._handback.arrived.connect(self._take)
        document.changed.connect(self._edited)
        document.held.connect(self._typed_on)
        self._idle.start()  # a long article opens first; its findings follow at the first pause

    def give_way_to(self, typed_into: QObject) -> None:
        """Hold the worker's pass while keys come into `typed_into` (the page)."""
        typed_into.installEventFilter(self)

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _KEYS:
            self._hold()
        return False

    def _typed_on(self) -> None:
        """A colleague's key, told of later (`Document.held`): no pause yet, and a pass under
        way gives way to it as to one's own."""
        if self._idle.isActive():
            self._idle.start()
        self._hold()

    def _hold(self) -> None:
        """Keys are coming in: no slice for the worker until they have been quiet a moment."""
        self._lend.stop()
        self._quiet.start()

    def _keys_quiet(self) -> None:
        if self._running:
            self._lend.start()

    def _lend_slice(self) -> None:
        """The interpreter lent to the worker for one slice, this thread waiting meanwhile."""
        self._slice_end = time.perf_counter() + SLICE_S
        self._returned.clear()
        self._lent.set()
        self._returned.wait(LENT_AT_MOST)

    def _pace(self) -> None:
        """Between two steps of the worker's pass: once its slice is over, the interpreter
        goes back to the window until it lends the next."""
        if self._ended.is_set():
            raise _WindowGoneError
        if time.perf_counter() < self._slice_end:
            return
        self._lent.clear()
        self._returned.set()
        self._lent.wait(HELD_AT_MOST)
        if self._ended.is_set():
            raise _WindowGoneError

    @property
    def running(self) -> bool:
        """A pass is under way on the worker thread."""
        return self._running

    def _edited(self, *_: object) -> None:
        self.stale = True
        self._idle.start()

    def _look(self, article: Article, pace: Callable[[], object] = lambda: None) -> Findings:
        templates = desk_templates.current()
        with self._lock:
            problems = self._cache.check(article, templates, pace)
            rows = landmarks(article, self._stats, pace)
        pace()
        return Findings(article, problems, rows, templates, accepted_view(article))

    def start(self) -> None:
        """Look the article over on a worker thread (once the pass under way, if any, ends)."""
        if self._running:
            return  # its findings come back to `_take`, which looks again if they are old
        self._running = True
        article = self.document.article
        desk_templates.current()  # loaded here, on the UI thread, if it was not yet
        self._slice_end = 0.0  # the worker waits for its first slice
        if not self._quiet.isActive():
            self._lend.start()
        worker = threading.Thread(
            target=self._work, args=(article, self._handback.expect()), name="pause-review"
        )
        worker.daemon = True  # a pass never holds the app open
        worker.start()

    def _work(self, article: Article, send: Callable[[object], None]) -> None:
        try:
            self._pace()
            outcome: object = self._look(article, self._pace)
        except _WindowGoneError:
            return  # the window is gone: nobody to hand the findings to
        except Exception as error:  # raised again on the UI thread, where crashes are reported
            outcome = error
        finally:
            self._returned.set()  # a slice lent now comes back at once
        send(outcome)  # into a queue: nothing of Qt, whether the window is there or not

    def _take(self, outcome: object) -> None:
        self._running = False
        self._lend.stop()
        if isinstance(outcome, BaseException):
            raise outcome
        assert isinstance(outcome, Findings)
        current = outcome.templates is desk_templates.current()
        if outcome.article is self.document.article and current:
            self._publish(outcome)
        elif self._asked or not current:
            self.start()  # asked for: the text as it is now, without waiting for a pause
        elif self.stale and not self._idle.isActive():
            self.start()  # the pause came while the pass ran: look at what is there now

    def ask(self) -> None:
        """Look the article over now, for what the user asks to see (Show Problems, a fix,
        new templates): on the worker, in the slices the window lends it, the window taking
        keys meanwhile; `published` when the findings are of the text as it then stands.
        (On the window's thread, a book's pass held it 0.1 to 0.4 s.)"""
        self._idle.stop()
        self._asked = True
        self.start()  # unless a pass is under way: its findings are taken, or looked again

    def now(self) -> None:
        """Look the article over at once, on this thread, and publish: for what must read
        the findings before it goes on (Fix All Typography while tracking, a screenshot)."""
        self._idle.stop()
        self._slice_end = math.inf  # a pass under way has the caches' lock: it runs to its end
        self._lent.set()
        try:
            findings = self._look(self.document.article)
        finally:
            self._slice_end = 0.0  # a worker still to start waits for its slices again
        self._publish(findings)

    def _publish(self, findings: Findings) -> None:
        self.findings, self.ready = findings, True
        self.stale = findings.article is not self.document.article
        self._asked = self._asked and self.stale
        self.published.emit()
        collector.put_by()


def _release(*events: threading.Event) -> None:
    for event in events:
        event.set()

"""Spell-checking as you type, French and English, with Hunspell dictionaries through Enchant.

A `QSyntaxHighlighter` underlines unknown words; Qt calls it only for the paragraphs an edit
touched, and each word's verdict is cached, so typing in a long article costs one paragraph's
worth of lookups. Words the user adds go to a personal list in the app-data folder; words
ignored stay ignored for this article only; the article's own proper nouns (authors, places,
keywords) are always accepted. Without Enchant or a dictionary the editor says so once and
carries on unchecked.

The article's dictionary is opened once the page has been painted: importing Enchant and
Hunspell's reading of a French dictionary took some 40 ms of CPU (the import holding the
interpreter) from the window's first paint, which shows the copy as it is. The paragraphs
in view are underlined a moment later, as they always were when the dictionary came last.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMainWindow, QMenu

from editor.app import autotype, bridge, tracked
from editor.app.document import Document
from editor.app.guard import instead
from editor.app.settings import Settings
from editor.app.surface import Surface
from editor.model.article import Meta
from editor.model.atomic import atomic_path

DICTIONARIES = {"fr": ("fr_FR", "fr"), "en": ("en_US", "en_GB", "en")}
WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")
ELIDED = frozenset({"qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu"})
HINT = (
    "No %1 spelling dictionary is installed: spelling is not checked. Install Hunspell's "
    "(on Debian or Ubuntu: sudo apt install libenchant-2-2 hunspell-fr hunspell-en-us)."
)
SUGGESTIONS = 6
SETTING = "spelling_as_you_type"


def tr(text: str) -> str:
    return QCoreApplication.translate("Spelling", text)


def _open_dictionary(language: str) -> Any | None:
    try:
        import enchant  # type: ignore[import-untyped]
    except (ImportError, OSError):  # the library, or Enchant's C library, is missing
        return None
    for tag in DICTIONARIES.get(language, ()):
        try:
            if enchant.dict_exists(tag):
                return enchant.Dict(tag)
        except enchant.errors.Error:
            continue
    return None


_loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dictionary")
_dictionaries: dict[str, Future[Any | None]] = {}
_held = threading.Event()
"""Set while windows are rendered once and closed (`held`): no dictionary is opened for them."""


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Windows opened meanwhile open no dictionary after their first paint: a screenshot is
    that paint, and a dictionary still being read would only hold the process at its exit."""
    _held.set()
    try:
        yield
    finally:
        _held.clear()


def dictionary_for(language: str) -> Future[Any | None]:
    """The language's dictionary, opened once and off the UI thread: Hunspell reads a French
    dictionary in about 0.1 s, which the window spends building itself meanwhile."""
    found = _dictionaries.get(language)
    if found is None:
        found = _dictionaries[language] = _loader.submit(_open_dictionary, language)
    return found


HOUSE_SETTING = "newsroom_words"


def newsroom_words() -> Path | None:
    """The newsroom's shared word list named in Preferences, if any."""
    chosen = Settings().get(HOUSE_SETTING).strip()
    return Path(chosen) if chosen else None


def read_word_list(path: Path) -> set[str]:
    """The words of a list, one per line (or separated by spaces); raises OSError or
    UnicodeDecodeError for a file that cannot be read as text."""
    return set(path.read_text(encoding="utf-8").split())


def _words_in(path: Path | None) -> set[str]:
    if path is None:
        return set()
    try:
        return read_word_list(path)
    except (OSError, UnicodeDecodeError):  # gone or not text: checked without it
        return set()


def personal_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder or Path.home() / ".copydesk") / "personal-words.txt"


def proper_nouns(meta: Meta) -> set[str]:
    """The words of the article's own names: its authors, dateline, keywords and subjects."""
    names = [a.name for a in meta.authors] + [meta.dateline.place, meta.credit]
    names += list(meta.keywords) + [s.name for s in meta.subjects] + list(meta.section)
    return {word for name in names for word in WORD.findall(name)}


def accepted_in(meta: Meta) -> set[str]:
    """What the article accepts: its own names and the words ignored in it (saved with it)."""
    return proper_nouns(meta) | set(meta.ignored_words)


class Speller:
    """Knows whether a word is right in the article's language; remembers every verdict."""

    def __init__(self, language: str, personal: Path, opened: bool = True) -> None:
        """`opened` False: the dictionary waits for `open` (the window's first paint)."""
        self.language = language.split("-")[0].lower()
        self._dictionary: Future[Any | None] | None = None
        if opened:
            self.open()
        self.personal_file = personal
        self.personal = _words_in(personal)
        self.house = _words_in(newsroom_words())
        """The newsroom's shared list (Preferences): names and words the whole desk uses."""
        self.accepted: set[str] = set()
        self._verdicts: dict[str, bool] = {}

    def open(self) -> None:
        """Have the dictionary opened, off the UI thread, if nobody asked for it yet (and no
        screenshot holds it)."""
        if self._dictionary is None and not _held.is_set():
            self._dictionary = dictionary_for(self.language)

    @property
    def ready(self) -> bool:
        """The dictionary has been opened (or found missing): asking no longer waits."""
        return self._dictionary is not None and self._dictionary.done()

    @property
    def dictionary(self) -> Any | None:
        """The Enchant dictionary, None when there is none; waits while it is being opened
        (asked for now if it was not yet)."""
        if self._dictionary is None:
            self._dictionary = dictionary_for(self.language)
        return self._dictionary.result()

    @property
    def available(self) -> bool:
        return self.dictionary is not None

    def reread_house(self) -> None:
        """The newsroom's list was chosen again, or changed: read it, judge every word again."""
        self.house = _words_in(newsroom_words())
        self._verdicts.clear()

    def accept(self, words: set[str]) -> None:
        """Accept exactly these words besides the dictionary's and the personal list's."""
        if words != self.accepted:
            self.accepted = set(words)
            self._verdicts.clear()

    def add_to_personal(self, word: str) -> None:
        self.personal.add(word)
        self._verdicts[word] = True
        self.personal_file.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(self.personal_file) as temp:
            temp.write_text("\n".join(sorted(self.personal)) + "\n", encoding="utf-8")

    def correct(self, word: str) -> bool:
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self._look_up(word)
            self._verdicts[word] = verdict
        return verdict

    def _look_up(self, word: str) -> bool:
        if (
            self.dictionary is None
            or word in self.personal
            or word in self.house
            or word in self.accepted
        ):
            return True
        plain = word.replace("’", "'")
        if self.dictionary.check(plain) or self.dictionary.check(word):
            return True
        if "'" in plain:
            head, tail = plain.split("'", 1)
            if len(head) <= 2 or head.lower() in ELIDED:
                return self.correct(tail)
        if "-" in plain:
            return all(self.correct(part) for part in plain.split("-") if part)
        return False

    def suggestions(self, word: str) -> list[str]:
        if self.dictionary is None:
            return []
        found = self.dictionary.suggest(word.replace("’", "'"))
        return [s.replace("'", "’") for s in found[:SUGGESTIONS]]


ORDINALS = frozenset(
    {"er", "ers", "re", "res", "e", "es", "ème", "èmes", "eme", "emes", "d", "de", "nd", "nde"}
    | {"nds", "ndes", "st", "rd", "th"}
)
"""What follows the digits of an ordinal (1er, 2e, 2nd, 3rd, 4th): a word Hunspell does not
know alone, written as part of the number."""


def misspelt(speller: Speller, text: str) -> Iterator[tuple[int, int, str]]:
    for match in WORD.finditer(text):
        word, start = match.group(), match.start()
        if start and text[start - 1].isdigit() and word.lower() in ORDINALS:
            continue
        if not speller.correct(word):
            yield start, match.end(), word


class Underline(QSyntaxHighlighter):
    """The red wavy line under unknown words, paragraph by paragraph.

    Qt hands every paragraph of the article to `highlightBlock` when it opens; checking a
    100 000-word article then would hold the window for half a second. Paragraphs off screen
    are marked unchecked instead and checked when they scroll into view; a paragraph being
    typed in is on screen, so it is checked as it changes. Paragraphs coming into view are
    checked a few at a time (`SLICE_S`), the event loop turning between, so a key typed while a
    long article's first screens are checked is handled at once.
    """

    UNCHECKED = -2
    MARGIN = 12
    """Paragraphs checked beyond each edge of the view, so a short scroll shows them done."""
    MOST_IN_VIEW = 400
    """More paragraphs than any screen shows (a bound on the walk down the view)."""
    SLICE_S = 0.008
    """How long one go at the paragraphs in view may hold the UI thread (Qt lays each out
    again when its underline changes: a few milliseconds a paragraph in a long article)."""

    def __init__(
        self, speller: Speller, document: Document, surface: Surface, parent: QObject
    ) -> None:
        super().__init__(parent)  # not the text's child: it goes before the text does
        self.surface = surface
        self.model = document
        self.speller = speller
        self.look = QTextCharFormat()
        self.look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.look.setUnderlineColor(QColor("#d0342c"))
        self.enabled = True
        self.others: dict[str, Speller] = {}
        """Spellers of the other languages blocks are written in, by primary tag."""
        self._view: range = range(0)
        self._catch_up = QTimer(self, singleShot=True, interval=30)
        self._catch_up.timeout.connect(self.check_visible)
        self._rest = QTimer(self, singleShot=True, interval=0)
        self._rest.timeout.connect(self._check_view)
        self._deadline = 0.0
        """When the slice under way must give the UI thread back (0: no slice under way)."""
        self._asked = -1
        """The paragraph the slice asked Qt for: checked even past the deadline, so each slice
        gets on (Qt goes on to the next paragraphs by itself while their state changes)."""
        self.painted = False
        """The page has been painted once: dictionaries are opened from then on."""
        # a timer of this child of the window, never a single shot tied to a context that may
        # go first (see LanguageFollower): the dictionaries are asked for after the first paint
        self._open = QTimer(self, singleShot=True, interval=0)
        self._open.timeout.connect(self._open_dictionaries)
        surface.verticalScrollBar().valueChanged.connect(lambda _value: self._catch_up.start())
        surface.viewport().installEventFilter(self)
        self.setDocument(document.text)

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._catch_up.start()
        elif event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self._open.start()  # after this paint reaches the screen
        return False

    def _open_dictionaries(self) -> None:
        for speller in (self.speller, *self.others.values()):
            speller.open()
        self._catch_up.start()

    def visible(self) -> range:
        """Numbers of the paragraphs on screen, and a margin either side.

        Found by walking the laid-out paragraphs from those of the last view (a scroll moves
        them little), not by asking Qt what lies at the view's corners: while Qt lays a long
        article out (after opening, after a resize) that answer is the end of what it has
        laid out so far, a little further at each question, and each question makes it lay
        out more at once — a "view" drifting through the article, and hundreds of
        milliseconds of the UI thread each time."""
        viewport = self.surface.viewport()
        text = self.document()
        if not viewport.isVisible() or text is None:
            return range(0)
        top = self.surface.verticalScrollBar().value()
        bottom = top + viewport.height()
        first = self._first_below(text, top)
        layout = text.documentLayout()
        block, last = first, first.blockNumber()
        for _ in range(self.MOST_IN_VIEW):
            if not block.isValid() or layout.blockBoundingRect(block).top() > bottom:
                break
            last = block.blockNumber()
            block = block.next()
        return range(max(0, first.blockNumber() - self.MARGIN), last + self.MARGIN + 1)

    def _first_below(self, text: QTextDocument, top: int) -> QTextBlock:
        """The first paragraph whose bottom is below `top` (document coordinates)."""
        layout = text.documentLayout()
        block = text.findBlockByNumber(self._view.start + self.MARGIN if self._view else 0)
        if not block.isValid():
            block = text.lastBlock()
        while block.previous().isValid() and layout.blockBoundingRect(block).top() > top:
            block = block.previous()
        while block.next().isValid() and layout.blockBoundingRect(block).bottom() < top:
            block = block.next()
        return block

    def check_visible(self) -> None:
        """Check the paragraphs that came into view unchecked."""
        self._view = self.visible()
        self._check_view()

    def _check_view(self) -> None:
        """Check the view's unchecked paragraphs for one slice of time; the rest at the event
        loop's next turn."""
        text = self.document()
        if text is None:
            return
        self._deadline = time.perf_counter() + self.SLICE_S
        asked = False
        try:
            for number in self._view:
                paragraph = text.findBlockByNumber(number)
                if not paragraph.isValid():
                    break
                if paragraph.userState() == self.UNCHECKED:
                    if asked and self._past_deadline():
                        return  # at least one paragraph a slice, however slow the machine
                    self._asked, asked = number, True
                    self.rehighlightBlock(paragraph)
        finally:
            self._deadline, self._asked = 0.0, -1

    def _past_deadline(self) -> bool:
        """The slice's time is up: the rest waits for the event loop's next turn."""
        if self._deadline and time.perf_counter() > self._deadline:
            self._rest.start()
            return True
        return False

    def check_visible_again(self) -> None:
        """After the list of accepted words changed: every paragraph is due again, the ones on
        screen now, the others as they come into view."""
        text = self.document()
        if text is None:
            return
        paragraph = text.begin()
        while paragraph.isValid():
            if paragraph.userState() != self.UNCHECKED:
                paragraph.setUserState(self.UNCHECKED)
            paragraph = paragraph.next()
        self.check_visible()

    def speller_for(self, paragraph: QTextBlock) -> Speller:
        """The speller of the paragraph's language: the article's, or that of a block written in
        another (an English quote), opened the first time one is met. A language without a
        dictionary is left unchecked rather than underlined word by word as misspelt French."""
        lang = bridge.lang_of(paragraph).split("-")[0].lower()
        if not lang or lang == self.speller.language:
            return self.speller
        other = self.others.get(lang)
        if other is None:
            other = self.others[lang] = Speller(lang, self.speller.personal_file, self.painted)
            other.accept(self.speller.accepted)
        return other

    @instead(None)
    def highlightBlock(self, text: str) -> None:  # noqa: N802
        paragraph = self.currentBlock()
        # Off screen and still to be checked: nothing to read now. A stretch rewritten in one
        # go (Accept All) has Qt hand over every paragraph in it, most of them in this state.
        if (
            self.currentBlockState() == self.UNCHECKED
            and paragraph.blockNumber() not in self._view
            and not self._editing(paragraph)
        ):
            self._catch_up.start()
            return
        speller = self.speller_for(paragraph)
        if self.enabled and not speller.ready:  # checked once the dictionary is open
            self.setCurrentBlockState(self.UNCHECKED)
            self._catch_up.start()
            return
        if (
            not self.enabled
            or not speller.available
            or bridge.role_of(paragraph) == bridge.PICTURE
        ):
            self.setCurrentBlockState(-1)
            return
        number = paragraph.blockNumber()
        if number not in self._view and not self._editing(paragraph):
            self.setCurrentBlockState(self.UNCHECKED)
            self._catch_up.start()
            return
        if number != self._asked and not self._editing(paragraph):
            if self._past_deadline():
                self.setCurrentBlockState(self.UNCHECKED)  # unchanged: Qt stops going on here
                return
            if not self._deadline and self._after_the_change(paragraph):
                # Handed over after an edit above it, only because Qt goes on to the next
                # paragraph while their states change: the view's slices check it, not the
                # key (the first key typed in a window just opened checked the rest of the
                # view, 10 ms). Its state unchanged, Qt stops here.
                self._catch_up.start()
                return
        self.setCurrentBlockState(-1)
        for start, end, _word in misspelt(speller, text):
            self.setFormat(start, end - start, self.look)

    def _after_the_change(self, paragraph: QTextBlock) -> bool:
        """`paragraph` is still to check and starts after the text's last change ended."""
        end = self.model.changed_to
        return (
            self.currentBlockState() == self.UNCHECKED
            and end is not None
            and paragraph.position() > end
        )

    def _editing(self, paragraph: QTextBlock) -> bool:
        """The paragraph holds the cursor: being typed in, so on screen whatever `_view` says."""
        return paragraph.contains(self.surface.textCursor().position())


class Spelling(QObject):
    """Spell-checking for one window: the underline, the context menu, the one-time notice."""

    def __init__(
        self, window: QMainWindow, surface: Surface, document: Document, personal: Path | None
    ) -> None:
        super().__init__(window)
        self.window, self.surface, self.document = window, surface, document
        language = document.article.meta.language
        self.speller = Speller(language, personal or personal_path(), opened=False)
        self.speller.accept(accepted_in(document.article.meta))
        self.underline = Underline(self.speller, document, surface, self)
        self.action = QAction(window)
        self.action.setObjectName("spelling_as_you_type")
        self.action.setCheckable(True)
        self.retranslate()
        self.action.setChecked(Settings().flag(SETTING))
        self.underline.enabled = self.action.isChecked()
        self.action.toggled.connect(self.switch)
        autotype.tools_menu(window).addAction(self.action)
        document.changed.connect(self._meta_changed)
        surface.destroyed.connect(partial(_detach, self.underline, document))
        # a signal, not an event filter: filters still run while the window is torn down
        surface.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        surface.customContextMenuRequested.connect(self.context_menu)
        self._notice = QTimer(self, singleShot=True, interval=50)
        self._notice.timeout.connect(self._say_if_missing)
        self._notice.start()

    def _say_if_missing(self) -> None:
        """Once the dictionary is looked for: tell the user when there is none."""
        if not self.speller.ready:
            self._notice.start()
        elif not self.speller.available:
            language = labels_of(self.speller.language)
            self.window.statusBar().showMessage(tr(HINT).replace("%1", language), 15000)

    def retranslate(self) -> None:
        self.action.setText(tr("Check &Spelling as You Type"))
        self.action.setToolTip(tr("Underline the words the dictionary does not know"))

    def switch(self, on: bool) -> None:
        """Spell-checking on or off, for this window and the next ones."""
        Settings().set_flag(SETTING, on)
        self.underline.enabled = on
        if on:
            self.underline.check_visible_again()
        else:
            self.underline.rehighlight()  # every underline goes

    def _meta_changed(self, start: int, removed: int, added: int) -> None:
        if removed or added:
            return
        meta = self.document.article.meta
        language = meta.language.split("-")[0].lower()
        if language != self.speller.language:  # the article's language was changed
            self.speller = Speller(language, self.speller.personal_file)
            self.underline.speller = self.speller
            self.underline.others.clear()
        elif accepted_in(meta) == self.speller.accepted:
            return
        for speller in (self.speller, *self.underline.others.values()):
            speller.accept(accepted_in(meta))
        self.underline.check_visible_again()

    def word_at(self, position: int) -> tuple[int, int, str] | None:
        if not self.underline.enabled:
            return None
        block = self.document.text.findBlock(position)
        at = position - block.position()
        for start, end, word in misspelt(self.underline.speller_for(block), block.text()):
            if start <= at <= end:
                return block.position() + start, block.position() + end, word
        return None

    def menu_for(self, position: int, parent: QMenu | None = None) -> QMenu | None:
        """The spelling part of the context menu for the word at `position`, if misspelt."""
        found = self.word_at(position)
        if found is None:
            return None
        start, end, word = found
        menu = parent or QMenu(self.surface)
        speller = self.underline.speller_for(self.document.text.findBlock(position))
        choices = speller.suggestions(word)
        for choice in choices:
            menu.addAction(choice).triggered.connect(partial(self.replace, start, end, choice))
        if not choices:
            menu.addAction(tr("No suggestions")).setEnabled(False)
        menu.addSeparator()
        add = menu.addAction(tr("Add to Dictionary"))
        add.triggered.connect(partial(self._learn, word, speller.add_to_personal))
        ignore = menu.addAction(tr("Ignore in This Article"))
        ignore.triggered.connect(partial(self.ignore, word))
        return menu

    def replace(self, start: int, end: int, choice: str) -> None:
        if self.surface.tracking_as:  # Track Changes on: a deletion and an insertion
            tracked.replace_words(
                self.document, start, end, choice, self.surface.tracking_as, lambda: tr("Spelling")
            )
            return
        with self.document.edit(lambda: tr("Spelling")) as cursor:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(choice, cursor.charFormat())

    def ignore(self, word: str) -> None:
        """Accept the word in this article: a change of the article, saved with it, undoable."""
        ignored = self.document.article.meta.ignored_words
        if word not in ignored:
            self.document.change_meta(
                lambda: tr("Ignore “%1”").replace("%1", word), ignored_words=(*ignored, word)
            )

    def _learn(self, word: str, keep: Callable[[str], None]) -> None:
        keep(word)
        self.underline.check_visible_again()

    def context_menu(self, point: QPoint) -> None:
        """The surface's menu, with the word's suggestions on top when it is misspelt."""
        spot = self.surface.viewport().mapToGlobal(point)
        menu = self.menu_for(self.surface.cursorForPosition(point).position())
        if menu is None:
            event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, spot)
            self.surface.contextMenuEvent(event)
            return
        menu.addSeparator()
        for item in self.surface.context_actions:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
        menu.exec(spot)


def _detach(underline: Underline, document: Document, *_: object) -> None:
    """Taking the underline off the text changes its formats: nobody must hear of it while the
    window is torn down, its labels and docks already gone."""
    document.text.blockSignals(True)
    underline.setDocument(None)


def labels_of(language: str) -> str:
    named = {"fr": tr("French"), "en": tr("English")}.get(language)
    return named or QLocale.languageToString(QLocale(language).language())

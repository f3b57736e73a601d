"""French grammar in the check: Grammalecte's findings, placed, de-duplicated and ignored."""

from __future__ import annotations

import multiprocessing
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest

from editor.model import grammalecte, storage
from editor.model.article import Article, IgnoredGrammar
from editor.model.build import article, para, quote, strong, title
from editor.model.check import (
    GRAMMAR,
    TYPOGRAPHY,
    Problem,
    check,
    in_reading_order,
    merged_in_reading_order,
)
from editor.model.grammalecte import Engine
from editor.model.grammar import (
    GrammarCache,
    block_grammar,
    grammar_problems,
    read_into,
    read_rule_list,
    texts_of,
)
from editor.model.grammar_workers import Workers, worker_count
from tests.model.grammar_corpus import RIGHT, WRONG, marked
from tests.shared import PROJECT_ROOT, grammar_engine

RECALL = 0.78
"""Measured with Grammalecte 2.1.2 (Debian bookworm): 36 of the 46 marked errors found at
their place with the expected correction among the suggestions (0.783)."""
PRECISION = 1.0
"""Measured likewise: no finding on the 42 correct sentences (36 true of 36)."""


def grammar(piece: Article, house: Iterable[str] = ()) -> list[Problem]:
    found = grammar_problems(piece, house)
    assert not isinstance(found, grammalecte.Missing)
    return found


@pytest.fixture(scope="module")
def engine() -> Engine:
    return grammar_engine()


def test_the_corpus_is_what_the_issue_asks() -> None:
    assert len(WRONG) >= 40 and len(RIGHT) >= 40
    assert all(len(marked(sentence)[1]) == 1 for sentence in WRONG)
    assert all(not marked(sentence)[1] for sentence in RIGHT)


def test_errors_are_found_at_their_place_and_correct_copy_is_left_alone(engine: Engine) -> None:
    found, missed, false = 0, [], []
    for sentence in WRONG:
        text, errors = marked(sentence)
        problems = block_grammar(para(text), 0, engine)
        for start, end, right in errors:
            if any(p.start == start and p.end == end and right in p.suggestions for p in problems):
                found += 1
            else:
                missed.append(text)
    for sentence in RIGHT:
        text, _ = marked(sentence)
        false += [(text, p.message) for p in block_grammar(para(text), 0, engine)]
    expected = sum(len(marked(s)[1]) for s in WRONG)
    recall = found / expected
    precision = found / (found + len(false))
    print(
        f"\ngrammar corpus: recall {recall:.3f} ({found}/{expected}), "
        f"precision {precision:.3f} ({len(false)} false alarm(s) on {len(RIGHT)} sentences)"
    )
    assert recall >= RECALL, missed
    assert precision >= PRECISION, false


SPACES = (
    ("Selon le maire\u00a0: «\u00a0Les [enfant→enfants] jouent.\u00a0»", "no-break spaces"),
    ("Vraiment\u202f? Ils sont [allé→allés] au marché\u202f!", "narrow no-break spaces"),
    ("L’équipe d’Anne a [manger→mangé] à l’hôtel.", "typographic apostrophes"),
    ("Bravo 🎉🇫🇷 ! Les [joueur→joueurs] ont gagné.", "emoji beyond the BMP"),
)


@pytest.mark.parametrize(("sentence", "what"), SPACES, ids=[w for _, w in SPACES])
def test_offsets_are_code_points_of_the_text(engine: Engine, sentence: str, what: str) -> None:
    text, errors = marked(sentence)
    problems = [p for p in block_grammar(para(text), 0, engine) if p.start is not None]
    for start, end, right in errors:
        hit = [p for p in problems if (p.start, p.end) == (start, end)]
        assert hit and right in hit[0].suggestions, (what, problems)
        assert text[start:end] == hit[0].values["words"]


def test_a_bold_word_in_the_middle_keeps_the_offsets(engine: Engine) -> None:
    block = para("Hier, ", strong("les élus"), " ont voté des lois, puis ils sont allé dîner.")
    problems = block_grammar(block, 0, engine)
    start = block.plain_text.index("allé")
    assert [(p.start, p.end, p.suggestions[0]) for p in problems] == [(start, start + 4, "allés")]


def test_one_problem_is_never_reported_twice(engine: Engine) -> None:
    """Copydesk's typography says what is wrong with spaces, quotes and apostrophes."""
    piece = article(
        title("Le bilan"),
        para("Il a dit : « c'est fini ! » et il est parti... Les 10000 euros sont perdus ."),
        para("Ils sont allé au marché ; « Quoi ? » a-t-il dit."),
    )
    problems = [*check(piece), *grammar(piece)]
    typography = {(p.block_index, p.start) for p in problems if p.kind == TYPOGRAPHY}
    found = [p for p in problems if p.kind == GRAMMAR]
    assert typography and [p.values["words"] for p in found] == ["allé"]
    for p in found:
        inside = range(p.start or 0, p.end or 0)
        assert not [s for b, s in typography if b == p.block_index and s in inside]


def test_grammar_problems_are_warnings_whose_suggestion_is_never_safe(engine: Engine) -> None:
    piece = article(title("Les enfant jouent"), quote("Nous avons manger", by="Anne Martin"))
    problems = grammar(piece)
    assert [(p.block_id, p.field, p.values["words"]) for p in problems] == [
        (piece.blocks[0].id, "text", "enfant"),
        (piece.blocks[1].id, "text", "manger"),
    ]
    assert all(p.severity.value == "warning" and p.fix and not p.fix.safe for p in problems)


def test_only_french_is_checked(engine: Engine) -> None:
    piece = article(title("Les enfant jouent"), meta={"language": "en"})
    assert grammar_problems(piece) == []
    assert grammar(article(title("Les enfant jouent"), meta={"language": "fr-CA"}))


def test_the_block_language_decides_what_is_read(engine: Engine) -> None:
    english = para("Les enfant jouent", id="en", lang="en")
    french = para("Les enfant jouent", id="fr")
    in_french = article(title("Le marché"), english, french, meta={"language": "fr"})
    assert {p.block_id for p in grammar(in_french)} == {"fr"}
    swiss = para("Les enfant jouent", id="ch", lang="fr-CH")
    in_english = article(title("The market"), swiss, english, meta={"language": "en"})
    assert {p.block_id for p in grammar(in_english)} == {"ch"}


def test_a_block_given_another_language_loses_its_grammar_problems(engine: Engine) -> None:
    cache = GrammarCache()
    piece = article(title("Le marché"), para("Les enfant jouent", id="p"))
    due = cache.due(piece)
    read_into(cache, due, [engine.findings(text) for _, b in due for _, text in texts_of(b)])
    assert [p.block_id for p in cache.problems(piece)] == ["p"]
    quoted = piece.replace_block(replace(piece.blocks[1], lang="en"))
    assert cache.due(quoted) == [] and cache.problems(quoted) == []
    assert cache.problems(quoted.with_meta(language="en").replace_block(piece.blocks[1])) == []


def test_ignores_pass_over_a_rule_or_one_place(engine: Engine) -> None:
    text = "Les enfant jouent. Les voisin regardent."
    piece = article(para(text, id="p1"))
    both = grammar(piece)
    assert [p.values["words"] for p in both] == ["enfant", "voisin"]
    rule = both[0].code
    one = piece.with_meta(ignored_grammar=IgnoredGrammar(places=(("p1", rule, "voisin"),)))
    assert [p.values["words"] for p in grammar(one)] == ["enfant"]
    ruled = piece.with_meta(ignored_grammar=IgnoredGrammar(rules=(rule,)))
    assert grammar(ruled) == []
    assert grammar(piece, {rule}) == []


def test_ignores_are_saved_with_the_article(tmp_path: Path) -> None:
    ignored = IgnoredGrammar(("g3__gn_les_1m",), (("p1", "gv1__ppas_avoir", "manger"),))
    piece = article(para("Il a manger.", id="p1")).with_meta(ignored_grammar=ignored)
    path = tmp_path / "piece.article"
    storage.save(piece, path)
    assert storage.load(path).meta.ignored_grammar == ignored
    assert "ignored_grammar" not in storage.dumps(article(para("Rien.")))


def test_a_bad_ignore_list_names_its_place(tmp_path: Path) -> None:
    path = tmp_path / "bad.article"
    text = storage.dumps(article(para("Rien.")))
    path.write_text(text.replace('"status"', '"ignored_grammar": {"rules": "x"}, "status"'))
    with pytest.raises(storage.ArticleFileError, match=r"meta\.ignored_grammar\.rules"):
        storage.load(path)


def test_a_newsroom_rule_list_reads_one_rule_a_line(tmp_path: Path) -> None:
    path = tmp_path / "rules.txt"
    path.write_text("# the desk's choices\ng3__gn_les_1m__b3_a1_1\n\n  gv1__ppas_avoir # ok\n")
    assert read_rule_list(path) == {"g3__gn_les_1m", "gv1__ppas_avoir"}


def test_without_grammalecte_the_loader_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(grammalecte.ENV, str(tmp_path))
    found = grammalecte.load()
    assert isinstance(found, grammalecte.Missing)
    assert "not installed" in found.reason and str(tmp_path) in found.reason


@pytest.mark.parametrize(
    ("cores", "for_the_command", "behind_the_window"),
    [(1, 1, 1), (2, 2, 1), (3, 2, 2), (8, 2, 2)],
)
def test_behind_the_window_the_workers_leave_a_core_to_the_writer(
    cores: int, for_the_command: int, behind_the_window: int
) -> None:
    assert worker_count(cores) == for_the_command
    assert worker_count(cores, background=True) == behind_the_window
    assert Workers(background=True).count == worker_count(background=True)


def test_worker_processes_find_what_this_process_finds(engine: Engine) -> None:
    piece = article(*(para(marked(s)[0], id=f"p{i}") for i, s in enumerate(WRONG[:12])))
    workers = Workers(2)
    try:
        assert grammar_problems(piece, workers=workers) == grammar(piece)
    finally:
        workers.close()


def test_closing_stops_the_workers_instead_of_waiting_for_them(engine: Engine) -> None:
    """A window closed as it opens quits at once: workers still loading Grammalecte are
    stopped, not left to finish loading and then waited for by the exit."""
    others = multiprocessing.active_children()  # the window's workers, in a whole run
    workers = Workers(2)
    workers.start()
    started = [p for p in multiprocessing.active_children() if p not in others]
    workers.close()
    for process in started:
        process.join()
        # the pool's own thread reaps the same process: a join racing it can return before
        # that thread has recorded the exit code, so wait for the code (not for a time)
        deadline = time.monotonic() + 30
        while process.exitcode is None and time.monotonic() < deadline:
            time.sleep(0.01)
    assert started and [p.exitcode for p in started] == [-signal.SIGTERM] * len(started)


ABANDON = """
import os
from editor.model.grammar_workers import Workers
workers = Workers(1)
print(len(workers.send(["Les enfant jouent."]).result()[0]), flush=True)
os._exit(0)
"""


def test_workers_of_a_killed_process_end_with_it(engine: Engine) -> None:
    """An editor that dies without shutting its pool down leaves no worker waiting forever
    (holding its output open: this run would never end)."""
    result = subprocess.run(
        [sys.executable, "-c", ABANDON],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=PROJECT_ROOT,
    )
    assert result.stdout.strip() == "1", result.stderr


KILLED_WHILE_STARTING = """
import os, signal
from editor.model.grammar_workers import Workers
workers = Workers(2)
workers.send(["Les enfant jouent."])
print(" ".join(str(p) for p in workers._pool._processes), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_workers_of_a_process_killed_while_they_start_end_with_it(engine: Engine) -> None:
    """Killed before its workers have even loaded, the editor is still missed: they learn its
    id from it, not from their own parent once it may already be gone."""
    result = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_STARTING],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=PROJECT_ROOT,
    )
    workers = [int(p) for p in result.stdout.split()]
    assert workers, result.stderr
    waited = 0.0
    while any(map(_running, workers)) and waited < 120:
        time.sleep(0.5)
        waited += 0.5
    assert not any(map(_running, workers)), "grammar workers outlived the killed editor"


def test_the_cache_lists_again_after_moves_and_ignores(engine: Engine) -> None:
    """The list is kept per block between pauses: it must follow a paragraph put before the
    others (new places), an ignore and its undo, exactly as a fresh reading would."""
    piece = article(title("Cour"), para("Les enfant jouent."), para("Ils sont allé au marché."))
    cache = GrammarCache()
    due = cache.due(piece)
    read_into(cache, due, [engine.findings(t) for _, b in due for _, t in texts_of(b)])
    first = cache.problems(piece)
    assert [(p.block_index, p.values["words"]) for p in first] == [(1, "enfant"), (2, "allé")]
    assert cache.problems(piece) == first
    moved = replace(piece, blocks=(piece.blocks[0], para("Bonjour."), *piece.blocks[1:]))
    read_into(cache, cache.due(moved), [[]])
    assert [p.block_index for p in cache.problems(moved)] == [2, 3]
    rule = first[0].code
    ignoring = replace(moved, meta=replace(moved.meta, ignored_grammar=IgnoredGrammar((rule,))))
    assert [p.values["words"] for p in cache.problems(ignoring)] == ["allé"]
    assert cache.problems(moved) == grammar(moved)


def test_the_check_and_grammar_merge_in_reading_order(engine: Engine) -> None:
    """The panel puts the check's few problems among grammar's many without sorting them all
    again: the same list as sorting the two together."""
    lines = [
        para(f"Les enfant jouent : TK numéro {n}. Ils sont allé au marché.") for n in range(30)
    ]
    piece = article(title("Cour TK"), *lines, meta={"language": "fr"})
    found, grammatical = check(piece), grammar(piece)
    assert len(grammatical) == 60 and len(found) > 30
    merged = merged_in_reading_order(found, grammatical)
    assert merged == in_reading_order([*found, *grammatical])
    in_the_first = [p.kind for p in merged if p.block_index == 1]
    assert in_the_first == [GRAMMAR, TYPOGRAPHY, "placeholder", GRAMMAR]

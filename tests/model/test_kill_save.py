"""A save killed at any moment leaves the old file or the new one: never partial, never empty.

A child process saves a large article over and over, alternating two versions; the test kills it
with SIGKILL at random moments and loads what is on disk each time.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model import storage
from editor.model.article import Article
from editor.model.build import article, para, title
from editor.model.storage import ArticleFileError
from tests.shared import SAMPLE

KILLS = 60
CHILD = """
import sys
from pathlib import Path
from editor.model import storage
from editor.model.build import article, para, title

words = " ".join(f"mot{i}" for i in range(200))
versions = [
    article(title(f"Version {n}"), *(para(f"{n} {i} {words}") for i in range(400)))
    for n in (1, 2)
]
target = Path(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    storage.save(versions[n % 2], target)
    n += 1
"""


def _texts(loaded: Article) -> tuple[str, ...]:
    return tuple(block.plain_text for block in loaded.blocks)


def _versions() -> set[tuple[str, ...]]:
    words = " ".join(f"mot{i}" for i in range(200))
    return {
        _texts(article(title(f"Version {n}"), *(para(f"{n} {i} {words}") for i in range(400))))
        for n in (1, 2)
    }


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_save_leaves_the_old_or_the_new_version(tmp_path: Path) -> None:
    target = tmp_path / "long.article"
    expected = _versions()
    rng = random.Random(9)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(target)], stdout=subprocess.PIPE, env=env
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if not target.exists():  # killed before the very first rename
            continue
        loaded = storage.load(target)
        assert _texts(loaded) in expected
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != target.name]
    assert all(name.endswith(".tmp") for name in leftovers)  # only a killed writer's temp


def _mutated(data: bytes, cuts: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for place, value in cuts:
        if out:
            out[place % len(out)] = value
    return bytes(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6),
    keep=st.floats(0.0, 1.0),
)
def test_mutated_or_truncated_files_fail_only_with_the_file_error(
    cuts: list[tuple[int, int]], keep: float
) -> None:
    data = SAMPLE.read_bytes()
    broken = _mutated(data, cuts)[: int(len(data) * keep)]
    try:
        storage.loads(broken, "fuzzed.article")
    except ArticleFileError as error:
        assert str(error)

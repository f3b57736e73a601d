"""The benchmark suite runs end to end in --quick mode (figures are not asserted here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared import PROJECT_ROOT


@pytest.mark.slow
def test_quick_benchmark_produces_the_table(tmp_path: Path) -> None:
    output = tmp_path / "latest.json"
    result = subprocess.run(
        [
            sys.executable,
            str(PROJECT_ROOT / "tests" / "benchmarks" / "run.py"),
            "--quick",
            "--output",
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "| case | ours | peer |" in result.stdout
    rows = {row["case"]: row for row in json.loads(output.read_text())["rows"]}
    for case in (
        "export docx (seed)",
        "export epub (seed)",
        "export newsml (seed)",
        "export all (seed)",
        "check (seed)",
        "stats (seed)",
        "load .article (seed)",
        "join a room holding the article, to an editable Article (seed)",
    ):
        assert rows[case]["ours"] is not None, f"{case}: {rows[case]['note']}"
        assert all(v > 0 for v in rows[case]["ours"]["values"])


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the launch is read from Linux's boot clock")
def test_the_cold_start_row_is_launch_to_first_paint_within_the_whole_process(
    tmp_path: Path,
) -> None:
    """The row the target names is what the process reports of its own first paint, each run
    within the whole process timed beside it (which goes on to grab, save and exit)."""
    from tests.benchmarks.run import cold_start_rows

    painted, whole = cold_start_rows(2, tmp_path)
    assert painted.case == "cold start to the painted window (sample)"
    assert painted.ours is not None and whole.ours is not None
    assert len(painted.ours.values) == len(whole.ours.values) == 2
    for first_paint, process in zip(painted.ours.values, whole.ours.values, strict=True):
        assert 0 < first_paint <= process


def test_every_start_up_floor_runs_as_a_whole_process() -> None:
    """The floors load what each command needs and end as a command ends (what they loaded
    frozen): each is a process that runs to its end, timed."""
    from tests.benchmarks import run

    rows = run.floor_rows([], 1)
    assert [row.case for row in rows] == [f"start-up floor: {label}" for label, *_ in run.FLOORS]
    assert all(row.ours is not None and row.ours.values[0] > 0 for row in rows)

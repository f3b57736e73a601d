"""`python -m editor` runs the same entry point as the `copydesk` command.

Guarded, and with `freeze_support`: the grammar worker processes are spawned, and a spawned
process imports this module again (a frozen copy runs through it too); it must not start a
second Copydesk there."""

import multiprocessing
import sys

from editor.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())

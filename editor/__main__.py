"""`python -m editor` runs the same entry point as the `copydesk` command.

Guarded, and with `freeze_support`: the grammar worker processes are spawned, and a spawned
process imports this module again (a frozen copy runs through it too); it must not start a
second Copydesk there. Only a frozen copy needs `freeze_support` (elsewhere it does nothing),
and loading multiprocessing costs every command a few hundredths of a second."""

import sys

from editor.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())

"""`python -m editor` runs the same entry point as the `copydesk` command."""

import sys

from editor.cli import main

sys.exit(main())

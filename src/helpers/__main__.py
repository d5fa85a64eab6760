"""`python -m helpers …`: see `helpers.cli`.

The process exits right after the command, so what it built is frozen out of the garbage
collector's sight first (`gc.freeze`): the interpreter's full collection at exit took ~0.6 s after
a suite run (nbconvert's, bleach's and pandas' objects), on the suite's critical path (P1, #10).
Every file has been written and closed by then; nothing waits on a collection."""

import gc

from helpers.cli import main

status = main()
gc.freeze()
raise SystemExit(status)

"""`python -m judgement ...` is the judgement command (see judgement._cli)."""

import sys

from ._cli import main

sys.exit(main())

"""The `judgement` command installed by pip: the C++ command built with the package."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional


def command() -> Optional[str]:
    """The path of the judgement command shipped in the package (pip builds it), else of the
    one JUDGEMENT_CLI names, else None."""
    bundled = Path(__file__).resolve().parent / "_bin" / "judgement"
    if bundled.is_file() and os.access(bundled, os.X_OK):
        return str(bundled)
    named = os.environ.get("JUDGEMENT_CLI")
    if named and os.access(named, os.X_OK):
        return named
    return None


def main(argv: Optional[List[str]] = None) -> int:
    """Runs the command with ``argv`` (default: this process's arguments) in this process's place."""
    path = command()
    if path is None:
        print("judgement: the command was not built with this package (pip builds it; a CMake build "
              "has it in <build>/tools/judgement, or set JUDGEMENT_CLI)", file=sys.stderr)
        return 1
    args = sys.argv[1:] if argv is None else argv
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(path, ["judgement", *args])
    return 1  # not reached


if __name__ == "__main__":
    sys.exit(main())

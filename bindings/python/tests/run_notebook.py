"""Runs a notebook headlessly with nbclient, as a test: every cell must run without an error,
and every plotting cell (one that calls plot_timeline) must produce a PNG.

usage: run_notebook.py NOTEBOOK [EXECUTED_COPY]

The kernel is Debian's python3 kernel spec; it inherits this environment (PYTHONPATH must be
absolute: the kernel runs in the notebook's folder).
"""

import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient


def main() -> int:
    path = pathlib.Path(sys.argv[1]).resolve()
    nb = nbformat.read(path, as_version=4)
    started = time.monotonic()
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    if errors:  # nbclient raises on errors already; this guards allow_errors metadata
        print("\n".join("\n".join(e["traceback"]) for e in errors), file=sys.stderr)
        return 1
    for c in code:
        if "plot_timeline(" in c.source:
            if not any("image/png" in o.get("data", {}) for o in c.get("outputs", [])):
                print(f"no picture from cell:\n{c.source}", file=sys.stderr)
                return 1
        if c.source.strip().splitlines()[-1].strip() in ("ilacs", "timeline"):
            if not any("text/html" in o.get("data", {}) for o in c.get("outputs", [])):
                print(f"no HTML from cell:\n{c.source}", file=sys.stderr)
                return 1
    if len(sys.argv) > 2:
        nbformat.write(nb, sys.argv[2])
    print(f"{path.name}: {len(code)} code cells ran in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

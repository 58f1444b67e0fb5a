#!/usr/bin/env python3
"""Golden outputs: the whole JSON report of every bundled sample, every synthetic fixture and
every shared-corpus document, committed under tests/golden/, so that a rule change shows as a
diff to review.

    golden.py check  --cli build/dev/tools/judgement [--group G]...   (ctest: fails on any difference)
    golden.py update --cli build/dev/tools/judgement [--group G]...   (./dev golden: rewrites them)

Groups:
  samples   examples/reports/*.txt
  fixtures  tests/fixtures/*.txt|*.md and the PDF fixtures that parse
  corpus    ../shared/corpus (text as converted by several tools, and real/: PDFs and their text)

The shared corpus holds real published reports, whose text must not be copied into the project:
its goldens keep every fact (types, grades, codes, dates, spans, short labels) and replace each
string longer than REDACT_ABOVE bytes by its length and a hash, so that a change of that text
still shows as a diff, with the span that locates it in ../shared.
"""
import argparse
import difflib
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
REDACT_ABOVE = 48
SKIP = 77  # ctest SKIP_RETURN_CODE: the shared corpus is not beside this checkout


def shared_corpus():
    return Path(os.environ.get("JUDGEMENT_CORPUS_DIR", ROOT.parent / "shared" / "corpus")).resolve()


def inputs(group):
    """(key, path) pairs: key is the golden's path under tests/golden/<group>/ without .json."""
    if group == "samples":
        folder = ROOT / "examples" / "reports"
        files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
        return [(p.name, p) for p in files]
    if group == "fixtures":
        folder = ROOT / "tests" / "fixtures"
        files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
        pdfs = sorted((folder / "pdf").glob("*.pdf"))
        return [(p.name, p) for p in files] + [("pdf/" + p.name, p) for p in pdfs]
    if group == "corpus":
        folder = shared_corpus()
        if not folder.is_dir():
            return None
        files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".pdf"))
        return [(str(p.relative_to(folder)), p) for p in files]
    raise SystemExit(f"golden.py: unknown group {group!r}")


def run(cli, path):
    """The report of one file as a JSON value, or the error the CLI gave."""
    proc = subprocess.run([cli, "parse", "--quiet", "--format", "json", str(path)],
                          capture_output=True, timeout=300)
    if proc.returncode == 0:
        return json.loads(proc.stdout)
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    # The error message names the file by the path it was given: keep only what follows it.
    return {"error": {"exit": proc.returncode, "message": stderr.replace(str(path), path.name)}}


def redact(value):
    if isinstance(value, dict):
        return {k: redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v) for v in value]
    if isinstance(value, str) and len(value.encode()) > REDACT_ABOVE:
        digest = hashlib.sha256(value.encode()).hexdigest()[:12]
        return f"<{len(value.encode())} bytes #{digest}>"
    return value


def render(value, indent=0, width=100):
    """JSON with one member a line, small objects and arrays (spans, dates) kept on one line."""
    flat = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, (dict, list)) or len(flat) + indent <= width or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {render(v, indent + 2, width)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + render(v, indent + 2, width) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def golden_text(group, cli, path):
    report = run(cli, path)
    if group == "corpus":
        report = redact(report)
    return render(report) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["check", "update"])
    ap.add_argument("--cli", required=True, help="the judgement command to run")
    ap.add_argument("--group", action="append", choices=["samples", "fixtures", "corpus"])
    args = ap.parse_args()
    groups = args.group or ["samples", "fixtures", "corpus"]

    differ, written, skipped = [], [], []
    for group in groups:
        pairs = inputs(group)
        if pairs is None:
            skipped.append(group)
            continue
        folder = GOLDEN / group
        expected_files = set()
        for key, path in pairs:
            target = folder / (key + ".json")
            expected_files.add(target)
            text = golden_text(group, args.cli, path)
            old = target.read_text(encoding="utf-8") if target.exists() else None
            if old == text:
                continue
            if args.mode == "update":
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
                written.append(target)
            else:
                differ.append(target)
                diff = difflib.unified_diff((old or "").splitlines(True), text.splitlines(True),
                                            f"golden/{group}/{key}.json", f"now: {path}", n=2)
                sys.stdout.writelines(diff)
        # A golden whose input is gone is stale.
        for stale in sorted(p for p in folder.rglob("*.json") if p not in expected_files) if folder.is_dir() else []:
            if args.mode == "update":
                stale.unlink()
                written.append(stale)
            else:
                differ.append(stale)
                print(f"stale golden (its input is gone): {stale.relative_to(ROOT)}")

    if args.mode == "update":
        for p in written:
            print(f"updated {p.relative_to(ROOT)}")
        print(f"{len(written)} golden file(s) changed; review them with: git diff -- tests/golden")
        return 0
    if differ:
        print(f"\n{len(differ)} golden output(s) differ. If every diff above is an intended change, "
              "run ./dev golden and commit the goldens with the change that explains them.")
        return 1
    if skipped and len(skipped) == len(groups):
        print(f"skipped: {', '.join(skipped)} (no shared corpus at {shared_corpus()})")
        return SKIP
    return 0


if __name__ == "__main__":
    sys.exit(main())

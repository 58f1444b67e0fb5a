#!/usr/bin/python3
"""The table of bench/run.sh: MB/s of input text per stage at 1x and 10x, and the ratios;
then the PDFs, in pages per second, with extraction and parsing apart.

Reads Google Benchmark's JSON (--benchmark_format=json); with repetitions it takes the median
of each benchmark, else its single run. Standard library only.

    /usr/bin/python3 bench/table.py results.json [--markdown]
"""
import json
import re
import sys

VARIANTS = ("1x", "10x_doc", "50MB_list")


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    runs = {}   # (stage, variant) -> {"bps": ..., "ms": ..., "cv": ...}
    for b in data.get("benchmarks", []):
        name = re.sub(r"/iterations:\d+$", "", b.get("run_name", b["name"]))
        name = re.sub(r"/repeats:\d+$", "", name)
        if "/" not in name:
            continue
        stage, variant = name.rsplit("/", 1)
        kind = b.get("run_type", "iteration")
        agg = b.get("aggregate_name", "")
        entry = runs.setdefault((stage, variant), {})
        if kind == "aggregate" and agg == "median" or kind == "iteration" and "bps" not in entry:
            entry["bps"] = b.get("bytes_per_second")
            entry["ms"] = b.get("cpu_time") if b.get("time_unit") == "ms" else None
            entry["pages_per_s"] = b.get("pages_per_s")
        elif kind == "aggregate" and agg == "cv":
            entry["cv"] = b.get("bytes_per_second")
    return data.get("context", {}), runs


def print_table(header, rows, markdown, text_columns):
    """Markdown, or columns aligned for a terminal; the first text_columns are text (left), the rest numbers (right)."""
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" if i < text_columns else "---:" for i in range(len(header))) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    fmt = lambda r: "  ".join(str(x).ljust(w) if i < text_columns else str(x).rjust(w)
                              for i, (x, w) in enumerate(zip(r, widths)))
    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(fmt(r))


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    markdown = "--markdown" in argv[2:]
    context, runs = load(argv[1])
    stages = []
    for stage, variant in runs:
        if stage not in stages and variant in VARIANTS:
            stages.append(stage)

    def bps(stage, variant):
        return (runs.get((stage, variant)) or {}).get("bps")

    line = bps("linecount", "1x")
    line_list = bps("linecount", "50MB_list")
    header = ["stage", "MB/s 1x", "MB/s 10x_doc", "MB/s 50MB_list", "ms/corpus 1x",
              "time/byte 10x_doc:1x", "time/byte 50MB_list:1x", "x linecount 50MB_list", "spread 1x"]
    rows = []
    for stage in stages:
        r1 = runs.get((stage, "1x"), {})
        b1, bd, bl = bps(stage, "1x"), bps(stage, "10x_doc"), bps(stage, "50MB_list")
        mb = lambda v: f"{v / 1e6:,.1f}" if v else "-"
        ratio = lambda v: f"{b1 / v:.2f}" if b1 and v else "-"
        slower = f"{line_list / bl:,.0f}" if line_list and bl and stage != "linecount" else "-"
        ms = f"{r1['ms']:.1f}" if r1.get("ms") is not None else "-"
        cv = f"{r1['cv'] * 100:.0f}%" if r1.get("cv") is not None else "-"
        rows.append([stage, mb(b1), mb(bd), mb(bl), ms, ratio(bd), ratio(bl), slower, cv])

    print_table(header, rows, markdown, text_columns=1)

    print()
    docs = context.get("corpus_documents", "?")
    size = context.get("corpus_bytes")
    size = f"{int(size) / 1e6:.2f} MB" if size else "?"
    print(f"corpus: {docs} documents, {size} ({context.get('corpus', '?')})")
    load_avg = context.get("load_avg")
    if load_avg:
        print(f"load average at start: {', '.join(f'{x:.2f}' for x in load_avg)} on {context.get('num_cpus', '?')} CPUs")
    pl = bps("parse", "50MB_list")
    if line_list and pl:
        print(f"whole parse over 50 MB of documents (the target's measure): {pl / 1e6:.1f} MB/s, "
              f"{line_list / pl:,.0f} times the time of the line-count pass over the same bytes ({line_list / 1e6:,.0f} MB/s)")
    p = bps("parse", "1x")
    if line and p:
        print(f"whole parse at 1x: {p / 1e6:.1f} MB/s, {line / p:,.0f} times the time of the line-count pass "
              f"({line / 1e6:,.0f} MB/s)")
    pd = bps("parse", "10x_doc")
    if p and pd:
        print(f"whole parse, 10x longer documents: {p / pd:.2f} times the time per byte of 1x "
              f"(1.00 is linear)")
    print("MB/s: input text (MB = 10^6 bytes) per CPU second; medians of the repetitions; "
          "time/byte N:1x above 1 means slower per byte at N")
    pdf_table(context, runs, markdown)
    return 0


PDF_STAGES = (("pdf_extract", "text extraction (pdf_text, poppler)"),
              ("pdf_parse_text", "parsing the extracted text"),
              ("pdf_parse", "parse of the PDF bytes (both)"))


def pdf_table(context, runs, markdown):
    rows = []
    for stage, what in PDF_STAGES:
        r = runs.get((stage, "pdfs"))
        if not r or not r.get("pages_per_s"):
            continue
        ms = f"{r['ms']:,.0f}" if r.get("ms") is not None else "-"
        cv = f"{r['cv'] * 100:.0f}%" if r.get("cv") is not None else "-"
        rows.append([stage, what, f"{r['pages_per_s']:,.0f}", ms, cv])
    if not rows:
        return
    print()
    print_table(["PDF stage", "what", "pages/s", "ms/corpus", "spread"], rows, markdown, text_columns=2)
    size = context.get("pdf_bytes")
    size = f"{int(size) / 1e6:.1f} MB" if size else "?"
    print(f"\nPDFs: {context.get('pdf_documents', '?')} documents, {context.get('pdf_pages', '?')} pages, {size}; "
          "pages per CPU second, medians of the repetitions")


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Parse a folder of reports with dask.bag on a Dask cluster: the way past one machine.

    python3 dask_folder.py FOLDER                 # a LocalCluster of 2 worker processes
    python3 dask_folder.py FOLDER --scheduler tcp://host:8786   # a cluster already running

Each worker imports judgement (install it on every machine, or put it on PYTHONPATH) and
parses its share of the files; only tables travel back, built on the workers with
judgement.to_frame. A Report itself can travel too (it pickles as its source and options and
is parsed again where it lands), which costs a second parse: send tables, not reports.

--check also parses the folder here, one file at a time, and fails unless the results agree.
"""

import argparse
import pathlib
import sys
import time

import dask.bag as db
import pandas as pd
from dask.distributed import Client, LocalCluster

import judgement

SUFFIXES = {".txt", ".md", ".pdf"}


def tables(reports):
    """The judgements and findings of one partition's reports, built on the worker."""
    reports = list(reports)
    return [(judgement.to_frame(reports, "judgements"), judgement.to_frame(reports, "findings"))]


def run(paths, client):
    bag = db.from_sequence(paths, npartitions=max(1, min(len(paths), 2 * len(client.scheduler_info()["workers"]))))
    parsed = bag.map(judgement.parse_file)
    parts = parsed.map_partitions(tables).compute()
    # "report" counts within a partition; the source (the file name) names the report.
    judgements = pd.concat([j for j, _ in parts], ignore_index=True).drop(columns="report")
    findings = pd.concat([f for _, f in parts], ignore_index=True).drop(columns="report")
    one = parsed.take(1)[0]  # a Report sent back whole: pickled, and parsed again here
    return judgements, findings, one


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--check", action="store_true", help="compare with parsing here, one file at a time")
    args = ap.parse_args()
    paths = sorted(str(p) for p in args.folder.iterdir() if p.suffix.lower() in SUFFIXES)
    if not paths:
        print(f"no reports (.txt, .md, .pdf) in {args.folder}", file=sys.stderr)
        return 1

    started = time.monotonic()
    if args.scheduler:
        with Client(args.scheduler) as client:
            judgements, findings, one = run(paths, client)
    else:
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            judgements, findings, one = run(paths, client)
    print(f"{len(paths)} files, {len(judgements)} judgements, {len(findings)} findings "
          f"in {time.monotonic() - started:.1f} s")
    with pd.option_context("display.width", 120, "display.max_colwidth", 40):
        print(judgements[["source", "document_type", "area_id", "grade", "band"]].to_string(index=False))
    print(judgements.dtypes.to_string())

    if args.check:
        local = [judgement.parse_file(p) for p in paths]
        expected = judgement.to_frame(local, "judgements").drop(columns="report")
        pd.testing.assert_frame_equal(judgements, expected)
        pd.testing.assert_frame_equal(findings, judgement.to_frame(local, "findings").drop(columns="report"))
        assert one == local[0] and one.to_dict() == local[0].to_dict()
        print("check: the cluster's tables equal the local ones")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What a new user trips over: folders and globs in parse_many, a path given to parse, failed
files in to_frame, one set of column names with the CLI, short reprs, a usable plot."""

import csv
import io
import json
import os
import pathlib
import shutil
import subprocess
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import judgement  # noqa: E402


@pytest.fixture()
def folder(tmp_path, samples):
    """The samples in a folder with a subfolder, a hidden file and a file that is not a document."""
    (tmp_path / "sub").mkdir()
    for i, s in enumerate(samples):
        shutil.copy(s, tmp_path / ("sub" if i % 2 else ".") / s.name)
    (tmp_path / ".hidden.txt").write_text("Overall effectiveness    Good\n")
    (tmp_path / "notes.csv").write_text("not,a,report\n")
    return tmp_path


def _names(reports):
    return [r.source.name for r in reports]


def test_parse_many_takes_a_folder_a_path_or_a_glob_sorted_like_the_cli(folder, samples):
    top = sorted([s.name for i, s in enumerate(samples) if i % 2 == 0])
    below = sorted([s.name for i, s in enumerate(samples) if i % 2])
    # A folder's files are named by their path below it, as the CLI names them.
    expected = top + ["sub/" + n for n in below]
    assert _names(judgement.parse_many(folder)) == expected             # a Path to a folder
    assert _names(judgement.parse_many(str(folder))) == expected        # a str to a folder
    assert _names(judgement.parse_many([folder])) == expected           # in a list
    # Files a glob matches, and a file given outright, by their file names.
    assert _names(judgement.parse_many(str(folder / "*.txt"))) == top
    assert _names(judgement.parse_many(str(folder / "**" / "*.txt"))) == top + below  # recursive, by path
    one = samples[0]
    assert _names(judgement.parse_many(one)) == [one.name]              # one path
    assert _names(judgement.parse_many([folder / "sub", one])) == below + [one.name]
    # A glob matching a folder names that folder's files below it.
    assert _names(judgement.parse_many(str(folder / "su*"))) == below
    with pytest.raises(FileNotFoundError, match="no file matches"):
        judgement.parse_many(str(folder / "*.nothing"))
    with pytest.raises(TypeError, match="judgement.parse"):
        judgement.parse_many("Overall effectiveness    Good\nmore text\n")


def test_parse_many_of_a_folder_equals_the_cli(folder, cli):
    out = subprocess.run([cli, "parse", "-q", "-f", "csv", "-o", "-", str(folder)], check=True,
                         capture_output=True, text=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    frame = judgement.to_frame(judgement.parse_many(folder))
    assert len(rows) == len(frame)
    # Each report named as the CLI names it: "sub/2019-ilacs.txt" for a file in a subfolder.
    out = subprocess.run([cli, "parse", "-q", "-f", "jsonl", "-o", "-", str(folder)], check=True,
                         capture_output=True, text=True).stdout
    names = [json.loads(line)["source"]["name"] for line in out.splitlines()]
    assert names == _names(judgement.parse_many(folder))
    assert any(n.startswith("sub/") for n in names)
    assert [r["area_id"] or None for r in rows] == [None if pd.isna(a) else a for a in frame["area_id"]]


def test_parse_refuses_a_str_that_names_an_existing_file(samples, tmp_path):
    path = str(samples[0])
    with pytest.raises(ValueError, match="parse_file"):
        judgement.parse(path)
    with pytest.raises(ValueError, match="parse_many"):
        judgement.parse(str(tmp_path))
    # A one-line text that names nothing is text, and bytes are always text.
    assert judgement.parse("Overall effectiveness    Good").judgements[0].grade == "Good"
    assert judgement.parse(path.encode()).source.bytes == len(path.encode())
    assert judgement.parse_file(path) == judgement.parse_many([path])[0]


def test_failed_files_in_to_frame_and_errors_skip(samples, tmp_path):
    missing = tmp_path / "missing.txt"
    items = [samples[0], missing, samples[1]]
    returned = judgement.parse_many(items, errors="return")
    assert isinstance(returned[1], judgement.ParseError)
    with pytest.warns(UserWarning, match="left out 1 document"):
        frame = judgement.to_frame(returned)
    assert set(frame["report"]) == {0, 2}                 # indices still those of the list
    with pytest.warns(UserWarning, match="skipped 1 document"):
        skipped = judgement.parse_many(items, errors="skip")
    assert _names(skipped) == [samples[0].name, samples[1].name]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        judgement.to_frame(skipped)
    with pytest.raises(ValueError, match="'raise', 'return' or 'skip'"):
        judgement.parse_many(items, errors="ignore")


COMMON = ["report", "source", "provider", "provider_key", "ons_code", "dfe_la_code", "ofsted_urn", "document_type",
          "inspection_start", "inspection_end", "date", "published"]


def test_frames_and_cli_csvs_share_their_column_names(samples, cli):
    reports = judgement.parse_many(samples)
    for table in ("judgements", "findings"):
        frame = judgement.to_frame(reports, table)
        assert list(frame.columns[:len(COMMON)]) == COMMON
        assert list(frame.columns[-2:]) == ["line", "page"]
        out = subprocess.run([cli, "parse", "-q", "-f", "csv", "--table", table] + [str(s) for s in samples],
                             check=True, capture_output=True, text=True).stdout
        header = next(csv.reader(io.StringIO(out)))
        # Every CSV column is a frame column of the same name; together they concatenate.
        assert set(header) <= set(frame.columns), set(header) - set(frame.columns)
        both = pd.concat([frame, pd.read_csv(io.StringIO(out))], ignore_index=True)
        assert list(both.columns) == list(frame.columns)
    judgements = judgement.to_frame(reports, "judgements")
    known = judgements[judgements["provider"] != ""]
    assert (known["provider_key"] == known["provider"].map(judgement.provider_key)).all()
    timeline = judgement.Timeline(reports)
    out = subprocess.run([cli, "timeline", "-q", "-f", "csv"] + [str(s) for s in samples], check=True,
                         capture_output=True, text=True).stdout
    header = next(csv.reader(io.StringIO(out)))
    shared = {"provider", "provider_key", "document_type", "inspection_start", "inspection_end", "area", "area_id",
              "grade", "code", "scale", "band", "change", "previous_grade", "previous_band", "by_band", "cited"}
    assert shared <= set(header)
    assert shared <= set(timeline.to_frame().columns)


IDS = ["ons_code", "dfe_la_code", "ofsted_urn"]
_REPORT = ("{name}\nInspection of children’s social care services\nInspection dates: 4 to 15 March 2019\n\n"
           "Overall effectiveness    Good\n\nWhat needs to improve\n\n- Supervision of social workers.\n")


def test_frames_and_cli_csvs_carry_the_register_ids_after_provider_key(tmp_path, cli):
    # Hull is on the register (E06000010, 810, 80477); a Welsh council is not.
    files = [tmp_path / "hull.txt", tmp_path / "afonwy.txt"]
    files[0].write_text(_REPORT.format(name="Hull City Council"))
    files[1].write_text(_REPORT.format(name="Afonwy County Borough Council"))
    reports = judgement.parse_many([str(f) for f in files])
    for table in ("judgements", "findings"):
        frame = judgement.to_frame(reports, table)
        assert list(frame.columns[:len(COMMON)]) == COMMON
        assert frame[IDS].values.tolist() == [["E06000010", "810", "80477"], [None, None, None]]
        out = subprocess.run([cli, "parse", "-q", "-f", "csv", "--table", table] + [str(f) for f in files],
                             check=True, capture_output=True, text=True).stdout
        # The CSV's leading columns are the frame's after `report`, with the same values
        # (read as text: a DfE code is "810", not a number).
        csv_frame = pd.read_csv(io.StringIO(out), dtype={c: str for c in IDS})
        lead = COMMON[1:COMMON.index("document_type") + 1]
        assert list(csv_frame.columns[:len(lead)]) == lead
        assert [[None if pd.isna(v) else v for v in row] for row in csv_frame[IDS].values.tolist()] == \
            frame[IDS].values.tolist()
    # The reports table has the ids once, among the common columns, and keeps its own.
    frame = judgement.to_frame(reports, "reports")
    assert list(frame.columns[:len(COMMON)]) == COMMON and not frame.columns.duplicated().any()
    assert list(frame["provider_name"]) == ["Kingston Upon Hull, City of", None]
    assert list(frame["dfe_la_code"]) == ["810", None]
    for table in judgement.TABLES:
        assert not judgement.to_frame(reports, table).columns.duplicated().any(), table
    # The timeline's frame and CSV name the provider's ids alike, with the same values.
    frame = judgement.Timeline(reports).to_frame()
    out = subprocess.run([cli, "timeline", "-q", "-f", "csv"] + [str(f) for f in files], check=True,
                         capture_output=True, text=True).stdout
    csv_frame = pd.read_csv(io.StringIO(out), dtype={c: str for c in IDS})
    assert list(csv_frame.columns[:5]) == ["provider", "provider_key"] + IDS

    def ids(f):
        return {k: [None if pd.isna(v) else v for v in row] for k, row in
                zip(f["provider"], f[IDS].values.tolist())}
    assert ids(frame) == ids(csv_frame) == {"Hull City Council": ["E06000010", "810", "80477"],
                                            "Afonwy County Borough Council": [None, None, None]}


def test_timeframe_is_an_ordered_categorical():
    text = ("Inspection of Eastwich local authority children’s services\nInspection dates: 4 to 15 March 2024\n\n"
            "What needs to improve\n\nWithin 3 months\n\n- Supervision of social workers.\n\n"
            "Immediately\n\n- Checks on visits to children.\n\nWithin 6 weeks\n\n- The quality of plans.\n")
    frame = judgement.to_frame(judgement.parse(text), "findings")
    dtype = frame["timeframe"].dtype
    assert isinstance(dtype, pd.CategoricalDtype) and dtype.ordered
    present = [c for c in dtype.categories]
    order = ["immediately", "within_6_weeks", "within_3_months"]
    assert [c for c in order if c in present] == present
    assert len(present) >= 2


def test_reprs_of_many_stay_short(samples):
    reports = judgement.parse_many(samples * 5)
    assert isinstance(reports, list)
    assert len(repr(reports).splitlines()) == 1 and len(repr(reports)) < 800
    assert f"{len(reports)} items" in repr(reports)
    provider = judgement.Timeline(reports).providers[0]
    assert repr(provider).startswith("<judgement.ProviderTimeline ") and len(repr(provider)) < 200


def _eastwich(year, grade):
    return judgement.parse(f"Inspection of Eastwich local authority children’s services\n"
                           f"Inspection dates: 4 to 15 March {year}\n\nOverall effectiveness   {grade}\n")


def _council(name, grade):
    return judgement.parse(f"Inspection of {name} local authority children’s services\n"
                           f"Inspection dates: 4 to 15 March 2023\n\nOverall effectiveness   {grade}\n")


def test_plot_timeline_small_multiples_or_a_clear_refusal():
    few = [_council(f"Town{i:02d}", "Good") for i in range(5)]
    fig = judgement.plot_timeline(few)
    assert len(fig.axes) == 5
    width, height = fig.get_size_inches()
    assert width <= 20 and height <= 15            # a figure, not a scroll
    plt.close(fig)
    many = [_council(f"Town{i:02d}", "Good") for i in range(judgement._plot.MAX_PANELS + 1)]
    with pytest.raises(ValueError, match="provider="):
        judgement.plot_timeline(many)


def test_plot_timeline_unknown_provider_names_the_near_ones():
    reports = [_eastwich(2019, "Inadequate"), _eastwich(2023, "Good")]
    provider = reports[0].document.provider
    with pytest.raises(KeyError, match="did you mean") as e:
        judgement.plot_timeline(reports, provider=provider[:-1] + "x")
    assert provider in str(e.value)


def test_plot_timeline_change_markers_are_in_the_legend():
    sif = judgement.parse("Eastwich Council\nInspection of services for children in need of help and protection, "
                          "children\nlooked after and care leavers\nInspection dates: 4 to 15 March 2016\n\n"
                          "Overall effectiveness    Inadequate\n")
    fig = judgement.plot_timeline([sif, _eastwich(2019, "Requires improvement to be good")])
    [ax] = fig.axes
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "framework or scale change" in labels
    plt.close(fig)


def test_python_m_judgement_is_the_command(cli, ilacs_path):
    import sys
    out = subprocess.run([sys.executable, "-m", "judgement", "parse", "-q", "-f", "csv", str(ilacs_path)],
                         check=True, capture_output=True, text=True, env={**os.environ, "JUDGEMENT_CLI": cli}).stdout
    assert out == subprocess.run([cli, "parse", "-q", "-f", "csv", str(ilacs_path)], check=True,
                                 capture_output=True, text=True).stdout

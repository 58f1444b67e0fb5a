"""plot_timeline: an area's grade over time on the common band, framework changes marked."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import judgement  # noqa: E402


def _inspection(year, grades, kind="ilacs"):
    head = ("Inspection of Eastwich local authority children’s services\n" if kind == "ilacs" else
            "Eastwich Council\nInspection of services for children in need of help and protection, children\n"
            "looked after and care leavers\n")
    lines = "\n".join(f"{area}    {grade}" for area, grade in grades)
    return judgement.parse(f"{head}Inspection dates: 4 to 15 March {year}\n\n{lines}\n")


@pytest.fixture(scope="module")
def eastwich():
    return [
        _inspection(2023, [("Overall effectiveness", "Good"), ("The experiences and progress of children who need "
                                                               "help and protection", "Good")]),
        _inspection(2019, [("Overall effectiveness", "Requires improvement to be good")]),
        _inspection(2016, [("Overall effectiveness", "Inadequate")], kind="sif"),
    ]


def test_one_line_per_area_on_the_band_axis(eastwich):
    fig = judgement.plot_timeline(eastwich)
    [ax] = fig.axes
    lines = {line.get_gid(): line for line in ax.get_lines() if (line.get_gid() or "").startswith("area:")}
    assert set(lines) == {"area:overall_effectiveness", "area:help_and_protection"}
    overall = lines["area:overall_effectiveness"]
    assert [round(y) for y in overall.get_ydata()] == [0, 1, 2]  # inadequate, RI, good in date order
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Inadequate", "Requires improvement", "Good", "Outstanding"]
    assert ax.get_title() == eastwich[0].document.provider
    plt.close(fig)


def test_framework_changes_are_marked(eastwich):
    fig = judgement.plot_timeline(eastwich)
    [ax] = fig.axes
    marks = [line for line in ax.get_lines() if line.get_gid() == "framework-change"]
    texts = [t.get_text() for t in ax.texts]
    types = [r.document.type for r in sorted(eastwich, key=lambda r: r.document.inspection_dates.start)]
    assert types[0] != types[1] == types[2]
    assert len(marks) == 1 and texts == [f"{types[0]} → {types[1]}"]
    plt.close(fig)
    fig = judgement.plot_timeline(eastwich[:2])
    assert not [line for line in fig.axes[0].get_lines() if line.get_gid() == "framework-change"]
    plt.close(fig)


def test_panels_axes_and_errors(eastwich, samples):
    others = judgement.parse_many(samples)
    fig = judgement.plot_timeline(list(eastwich) + others)
    assert len(fig.axes) > 1
    plt.close(fig)
    fig, ax = plt.subplots()
    assert judgement.plot_timeline(eastwich, provider="Eastwich", ax=ax) is fig
    plt.close(fig)
    with pytest.raises(ValueError):
        judgement.plot_timeline([judgement.parse("nothing here\n")])
    with pytest.raises(KeyError):
        judgement.plot_timeline(eastwich, provider="Nowhere")

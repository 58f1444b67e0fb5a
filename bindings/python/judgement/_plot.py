"""Each area's grade over time, with matplotlib."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Tuple, Union

from ._html import BAND_COLOURS

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from ._report import Report
    from ._timeline import ProviderTimeline, Timeline

__all__ = ["plot_timeline"]

#: Height of each band on the plot's axis, worst at the bottom.
BAND_LEVELS = {"inadequate": 0, "requires_improvement": 1, "good": 2, "outstanding": 3}
_BAND_LABELS = ["Inadequate", "Requires improvement", "Good", "Outstanding"]


def _day(d: Optional[datetime.date]) -> Optional[datetime.datetime]:
    return None if d is None else datetime.datetime(d.year, d.month, d.day)


def _draw(ax: "Axes", provider: "ProviderTimeline") -> None:
    dated = [i for i in provider.inspections if i.start is not None and i.judgements]
    series: Dict[str, List[Tuple[datetime.datetime, str, str]]] = {}
    labels: Dict[str, str] = {}
    for i in dated:
        for j in i.judgements:
            key = j.area_id or j.area
            labels.setdefault(key, j.area)
            series.setdefault(key, []).append((_day(i.start), j.band, j.grade))
    n = len(series)
    import matplotlib
    colours = matplotlib.colormaps["tab20" if n > 10 else "tab10"].colors
    for k, (key, points) in enumerate(series.items()):
        offset = (k - (n - 1) / 2) * min(0.06, 0.6 / max(n, 1))  # areas at one grade stay apart
        xs = [p[0] for p in points]
        ys = [BAND_LEVELS[p[1]] + offset for p in points]
        (line,) = ax.plot(xs, ys, marker="o", markersize=7, linewidth=1.5, label=labels[key], gid=f"area:{key}",
                          color=colours[k % len(colours)])
        ax.scatter(xs, ys, s=36, zorder=3, edgecolors=line.get_color(), linewidths=1.2,
                   c=[BAND_COLOURS[p[1]][0] for p in points])
    # A framework change (a new kind of inspection, or a new grade scale) between two
    # inspections: their grades meet only through the common band.
    changes = 0
    for before, after in zip(dated, dated[1:]):
        scales_before = {j.scale for j in before.judgements}
        scales_after = {j.scale for j in after.judgements}
        if before.type == after.type and scales_before == scales_after:
            continue
        x = _day(before.start) + (_day(after.start) - _day(before.start)) / 2
        ax.axvline(x, color="0.45", linestyle="--", linewidth=1, gid="framework-change",
                   label="framework or scale change" if not changes else None)
        changes += 1
        ax.annotate(f"{before.type} → {after.type}" if before.type != after.type else "new scale",
                    xy=(x, 3.45), rotation=90, ha="right", va="top", fontsize=7, color="0.3")
    ax.set_yticks(range(4))
    ax.set_yticklabels(_BAND_LABELS)
    ax.set_ylim(-0.5, 3.5)
    ax.set_ylabel("common band")
    ax.set_title(provider.provider)
    ax.grid(axis="y", color="0.9")
    if series:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize=8, frameon=False)


#: The most providers plot_timeline draws without being told which: beyond it, a figure of
#: small multiples would be too small to read.
MAX_PANELS = 12


def plot_timeline(reports: Union["Timeline", Iterable["Report"]], provider: Optional[str] = None, *,
                  ax: Optional["Axes"] = None, **figure: Any) -> "Figure":
    """Draws each area's grade over time, one panel per provider (or only ``provider``):
    inspection dates across, the common band up (a grade of any scale sits on its band), a
    line per area, markers coloured by band, and a dashed line (in the legend) where the
    framework changed between two inspections. Takes reports or a :class:`Timeline`; returns
    the Figure.

    Without ``provider``, up to ``MAX_PANELS`` (12) providers are drawn as small multiples,
    three a row; more raise ``ValueError`` saying how many there are and how to choose one.
    An unknown ``provider`` raises ``KeyError`` naming the nearest matches.

    ``ax`` draws one provider into existing axes; other keywords go to
    ``matplotlib.pyplot.subplots`` (``figsize=(10, 4)``).

    >>> import judgement, matplotlib
    >>> matplotlib.use("Agg")
    >>> reports = [judgement.parse(f"Inspection of Eastwich local authority children’s services\\n"
    ...                            f"Inspection dates: 4 to 15 March {y}\\n\\nOverall effectiveness   {g}\\n")
    ...            for y, g in [(2019, "Inadequate"), (2023, "Good")]]
    >>> fig = judgement.plot_timeline(reports)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Inadequate', 'Requires improvement', 'Good', 'Outstanding']
    """
    from ._timeline import Timeline
    timeline = reports if isinstance(reports, Timeline) else Timeline(reports)
    if provider is not None:
        providers = [timeline[provider]]
    else:
        providers = [p for p in timeline.providers
                     if any(i.judgements and i.start is not None for i in p.inspections)]
    if not providers:
        raise ValueError("no provider has a dated inspection with judgements to plot")
    if len(providers) > MAX_PANELS:
        names = ", ".join(repr(p.provider) for p in providers[:3])
        raise ValueError(f"{len(providers)} providers have judgements to plot, more than the {MAX_PANELS} "
                         f"a figure can show: choose one with provider= (e.g. {names}), or pass the reports "
                         f"of a few")
    if ax is not None:
        if len(providers) != 1:
            raise ValueError("ax draws one provider: name it with provider=")
        _draw(ax, providers[0])
        return ax.figure
    import matplotlib.pyplot as plt
    columns = 1 if len(providers) == 1 else min(3, len(providers))
    rows = -(-len(providers) // columns)
    figure.setdefault("figsize", (10, 5.5) if columns == 1 else (5.5 * columns, 4.8 * rows))
    fig, axes = plt.subplots(rows, columns, squeeze=False, **figure)
    flat = list(axes.flat)
    for a, p in zip(flat, providers):
        _draw(a, p)
    for a in flat[len(providers):]:
        fig.delaxes(a)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig

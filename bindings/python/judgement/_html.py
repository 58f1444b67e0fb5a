"""HTML for notebooks: grades coloured by their band."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from ._report import Report
    from ._timeline import Timeline

#: Background and text colour of each band (a diverging palette readable in print).
BAND_COLOURS = {
    "outstanding": ("#1b7837", "#ffffff"),
    "good": ("#a6dba0", "#000000"),
    "requires_improvement": ("#fdb863", "#000000"),
    "inadequate": ("#b2182b", "#ffffff"),
}

_CHANGE_MARKS = {"improved": "▲", "declined": "▼", "unchanged": "=", "first": "", "not_comparable": "·"}


def _style(band: Optional[str]) -> str:
    background, colour = BAND_COLOURS.get(band or "", ("transparent", "inherit"))
    return f'style="background:{background};color:{colour}"'


def _cell(text: str, band: Optional[str], title: str = "") -> str:
    t = f' title="{escape(title)}"' if title else ""
    return f'<td class="judgement-band-{escape(band or "none")}" {_style(band)}{t}>{escape(text)}</td>'


def report_html(report: "Report") -> str:
    d = report.document
    head = [f"<b>{escape(d.provider or '(no provider)')}</b>", escape(d.type)]
    if d.inspection_dates and d.inspection_dates.start:
        head.append(f"inspection {d.inspection_dates.start} to {d.inspection_dates.end}")
    if d.date:
        head.append(f"dated {d.date}")
    if report.source.name:
        head.append(f"<code>{escape(report.source.name)}</code>")
    rows = []
    for j in report.judgements:
        code = "" if j.code is None else str(j.code)
        rows.append(f"<tr><td>{escape(j.area)}</td>{_cell(j.grade, j.band, j.as_written)}"
                    f"<td>{code}</td><td>{escape(j.band)}</td><td>{escape(j.scale)}</td></tr>")
    table = ""
    if rows:
        table = ("<table><thead><tr><th>Area</th><th>Grade</th><th>Code</th><th>Band</th><th>Scale</th>"
                 f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    items = []
    for f in report.findings:
        due = f" (due {f.due})" if f.due else (f" ({f.timeframe})" if f.timeframe else "")
        items.append(f"<li><i>{escape(f.kind)}</i>: {escape(f.text)}{escape(due)}</li>")
    findings = (f"<details><summary>{len(items)} findings</summary><ul>{''.join(items)}</ul></details>"
                if items else "")
    counts = (f"{len(report.paragraphs)} paragraphs, {len(report.references)} references, "
              f"{len(report.dates)} dates, {len(report.quantities)} quantities, "
              f"{len(report.diagnostics)} diagnostics")
    return (f'<div class="judgement-report"><p>{" · ".join(head)}</p>{table}{findings}'
            f"<p><small>{counts}</small></p></div>")


def timeline_html(timeline: "Timeline") -> str:
    parts = []
    for p in timeline.providers:
        areas: list = []
        for i in p.inspections:
            for j in i.judgements:
                key = j.area_id or j.area
                if key not in areas:
                    areas.append(key)
        header = "".join(
            f"<th>{escape(str(i.start) if i.start else '(undated)')}<br><small>{escape(i.type)}</small></th>"
            for i in p.inspections)
        rows = []
        for key in areas:
            cells = []
            label = key
            for i in p.inspections:
                j = next((j for j in i.judgements if (j.area_id or j.area) == key), None)
                if j is None:
                    cells.append("<td></td>")
                    continue
                label = j.area if j.area_id is None else label
                mark = _CHANGE_MARKS.get(j.change, "")
                title = f"{j.grade} ({j.scale}), {j.change.replace('_', ' ')}"
                if j.previous_grade:
                    title += f" from {j.previous_grade}"
                cells.append(_cell(f"{j.grade} {mark}".strip(), j.band, title))
            rows.append(f"<tr><th>{escape(label)}</th>{''.join(cells)}</tr>")
        parts.append(f"<p><b>{escape(p.provider)}</b></p><table><thead><tr><th></th>{header}</tr></thead>"
                     f"<tbody>{''.join(rows)}</tbody></table>")
    if timeline.omitted:
        left = "".join(f"<li><code>{escape(o.source or str(o.report))}</code>: {escape(o.reason)}</li>"
                       for o in timeline.omitted)
        parts.append(f"<details><summary>{len(timeline.omitted)} reports left out</summary><ul>{left}</ul></details>")
    return f'<div class="judgement-timeline">{"".join(parts)}</div>'

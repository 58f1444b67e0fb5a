"""Reports as pandas DataFrames."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Union

from ._model import BANDS, PRECISIONS

if TYPE_CHECKING:
    import pandas

    from ._report import Report

__all__ = ["to_frame", "TABLES"]

#: The tables :func:`to_frame` makes, one row per ...
TABLES = ("reports", "judgements", "findings", "paragraphs", "dates", "quantities", "diagnostics")

_DOCUMENT_TYPES = ("unknown", "ilacs", "focused_visit", "monitoring_visit", "jtai", "sif", "lscb_review",
                   "lac_inspection", "safeguarding_inspection", "area_send", "school_inspection",
                   "provider_inspection", "committee_report", "news")
_KINDS = ("improvement", "finding", "strength", "concern", "risk")
_SEVERITIES = ("error", "warning", "info")


#: The columns every table starts with: the report's index, then the document's columns, named
#: as the CLI's CSVs name them (``judgement parse --format csv``, ``judgement timeline --format
#: csv``) so that frames and CSVs concatenate. ``ons_code``, ``dfe_la_code`` and ``ofsted_urn``
#: are the register's ids of the provider (None off the register), to join other data by.
COMMON_COLUMNS = ["report", "source", "provider", "provider_key", "ons_code", "dfe_la_code", "ofsted_urn",
                  "document_type", "inspection_start", "inspection_end", "date", "published"]


def _common(i: int, r: "Report") -> Dict[str, Any]:
    from ._timeline import provider_key
    d = r.document
    dates = d.inspection_dates
    pid = d.provider_id
    return {"report": i, "source": r.source.name, "provider": d.provider,
            "provider_key": provider_key(d.provider) if d.provider else None,
            "ons_code": pid.ons_code if pid else None, "dfe_la_code": pid.dfe_la_code if pid else None,
            "ofsted_urn": pid.ofsted_urn if pid else None, "document_type": d.type,
            "inspection_start": dates.start if dates else None, "inspection_end": dates.end if dates else None,
            "date": d.date, "published": d.published}


def _page(span: Any) -> Any:
    return (span.page or None) if span is not None else None


def _reports(r: "Report") -> Iterable[Dict[str, Any]]:
    d = r.document
    yield {"inspectorate": d.inspectorate, "provider_name": d.provider_name, "format": r.source.format,
           "bytes": r.source.bytes, "judgements": len(r.judgements), "findings": len(r.findings),
           "diagnostics": len(r.diagnostics)}


def _judgements(r: "Report") -> Iterable[Dict[str, Any]]:
    for j in r.judgements:
        first = j.evidence[0] if j.evidence else None
        yield {"area": j.area, "area_id": j.area_id, "grade": j.grade, "code": j.code, "scale": j.scale,
               "band": j.band, "as_written": j.as_written, "statements": len(j.evidence),
               "line": first.line if first else None, "page": _page(first)}


def _findings(r: "Report") -> Iterable[Dict[str, Any]]:
    for f in r.findings:
        yield {"kind": f.kind, "text": f.text, "section": f.section, "paragraph": f.paragraph,
               "timeframe": f.timeframe, "due": f.due, "rating": f.rating, "line": f.span.line,
               "page": _page(f.span)}


def _paragraphs(r: "Report") -> Iterable[Dict[str, Any]]:
    for p in r.paragraphs:
        yield {"number": p.number, "label": p.label, "section": p.section, "inferred": p.inferred,
               "text": r.excerpt(p.span), "line": p.span.line, "page": _page(p.span)}


def _dates(r: "Report") -> Iterable[Dict[str, Any]]:
    for d in r.dates:
        yield {"text": d.text, "start": d.start, "end": d.end, "precision": d.precision, "line": d.span.line,
               "page": _page(d.span)}


def _quantities(r: "Report") -> Iterable[Dict[str, Any]]:
    for q in r.quantities:
        yield {"text": q.text, "value": q.value, "unit": q.unit, "from": q.from_value, "line": q.span.line,
               "page": _page(q.span)}


def _diagnostics(r: "Report") -> Iterable[Dict[str, Any]]:
    for d in r.diagnostics:
        yield {"severity": d.severity, "code": d.code, "message": d.message, "line": d.span.line,
               "page": _page(d.span)}


_ROWS: Dict[str, Callable[["Report"], Iterable[Dict[str, Any]]]] = {
    "reports": _reports, "judgements": _judgements, "findings": _findings, "paragraphs": _paragraphs,
    "dates": _dates, "quantities": _quantities, "diagnostics": _diagnostics,
}

_COLUMNS = {
    "reports": ["inspectorate", "provider_name", "format", "bytes", "judgements", "findings", "diagnostics"],
    "judgements": ["area", "area_id", "grade", "code", "scale", "band", "as_written", "statements", "line", "page"],
    "findings": ["kind", "text", "section", "paragraph", "timeframe", "due", "rating", "line", "page"],
    "paragraphs": ["number", "label", "section", "inferred", "text", "line", "page"],
    "dates": ["text", "start", "end", "precision", "line", "page"],
    "quantities": ["text", "value", "unit", "from", "line", "page"],
    "diagnostics": ["severity", "code", "message", "line", "page"],
}


def _timeframe_days(timeframe: str) -> int:
    """How long a timeframe id ("immediately", "within_6_weeks", "within_3_months") gives, for
    ordering them."""
    if timeframe == "immediately":
        return 0
    parts = timeframe.split("_")
    if len(parts) == 3 and parts[1].isdigit():
        return int(parts[1]) * (7 if parts[2] == "weeks" else 30)
    return 1 << 30


def timeframe_dtype(values: Iterable[Any]) -> "pandas.CategoricalDtype":
    """The timeframes present, as an ordered categorical from the soonest to the latest, so
    that ``<`` means sooner."""
    import pandas as pd
    present = sorted({v for v in values if isinstance(v, str)}, key=lambda t: (_timeframe_days(t), t))
    return pd.CategoricalDtype(present, ordered=True)

_DATES = {"inspection_start", "date", "published", "inspection_end", "due", "start", "end"}
_INTS = {"code", "paragraph", "line", "page", "number", "statements", "bytes", "judgements", "findings", "diagnostics"}
_FLOATS = {"value", "from"}


def band_dtype() -> "pandas.CategoricalDtype":
    """The bands as an ordered categorical, worst to best, so that ``>`` means better."""
    import pandas as pd
    return pd.CategoricalDtype(list(reversed(BANDS)), ordered=True)


def typed_frame(rows: List[Dict[str, Any]], columns: List[str], text: Iterable[str] = ()) -> "pandas.DataFrame":
    """A DataFrame with the package's dtypes: dates as datetime64 (a partial date as the first
    day of its period), whole numbers as nullable Int64, bands as an ordered categorical, ids
    as categoricals. Columns named in ``text`` are left as they are (a diagnostic's ``code`` is
    an id such as "unclassified", not a number)."""
    import pandas as pd
    frame = pd.DataFrame.from_records(rows, columns=columns)
    text = set(text)
    categories = {"document_type": _DOCUMENT_TYPES, "kind": _KINDS, "precision": PRECISIONS,
                  "severity": _SEVERITIES, "format": ("text", "markdown", "pdf")}
    for c in columns:
        if c in text:
            continue
        if c in _DATES:
            frame[c] = pd.to_datetime(frame[c].map(lambda d: None if d is None else d.isoformat()), errors="coerce")
        elif c in ("report", "index"):
            frame[c] = frame[c].astype("int64")
        elif c in _INTS:
            frame[c] = frame[c].astype("Int64")
        elif c in _FLOATS:
            frame[c] = frame[c].astype("float64")
        elif c == "timeframe":
            frame[c] = frame[c].astype(timeframe_dtype(frame[c]))
        elif c in ("band", "previous_band"):
            frame[c] = frame[c].astype(band_dtype())
        elif c in categories:
            known = list(categories[c])
            if c == "document_type":  # the type of a framework profile outside the contract's list
                known += sorted(set(frame[c].dropna()) - set(known))
            frame[c] = frame[c].astype(pd.CategoricalDtype(known))
        elif c in ("inferred", "by_band", "cited"):
            frame[c] = frame[c].astype("bool")
    return frame


def to_frame(reports: Union["Report", Iterable[Any]], table: str = "judgements") -> "pandas.DataFrame":
    """One table of many reports as a pandas DataFrame: ``table`` is ``"judgements"``,
    ``"findings"``, ``"dates"``, ``"quantities"``, ``"paragraphs"``, ``"diagnostics"`` or
    ``"reports"`` (one row each).

    Every table starts with ``report`` (the report's index in ``reports``), ``source``,
    ``provider``, ``provider_key``, ``ons_code``, ``dfe_la_code``, ``ofsted_urn`` (the
    register's ids of the provider, None off the register), ``document_type``,
    ``inspection_start``, ``inspection_end``, ``date`` and ``published``, and ends with
    ``line`` and ``page``: the names of the CLI's CSV columns. Dates are datetime64 (a partial
    date is the first day of its period; its precision is in the ``dates`` table), codes and
    numbers are nullable ``Int64``, bands an ordered categorical (inadequate <
    requires_improvement < good < outstanding), timeframes an ordered categorical (immediately
    < within_6_weeks < within_3_months ...).

    ``reports`` may hold what ``parse_many(..., errors="return")`` gives: a
    :class:`ParseError` in a failed file's place is left out of the table with a warning
    (``report`` still counts it, so indices match the list).

    >>> import judgement
    >>> r = judgement.parse("Overall effectiveness    Requires improvement to be good\\n")
    >>> df = judgement.to_frame([r])
    >>> df[["area_id", "code", "band"]].to_dict("records")
    [{'area_id': 'overall_effectiveness', 'code': 3, 'band': 'requires_improvement'}]
    >>> str(df["code"].dtype), df["band"].cat.ordered
    ('Int64', True)
    """
    from ._report import Report
    if table not in _ROWS:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    if isinstance(reports, Report):
        reports = [reports]
    from ._errors import Error
    rows: List[Dict[str, Any]] = []
    make = _ROWS[table]
    failed: List[Error] = []
    for i, r in enumerate(reports):
        if isinstance(r, Error):
            failed.append(r)
            continue
        if not isinstance(r, Report):
            raise TypeError(f"to_frame takes judgement.Report objects (or the ParseErrors of "
                            f"parse_many(errors='return')), not {type(r).__name__}")
        common = _common(i, r)
        for row in make(r):
            rows.append({**common, **row})
    if failed:
        import warnings
        warnings.warn(f"to_frame left out {len(failed)} document(s) that could not be read; the first: {failed[0]}",
                      stacklevel=2)
    columns = COMMON_COLUMNS + _COLUMNS[table]
    return typed_frame(rows, columns, text=("code",) if table == "diagnostics" else ())

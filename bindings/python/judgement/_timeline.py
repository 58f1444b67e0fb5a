"""A provider's inspections over time."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, List, Optional, Tuple

from . import _judgement
from ._model import Band, Date, ProviderId, _date

if TYPE_CHECKING:
    import pandas

    from ._report import Report

__all__ = ["Timeline", "ProviderTimeline", "TimelineInspection", "TimelineJudgement", "Omission",
           "provider_key"]


@dataclass(frozen=True)
class TimelineJudgement:
    """A judgement in a timeline, with how it moved since the provider's last inspection that
    judged the same area: ``change`` is ``"first"``, ``"improved"``, ``"declined"``,
    ``"unchanged"`` or ``"not_comparable"``; ``by_band`` when the comparison went through the
    common band because the scales differ."""

    area: str
    area_id: Optional[str]
    grade: str
    code: Optional[int]
    scale: str
    band: Band
    change: str
    previous_grade: Optional[str]
    previous_scale: Optional[str]
    previous_band: Optional[Band]
    by_band: bool


@dataclass(frozen=True)
class TimelineInspection:
    """One entry of a provider's history: an inspection, or a council paper or news item
    about one. ``reports`` are the indices of the reports it was read from (several reports
    of one inspection make one entry); an inspection known only because other reports cite
    it is ``cited``, with those reports in ``cited_by``; ``dated_by_citation`` when its dates
    came from such a reference."""

    type: str
    provider: str
    start: Optional[Date]
    end: Optional[Date]
    published: Optional[Date]
    cited: bool
    dated_by_citation: bool
    reports: Tuple[int, ...]
    sources: Tuple[str, ...]
    cited_by: Tuple[int, ...]
    judgements: Tuple[TimelineJudgement, ...]

    @classmethod
    def _from(cls, t) -> "TimelineInspection":
        return cls(t[0], t[1], _date(t[2]), _date(t[3]), _date(t[4]), t[5], t[6], tuple(t[7]), tuple(t[8]),
                   tuple(t[9]), tuple(TimelineJudgement(*j) for j in t[10]))


@dataclass(frozen=True)
class ProviderTimeline:
    key: str  #: provider_key() of the register's name when it is on it, else of the name
    provider: str  #: the name as most often written
    inspections: Tuple[TimelineInspection, ...]  #: by date, undated ones last
    #: The authority on the register the reports are grouped by (whatever name each is written
    #: by, a children's trust's included); None for a provider not on the register.
    provider_id: Optional[ProviderId] = None
    provider_name: Optional[str] = None  #: the register's name; None likewise

    def __repr__(self) -> str:
        dated = [i.start for i in self.inspections if i.start is not None]
        span = f", {min(dated)}..{max(dated)}" if dated else ""
        return f"<judgement.ProviderTimeline {self.provider!r}: {len(self.inspections)} inspections{span}>"


@dataclass(frozen=True)
class Omission:
    """A report left out of every timeline, and why."""

    report: int
    source: str
    reason: str


def provider_key(name: str) -> str:
    """The key reports are grouped by: "Medway", "Medway Council" and "MEDWAY COUNCIL" all
    give ``"medway"``.

    >>> import judgement
    >>> judgement.provider_key("Riverford City Council") == judgement.provider_key("RIVERFORD")
    True
    """
    return _judgement.provider_key(name)


class Timeline:
    """Reports grouped by provider and ordered by inspection date, each judgement with its
    change since the last inspection of the same series (SIF then ILACS; otherwise each kind
    of inspection on its own) that judged the same area, through the common band when the
    scales differ. Inspections the reports cite are added as ``cited`` entries; reports
    without a provider are listed in :attr:`omitted`.

    >>> import judgement
    >>> a = judgement.parse("Inspection of Eastwich local authority children’s services\\n"
    ...                     "Inspection dates: 4 to 15 March 2019\\n\\nOverall effectiveness   Inadequate\\n")
    >>> b = judgement.parse("Inspection of Eastwich local authority children’s services\\n"
    ...                     "Inspection dates: 4 to 15 March 2023\\n\\nOverall effectiveness   Good\\n")
    >>> t = judgement.Timeline([b, a])
    >>> [(str(i.start), i.judgements[0].grade, i.judgements[0].change) for i in t.providers[0].inspections]
    [('2019-03-04', 'Inadequate', 'first'), ('2023-03-04', 'Good', 'improved')]
    """

    __slots__ = ("_native", "_reports", "_providers", "_omitted", "_registries")

    def __init__(self, reports: Iterable["Report"], *, profiles: Any = None, scales: Any = None) -> None:
        """``profiles`` (a :class:`ProfileRegistry`: whose series follow on) and ``scales`` (a
        :class:`ScaleRegistry`: whose ranks say improved or declined) default to the ones the
        reports were parsed with, where they all agree, else to the built-in ones."""
        from ._profiles import ProfileRegistry
        from ._report import Report
        from ._scales import ScaleRegistry
        self._reports = tuple(reports)
        for r in self._reports:
            if not isinstance(r, Report):
                raise TypeError(f"Timeline takes judgement.Report objects, not {type(r).__name__}")
        profiles = _registry_of(self._reports, "profiles", profiles, ProfileRegistry)
        scales = _registry_of(self._reports, "scales", scales, ScaleRegistry)
        self._registries = (profiles, scales)
        self._native = _judgement.Timeline([r._native for r in self._reports],
                                           profiles._native if profiles is not None else None,
                                           scales._native if scales is not None else None)
        self._providers = tuple(ProviderTimeline(k, p, tuple(TimelineInspection._from(i) for i in ins),
                                                 ProviderId(*pid) if pid is not None else None, name)
                                for k, p, ins, pid, name in self._native.providers())
        self._omitted = tuple(Omission(*o) for o in self._native.omitted())

    @property
    def reports(self) -> Tuple["Report", ...]:
        """The reports it was built from, in the order given."""
        return self._reports

    @property
    def providers(self) -> Tuple[ProviderTimeline, ...]:
        """One timeline per provider, in order of their keys."""
        return self._providers

    @property
    def omitted(self) -> Tuple[Omission, ...]:
        return self._omitted

    def find(self, provider: str) -> Optional[ProviderTimeline]:
        """The provider's timeline, or None: the authority on the register the name resolves to
        (:func:`find_authority`), else names compared through :func:`provider_key`."""
        from ._register import find_authority
        authority = find_authority(provider)
        if authority is not None:
            found = next((p for p in self._providers
                          if p.provider_id is not None and p.provider_id.dfe_la_code == authority.dfe_la_code), None)
            if found is not None:
                return found
        key = provider_key(provider)
        return next((p for p in self._providers if p.key == key and p.provider_id is None),
                    next((p for p in self._providers if p.key == key), None))

    def __getitem__(self, provider: str) -> ProviderTimeline:
        found = self.find(provider)
        if found is None:
            raise KeyError(self._not_found(provider))
        return found

    def _not_found(self, provider: str) -> str:
        """'no provider ...' with the nearest names, for a KeyError."""
        import difflib
        names = {p.provider: p for p in self._providers}
        keys = {p.key: p.provider for p in self._providers}
        near = difflib.get_close_matches(provider, list(names), n=3, cutoff=0.6)
        near += [keys[k] for k in difflib.get_close_matches(provider_key(provider), list(keys), n=3, cutoff=0.6)
                 if keys[k] not in near]
        message = f"no provider {provider!r} in the timeline ({len(self._providers)} providers)"
        if near:
            message += "; did you mean " + ", ".join(repr(n) for n in near[:3]) + "?"
        return message

    def __iter__(self) -> Iterator[ProviderTimeline]:
        return iter(self._providers)

    def __len__(self) -> int:
        return len(self._providers)

    def to_json(self, pretty: bool = False) -> str:
        """The timeline as JSON (schema ``judgement.timeline/1``, as ``judgement timeline``)."""
        return self._native.to_json(pretty)

    def to_dict(self) -> Dict[str, Any]:
        return json.loads(self._native.to_json(False))

    def to_frame(self) -> "pandas.DataFrame":
        """One row per judgement of every inspection, with its change: dates as datetime64,
        codes as Int64, bands as an ordered categorical. ``ons_code``, ``dfe_la_code`` and
        ``ofsted_urn`` are the provider's ids on the register (None off it), as in the CSV of
        ``judgement timeline``."""
        from ._frame import typed_frame
        rows: List[Dict[str, Any]] = []
        for p in self._providers:
            for n, i in enumerate(p.inspections):
                for j in i.judgements:
                    rows.append({"provider_key": p.key, "provider": p.provider,
                                 "ons_code": p.provider_id.ons_code if p.provider_id else None,
                                 "dfe_la_code": p.provider_id.dfe_la_code if p.provider_id else None,
                                 "ofsted_urn": p.provider_id.ofsted_urn if p.provider_id else None,
                                 "inspection": n,
                                 "document_type": i.type, "inspection_start": i.start, "inspection_end": i.end,
                                 "cited": i.cited,
                                 "area": j.area, "area_id": j.area_id, "grade": j.grade, "code": j.code,
                                 "scale": j.scale, "band": j.band, "change": j.change,
                                 "previous_grade": j.previous_grade, "previous_band": j.previous_band,
                                 "by_band": j.by_band})
        columns = ["provider_key", "provider", "ons_code", "dfe_la_code", "ofsted_urn", "inspection", "document_type",
                   "inspection_start", "inspection_end", "cited", "area", "area_id", "grade", "code", "scale", "band",
                   "change", "previous_grade", "previous_band", "by_band"]
        frame = typed_frame(rows, columns)
        import pandas as pd
        frame["inspection"] = frame["inspection"].astype("int64")
        frame["change"] = frame["change"].astype(
            pd.CategoricalDtype(["first", "improved", "declined", "unchanged", "not_comparable"]))
        return frame

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeline):
            return NotImplemented
        return self._native.equals(other._native)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        profiles, scales = self._registries
        return (_timeline_from, (list(self._reports), profiles, scales))

    def __repr__(self) -> str:
        inspections = sum(len(p.inspections) for p in self._providers)
        return (f"<judgement.Timeline {len(self._providers)} providers, {inspections} inspections, "
                f"{len(self._omitted)} left out>")

    def _repr_html_(self) -> str:
        from ._html import timeline_html
        return timeline_html(self)


def _registry_of(reports: Tuple[Any, ...], option: str, given: Any, kind: type) -> Any:
    """The registry a timeline reads by: the one given, else the one every report was parsed
    with (where they all name the same), else None (the built-in one)."""
    if given is not None:
        if not isinstance(given, kind):
            raise TypeError(f"{option} must be a judgement.{kind.__name__}, not {type(given).__name__}")
        return given
    chosen = None
    for r in reports:
        mine = r._options.get(option)
        if mine is None:
            continue
        if chosen is not None and mine is not chosen and mine != chosen:
            return None
        chosen = mine
    return chosen


def _timeline_from(reports: List[Any], profiles: Any, scales: Any) -> Timeline:
    return Timeline(reports, profiles=profiles, scales=scales)

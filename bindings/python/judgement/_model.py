"""The typed values a Report is made of. All are immutable."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal, Optional, Tuple

__all__ = [
    "BANDS", "PRECISIONS", "Band", "Date", "DateRange", "Span", "Source", "Inspector",
    "InspectionDates", "ProviderId", "Document", "Judgement", "Finding", "Paragraph", "Reference",
    "DateMention", "Quantity", "Diagnostic",
]

#: The common band every scale maps onto, best first.
BANDS: Tuple[str, ...] = ("outstanding", "good", "requires_improvement", "inadequate")
#: How much of a date the text gave.
PRECISIONS: Tuple[str, ...] = ("day", "month", "season", "academic_year", "year")

Band = Literal["outstanding", "good", "requires_improvement", "inadequate"]


class Date(datetime.date):
    """A ``datetime.date`` that remembers how much of it the text gave.

    A partial date ("June 2018") is the first day of its period with ``precision="month"``;
    it is never guessed into a day. ``str()`` writes it at its precision, as the JSON does.

    >>> d = Date(2018, 6, 1, "month")
    >>> str(d), d.precision, d == Date(2018, 6, 1, "day")
    ('2018-06', 'month', False)
    >>> d == datetime.date(2018, 6, 1)  # a plain date compares by value
    True
    """

    __slots__ = ("_precision",)

    def __new__(cls, year: int, month: int = 1, day: int = 1, precision: str = "day") -> "Date":
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, not {precision!r}")
        self = super().__new__(cls, year, month, day)
        self._precision = precision
        return self

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"``, ``"season"``, ``"academic_year"`` or ``"year"``."""
        return self._precision

    def iso(self) -> str:
        """ISO 8601 at the date's precision: ``2019-07-15``, ``2018-06`` or ``2015``."""
        if self._precision == "day":
            return self.isoformat()
        if self._precision == "year":
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}"

    def __str__(self) -> str:
        return self.iso()

    def __repr__(self) -> str:
        return f"judgement.Date({self.year}, {self.month}, {self.day}, {self._precision!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Date) and self._precision != other._precision:
            return False
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = datetime.date.__hash__

    def __reduce__(self):
        return (Date, (self.year, self.month, self.day, self._precision))


def _date(value) -> Optional[Date]:
    return None if value is None else Date(*value)


@dataclass(frozen=True)
class DateRange:
    """An inclusive period ("15 to 26 July 2019" ends on the 26th)."""

    start: Optional[Date]
    end: Optional[Date]

    @classmethod
    def _from(cls, t) -> "DateRange":
        return cls(_date(t[0]), _date(t[1]))


@dataclass(frozen=True)
class Span:
    """Where something was read: ``report.text[span.begin:span.end]`` is its text.

    ``begin`` and ``end`` are ``str`` indices into ``Report.text``; ``byte_begin`` and
    ``byte_end`` are the UTF-8 byte offsets the JSON contract uses. ``line`` is 1-based;
    ``page`` is the PDF page (0 where there are no pages).
    """

    begin: int
    end: int
    line: int
    page: int
    byte_begin: int
    byte_end: int

    @property
    def slice(self) -> slice:
        """``slice(begin, end)``, to cut the text with."""
        return slice(self.begin, self.end)


@dataclass(frozen=True)
class Source:
    """What a report was read from: its name (file name, or what ``name=`` gave), its size
    in bytes and its format (``"text"``, ``"markdown"`` or ``"pdf"``)."""

    name: str
    bytes: int
    format: str


@dataclass(frozen=True)
class Inspector:
    name: str
    role: Optional[str]  #: None where not stated


@dataclass(frozen=True)
class InspectionDates:
    """The dates of an inspection: the whole period and, where it was held in several
    periods, each of them."""

    start: Optional[Date]
    end: Optional[Date]
    periods: Tuple[DateRange, ...]


@dataclass(frozen=True)
class ProviderId:
    """A provider's ids on the register of England's children's services authorities: the ONS
    code, the DfE LA code and the Ofsted URN, each a string, None where the register does not
    give it (a former authority's ONS code)."""

    ons_code: Optional[str]  #: "E06000035"
    dfe_la_code: Optional[str]  #: "887"
    ofsted_urn: Optional[str]  #: "80522"


@dataclass(frozen=True)
class Document:
    """What kind of document a report is, who was inspected, when and by whom."""

    type: str  #: "ilacs", "focused_visit", "sif", ... (the contract's ids)
    inspectorate: Optional[str]  #: "Ofsted"; None where unknown
    provider: Optional[str]  #: "Medway Council"; None where unknown
    date: Optional[Date]
    published: Optional[Date]
    inspection_dates: Optional[InspectionDates]
    inspectors: Tuple[Inspector, ...]
    #: The register's ids of the authority the provider is (a children's trust: its council's);
    #: None where the provider is not on the register.
    provider_id: Optional[ProviderId] = None
    provider_name: Optional[str] = None  #: the register's name ("Medway"); None likewise

    @classmethod
    def _from(cls, t) -> "Document":
        dates = None
        if t[5] is not None:
            start, end, periods = t[5]
            dates = InspectionDates(_date(start), _date(end), tuple(DateRange._from(p) for p in periods))
        return cls(t[0], t[1], t[2], _date(t[3]), _date(t[4]), dates, tuple(Inspector(*i) for i in t[6]),
                   ProviderId(*t[7]) if t[7] is not None else None, t[8])


def _spans(ts) -> Tuple[Span, ...]:
    return tuple(Span(*s) for s in ts)


@dataclass(frozen=True)
class Judgement:
    """One judged area, however many times the report states it.

    ``grade`` is the scale's canonical label and ``code`` its number (``None`` where the
    scale has none); ``band`` is the common band (one of ``BANDS``); ``evidence`` holds a
    span for every statement of it.
    """

    area: str
    area_id: Optional[str]
    grade: str
    code: Optional[int]
    scale: str
    band: Band
    as_written: str
    evidence: Tuple[Span, ...]

    @classmethod
    def _from(cls, t) -> "Judgement":
        return cls(*t[:7], _spans(t[7]))


@dataclass(frozen=True)
class Finding:
    """An improvement point, finding, strength, concern or risk (``kind``), with its
    timeframe (``"within_3_months"``) and due date where it has them."""

    kind: str
    text: str
    section: Optional[str]  #: the heading it sits under; None where none
    paragraph: Optional[int]
    timeframe: Optional[str]
    due: Optional[Date]
    rating: Optional[str]
    span: Span

    @classmethod
    def _from(cls, t) -> "Finding":
        return cls(t[0], t[1], t[2], t[3], t[4], _date(t[5]), t[6], Span(*t[7]))


@dataclass(frozen=True)
class Paragraph:
    """A numbered paragraph: ``number`` 14 and ``label`` "3.14" for "3.14."; ``inferred``
    when its number was lost in conversion."""

    number: int
    label: str
    section: Optional[str]  #: the heading it sits under; None where none
    inferred: bool
    span: Span

    @classmethod
    def _from(cls, t) -> "Paragraph":
        return cls(*t[:4], Span(*t[4]))


@dataclass(frozen=True)
class Reference:
    """An earlier inspection the text speaks of, with what it says it concluded."""

    type: str
    start: Optional[Date]
    end: Optional[Date]
    published: Optional[Date]
    judgements: Tuple[Judgement, ...]
    span: Span

    @classmethod
    def _from(cls, t) -> "Reference":
        return cls(t[0], _date(t[1]), _date(t[2]), _date(t[3]), tuple(Judgement._from(j) for j in t[4]),
                   Span(*t[5]))


@dataclass(frozen=True)
class DateMention:
    """A date stated in the text, at the precision stated (``start == end`` for one date)."""

    text: str
    start: Optional[Date]
    end: Optional[Date]
    periods: Tuple[DateRange, ...]
    span: Span

    @property
    def precision(self) -> Optional[str]:
        return self.start.precision if self.start is not None else None

    @classmethod
    def _from(cls, t) -> "DateMention":
        return cls(t[0], _date(t[1]), _date(t[2]), tuple(DateRange._from(p) for p in t[3]), Span(*t[4]))


@dataclass(frozen=True)
class Quantity:
    """A figure stated in the text: "74 children" is ``value`` 74.0, ``unit`` "children";
    "from 39% to 25%" has ``from_value`` 39.0."""

    text: str
    value: float
    unit: str
    from_value: Optional[float]
    span: Span

    @classmethod
    def _from(cls, t) -> "Quantity":
        return cls(*t[:4], Span(*t[4]))


@dataclass(frozen=True)
class Diagnostic:
    """A problem found while reading; it never stops the parse."""

    severity: str  #: "error", "warning" or "info"
    code: str      #: stable id, e.g. "judgement-conflict", "unclassified"
    message: str
    span: Span

    @classmethod
    def _from(cls, t) -> "Diagnostic":
        return cls(*t[:3], Span(*t[3]))

"""judgement: Ofsted inspection reports (text or PDF) as structured data.

>>> import judgement
>>> r = judgement.parse("Overall effectiveness    Good\\n")
>>> r.judgements[0].grade, r.judgements[0].band
('Good', 'good')

Reading: :func:`parse` (text or bytes), :func:`parse_file` (a text or PDF file) and
:func:`parse_many` (many, on threads, the GIL released). Each gives a :class:`Report`.
Providers: :func:`find_authority` (the register of children's services authorities).
Tables: :func:`to_frame` (pandas). Over time: :class:`Timeline`, :func:`plot_timeline`.
Scales: :func:`scales`, :func:`scale`, :func:`define_scales`, :class:`ScaleRegistry`.
Frameworks: :func:`profiles`, :class:`ProfileRegistry` (your own kinds of document).
Errors: :class:`Error`, :class:`ParseError`, :class:`ScaleError`, :class:`ProfileError`.
"""

from . import _judgement
from ._errors import Error, ParseError, ProfileError, ScaleError
from ._frame import TABLES, to_frame
from ._model import (BANDS, PRECISIONS, Date, DateMention, DateRange, Diagnostic, Document, Finding,
                     InspectionDates, Inspector, Judgement, Paragraph, ProviderId, Quantity, Reference, Source,
                     Span)
from ._plot import plot_timeline
from ._profiles import Profile, ProfileRegistry, profiles
from ._register import Authority, authorities, authority_by_id, find_authority
from ._report import Report, ReportList, parse, parse_file, parse_many
from ._scales import Crosswalk, Grade, GradeMatch, Scale, ScaleRegistry, define_scales, scale, scales
from ._timeline import (Omission, ProviderTimeline, Timeline, TimelineInspection, TimelineJudgement,
                        provider_key)

__version__: str = _judgement.version

__all__ = [
    "__version__",
    # reading
    "parse", "parse_file", "parse_many", "Report", "ReportList",
    # the report's values
    "BANDS", "PRECISIONS", "Date", "DateRange", "Span", "Source", "Inspector", "InspectionDates",
    "ProviderId", "Document", "Judgement", "Finding", "Paragraph", "Reference", "DateMention", "Quantity", "Diagnostic",
    # the register of children's services authorities
    "Authority", "find_authority", "authority_by_id", "authorities",
    # scales
    "Grade", "GradeMatch", "Crosswalk", "Scale", "ScaleRegistry", "scales", "scale", "define_scales",
    # frameworks
    "Profile", "ProfileRegistry", "profiles",
    # many reports
    "Timeline", "ProviderTimeline", "TimelineInspection", "TimelineJudgement", "Omission", "provider_key",
    "to_frame", "TABLES", "plot_timeline",
    # errors
    "Error", "ParseError", "ScaleError", "ProfileError",
]

"""Grade scales: the built-in ones, looking them up, and defining new ones from text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Optional, Sequence, Tuple

from . import _judgement
from ._errors import ScaleError, from_native
from ._model import Band

__all__ = ["Grade", "GradeMatch", "Crosswalk", "Scale", "ScaleRegistry", "scales", "scale", "define_scales"]


@dataclass(frozen=True)
class Grade:
    """One grade of a scale: its canonical label, other ways it is written, its code (the
    scale's number for it, or ``None``), its rank (0 for the best), its band and its
    position (1.0 for the best grade, 0.0 for the worst)."""

    label: str
    aliases: Tuple[str, ...]
    code: Optional[int]
    rank: int
    band: Band
    position: float


@dataclass(frozen=True)
class GradeMatch:
    """A grade read from text, and whether the text named it by its number."""

    grade: Grade
    by_code: bool


@dataclass(frozen=True)
class Crosswalk:
    """A grade carried to another scale through the common band; ``exact`` when nothing
    was lost. Lossy by design: use it to draw trajectories, not to equate judgements."""

    grade: Grade
    exact: bool


class Scale:
    """A set of grades, best first.

    >>> import judgement
    >>> ofsted = judgement.scale("ofsted-requires-improvement")
    >>> [g.label for g in ofsted.grades]
    ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate']
    >>> m = ofsted.match("Grade 4 (Inadequate)")
    >>> m.grade.label, m.grade.band, m.by_code
    ('Inadequate', 'inadequate', True)
    """

    __slots__ = ("_native", "_grades")

    def __init__(self, native: "_judgement.Scale") -> None:
        self._native = native
        self._grades = tuple(Grade(*g) for g in native.grades())

    @property
    def id(self) -> str:
        return self._native.id

    @property
    def name(self) -> str:
        return self._native.name

    @property
    def grades(self) -> Tuple[Grade, ...]:
        return self._grades

    @property
    def lower_code_is_better(self) -> bool:
        """True when the best grade has the lowest code (Ofsted), false when it has the
        highest (Care Inspectorate) or the scale has no codes."""
        return self._native.lower_code_is_better

    def _grade(self, index: Optional[int]) -> Optional[Grade]:
        return None if index is None else self._grades[index]

    def match(self, text: str) -> Optional[GradeMatch]:
        """Reads a grade as written ("Requires improvement\\nto be good", "Grade 4",
        "4 (Inadequate)"); ``None`` when the whole text is not a grade of this scale."""
        found = self._native.match(text)
        return None if found is None else GradeMatch(self._grades[found[0]], found[1])

    def by_code(self, code: int) -> Optional[Grade]:
        return self._grade(self._native.by_code(code))

    def by_label(self, label: str) -> Optional[Grade]:
        """The grade whose label or alias is ``label`` (compared without case or spacing)."""
        return self._grade(self._native.by_label(label))

    def crosswalk(self, grade: Grade, to: "Scale") -> Optional[Crosswalk]:
        """``grade`` of this scale carried onto scale ``to`` through the common band."""
        if grade not in self._grades:
            raise ValueError(f"{grade.label!r} is not a grade of {self.id}")
        found = self._native.crosswalk(self._grades.index(grade), to._native)
        return None if found is None else Crosswalk(to._grades[found[0]], found[1])

    def __len__(self) -> int:
        return len(self._grades)

    def __iter__(self) -> Iterator[Grade]:
        return iter(self._grades)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Scale):
            return NotImplemented
        return self._native.equals(other._native)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        grades = [(g.label, list(g.aliases), g.code, g.band) for g in self._grades]
        return (_scale_from_grades, (self.id, self.name, grades))

    def __repr__(self) -> str:
        return f"<judgement.Scale {self.id}: {', '.join(g.label for g in self._grades)}>"


def _scale_from_grades(id: str, name: str, grades: list) -> Scale:
    return Scale(_judgement.Scale(id, name, grades))


class ScaleRegistry:
    """The scales judgements are read against, looked up by id: pass one to
    :func:`parse` as ``scales=``. It starts with the built-in scales (or none, with
    ``builtin=False``) and grows with :meth:`define`, which refuses an id it holds.

    >>> import judgement
    >>> reg = judgement.ScaleRegistry()
    >>> reg.define('scale traffic-light "Traffic light rating"\\n  "Green" "Amber" "Red"\\nend\\n')
    ['traffic-light']
    >>> [g.band for g in reg["traffic-light"].grades]
    ['outstanding', 'requires_improvement', 'inadequate']
    """

    __slots__ = ("_native",)

    def __init__(self, definitions: Optional[str] = None, *, builtin: bool = True) -> None:
        self._native = _judgement.ScaleRegistry.builtin() if builtin else _judgement.ScaleRegistry.empty()
        if definitions:
            self.define(definitions)

    @property
    def scales(self) -> Tuple[Scale, ...]:
        return tuple(Scale(s) for s in self._native.scales())

    def ids(self) -> List[str]:
        return [s.id for s in self._native.scales()]

    def find(self, id: str) -> Optional[Scale]:
        found = self._native.find(id)
        return None if found is None else Scale(found)

    def __getitem__(self, id: str) -> Scale:
        found = self.find(id)
        if found is None:
            raise KeyError(id)
        return found

    def __contains__(self, id: object) -> bool:
        return isinstance(id, str) and self._native.find(id) is not None

    def __iter__(self) -> Iterator[Scale]:
        return iter(self.scales)

    def __len__(self) -> int:
        return len(self._native.scales())

    def define(self, text: str) -> List[str]:
        """Reads scale definitions (the scale language of docs/scales.md) and adds every
        scale, or none: a :class:`ScaleError` gives the first problem with its line and
        column. Returns the ids added."""
        result = self._native.with_definitions(text)
        if not isinstance(result[0], _judgement.ScaleRegistry):
            raise from_native(result, text, ScaleError)
        self._native, ids = result
        return list(ids)

    def add(self, scale: Scale) -> None:
        """Adds a scale; an id the registry holds already is a :class:`ScaleError`."""
        result = self._native.with_scale(scale._native)
        if isinstance(result, tuple):
            raise from_native(result, None, ScaleError)
        self._native = result

    def to_json(self, pretty: bool = False) -> str:
        """The scales as ``judgement scales --format json`` lists them."""
        return self._native.to_json(pretty)

    def __reduce__(self):
        return (_registry_from_scales, (list(self.scales),))

    def __repr__(self) -> str:
        return f"<judgement.ScaleRegistry {', '.join(self.ids())}>"


def _registry_from_scales(scales: Sequence[Scale]) -> ScaleRegistry:
    registry = ScaleRegistry(builtin=False)
    for s in scales:
        registry.add(s)
    return registry


def scales() -> Tuple[Scale, ...]:
    """The built-in scales, in the contract's order."""
    return ScaleRegistry().scales


def scale(id: str) -> Scale:
    """The built-in scale with this id (``KeyError`` if there is none)."""
    return ScaleRegistry()[id]


def define_scales(text: str) -> List[Scale]:
    """Reads scale definitions from text without adding them anywhere.

    >>> import judgement
    >>> try:
    ...     judgement.define_scales('scale x "X"\\n  "A" = 1 band nowhere\\n  "B" = 2\\nend\\n')
    ... except judgement.ScaleError as e:
    ...     print(e.line, e.column > 0)
    2 True
    """
    result = _judgement.define_scales(text)
    if isinstance(result, tuple):
        raise from_native(result, text, ScaleError)
    return [Scale(s) for s in result]

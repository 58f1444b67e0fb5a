"""Framework profiles: what each kind of document is and how to read it, as data (the profile
language of docs/adding-a-framework.md), and defining your own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Optional, Sequence, Tuple

from . import _judgement
from ._errors import ProfileError, from_native

__all__ = ["Profile", "ProfileRegistry", "profiles"]


@dataclass(frozen=True)
class Profile:
    """One kind of document: its ``id`` is the document type it gives (``"ilacs"``)."""

    id: str
    name: str
    inspectorate: Optional[str]  #: an inspectorate id (``"ofsted"``), or None
    kind: str  #: ``"report"``, ``"letter"`` or ``"paper"``
    series: str  #: inspections of one series follow on from each other in a timeline


class ProfileRegistry:
    """The framework profiles documents are read by: pass one to :func:`parse` (and
    :func:`parse_file`, :func:`parse_many`) as ``profiles=``. It starts with the built-in
    profiles and grows with :meth:`define`, which adds all of a text's definitions or none.

    >>> import judgement
    >>> reg = judgement.ProfileRegistry()
    >>> reg.define('profile harbour_review "Harbour review"\\n'
    ...            '  inspectorate ofsted\\n  title "harbour review of"\\n'
    ...            '  area harbour_outcomes "harbour outcomes"\\nend\\n')
    ['harbour_review']
    >>> r = judgement.parse("Harbour review of Eastmere\\n\\nHarbour outcomes     Good\\n", profiles=reg)
    >>> r.document.type, r.judgements[0].area_id
    ('harbour_review', 'harbour_outcomes')
    """

    __slots__ = ("_native", "_definitions")

    def __init__(self, definitions: Optional[str] = None) -> None:
        self._native = _judgement.ProfileRegistry.builtin()
        self._definitions: Tuple[str, ...] = ()
        if definitions:
            self.define(definitions)

    @property
    def profiles(self) -> Tuple[Profile, ...]:
        return tuple(Profile(*p) for p in self._native.profiles())

    def ids(self) -> List[str]:
        return [p[0] for p in self._native.profiles()]

    def find(self, id: str) -> Optional[Profile]:
        for p in self.profiles:
            if p.id == id:
                return p
        return None

    def __getitem__(self, id: str) -> Profile:
        found = self.find(id)
        if found is None:
            raise KeyError(id)
        return found

    def __contains__(self, id: object) -> bool:
        return isinstance(id, str) and id in self.ids()

    def __iter__(self) -> Iterator[Profile]:
        return iter(self.profiles)

    def __len__(self) -> int:
        return len(self._native.profiles())

    def define(self, text: str) -> List[str]:
        """Reads profile and inspectorate definitions (the profile language of
        docs/adding-a-framework.md) and adds them all, or none: a :class:`ProfileError` gives
        the first problem with its line and column (an id already held, an inspectorate or
        area id defined nowhere, a syntax error). Returns the profile ids added.

        >>> import judgement
        >>> try:
        ...     judgement.ProfileRegistry().define('profile x "X"\\n  kind pamphlet\\nend\\n')
        ... except judgement.ProfileError as e:
        ...     print(e.code, e.line)
        profile_definition 2
        """
        result = self._native.with_definitions(text)
        if not isinstance(result[0], _judgement.ProfileRegistry):
            raise from_native(result, text, ProfileError)
        self._native, ids = result
        self._definitions += (text,)
        return list(ids)

    def __reduce__(self):
        return (_registry_from_definitions, (self._definitions,))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ProfileRegistry) and self._definitions == other._definitions

    def __hash__(self) -> int:
        return hash(self._definitions)

    def __repr__(self) -> str:
        return f"<judgement.ProfileRegistry {len(self)} profiles>"


def _registry_from_definitions(definitions: Sequence[str]) -> ProfileRegistry:
    registry = ProfileRegistry()
    for text in definitions:
        registry.define(text)
    return registry


def profiles() -> Tuple[Profile, ...]:
    """The built-in profiles, in the order documents are matched against them."""
    return ProfileRegistry().profiles

"""The register of England's children's services authorities: names as written resolved to
an authority with its ids (docs/register.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from . import _judgement

__all__ = ["Authority", "find_authority", "authority_by_id", "authorities"]


@dataclass(frozen=True)
class Authority:
    """A children's services authority on the register. An id the register does not give is
    None (a former authority's ONS code)."""

    name: str  #: as the ONS writes it: "Bristol, City of"
    ons_code: Optional[str]  #: "E06000035"
    dfe_la_code: Optional[str]  #: "887"
    ofsted_urn: Optional[str]  #: "80522"
    region: str
    type: str  #: "Unitary Authority", "London Borough", ...; may be empty
    former: bool  #: it no longer exists (Cumbria, Northamptonshire, Poole)
    ended: Optional[str]  #: ISO date its successors took over
    successors: Tuple[str, ...]  #: the successors' DfE LA codes

    @classmethod
    def _from(cls, t) -> "Authority":
        return cls(*t[:8], tuple(t[8]))


def find_authority(name: str) -> Optional[Authority]:
    """The authority a provider's name as written stands for, or None.

    >>> import judgement
    >>> judgement.find_authority("Hull City Council").ons_code
    'E06000010'
    >>> judgement.find_authority("Sandwell Children's Trust").name
    'Sandwell'
    >>> judgement.find_authority("Cardiff Council") is None
    True
    """
    match = _judgement.match_authority(name)
    return Authority._from(match[0]) if match is not None else None


def authority_by_id(id: str) -> Optional[Authority]:
    """The authority with this ONS code, DfE LA code or Ofsted URN, or None."""
    t = _judgement.authority_by_id(id)
    return Authority._from(t) if t is not None else None


def authorities() -> Tuple[Authority, ...]:
    """Every authority on the register, current and former."""
    return tuple(Authority._from(t) for t in _judgement.authorities())

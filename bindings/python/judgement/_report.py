"""Reading documents into Reports."""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from . import _judgement
from ._errors import Error, ParseError, from_native
from ._model import (Diagnostic, Document, Finding, Judgement, Paragraph, Quantity, Reference,
                     DateMention, Source, Span)

__all__ = ["Report", "parse", "parse_file", "parse_many"]

TextOrBytes = Union[str, bytes, bytearray, memoryview]
PathLike = Union[str, "os.PathLike[str]"]

_OPTION_NAMES = ("utf8", "name", "scales", "profiles", "resolve_yearless_dates", "pdf_layout", "timeframe_base", "max_bytes",
                 "pdf_max_milliseconds", "pdf_max_read_bytes", "pdf_max_glyphs")


def _native_options(options: Dict[str, Any]) -> "_judgement.Options":
    unknown = set(options) - set(_OPTION_NAMES)
    if unknown:
        raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}; "
                        f"the options are {', '.join(_OPTION_NAMES)}")
    kwargs = {k: v for k, v in options.items() if v is not None}
    scales = kwargs.pop("scales", None)
    if scales is not None:
        from ._scales import ScaleRegistry
        if not isinstance(scales, ScaleRegistry):
            raise TypeError(f"scales must be a judgement.ScaleRegistry, not {type(scales).__name__}")
        kwargs["scales"] = scales._native
    profiles = kwargs.pop("profiles", None)
    if profiles is not None:
        from ._profiles import ProfileRegistry
        if not isinstance(profiles, ProfileRegistry):
            raise TypeError(f"profiles must be a judgement.ProfileRegistry, not {type(profiles).__name__}")
        kwargs["profiles"] = profiles._native
    if "resolve_yearless_dates" in kwargs:
        kwargs["resolve_yearless_dates"] = bool(kwargs["resolve_yearless_dates"])
    return _judgement.Options(**kwargs)


class Report:
    """One document read into structured data (schema ``judgement.report/1``).

    Make one with :func:`parse`, :func:`parse_file` or :func:`parse_many`, or with
    ``Report(text_or_bytes, **options)``, which is :func:`parse`. A report is immutable.

    The typed properties (``document``, ``judgements``, ``findings``, ``paragraphs``,
    ``references``, ``dates``, ``quantities``, ``diagnostics``) hold the values of
    :mod:`judgement`'s dataclasses, their spans as ``str`` indices into :attr:`text`;
    :meth:`to_dict` is the contract's JSON document itself (spans in UTF-8 bytes).

    A report pickles as its JSON, its text (and the PDF's bytes) and its options, and is read
    back from them, not parsed again: the copy is equal to the report even where scales were
    defined or options changed in between; so it crosses process pools and Dask workers.

    >>> import judgement
    >>> r = judgement.parse("Inspection of Eastwich local authority children’s services\\n"
    ...                     "Inspection dates: 4 to 15 March 2024\\n")
    >>> r.document.inspection_dates.start
    judgement.Date(2024, 3, 4, 'day')
    >>> span = r.dates[0].span
    >>> r.text[span.begin:span.end]
    '4 to 15 March 2024'
    """

    __slots__ = ("_native", "_options", "_cache", "__weakref__")

    def __init__(self, text_or_bytes: TextOrBytes, **options: Any) -> None:
        _refuse_path(text_or_bytes)
        native = _judgement.parse(text_or_bytes, _native_options(options))
        if isinstance(native, tuple):
            raise from_native(native, text_or_bytes if isinstance(text_or_bytes, str) else None)
        self._adopt(native, options)

    def _adopt(self, native: "_judgement.Report", options: Dict[str, Any]) -> None:
        self._native = native
        self._cache: Dict[str, Any] = {}
        options = {k: v for k, v in options.items() if v is not None}
        name = native.source()[0]
        if name:
            options["name"] = name  # a file's name, so that a re-parse names it alike
        self._options = options

    @classmethod
    def _wrap(cls, native: "_judgement.Report", options: Dict[str, Any]) -> "Report":
        report = cls.__new__(cls)
        report._adopt(native, options)
        return report

    def _get(self, key: str, make):
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = make()
            return value

    @property
    def text(self) -> str:
        """The text the report was read from (for a PDF, the text taken out of it); every
        span is a slice of it."""
        return self._get("text", self._native.text)

    @property
    def options(self) -> Dict[str, Any]:
        """The options it was parsed with (a copy)."""
        return dict(self._options)

    @property
    def source(self) -> Source:
        return self._get("source", lambda: Source(*self._native.source()))

    @property
    def document(self) -> Document:
        """Its type, inspectorate, provider, dates and inspectors."""
        return self._get("document", lambda: Document._from(self._native.document()))

    @property
    def judgements(self) -> Tuple[Judgement, ...]:
        """The document's own judgements, one per judged area."""
        return self._get("judgements", lambda: tuple(Judgement._from(t) for t in self._native.judgements()))

    @property
    def findings(self) -> Tuple[Finding, ...]:
        return self._get("findings", lambda: tuple(Finding._from(t) for t in self._native.findings()))

    @property
    def paragraphs(self) -> Tuple[Paragraph, ...]:
        return self._get("paragraphs", lambda: tuple(Paragraph._from(t) for t in self._native.paragraphs()))

    @property
    def references(self) -> Tuple[Reference, ...]:
        """Earlier inspections the text speaks of."""
        return self._get("references", lambda: tuple(Reference._from(t) for t in self._native.references()))

    @property
    def dates(self) -> Tuple[DateMention, ...]:
        return self._get("dates", lambda: tuple(DateMention._from(t) for t in self._native.dates()))

    @property
    def quantities(self) -> Tuple[Quantity, ...]:
        return self._get("quantities", lambda: tuple(Quantity._from(t) for t in self._native.quantities()))

    @property
    def diagnostics(self) -> Tuple[Diagnostic, ...]:
        return self._get("diagnostics", lambda: tuple(Diagnostic._from(t) for t in self._native.diagnostics()))

    def judgement(self, area: str) -> Optional[Judgement]:
        """The judgement of an area, by ``area_id`` ("overall_effectiveness") or as printed;
        ``None`` where the report does not judge it."""
        for j in self.judgements:
            if j.area_id == area or j.area == area:
                return j
        return None

    def excerpt(self, span: Span) -> str:
        """The text of a span: ``report.text[span.begin:span.end]``."""
        return self.text[span.begin:span.end]

    def to_json(self, pretty: bool = False) -> str:
        """The report as the contract's JSON (what ``judgement parse --format json`` prints)."""
        return self._native.to_json(pretty)

    def write_json(self, file: Any, pretty: bool = False) -> None:
        """Writes ``to_json(pretty)`` to ``file`` (an open text file, or anything with a
        ``write(str)`` method) in stretches of about 64 KiB, never holding the whole JSON: for
        reports too large to want their JSON as one string. What ``file.write`` raises
        propagates."""
        self._native.write_json(file.write, pretty)

    def to_dict(self) -> Dict[str, Any]:
        """The report as the contract's JSON document, parsed: equal to
        ``json.loads(report.to_json())``. Spans in it are UTF-8 byte offsets."""
        return json.loads(self._native.to_json(False))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Report):
            return NotImplemented
        return self._native.equals(other._native)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        native = self._native
        return (_unpickle_json, (native.to_json(False).encode("utf-8"), native.text_bytes(),
                                 native.pdf_bytes(), self._options))

    def __repr__(self) -> str:
        d = self.document
        parts = [d.type]
        if d.provider:
            parts.append(repr(d.provider))
        if d.inspection_dates and d.inspection_dates.start:
            parts.append(f"{d.inspection_dates.start}..{d.inspection_dates.end}")
        elif d.date:
            parts.append(str(d.date))
        name = f" from {self.source.name!r}" if self.source.name else ""
        return (f"<judgement.Report {' '.join(parts)}{name}: {len(self.judgements)} judgements, "
                f"{len(self.findings)} findings>")

    def _repr_html_(self) -> str:
        from ._html import report_html
        return report_html(self)


def _refuse_path(text: Any) -> None:
    """parse() reads its argument as the document's text: a one-line str naming an existing
    file or folder is almost surely meant as a path, so it is refused, with the call to make."""
    if not isinstance(text, str) or "\n" in text or "\r" in text or not text.strip() or len(text) > 4096:
        return
    try:
        exists = os.path.exists(text)
    except (OSError, ValueError):
        return
    if exists:
        what = "a folder" if os.path.isdir(text) else "a file"
        call = "parse_many" if os.path.isdir(text) else "parse_file"
        raise ValueError(f"{text!r} is the path of {what}, and parse() reads its argument as the "
                         f"document's text: use judgement.{call}({text!r}) to read it (or pass the text "
                         f"as bytes to parse it as text)")


def _unpickle(source: bytes, options: Dict[str, Any]) -> Report:
    # Pickles written by earlier versions hold the source and parse it again.
    return Report(source, **options)


def _unpickle_json(json_bytes: bytes, text: bytes, pdf: bytes, options: Dict[str, Any]) -> Report:
    return Report._wrap(_judgement.report_from_json(json_bytes, text, pdf), options)


def parse(text_or_bytes: TextOrBytes, *, utf8: str = "replace", name: Optional[str] = None,
          scales: Any = None, profiles: Any = None, resolve_yearless_dates: bool = False,
          pdf_layout: str = "physical",
          timeframe_base: str = "automatic", max_bytes: Optional[int] = None,
          pdf_max_milliseconds: Optional[int] = None, pdf_max_read_bytes: Optional[int] = None,
          pdf_max_glyphs: Optional[int] = None) -> Report:
    """Parses a document held in memory: text (``str``), or ``bytes`` of text or of a PDF
    (told apart by content). The GIL is released while it parses.

    Options:
        utf8: ``"replace"`` (bad bytes become U+FFFD and an ``invalid-utf8`` diagnostic) or
            ``"strict"`` (a :class:`ParseError` with the position).
        name: the name the report gives its source.
        scales: a :class:`ScaleRegistry` to read grades against (default: the built-in one).
        profiles: a :class:`ProfileRegistry` of the frameworks documents are read by
            (default: the built-in one).
        resolve_yearless_dates: give "on 13 and 14 July" the document's year.
        pdf_layout: ``"physical"``, ``"reading_order"`` or ``"raw"``.
        timeframe_base: what due dates count from: ``"automatic"``, ``"published"``,
            ``"document_date"`` or ``"last_inspection_day"``.
        max_bytes: the largest input read or parsed (default 256 MiB; 0 for no bound but
            4 GiB - 1, the most the library reads); a larger one is a :class:`ParseError`
            with ``code == "limit"``.
        pdf_max_milliseconds, pdf_max_read_bytes, pdf_max_glyphs: the budget of reading a PDF
            (default 30 000 ms, 1 GiB read from its streams, 200 000 glyphs a page; 0 for no
            bound), whose drawing can cost far more than its size; past it, a
            :class:`ParseError` with ``code == "limit"``. Ctrl-C stops a PDF being read
            (``KeyboardInterrupt``).

    Raises :class:`ParseError` only for input that cannot be read at all. A one-line ``str``
    that names an existing file or folder raises ``ValueError`` pointing to
    :func:`parse_file` or :func:`parse_many`: it is never read as text by mistake.

    >>> import judgement
    >>> r = judgement.parse("Overall effectiveness    Inadequate\\n", name="note.txt")
    >>> r.source.name, [(j.area_id, j.grade, j.code, j.band) for j in r.judgements]
    ('note.txt', [('overall_effectiveness', 'Inadequate', 4, 'inadequate')])
    """
    return Report(text_or_bytes, utf8=utf8, name=name, scales=scales, profiles=profiles,
                  resolve_yearless_dates=resolve_yearless_dates, pdf_layout=pdf_layout,
                  timeframe_base=timeframe_base, max_bytes=max_bytes,
                  pdf_max_milliseconds=pdf_max_milliseconds, pdf_max_read_bytes=pdf_max_read_bytes,
                  pdf_max_glyphs=pdf_max_glyphs)


def parse_file(path: PathLike, **options: Any) -> Report:
    """Reads and parses a file, text or PDF (told apart by content, not by name), with the
    options of :func:`parse`. The report is named after the file unless ``name`` is given.
    The file is read and parsed with the GIL released.

    >>> import judgement, pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "visit.txt")
    ...     _ = p.write_text("Overall effectiveness    Good\\n")
    ...     r = judgement.parse_file(p)
    >>> r.source.name, r.judgements[0].grade
    ('visit.txt', 'Good')
    """
    native = _judgement.parse_file(os.fsdecode(os.fspath(path)), _native_options(options))
    if isinstance(native, tuple):
        raise from_native(native)
    return Report._wrap(native, options)


class ReportList(list):
    """What :func:`parse_many` returns: a ``list`` (of :class:`Report`, and of
    :class:`ParseError` with ``errors="return"``) whose ``repr`` stays short however many it
    holds: a count, then the first few and the last."""

    def __repr__(self) -> str:
        if len(self) <= 6:
            return super().__repr__()
        failed = sum(1 for x in self if not isinstance(x, Report))
        head = ", ".join(repr(x) for x in self[:3])
        return (f"[{head}, ... {len(self) - 4} more ..., {self[-1]!r}]  "
                f"# {len(self)} items" + (f", {failed} failed" if failed else ""))

    __str__ = __repr__


_DOCUMENT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".pdf")


def _folder_documents(folder: str) -> List[str]:
    """The documents in a folder and its subfolders, as the CLI takes them: names ending in
    .txt, .text, .md, .markdown or .pdf (any case), hidden entries skipped, in sorted byte
    order, depth first."""
    out: List[str] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError as e:
        raise FileNotFoundError(f"{folder}: {e.strerror}") from None
    for e in entries:
        if e.name.startswith("."):
            continue
        if e.is_dir():
            out.extend(_folder_documents(e.path))
        elif e.name.lower().endswith(_DOCUMENT_SUFFIXES):
            out.append(e.path)
    return out


def _has_magic(s: str) -> bool:
    return any(c in s for c in "*?[")


def _in_folder(folder: str) -> List[Tuple[bool, Any, Optional[str]]]:
    """A folder's documents as parse_many items, each named by its path below the folder
    ("2019/medway.pdf"), as the CLI names them."""
    return [(True, p, os.path.relpath(p, folder).replace(os.sep, "/")) for p in _folder_documents(folder)]


def _expand(item: Any) -> List[Tuple[bool, Any, Optional[str]]]:
    """One item of parse_many as (is_path, value, name) items: a folder stands for its
    documents (named by their path below it), a glob for the files it matches (sorted), a path
    for itself (named by its file name), a text or bytes for itself."""
    if isinstance(item, os.PathLike):
        item = os.fsdecode(os.fspath(item))
        is_text = False
    elif isinstance(item, str):
        is_text = "\n" in item or "\r" in item
    elif isinstance(item, (bytes, bytearray, memoryview)):
        return [(False, item, None)]
    else:
        raise TypeError(f"parse_many takes paths, folders, globs, str or bytes, not {type(item).__name__}")
    if is_text:
        return [(False, item, None)]
    if os.path.isdir(item):
        return _in_folder(item)
    if _has_magic(item) and not os.path.exists(item):
        import glob
        matches = sorted(glob.glob(item, recursive=True), key=os.fsencode)
        if not matches:
            raise FileNotFoundError(f"no file matches {item!r}")
        out: List[Tuple[bool, Any, Optional[str]]] = []
        for m in matches:
            out.extend(_in_folder(m) if os.path.isdir(m) else [(True, m, None)])
        return out
    return [(True, item, None)]


def parse_many(paths_or_texts: Union[PathLike, Iterable[Union[PathLike, TextOrBytes]]], jobs: Optional[int] = None,
               *, errors: str = "raise", **options: Any) -> List[Union[Report, ParseError]]:
    """Parses many documents on ``jobs`` threads (default: one per CPU) with the GIL
    released, and returns their reports in input order.

    ``paths_or_texts`` is a folder, a glob (``"reports/*.pdf"``, ``"reports/**/*.txt"``) or
    a path, as a ``str`` or ``os.PathLike``, or a list of them and of texts. In a list each
    item is a path, a folder or a glob (``os.PathLike``, or a ``str`` without a line break),
    a text (a ``str`` with line breaks) or ``bytes`` (text or PDF). A folder stands for the
    documents in it and its subfolders (``.txt``, ``.text``, ``.md``, ``.markdown``,
    ``.pdf``), a glob for the files it matches, each in sorted order as the CLI takes them; a
    glob that matches nothing raises ``FileNotFoundError``. A file found in a folder is named
    (``source.name``) by its path below that folder (``"2019/medway.pdf"``), as the CLI names
    it, so that files of the same name in different subfolders stay apart; a file given
    outright, or matched by a glob, by its file name. The other options are those of :func:`parse` (``name`` is not accepted).

    ``errors="raise"`` raises the first item's error (in input order) once all are done;
    ``errors="return"`` puts the :class:`ParseError` in that item's place instead (and
    :func:`to_frame` leaves those out with a warning); ``errors="skip"`` leaves failed items
    out, with one warning naming how many and the first.

    >>> import judgement
    >>> texts = ["Overall effectiveness    Good\\n", "Overall effectiveness    Inadequate\\n"]
    >>> [r.judgements[0].grade for r in judgement.parse_many(texts, jobs=2)]
    ['Good', 'Inadequate']
    """
    if "name" in options:
        raise TypeError("parse_many does not take name: files are named after themselves")
    if errors not in ("raise", "return", "skip"):
        raise ValueError(f"errors must be 'raise', 'return' or 'skip', not {errors!r}")
    if isinstance(paths_or_texts, (str, os.PathLike)):
        if isinstance(paths_or_texts, str) and ("\n" in paths_or_texts or "\r" in paths_or_texts):
            raise TypeError("parse_many takes a folder, a glob, a path or a list of them and of texts; "
                            "for one text, use judgement.parse(text)")
        paths_or_texts = [paths_or_texts]
    elif isinstance(paths_or_texts, (bytes, bytearray, memoryview)):
        raise TypeError("parse_many takes a list; for one document's bytes, use judgement.parse(data)")
    items = [pair for x in paths_or_texts for pair in _expand(x)]
    if jobs is None:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    natives = _judgement.parse_many(items, _native_options(options), jobs)
    out: List[Union[Report, ParseError]] = ReportList()
    skipped: List[ParseError] = []
    for (is_path, value, _), native in zip(items, natives):
        if isinstance(native, tuple):
            error = from_native(native, value if isinstance(value, str) and not is_path else None)
            if errors == "raise":
                raise error
            if errors == "skip":
                skipped.append(error)
            else:
                out.append(error)
        else:
            out.append(Report._wrap(native, options))
    if skipped:
        import warnings
        warnings.warn(f"parse_many skipped {len(skipped)} document(s) that could not be read; the first: {skipped[0]}",
                      stacklevel=2)
    return out

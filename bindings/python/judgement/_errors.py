"""The exceptions the package raises."""

from __future__ import annotations

__all__ = ["Error", "ParseError", "ScaleError"]


class Error(Exception):
    """Something judgement could not do.

    Attributes:
        message: what went wrong.
        code: the library's error code: ``"io"``, ``"encoding"``, ``"pdf"``, ``"json"``,
            ``"scale_definition"``, ``"invalid_argument"``, ``"out_of_memory"`` or ``"limit"``
            (an input past ``max_bytes``).
        offset: where in the input, as an index into the ``str`` given (or a byte offset
            into ``bytes``); 0 where there is no position.
        line, column: 1-based position of ``offset`` (the column counts characters of a
            ``str``, bytes of ``bytes``); 0 where there is no position.
        excerpt: the input line and a caret under the column; empty without a position.

    Errors pickle with every attribute, so they cross process pools.
    """

    def __init__(self, message: str, *, code: str = "invalid_argument", offset: int = 0,
                 line: int = 0, column: int = 0, excerpt: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.offset = offset
        self.line = line
        self.column = column
        self.excerpt = excerpt

    def __str__(self) -> str:
        if not self.line:
            return self.message
        text = f"{self.line}:{self.column}: {self.message}"
        return f"{text}\n{self.excerpt}" if self.excerpt else text

    def __reduce__(self):  # keyword-only attributes travel as state
        return (type(self), (self.message,), dict(self.__dict__))


class ParseError(Error):
    """An input that cannot be read at all: a file that cannot be opened (``code == "io"``),
    bytes that are not UTF-8 under ``utf8="strict"`` (``"encoding"``), a PDF poppler cannot
    open (``"pdf"``) or an input larger than ``max_bytes`` (``"limit"``). Problems inside readable text are never errors: they are
    ``Report.diagnostics``.

    >>> import judgement
    >>> try:
    ...     judgement.parse(b"Inspection dates:\\n\\xff bad byte", utf8="strict")
    ... except judgement.ParseError as e:
    ...     print(e.code, e.line, e.column, e.offset)
    encoding 2 1 18
    """


class ScaleError(Error):
    """A scale definition that does not parse or does not make sense, with the position of
    the first problem (``code == "scale_definition"``), or a scale a registry refuses."""


class ProfileError(Error):
    """A framework profile definition that does not parse or that a registry refuses, with
    the position of the first problem (``code == "profile_definition"``)."""


_CLASSES = {"io": ParseError, "encoding": ParseError, "pdf": ParseError, "json": ParseError,
            "limit": ParseError, "out_of_memory": ParseError, "cancelled": ParseError,
            "scale_definition": ScaleError, "profile_definition": ProfileError}


def from_native(error: tuple, text: str | None = None, cls: type[Error] | None = None) -> Error:
    """The exception for a native error tuple (code, message, offset, line, column, excerpt).
    Where the input was a ``str`` (``text``), byte positions become ``str`` positions."""
    code, message, offset, line, column, excerpt = error
    if text is not None and line:
        encoded = text.encode("utf-8", "surrogatepass")
        prefix = encoded[:offset].decode("utf-8", "replace")
        offset = len(prefix)
        column = offset - (prefix.rfind("\n") + 1) + 1
    kind = cls or _CLASSES.get(code, Error)
    return kind(message, code=code, offset=offset, line=line, column=column, excerpt=excerpt)

"""The exception tree of hdnd_model.

Every error the library raises on purpose is an :class:`HdndError`::

    HdndError(Exception)
    ├── InvalidModelError(HdndError, ValueError)   a model object refused at construction
    ├── FormatError(HdndError, ValueError)         bad JSON/XML: every problem with its path
    │   ├── UnsupportedVersionError                a format_version this release cannot read
    │   └── SchemaValidationError                  a document that breaks the bundled schema
    ├── RenderError(HdndError)                     a document that cannot be rendered
    ├── ImporterError(HdndError)                   a source that cannot be imported
    ├── OutputBusyError(HdndError)                 an output another run is writing
    └── SameFileError(HdndError, ValueError)       an output that is also an input

    ModelWarning(UserWarning)                      a record the policy lets pass with a warning

Errors carry their data as attributes and compare equal when their data is equal, so tests and
callers can match on them without parsing messages. The library never exits the process; only
the CLI maps errors to exit codes.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "FormatError",
    "HdndError",
    "ImporterError",
    "InvalidModelError",
    "ModelWarning",
    "OutputBusyError",
    "RenderError",
    "SameFileError",
    "SchemaValidationError",
    "UnsupportedVersionError",
]


_MAX_SHOWN = 200  # the longest value a message shows; the error's ``value`` keeps all of it


class HdndError(Exception):
    """The base of every error hdnd_model raises on purpose."""

    def _key(self) -> tuple[Any, ...]:
        return self.args

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other):
            return NotImplemented
        assert isinstance(other, HdndError)
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((type(self), repr(self._key())))


class InvalidModelError(HdndError, ValueError):
    """A model object refused at construction: the field, the value and the rule it breaks.

    Attributes:
        field: the name of the field (dotted for nested rules, e.g. ``"tally.present"``).
        value: the offending value.
        reason: the rule, worded to follow the field name (``"must be at least 1"``).
        owner: the class whose construction failed, when known.
    """

    def __init__(self, field: str, value: object, reason: str, *, owner: str | None = None):
        self.field = field
        self.value = value
        self.reason = reason
        self.owner = owner
        super().__init__(field, value, reason, owner)

    def __str__(self) -> str:
        where = f"{self.owner}." if self.owner else ""
        shown = repr(self.value)
        if len(shown) > _MAX_SHOWN:
            shown = f"{shown[: _MAX_SHOWN - 3]}..."
        return f"'{where}{self.field}' {self.reason} (got {shown})"

    def _key(self) -> tuple[Any, ...]:
        return (self.field, repr(self.value), self.reason, self.owner)


class ModelWarning(UserWarning):
    """A record that breaks a rule of practice the policy only warns about.

    The message names the class, the field, the value and the rule, as an
    :class:`InvalidModelError` would; ``Policy(...=RuleMode.REFUSE)`` makes it that error.
    """


class FormatError(HdndError, ValueError):
    """A document (JSON, XML, stream record) that cannot be read.

    Attributes:
        problems: every problem found, each a message that starts with its location
            (``"@ $.meetings[0].attendance.present: expected int"`` or ``"line 3: ..."``).
    """

    def __init__(self, problems: str | list[str] | tuple[str, ...]):
        if isinstance(problems, str):
            problems = (problems,)
        self.problems: tuple[str, ...] = tuple(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        if len(self.problems) == 1:
            return self.problems[0]
        lines = [f"{len(self.problems)} problems:"]
        lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)


class UnsupportedVersionError(FormatError):
    """A document whose ``format_version`` is newer than this release can read."""


class SchemaValidationError(FormatError):
    """A document that does not validate against the bundled schema."""


class RenderError(HdndError):
    """A model object that cannot be rendered to the requested document."""


class ImporterError(HdndError):
    """A source that cannot be imported.

    Attributes:
        source: the file name or label of the source.
        location: where in the source (line, paragraph, byte offset), when known.
        reason: what went wrong.
    """

    def __init__(self, source: str, reason: str, *, location: str | None = None):
        self.source = source
        self.reason = reason
        self.location = location
        super().__init__(source, reason, location)

    def __str__(self) -> str:
        where = f"{self.source}:{self.location}" if self.location else self.source
        return f"{where}: {self.reason}"


class SameFileError(HdndError, ValueError):
    """An output that is also an input (the same path, or the same file through a link).

    Raised before anything is opened for writing, so the input is never touched.

    Attributes:
        input: the input as named.
        output: the output as named.
    """

    def __init__(self, input_name: str, output_name: str) -> None:
        self.input = input_name
        self.output = output_name
        super().__init__(input_name, output_name)

    def __str__(self) -> str:
        same = "" if self.input == self.output else f" (the same file as {self.input})"
        return f"{self.output}: the output is also an input{same}; name another file"


class OutputBusyError(HdndError):
    """An output another run is writing at the same time (its lock file is held).

    Attributes:
        output: the output as named.
        lock: the lock file.
    """

    def __init__(self, output: str, lock: str) -> None:
        self.output = output
        self.lock = lock
        super().__init__(output, lock)

    def __str__(self) -> str:
        return (
            f"{self.output}: another import is writing this output (lock {self.lock} is held); "
            "wait for it to finish or name another output"
        )

"""Batch conversion pieces: finding sources and converting one, purely and picklably.

:func:`convert_source` never raises for a bad source: it returns a :class:`SourceOutcome` with
the error, so a batch (a process pool, a Dask bag) never stops on one file and never drops one
silently.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from hdnd_model.errors import HdndError

__all__ = ["SourceOutcome", "content_hash", "convert_source", "file_hash", "iter_sources"]

_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".docx")


@attrs.frozen(kw_only=True)
class SourceOutcome:
    """What converting one source gave: a record and its summary, or an error.

    Attributes:
        source: the source's path.
        sha256: the hash of its bytes (for ``--resume``), None when it could not be read.
        importer: the importer used.
        record: the draft record as JSON-able data (``{"type": ..., ...}``), or None.
        summary: the summary view, or None after an error.
        warnings: the import's warnings.
        error: why the source failed, or None.
    """

    source: str
    sha256: str | None = None
    importer: str | None = None
    record: dict[str, Any] | None = None
    summary: dict[str, Any] | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the source was converted."""
        return self.error is None


def content_hash(data: bytes) -> str:
    """The SHA-256 of a source's bytes, as hex."""
    return hashlib.sha256(data).hexdigest()


def file_hash(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of a file's bytes, as hex, read in blocks.

    Raises:
        OSError: the file cannot be read.
    """
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_sources(paths_and_globs: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Every source file named by files, folders (searched recursively) and glob patterns.

    Each file is given once, in a stable order; folders yield the files with a known suffix.
    A name that matches nothing is yielded as is, so that the batch reports it as failed.
    """
    seen: set[Path] = set()
    for item in paths_and_globs:
        text = os.fspath(item)
        path = Path(text)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES
            )
        elif path.exists():
            found = [path]
        elif glob.has_magic(text):
            found = sorted(
                Path(p)
                for p in glob.glob(text, recursive=True)  # noqa: PTH207 - absolute patterns too
                if Path(p).is_file()
            )
        else:
            found = [path]
        for source in found:
            if source not in seen:
                seen.add(source)
                yield source


@functools.cache
def _serializer() -> Callable[[Any], Any] | None:
    """The project's JSON unstructure function, when the serialize layer is importable."""
    try:
        from hdnd_model.serialize.json import unstructure  # noqa: PLC0415
    except ImportError:
        return None
    return unstructure


def _jsonable(record: Any) -> dict[str, Any] | None:
    if record is None:
        return None
    unstructure = _serializer()
    data = unstructure(record) if unstructure is not None else None
    return data if isinstance(data, dict) else dict(_plain(record))


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        out: dict[str, Any] = {"type": type(value).__name__}
        for field in attrs.fields(type(value)):
            item = getattr(value, field.name)
            if item is None or item == ():
                continue
            out[field.name] = _plain(item)
        return out
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def convert_source(path: str | os.PathLike[str]) -> SourceOutcome:
    """Convert one source; never raises for a bad source.

    Pure and picklable: it reads only ``path`` and returns plain data, so it runs in worker
    processes and on Dask.

    Args:
        path: the source's path.

    Returns:
        The outcome: the record and its summary, or the error.
    """
    from hdnd_model.files import read_limited  # noqa: PLC0415
    from hdnd_model.ingest._registry import load  # noqa: PLC0415
    from hdnd_model.ingest._source import MAX_SOURCE_BYTES  # noqa: PLC0415
    from hdnd_model.ingest._summary import summary  # noqa: PLC0415

    name = os.fspath(path)
    try:
        data = read_limited(name, MAX_SOURCE_BYTES)
    except OSError as error:
        return SourceOutcome(source=name, error=f"cannot read: {error.strerror or error}")
    if len(data) > MAX_SOURCE_BYTES:
        return SourceOutcome(source=name, error=f"larger than {MAX_SOURCE_BYTES} bytes")
    digest = content_hash(data)
    try:
        result = load(data, name=name)
        record = _jsonable(result.record)
        digest_of_result = summary(result)
    except HdndError as error:
        return SourceOutcome(source=name, sha256=digest, error=str(error))
    except Exception as error:  # the promise: one bad source never stops a batch
        return SourceOutcome(source=name, sha256=digest, error=f"{type(error).__name__}: {error}")
    return SourceOutcome(
        source=name,
        sha256=digest,
        importer=result.importer,
        record=record,
        summary=digest_of_result,
        warnings=result.warnings,
    )

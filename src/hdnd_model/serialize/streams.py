"""Streams of records: JSON Lines (``.jsonl``) and XML archives (``.xml``), one record at a time.

A JSON Lines file holds one JSON document per line; an XML archive is an ``<archive>`` element
whose children are record elements, each with its own ``format_version``. Both are read and
written record by record, so memory stays flat however long the file is. A bad record is an
error naming its line (and, in an archive, its record number); by default the reader goes on
with the next record and raises every problem together at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal

import orjson
from lxml import etree

from hdnd_model.errors import FormatError
from hdnd_model.files import atomic_write
from hdnd_model.serialize._spec import FORMAT_VERSION, MAX_DOCUMENT_BYTES, NAMESPACE
from hdnd_model.serialize.json import decode_document, to_json
from hdnd_model.serialize.xml import decode_element, encode_element, refuse_unsafe

__all__ = ["OnError", "iter_records", "write_records"]

OnError = Literal["raise", "skip", "collect"]

_ARCHIVE = f"{{{NAMESPACE}}}archive"


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".xml"):
        raise ValueError(f"unknown stream format {suffix!r}: use .jsonl or .xml")
    return suffix


def write_records(path: str | Path, records: Iterable[object], *, append: bool = False) -> int:
    """Write model objects to a JSON Lines file or an XML archive, one at a time.

    Args:
        path: the file to write; ``.jsonl`` or ``.xml`` decides the format.
        records: any public model objects, consumed lazily.
        append: add to the end of an existing JSON Lines file instead of replacing it
            (XML archives are written whole).

    Without ``append`` the file is replaced whole or not at all: the records go to a temporary
    file in the same directory, renamed over ``path`` only once every record is written, so an
    error while reading or writing them leaves the previous file as it was.

    Returns:
        The number of records written.

    Raises:
        ValueError: an unknown file extension.
        TypeError: an item that is not a public model object.
        FormatError: a value the format cannot hold.
    """
    path = Path(path)
    count = 0
    if _kind(path) == ".jsonl":
        if append:
            with path.open("a", encoding="utf-8", newline="\n") as out:
                return _write_jsonl(out, records)
        with atomic_write(path, "w") as out:
            return _write_jsonl(out, records)
    if append:
        raise ValueError("an XML archive cannot be appended to: write it whole or use .jsonl")
    with atomic_write(path) as raw, etree.xmlfile(raw, encoding="UTF-8") as xf:
        xf.write_declaration()
        with xf.element(_ARCHIVE, {"format_version": str(FORMAT_VERSION)}, nsmap={None: NAMESPACE}):
            for record in records:
                xf.write("\n")
                xf.write(encode_element(record))
                count += 1
            xf.write("\n")
    return count


def _write_jsonl(out: IO[str], records: Iterable[object]) -> int:
    count = 0
    for record in records:
        out.write(to_json(record))
        out.write("\n")
        count += 1
    return count


def iter_records(
    path: str | Path, cls: type[Any] | None = None, *, on_error: OnError = "collect"
) -> Iterator[Any]:
    """Read the records of a JSON Lines file or an XML archive, one at a time.

    Args:
        path: the file; ``.jsonl`` or ``.xml`` decides the format.
        cls: the class every record must be; None reads each record's own ``type``.
        on_error: what a bad record does: ``"raise"`` stops at it, ``"skip"`` ignores it,
            ``"collect"`` goes on and raises one error with every problem at the end.

    Yields:
        Model objects, in file order.

    Raises:
        FormatError: a bad record (each problem prefixed with its line and record number),
            or a malformed archive, which stops the stream whatever ``on_error`` says.
        ValueError: an unknown file extension or ``on_error``.
    """
    if on_error not in ("raise", "skip", "collect"):
        raise ValueError(f"on_error must be 'raise', 'skip' or 'collect', not {on_error!r}")
    path = Path(path)
    reader = _iter_jsonl if _kind(path) == ".jsonl" else _iter_archive
    problems: list[str] = []
    for item in reader(path, cls):
        if not isinstance(item, FormatError):
            yield item
        elif on_error == "raise":
            raise item
        elif on_error == "collect":
            problems.extend(item.problems)
    if problems:
        raise FormatError(problems)


def _prefixed(exc: FormatError, where: str) -> FormatError:
    return type(exc)([f"{where}: {p}" for p in exc.problems])


def _iter_jsonl(path: Path, cls: type[Any] | None) -> Iterator[Any]:
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            where = f"line {number} (record {number})"
            if not line.strip():
                continue
            if len(line) > MAX_DOCUMENT_BYTES:
                yield FormatError(f"{where}: @ $: record larger than {MAX_DOCUMENT_BYTES} bytes")
                continue
            try:
                yield decode_document(orjson.loads(line), cls)
            except orjson.JSONDecodeError as exc:
                yield FormatError(f"{where}: @ $: invalid JSON: {exc}")
            except FormatError as exc:
                yield _prefixed(exc, where)


def _iter_archive(path: Path, cls: type[Any] | None) -> Iterator[Any]:
    with path.open("rb") as stream:
        yield from _iter_archive_stream(stream, cls)


def _iter_archive_stream(stream: BinaryIO, cls: type[Any] | None) -> Iterator[Any]:
    events = etree.iterparse(
        stream,
        events=("start", "end", "pi"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
    )
    depth, number = 0, 0
    try:
        for event, element in events:
            if event == "pi":
                line = element.sourceline
                raise FormatError(f"line {line}: processing instructions are not allowed")
            if event == "start":
                depth += 1
                if depth == 1:
                    _check_archive(element)
                continue
            depth -= 1
            if depth != 1:
                continue
            number += 1
            where = f"line {element.sourceline} (record {number})"
            try:
                yield decode_element(element, cls, where=f"@ /archive/*[{number}]")
            except FormatError as exc:
                yield _prefixed(exc, where)
            element.clear()
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"line {exc.lineno}: malformed XML archive: {exc.msg}") from None


def _check_archive(root: etree._Element) -> None:
    refuse_unsafe(root, "line 1")
    if root.tag != _ARCHIVE:
        raise FormatError(f"line {root.sourceline}: expected an <archive> in {NAMESPACE!r}")
    version = root.get("format_version")
    if version is None or not version.isdigit():
        raise FormatError(f"line {root.sourceline}: the archive needs a format_version")

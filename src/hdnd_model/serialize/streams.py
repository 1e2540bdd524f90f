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

from lxml import etree

from hdnd_model.errors import FormatError
from hdnd_model.files import atomic_write
from hdnd_model.serialize._migrate import xml_version
from hdnd_model.serialize._spec import FORMAT_VERSION, MAX_DOCUMENT_BYTES, NAMESPACE
from hdnd_model.serialize.json import decode_document, loads, to_json
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
    path: str | Path,
    cls: type[Any] | None = None,
    *,
    on_error: OnError = "collect",
    max_record_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Any]:
    """Read the records of a JSON Lines file or an XML archive, one at a time.

    Args:
        path: the file; ``.jsonl`` or ``.xml`` decides the format.
        cls: the class every record must be; None reads each record's own ``type``.
        on_error: what a bad record does: ``"raise"`` stops at it, ``"skip"`` ignores it,
            ``"collect"`` goes on and raises one error with every problem at the end.
        max_record_bytes: the longest JSON Lines line read; a longer one is a bad record,
            skipped without ever being held in memory whole.

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
    for item in reader(path, cls, max_record_bytes):
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


def _lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Each line of a stream, or None for a line longer than ``limit`` (never held whole)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or (line.endswith(b"\n") and len(line) == limit + 1):
            yield line
            continue
        while line and not line.endswith(b"\n"):  # skip the rest of the long line
            line = stream.readline(1 << 20)
        yield None


def _iter_jsonl(path: Path, cls: type[Any] | None, limit: int) -> Iterator[Any]:
    with path.open("rb") as stream:
        for number, line in enumerate(_lines(stream, limit), start=1):
            where = f"line {number} (record {number})"
            if line is None:
                yield FormatError(f"{where}: @ $: record larger than {limit} bytes")
                continue
            if not line.strip():
                continue
            try:
                yield decode_document(loads(line), cls)
            except FormatError as exc:
                yield _prefixed(exc, where)


def _iter_archive(path: Path, cls: type[Any] | None, limit: int) -> Iterator[Any]:
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
            if depth == 0:
                _refuse_trailing_text(element, number)
            if depth != 1:
                continue
            number += 1
            where = f"line {element.sourceline} (record {number})"
            _refuse_text(element.getparent(), element, number)
            try:
                yield decode_element(element, cls, where=f"@ /archive/*[{number}]")
            except FormatError as exc:
                yield _prefixed(exc, where)
            element.clear(keep_tail=True)
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"line {exc.lineno}: malformed XML archive: {exc.msg}") from None


def _refuse_text(root: etree._Element | None, record: etree._Element, number: int) -> None:
    """Refuse text between records (the XSD allows only whitespace there)."""
    before = record.getprevious()
    text = root.text if before is None and root is not None else None
    for stray in (text, before.tail if before is not None else None):
        if stray and stray.strip():
            raise FormatError(
                f"line {record.sourceline} (record {number}): text between records: "
                f"{stray.strip()[:40]!r}"
            )


def _refuse_trailing_text(root: etree._Element, number: int) -> None:
    last = root[-1] if len(root) else None
    stray = last.tail if last is not None else root.text
    if stray and stray.strip():
        raise FormatError(
            f"line {root.sourceline}: @ /archive: text after record {number}: "
            f"{stray.strip()[:40]!r}"
        )


def _check_archive(root: etree._Element) -> None:
    refuse_unsafe(root, "line 1")
    if root.tag != _ARCHIVE:
        raise FormatError(f"line {root.sourceline}: expected an <archive> in {NAMESPACE!r}")
    if root.get("format_version") is None:
        raise FormatError(f"line {root.sourceline}: the archive needs a format_version")
    xml_version(root.get("format_version"), f"line {root.sourceline}: @ /archive")
    extra = sorted(k for k in root.attrib if k != "format_version")
    if extra:
        raise FormatError(f"line {root.sourceline}: @ /archive: unknown attributes {extra}")

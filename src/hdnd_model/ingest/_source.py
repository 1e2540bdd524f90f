"""Reading a source: bytes with limits, then text in NFC with legacy encodings converted."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from hdnd_model.errors import ImporterError
from hdnd_model.ingest import _legacy

__all__ = ["MAX_SOURCE_BYTES", "Decoded", "decode_bytes", "read_source", "repair_text"]

MAX_SOURCE_BYTES = 64 * 1024 * 1024
"""The largest source read; larger ones are refused with :class:`ImporterError`."""

_SAMPLE = 65536
_CONTROL_RE = re.compile(rb"[\x00\x03\x07-\x08\x0b\x0c\x0e-\x10\x18\x1a-\x1d\x1f]")
_CONTROL_TEXT_RE = re.compile("[\x00\x03\x07-\x08\x0b\x0c\x0e-\x10\x18\x1a-\x1d\x1f]")
_SUSPECT_RE = re.compile(f"{_legacy.ODD_CHARS}|{_legacy.MOJIBAKE_PATTERN}")


class Decoded:
    """Text read from bytes: the text, how it was read, and the warnings."""

    __slots__ = ("encoding", "text", "warnings")

    def __init__(self, text: str, encoding: str, warnings: list[str]) -> None:
        self.text = text
        self.encoding = encoding
        self.warnings = warnings


def read_source(source: str | Path | bytes, name: str | None) -> tuple[bytes, str]:
    """Read a path (or take bytes), refusing sources over :data:`MAX_SOURCE_BYTES`.

    Returns:
        ``(data, name)``.

    Raises:
        ImporterError: the file cannot be read or is too large.
    """
    if isinstance(source, bytes):
        label = name or "<bytes>"
        if len(source) > MAX_SOURCE_BYTES:
            raise ImporterError(label, f"larger than {MAX_SOURCE_BYTES} bytes")
        return source, label
    path = Path(source)
    label = name or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise ImporterError(label, f"larger than {MAX_SOURCE_BYTES} bytes ({size})")
        with path.open("rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as error:
        raise ImporterError(label, f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_SOURCE_BYTES:
        raise ImporterError(label, f"larger than {MAX_SOURCE_BYTES} bytes")
    return data, label


def looks_binary(data: bytes) -> bool:
    """Whether the bytes are not text in any encoding read here (NULs, many control bytes)."""
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    return len(_CONTROL_RE.findall(sample)) > len(sample) // 50 + 2


def _binary_text(text: str) -> bool:
    """Whether decoded text holds what text does not: NULs, or many control characters."""
    sample = text[:_SAMPLE].lstrip("\ufeff")
    if "\x00" in sample:
        return True
    controls = len(_CONTROL_TEXT_RE.findall(sample))
    return controls > len(sample) // 50 + 2 or sample.count("\ufffd") > len(sample) // 10 + 2


def repair_text(text: str) -> tuple[str, str | None, list[str]]:
    """Repair text that holds legacy encodings or mojibake, line by line.

    Returns:
        ``(text, encoding, warnings)``; ``encoding`` names the repair when one was made.
    """
    text = unicodedata.normalize("NFC", text)
    if not _SUSPECT_RE.search(text):
        return text, None, []
    lines = text.split("\n")
    used: dict[str, int] = {}
    kept_unicode = 0
    for i, line in enumerate(lines):
        if not _SUSPECT_RE.search(line):
            if _legacy.vietnamese_score(line) > 0:
                kept_unicode += 1
            continue
        fixed = _legacy.repair_mojibake(line)
        if fixed is not None:
            lines[i] = fixed
            used["utf-8 read as windows-1252"] = used.get("utf-8 read as windows-1252", 0) + 1
            continue
        converted = _legacy.legacy_from_surface(line)
        if converted is not None:
            lines[i] = converted[0]
            used[converted[1]] = used.get(converted[1], 0) + 1
        elif _legacy.vietnamese_score(line) > 0:
            kept_unicode += 1
    warnings: list[str] = []
    if not used:
        if "\ufffd" in text:
            warnings.append("text holds U+FFFD replacement characters: it was damaged before")
        return text, None, warnings
    summary = ", ".join(f"{n} line(s) from {name}" for name, n in sorted(used.items()))
    warnings.append(f"converted {summary}; review the converted text")
    if kept_unicode or len(used) > 1:
        warnings.append(
            f"mixed encodings: {kept_unicode} line(s) were already Unicode and "
            f"{sum(used.values())} were converted"
        )
    return "\n".join(lines), "+".join(sorted(used)), warnings


def decode_bytes(data: bytes, label: str) -> Decoded:
    """Decode a text source: BOMs, UTF-8, then the legacy encodings; NFC throughout.

    Legacy text inside UTF-8 (mojibake, TCVN3 or VNI shown as Windows-1252) is left to
    :func:`repair_text`, which the importers run on the part of the text they read.

    Raises:
        ImporterError: the bytes are binary, not text.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            raw = data.decode(codec, errors="replace")
            if _binary_text(raw):
                raise ImporterError(label, "binary data behind a text BOM", location="byte 0")
            return Decoded(unicodedata.normalize("NFC", raw), codec.removesuffix("-sig"), [])
    if looks_binary(data):
        raise ImporterError(label, "binary data, not text", location="byte 0")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _decode_non_utf8(data, label, error.start)
    return Decoded(unicodedata.normalize("NFC", text), "utf-8", [])


def _decode_non_utf8(data: bytes, label: str, first_bad: int) -> Decoded:
    lines = data.split(b"\n")
    legacy_blob = b"\n".join(line for line in lines if not _is_utf8(line))
    _, encoding, score = _legacy.best_legacy(legacy_blob[:_SAMPLE])
    warnings: list[str] = []
    out: list[str] = []
    utf8_lines = 0
    for line in lines:
        if _is_utf8(line):
            decoded = line.decode("utf-8")
            if not decoded.isascii():
                utf8_lines += 1
            out.append(unicodedata.normalize("NFC", decoded))
        else:
            out.append(_legacy.decode_legacy(line, encoding))
    text = "\n".join(out)
    warnings.append(f"not UTF-8 (first bad byte at {first_bad}); read as {encoding}")
    if utf8_lines:
        warnings.append(
            f"mixed encodings: {utf8_lines} line(s) are UTF-8, the rest were read as {encoding}"
        )
    if score <= 0:
        warnings.append(f"the text does not read well as {encoding}: it may be damaged")
    return Decoded(text, encoding, warnings)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True

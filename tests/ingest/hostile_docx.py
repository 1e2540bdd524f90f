"""Hostile DOCX packages made from a valid one: each a defect an attack found."""

from __future__ import annotations

import io
import struct
import zipfile

import docx

MAIN = "word/document.xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def valid_docx(paragraphs: tuple[str, ...] = ("BIÊN BẢN", "Kỳ họp thứ nhất")) -> bytes:
    """A small valid DOCX."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    """The package with one part's content replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = content if info.filename == name else source.read(info)
            target.writestr(info, body)
    return out.getvalue()


def _headers(data: bytes, name: str) -> tuple[int, int]:
    """The offsets of a part's local header and central directory entry."""
    encoded = name.encode()
    local = data.index(b"PK\x03\x04")
    while data[local + 30 : local + 30 + len(encoded)] != encoded:
        local = data.index(b"PK\x03\x04", local + 4)
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(encoded)] != encoded:
        central = data.index(b"PK\x01\x02", central + 4)
    return local, central


def encrypted(data: bytes) -> bytes:
    """The main part flagged as encrypted (general purpose bit 0)."""
    raw = bytearray(data)
    local, central = _headers(data, MAIN)
    for offset in (local + 6, central + 8):
        (flags,) = struct.unpack_from("<H", raw, offset)
        struct.pack_into("<H", raw, offset, flags | 0x1)
    return bytes(raw)


def version_needed(data: bytes, version: int = 237) -> bytes:
    """The main part needing a newer ZIP version to extract (23.7 by default)."""
    raw = bytearray(data)
    local, central = _headers(data, MAIN)
    struct.pack_into("<H", raw, local + 4, version)
    struct.pack_into("<H", raw, central + 6, version)
    return bytes(raw)


def corrupt_deflate(data: bytes) -> bytes:
    """The main part's deflate stream damaged (its CRC left as it was)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    info = source.getinfo(MAIN)
    local, _ = _headers(data, MAIN)
    name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
    start = local + 30 + name_len + extra_len
    raw = bytearray(data)
    for i in range(start, start + min(info.compress_size, 64)):
        raw[i] = 0xFF
    return bytes(raw)


def no_body(data: bytes) -> bytes:
    """A main part with no ``w:body``."""
    return replace_part(data, MAIN, f'<w:document xmlns:w="{W_NS}"/>'.encode())


def foreign_root(data: bytes) -> bytes:
    """A main part whose root is not ``w:document``."""
    return replace_part(data, MAIN, b'<html xmlns="http://www.w3.org/1999/xhtml"><p>x</p></html>')


def empty_paragraphs(count: int = 20_000) -> bytes:
    """A tiny package of many empty paragraphs (small once compressed)."""
    body = "<w:p/>" * count
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    return replace_part(valid_docx(), MAIN, xml.encode())

"""The readers under fuzzing: byte mutations of valid documents, and the readers' contract.

Every reader either reads its input or raises an :class:`~hdnd_model.HdndError`; nothing else
ever escapes. :func:`mutations` is the hypothesis strategy of damaged documents;
:data:`READERS` the reader of each kind of document, with its seed; the inputs fuzzing found
are kept in ``tests/fuzz_cases/KIND/`` and read again by every run.
"""

from __future__ import annotations

import contextlib
import copy
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from lxml import etree

import hdnd_model as hm
from hdnd_model import ingest
from hdnd_model.interop import export, from_akn
from tests.ingest import hostile_docx

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "data" / "hai_ba_trung_2020_08.json"
FIXTURES = ROOT / "tests" / "ingest" / "fixtures"
CASES = ROOT / "tests" / "fuzz_cases"

# Tokens that make structured damage likelier than random bytes alone.
_TOKENS = [
    b"\x00",
    b"\x7f",
    b"\xc2\x85",
    b"\r",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b'"',
    b",",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b"<",
    b">",
    b"</",
    b"/>",
    b"&",
    b"&amp;",
    b"<?pi x?>",
    b"<!--c-->",
    b' xmlns=""',
    b' k="o"',
    b' k="l"',
    b' k="n"',
    b"\xc2\xb2",
    b"\xd9\xa3",
    b"9" * 40,
    b"-1",
    b"0",
    b"1/0",
    b"null",
    b"true",
    b"[]",
    b"{}",
    b"2020-W01-1",
    b" 5 ",
    b"1_0",
    b"\xd9\xa2\xd9\xa0\xd9\xa1\xd9\xa6",
]


@st.composite
def mutations(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with a few random edits: deletions, insertions, replacements, duplications."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        size = len(data)
        at = draw(st.integers(0, max(size - 1, 0)))
        op = draw(st.sampled_from(["delete", "insert", "replace", "duplicate", "truncate"]))
        length = draw(st.integers(1, 32))
        if op == "delete":
            del data[at : at + length]
        elif op == "insert":
            token = draw(st.one_of(st.sampled_from(_TOKENS), st.binary(min_size=1, max_size=8)))
            data[at:at] = token
        elif op == "replace":
            token = draw(st.one_of(st.sampled_from(_TOKENS), st.binary(min_size=1, max_size=8)))
            data[at : at + len(token)] = token
        elif op == "duplicate":
            data[at:at] = data[at : at + length]
        else:
            del data[at:]
    return bytes(data)


_VALUES = ["", "x", "٢٠١٦", "1_0", " 5 ", "2020-W01-1", "-1", "0", "1/0", "9" * 14, "o", "l"]
_VALUES += ["n", "#m1-x", "#m9-p", "true", "2020-02-30", "12:00", "½", "²", "1" * 5000]


@st.composite
def element_edits(draw: st.DrawFn, seed: bytes) -> bytes:
    """An XML ``seed`` edited as a person editing an export would: elements removed,
    duplicated or moved, texts and attribute values replaced, attributes removed."""
    root = etree.fromstring(seed)
    for _ in range(draw(st.integers(1, 3))):
        elements = list(root.iter())
        element = draw(st.sampled_from(elements))
        parent = element.getparent()
        op = draw(st.sampled_from(["remove", "duplicate", "text", "set", "unset", "kind"]))
        if op == "remove" and parent is not None:
            parent.remove(element)
        elif op == "duplicate" and parent is not None:
            parent.insert(parent.index(element), copy.deepcopy(element))
        elif op == "text":
            element.text = draw(st.sampled_from(_VALUES))
        elif op in ("set", "unset") and element.attrib:
            key = draw(st.sampled_from(sorted(element.attrib)))
            if op == "set":
                element.set(key, draw(st.sampled_from(_VALUES)))
            else:
                del element.attrib[key]
        elif op == "kind":
            element.set("k", draw(st.sampled_from(["o", "l", "n", "z"])))
    return bytes(etree.tostring(root))


@cache
def seeds() -> dict[str, bytes]:
    """One valid document of each kind."""
    minutes = hm.from_json(SEED.read_bytes())
    people = [minutes.council, minutes.meetings[0], hm.Person(full_name="An")]
    with tempfile.TemporaryDirectory() as folder:
        jsonl, xml = Path(folder) / "a.jsonl", Path(folder) / "a.xml"
        hm.write_records(jsonl, people)
        hm.write_records(xml, people)
        streams = jsonl.read_bytes(), xml.read_bytes()
    return {
        "json": hm.to_json(minutes.meetings[0]).encode(),
        "xml": hm.to_xml(minutes.meetings[0]),
        "jsonl": streams[0],
        "archive": streams[1],
        "akn": export(minutes, to="akn").to_bytes(),
        "text": (FIXTURES / "standing_monthly.txt").read_bytes(),
        "html": b"<html><body><article><p>"
        + (FIXTURES / "vote_percent.txt").read_bytes().replace(b"\n", b"</p><p>")
        + b"</p></article></body></html>",
        "docx": hostile_docx.valid_docx(
            tuple((FIXTURES / "session_words.txt").read_text(encoding="utf-8").splitlines()[:30])
        ),
    }


def _stream(suffix: str) -> Callable[[bytes], Any]:
    def read(data: bytes) -> Any:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"in{suffix}"
            path.write_bytes(data)
            return list(hm.iter_records(path))

    return read


def _convert(data: bytes) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.docx"
        path.write_bytes(data)
        outcome = ingest.convert_source(path)
        assert outcome.ok or outcome.error
        return outcome


READERS: dict[str, Callable[[bytes], Any]] = {
    "json": hm.from_json,
    "xml": hm.from_xml,
    "jsonl": _stream(".jsonl"),
    "archive": _stream(".xml"),
    "akn": from_akn,
    "text": lambda data: ingest.load(data, name="in.txt"),
    "html": lambda data: ingest.load(data, name="in.html"),
    "docx": lambda data: ingest.load(data, name="in.docx"),
    "convert": _convert,
}
"""The reader of each kind of document (``convert`` runs :func:`convert_source` on DOCX)."""

SEED_OF = {kind: "docx" if kind == "convert" else kind for kind in READERS}


def holds_the_contract(kind: str, data: bytes) -> None:
    """Read ``data``; an error other than :class:`~hdnd_model.HdndError` fails the test."""
    with contextlib.suppress(hm.HdndError):
        READERS[kind](data)

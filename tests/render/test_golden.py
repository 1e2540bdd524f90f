"""Golden dumps of ``word/document.xml``, canonicalised, for the seed and a large session.

The dumps change only when the tests run with ``HDND_REGEN_GOLDEN=1``; review the diff.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import hdnd_model as hm
from tests.render.conftest import render_bytes

GOLDEN = Path(__file__).with_name("golden")
REGEN = os.environ.get("HDND_REGEN_GOLDEN") == "1"


def canonical_document_xml(docx_bytes: bytes) -> str:
    """``word/document.xml`` in canonical XML (C14N 2.0), one element per line."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as archive:
        xml = archive.read("word/document.xml")
    root = etree.fromstring(xml, etree.XMLParser(remove_blank_text=True))
    etree.indent(root, space=" ")
    text: str = etree.tostring(root, method="c14n2").decode("utf-8")
    return text + "\n"


def _check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if REGEN:
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing: run the tests with HDND_REGEN_GOLDEN=1 to write it")
    expected = path.read_text(encoding="utf-8")
    assert expected == actual, f"{name} changed: check the diff, then HDND_REGEN_GOLDEN=1"


class TestGolden:
    def test_seed(self, seed: hm.Minutes) -> None:
        """The seed example's document.xml matches its golden dump."""
        _check("hai_ba_trung_2020_08.document.xml", canonical_document_xml(render_bytes(seed)))

    def test_large_session(self, large: hm.Minutes) -> None:
        """The large session's document.xml matches its golden dump."""
        _check("large_session.document.xml", canonical_document_xml(render_bytes(large)))

    def test_same_minutes_same_document(self, seed: hm.Minutes) -> None:
        """Two renders give the same document.xml and the same core properties."""
        first, second = render_bytes(seed), render_bytes(seed)
        for part in ("word/document.xml", "docProps/core.xml", "word/styles.xml"):
            with zipfile.ZipFile(io.BytesIO(first)) as a, zipfile.ZipFile(io.BytesIO(second)) as b:
                assert a.read(part) == b.read(part)

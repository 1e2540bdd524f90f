"""Golden files of the seed example; regenerate with HDND_REGEN_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

import hdnd_model as hm
from tests.serialize.conftest import GOLDEN

REGEN = os.environ.get("HDND_REGEN_GOLDEN") == "1"


def _pretty(document: bytes) -> bytes:
    root = etree.fromstring(document)
    etree.indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _check(path: Path, actual: bytes) -> None:
    if REGEN:
        path.write_bytes(actual)
    if not path.exists():
        pytest.fail(f"{path.name} is missing: run with HDND_REGEN_GOLDEN=1")
    assert path.read_bytes() == actual


class TestGolden:
    def test_json(self, seed: hm.Minutes) -> None:
        """The seed's JSON is the golden file, byte for byte."""
        _check(GOLDEN / "hai_ba_trung_2020_08.json", hm.to_json(seed, indent=2).encode() + b"\n")

    def test_xml(self, seed: hm.Minutes) -> None:
        """The seed's XML (indented) is the golden file, byte for byte."""
        _check(GOLDEN / "hai_ba_trung_2020_08.xml", _pretty(hm.to_xml(seed)))

    def test_golden_files_read(self, seed: hm.Minutes) -> None:
        """Both golden files read back as the seed."""
        assert seed == hm.from_json((GOLDEN / "hai_ba_trung_2020_08.json").read_bytes())
        assert seed == hm.from_xml((GOLDEN / "hai_ba_trung_2020_08.xml").read_bytes())

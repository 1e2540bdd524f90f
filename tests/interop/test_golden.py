"""Golden exports of the seed example; regenerate with ``HDND_REGEN_GOLDEN=1``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import hdnd_model as hm
from hdnd_model.interop import export
from tests.interop.conftest import GOLDEN, dumps

REGEN = os.environ.get("HDND_REGEN_GOLDEN") == "1"
BASE_URL = "https://example.org/oparl"


def _compare(path: Path, actual: str) -> None:
    if REGEN:
        path.write_text(actual, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"{path.name} missing: run with HDND_REGEN_GOLDEN=1")
    assert path.read_text(encoding="utf-8") == actual


class TestGolden:
    def test_popolo(self, seed: hm.Minutes) -> None:
        """The seed's Popolo export is the reviewed one."""
        content = export(seed, to="popolo").content
        assert isinstance(content, dict)
        _compare(GOLDEN / "hai_ba_trung_2020_08.popolo.json", dumps(content))

    def test_oparl(self, seed: hm.Minutes) -> None:
        """The seed's OParl export is the reviewed one."""
        content = export(seed, to="oparl", base_url=BASE_URL).content
        assert isinstance(content, dict)
        _compare(GOLDEN / "hai_ba_trung_2020_08.oparl.json", dumps(content))

    def test_akn(self, seed: hm.Minutes) -> None:
        """The seed's Akoma Ntoso export is the reviewed one."""
        content = export(seed, to="akn").content
        assert isinstance(content, bytes)
        _compare(GOLDEN / "hai_ba_trung_2020_08.akn.xml", content.decode("utf-8"))


class TestGoldenFilesValidate:
    """The golden files themselves validate, so a reviewed diff cannot drift off the schema."""

    def test_popolo(self, popolo_validate: Callable[[dict[str, Any]], list[str]]) -> None:
        """The Popolo golden file validates."""
        import json

        path = GOLDEN / "hai_ba_trung_2020_08.popolo.json"
        assert [] == popolo_validate(json.loads(path.read_text(encoding="utf-8")))

    def test_oparl(self, oparl_validate: Callable[[dict[str, Any]], list[str]]) -> None:
        """The OParl golden file validates."""
        import json

        path = GOLDEN / "hai_ba_trung_2020_08.oparl.json"
        assert [] == oparl_validate(json.loads(path.read_text(encoding="utf-8")))

    def test_akn(self, akn_validate: Callable[[bytes], list[str]]) -> None:
        """The Akoma Ntoso golden file validates."""
        assert [] == akn_validate((GOLDEN / "hai_ba_trung_2020_08.akn.xml").read_bytes())

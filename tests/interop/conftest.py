"""Fixtures for the interoperability tests: the seed record and the shared schemas."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import hdnd_model as hm
from tests._shared import require_shared

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT.parent / "shared" / "schemas"
GOLDEN = Path(__file__).resolve().parent / "golden"


def load_seed() -> hm.Minutes:
    """The seed example's minutes."""
    spec = importlib.util.spec_from_file_location(
        "hai_ba_trung_2020_08", ROOT / "examples" / "hai_ba_trung_2020_08.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    minutes: hm.Minutes = module.build()
    return minutes


@pytest.fixture(scope="session")
def seed() -> hm.Minutes:
    """The seed example's minutes."""
    return load_seed()


def _require(path: Path) -> Path:
    return require_shared(path, "shared schemas")


@pytest.fixture(scope="session")
def popolo_validate() -> Callable[[dict[str, Any]], list[str]]:
    """A function listing the Popolo schema errors of an export (validated per object)."""
    from tests.interop._schemas import popolo_validator

    return popolo_validator(_require(SCHEMAS / "popolo"))


@pytest.fixture(scope="session")
def oparl_validate() -> Callable[[dict[str, Any]], list[str]]:
    """A function listing the OParl schema errors of an export (validated per object)."""
    from tests.interop._schemas import oparl_validator

    return oparl_validator(_require(SCHEMAS / "oparl"))


@pytest.fixture(scope="session")
def akn_validate() -> Callable[[bytes], list[str]]:
    """A function listing the Akoma Ntoso 3.0 XSD errors of a document."""
    from tests.interop._schemas import akn_validator

    return akn_validator(_require(SCHEMAS / "akn" / "akomantoso30.xsd"))


def dumps(content: dict[str, Any]) -> str:
    """JSON as the golden files hold it."""
    return json.dumps(content, ensure_ascii=False, indent=2) + "\n"

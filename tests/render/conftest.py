"""Fixtures for the render tests: the seed example, a large synthetic session, their DOCX."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path
from types import ModuleType

import docx
import pytest
from docx.document import Document

import hdnd_model as hm
from tests.render import synthetic

ROOT = Path(__file__).resolve().parents[2]


def _example() -> ModuleType:
    path = ROOT / "examples" / "hai_ba_trung_2020_08.py"
    spec = importlib.util.spec_from_file_location("hai_ba_trung_2020_08", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render_bytes(minutes: hm.Minutes, fmt: str = "docx", **options: object) -> bytes:
    """Render ``minutes`` into memory."""
    out = io.BytesIO()
    opts = hm.render.RenderOptions(**options) if options else None  # type: ignore[arg-type]
    hm.render_minutes(minutes, out, format=fmt, options=opts)
    return out.getvalue()


@pytest.fixture(scope="session")
def seed() -> hm.Minutes:
    """The seed example's minutes (Hai Bà Trưng, August 2020)."""
    minutes: hm.Minutes = _example().build()
    return minutes


@pytest.fixture(scope="session")
def large() -> hm.Minutes:
    """A three-day session with 100 agenda items and 85 named delegates."""
    return synthetic.large_session()


@pytest.fixture(scope="session")
def seed_docx(seed: hm.Minutes) -> Document:
    """The seed rendered to DOCX and opened with python-docx."""
    return docx.Document(io.BytesIO(render_bytes(seed)))


@pytest.fixture(scope="session")
def large_docx(large: hm.Minutes) -> Document:
    """The large session rendered to DOCX and opened with python-docx."""
    return docx.Document(io.BytesIO(render_bytes(large)))

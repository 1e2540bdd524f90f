"""One error contract: every reader reads its input or raises an HdndError, whatever the input.

Each reader is fuzzed with byte mutations of a valid document (and the XML readers with edits
of its elements too); the inputs fuzzing found are read again from ``tests/fuzz_cases/``. The
number of inputs follows the hypothesis profile: a few seconds a reader under ``ci``, as long
as you like under ``HYPOTHESIS_PROFILE=fuzz`` (see ``tests/conftest.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import fuzz

_SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@pytest.mark.parametrize("kind", sorted(fuzz.READERS))
@_SETTINGS
@given(data=st.data())
def test_byte_mutations(kind: str, data: st.DataObject) -> None:
    """Damaged bytes of a valid document: read, or refused with an HdndError."""
    seed = fuzz.seeds()[fuzz.SEED_OF[kind]]
    fuzz.holds_the_contract(kind, data.draw(fuzz.mutations(seed), label="input"))


@pytest.mark.parametrize("kind", ["xml", "archive", "akn"])
@_SETTINGS
@given(data=st.data())
def test_edited_elements(kind: str, data: st.DataObject) -> None:
    """A valid XML document edited element by element: read, or refused with an HdndError."""
    seed = fuzz.seeds()[kind]
    fuzz.holds_the_contract(kind, data.draw(fuzz.element_edits(seed), label="input"))


def _cases() -> list[Path]:
    return sorted(p for p in fuzz.CASES.glob("*/*") if p.is_file())


@pytest.mark.parametrize("case", _cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_found_inputs(case: Path) -> None:
    """Every input fuzzing found (each broke the contract once) is refused with an HdndError."""
    kind = case.parent.name
    fuzz.holds_the_contract(kind, case.read_bytes())

"""One text rule: what the model accepts at construction, every format reads back, and no more.

These tests run once the model states its rule (``hdnd_model.model.MAX_TEXT_LENGTH`` and
``FORBIDDEN_CHARACTERS``); before that they skip.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

import hdnd_model as hm
from hdnd_model.serialize import _spec


def _rule() -> Any:
    model = importlib.import_module("hdnd_model.model")
    if not hasattr(model, "MAX_TEXT_LENGTH") or not hasattr(model, "FORBIDDEN_CHARACTERS"):
        pytest.skip("the model does not state its text rule yet")
    return model


def _round_trips(tmp_path: Path, person: hm.Person) -> list[object]:
    back: list[object] = [hm.from_json(hm.to_json(person)), hm.from_xml(hm.to_xml(person))]
    for suffix in (".jsonl", ".xml"):
        path = tmp_path / f"people{suffix}"
        hm.write_records(path, [person])
        back.extend(hm.iter_records(path))
    return back


def test_readers_apply_the_models_length() -> None:
    """The readers' limit is the model's."""
    assert _rule().MAX_TEXT_LENGTH == _spec.MAX_TEXT_LENGTH


def test_longest_text_round_trips(tmp_path: Path) -> None:
    """A text of the longest length the model accepts is read back by every format."""
    longest = "a" * _rule().MAX_TEXT_LENGTH
    person = hm.Person(full_name=longest)
    assert _round_trips(tmp_path, person) == [person] * 4


def test_one_more_character_is_refused_at_construction() -> None:
    """A text the readers would refuse is refused when it is made, not when it is read back."""
    with pytest.raises(hm.InvalidModelError):
        hm.Person(full_name="a" * (_rule().MAX_TEXT_LENGTH + 1))


@pytest.mark.parametrize("char", ["\x7f", "\x85", "\x9f", "\r", "\x0b"])
def test_controls_are_refused_at_construction_and_on_reading(char: str) -> None:
    """DEL, C1 controls and carriage return are refused as the docs say, made or read."""
    assert _rule().FORBIDDEN_CHARACTERS.search(char)
    with pytest.raises(hm.InvalidModelError):
        hm.Person(full_name=f"An{char}Bình")
    escaped = json.dumps(char)[1:-1]
    document = hm.to_json(hm.Person(full_name="An Bình")).replace(" ", escaped)
    with pytest.raises(hm.FormatError):
        hm.from_json(document)

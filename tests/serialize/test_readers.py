"""The generated readers: they build what the constructors build and raise what they raise."""

from __future__ import annotations

import copy
import datetime as dt
from fractions import Fraction
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import hdnd_model as hm
from hdnd_model.serialize import _hooks, _migrate
from hdnd_model.serialize import json as hjson
from hdnd_model.serialize import xml as hxml
from hdnd_model.serialize._hooks import Problem
from hdnd_model.serialize._spec import RECORD_CLASSES
from tests.serialize.conftest import voted_session
from tests.serialize.test_roundtrip import STRATEGIES


def _body(obj: object) -> dict[str, Any]:
    body: dict[str, Any] = orjson.loads(hm.to_json(obj))
    del body["type"], body["format_version"]
    return body


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
class TestBuild:
    @given(data=st.data())
    def test_json_reader_builds_the_object(self, cls: type, data: st.DataObject) -> None:
        """The generated JSON reader builds, by itself, what the detailed converter builds."""
        obj = data.draw(STRATEGIES[cls]())
        body = _body(obj)
        assert obj == hjson._STRUCTURE[cls](body) == hjson._DETAILED.structure(body, cls)

    @given(data=st.data())
    def test_xml_reader_builds_the_object(self, cls: type, data: st.DataObject) -> None:
        """The generated XML reader builds the object by itself, from compact or indented XML."""
        obj = data.draw(STRATEGIES[cls]())
        root = hxml.encode_element(obj)
        assert obj == hxml._FAST_READERS[cls](root)
        etree.indent(root)
        assert obj == hxml._FAST_READERS[cls](root)


CASES: list[tuple[type, dict[str, Any], dict[str, Any]]] = [
    (hm.Person, {"full_name": " "}, {"full_name": " "}),
    (hm.Person, {"full_name": "An", "id": "a b"}, {"full_name": "An", "id": "a b"}),
    # Whitespace other than the space in ids: the fast test leaves these to the regex.
    (hm.Person, {"full_name": "An", "id": "a\u00a0b"}, {"full_name": "An", "id": "a\u00a0b"}),
    (hm.Person, {"full_name": "An", "id": "a\u3000b"}, {"full_name": "An", "id": "a\u3000b"}),
    (hm.Person, {"full_name": "\u00d0\u00e0 N\u1eb5ng"}, {"full_name": "\u00d0\u00e0 N\u1eb5ng"}),
    (hm.Person, {"full_name": "\u0189inh"}, {"full_name": "\u0189inh"}),
    (
        hm.Participant,
        {"id": "p", "role": "delegate", "title": "T", "count": 0},
        {"id": "p", "role": hm.ParticipantRole.DELEGATE, "title": "T", "count": 0},
    ),
    (hm.Attendance, {"total_delegates": 5, "present": 6}, {"total_delegates": 5, "present": 6}),
    (
        hm.Meeting,
        {"id": "m", "kind": "plenary", "date": "2023-01-01", "conclusions": ["ok", "\t"]},
        {
            "id": "m",
            "kind": hm.MeetingKind.PLENARY,
            "date": dt.date(2023, 1, 1),
            "conclusions": ("ok", "\t"),
        },
    ),
    (hm.VoteRule, {"fraction": "3/2"}, {"fraction": Fraction(3, 2)}),
    (
        hm.Term,
        {"id": "t", "council_id": "c", "first_year": 1900, "khoa": 0},
        {"id": "t", "council_id": "c", "first_year": 1900, "khoa": 0},
    ),
]


class TestRefuse:
    @pytest.mark.parametrize(
        ("cls", "body", "kwargs"), CASES, ids=lambda c: getattr(c, "__name__", "")
    )
    def test_json_reader_raises_the_constructors_error(
        self, cls: type, body: dict[str, Any], kwargs: dict[str, Any]
    ) -> None:
        """A value the model refuses raises, from the generated reader, the constructor's error."""
        with pytest.raises(hm.InvalidModelError) as expected:
            cls(**kwargs)
        with pytest.raises(hm.InvalidModelError) as actual:
            hjson._STRUCTURE[cls](body)
        assert (expected.value, str(expected.value)) == (actual.value, str(actual.value))

    def test_xml_out_of_order_is_read_by_the_detailed_path(self) -> None:
        """Fields out of attrs order are left to the detailed reader, which accepts them."""
        data = f'<person xmlns="{hm.serialize.NAMESPACE}" format_version="1">'
        data += "<id>p1</id><full_name>An</full_name></person>"
        root = etree.fromstring(data)
        with pytest.raises(Problem):
            hxml._FAST_READERS[hm.Person](root)
        assert hm.Person(full_name="An", id="p1") == hm.from_xml(data)

    def test_xml_stray_text_is_refused(self) -> None:
        """Text between the fields of an object is refused as before, with its path."""
        data = hm.to_xml(hm.Attendance(total_delegates=5, present=4)).replace(
            b"</total_delegates>", b"</total_delegates>x"
        )
        with pytest.raises(hm.FormatError) as info:
            hm.from_xml(data)
        assert ("@ $: unknown field '#text'",) == info.value.problems


def _outcome(read: Any) -> tuple[str, object]:
    try:
        return "read", read()
    except hm.FormatError as exc:
        return "refused", exc.problems


def _detailed_json(text: bytes) -> Any:
    body, cls = _migrate.upgrade_json(orjson.loads(text), None)
    try:
        return hjson._DETAILED.structure(body, cls)
    except Exception as exc:  # reported as the readers report it
        raise hm.FormatError(_hooks.problems_of(exc)) from None


def _detailed_xml(data: bytes) -> Any:
    root = etree.fromstring(data, hxml.parser())
    cls = _migrate.upgrade_xml(root, None, "@ /")
    return hjson.structure(hxml._object_reader(cls)(root), cls)


def _nodes(doc: object) -> list[dict[str, Any]]:
    if isinstance(doc, list):
        return [n for item in doc for n in _nodes(item)]
    if isinstance(doc, dict):
        return [doc, *(n for value in doc.values() for n in _nodes(value))]
    return []


BAD_VALUES: list[object] = ["", " ", "a b", "x\x01", "e\u0301", 0, -1, 2**31, 1.5, True, [], {}]


class TestSameAsDetailed:
    def test_json_mutations(self) -> None:
        """Broken JSON documents are read or refused exactly as the detailed converter does."""
        doc = orjson.loads(hm.to_json(voted_session()))
        for i, node in enumerate(_nodes(doc)):
            for key in [k for k in node if k not in ("type", "format_version")]:
                for value in [*BAD_VALUES, attrs.NOTHING]:
                    mutated = copy.deepcopy(doc)
                    target = _nodes(mutated)[i]
                    if value is attrs.NOTHING:
                        del target[key]
                    else:
                        target[key] = value
                    text = orjson.dumps(mutated)
                    expected = _outcome(lambda: _detailed_json(text))  # noqa: B023
                    assert expected == _outcome(lambda: hm.from_json(text)), (key, value)  # noqa: B023

    def test_xml_mutations(self) -> None:
        """Broken or unusual XML is read or refused exactly as the detailed reader does."""
        count = len(list(etree.fromstring(hm.to_xml(voted_session())).iter()))
        for i in range(count):
            for mutation in range(6):
                root = etree.fromstring(hm.to_xml(voted_session()))
                element = list(root.iter())[i]
                parent = element.getparent()
                if mutation == 0:
                    element.text = (element.text or "") + " x"
                elif mutation == 1 and parent is not None:
                    element.tail = "x"
                elif mutation == 2 and parent is not None:
                    element.set("a", "1")
                elif mutation == 3 and parent is not None and parent.index(element):
                    parent.insert(parent.index(element) - 1, element)
                elif mutation == 4 and parent is not None:
                    parent.append(copy.deepcopy(element))
                elif mutation == 5:
                    etree.indent(root)
                data = etree.tostring(root)
                expected = _outcome(lambda: _detailed_xml(data))  # noqa: B023
                assert expected == _outcome(lambda: hm.from_xml(data)), (i, mutation)  # noqa: B023

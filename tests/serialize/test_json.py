"""JSON documents: their shape, and every problem reported with its path."""

from __future__ import annotations

import json
import unicodedata
from fractions import Fraction
from typing import Any

import pytest

import hdnd_model as hm
from hdnd_model.serialize.json import make_converter
from tests.serialize.conftest import voted_session


def _doc(obj: object) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(hm.to_json(obj))
    return loaded


def _problems(doc: object, cls: type | None = None) -> tuple[str, ...]:
    with pytest.raises(hm.FormatError) as info:
        hm.from_json(json.dumps(doc), cls)
    return info.value.problems


class TestShape:
    def test_tag_and_version_come_first(self, seed: hm.Minutes) -> None:
        """A document starts with its type tag and format version."""
        assert ["type", "format_version", "id"] == list(_doc(seed))[:3]
        assert ("minutes", 2) == (_doc(seed)["type"], _doc(seed)["format_version"])

    def test_values_are_plain(self) -> None:
        """Dates are ISO 8601, enums their values, fractions "n/d", tuples arrays."""
        doc = _doc(voted_session())
        assert "2021-06-25" == doc["start_date"]
        assert "first" == doc["kind"]
        assert "08:00:00" == doc["meetings"][0]["start_time"]
        assert "1/2" == doc["meetings"][0]["agenda"][0]["votes"][0]["rule"]["fraction"]
        assert ["p1"] == doc["meetings"][0]["agenda"][0]["presenter_ids"]

    def test_none_and_empty_defaults_are_left_out(self) -> None:
        """Fields holding None or an empty default collection are not written."""
        assert {"type", "format_version", "full_name"} == set(_doc(hm.Person(full_name="An")))

    def test_fraction_round_trips(self) -> None:
        """A rule's fraction is written "2/3" and read back exactly."""
        rule = hm.AT_LEAST_TWO_THIRDS_OF_TOTAL
        assert "2/3" == _doc(rule)["fraction"]
        assert Fraction(2, 3) == hm.from_json(hm.to_json(rule)).fraction

    def test_indent(self, seed: hm.Minutes) -> None:
        """Indented output is the same document."""
        for indent in (2, 4):
            text = hm.to_json(seed, indent=indent)
            assert "\n" + " " * indent + '"type"' in text
            assert seed == hm.from_json(text)

    def test_not_a_model_object(self) -> None:
        """Anything but a public model object is a TypeError."""
        with pytest.raises(TypeError):
            hm.to_json({"type": "person"})

    def test_converters_are_independent(self) -> None:
        """make_converter() returns a new converter each time."""
        assert make_converter() is not make_converter()


class TestReading:
    def test_cls_reads_without_tag(self) -> None:
        """With cls given, the type tag may be left out."""
        assert hm.Person(full_name="An") == hm.from_json(
            '{"format_version": 1, "full_name": "An"}', hm.Person
        )

    def test_cls_mismatch(self) -> None:
        """A document of another type than cls is refused."""
        problems = _problems(_doc(hm.Person(full_name="An")), hm.Council)
        assert ("@ $.type: expected 'council', got 'person'",) == problems

    def test_unknown_type(self) -> None:
        """An unknown type tag is refused."""
        problems = _problems({"type": "meme", "format_version": 1})
        assert ("@ $.type: expected a record type (e.g. 'minutes'), got 'meme'",) == problems

    def test_not_an_object(self) -> None:
        """A document must be a JSON object."""
        assert ("@ $: expected an object (a record document)",) == _problems([1, 2])

    def test_nfd_text_is_normalised(self) -> None:
        """Text in NFD is read as NFC."""
        nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hòa")
        person = hm.from_json(json.dumps({"type": "person", "format_version": 1, "full_name": nfd}))
        assert unicodedata.normalize("NFC", nfd) == person.full_name


class TestProblems:
    def test_every_problem_has_its_path(self) -> None:
        """Wrong types, unknown and missing keys are all reported, each with its path."""
        doc = _doc(voted_session())
        meeting = doc["meetings"][0]
        meeting["agenda"][0]["number"] = "1"
        meeting["closed"] = 0
        meeting["colour"] = "blue"
        del doc["resolutions"][0]["title"]
        doc["kind"] = "weekly"
        problems = _problems(doc)
        assert {
            "@ $.kind: expected one of 'first', 'regular', 'thematic', 'extraordinary', "
            "got 'weekly'",
            "@ $.meetings[0].closed: expected bool, got int",
            "@ $.meetings[0].agenda[0].number: expected int, got string",
            "@ $.meetings[0]: unknown field 'colour'",
            "@ $.resolutions[0].title: missing required field",
        } == set(problems)

    def test_model_invariant_is_a_format_error(self) -> None:
        """A rule of the model broken in a document is a FormatError naming the path."""
        doc = _doc(voted_session())
        doc["meetings"][0]["agenda"][0]["votes"][0]["present"] = 99
        (problem,) = _problems(doc)
        assert problem.startswith("@ $.meetings[0].agenda[0].votes[0].present: ")
        assert "'VoteTally.present' must not exceed total_delegates (35)" in problem

    def test_top_level_invariant(self) -> None:
        """A rule broken by the record itself is reported at its field."""
        doc = {"type": "term", "format_version": 1, "id": "t", "council_id": "c"}
        doc |= {"first_year": 2021, "last_year": 2040}
        (problem,) = _problems(doc)
        assert problem.startswith("@ $.last_year: 'Term.last_year' must be 1 to 7 years")

    def test_wrong_collection_type(self) -> None:
        """A collection must be an array."""
        doc = _doc(voted_session())
        doc["meetings"] = {"0": doc["meetings"][0]}
        assert ("@ $.meetings: expected array, got object",) == _problems(doc)

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("2021-6-25", "expected date YYYY-MM-DD, got string"),
            ("2021-02-30", "expected a real date, got '2021-02-30'"),
            (20210625, "expected date YYYY-MM-DD, got int"),
        ],
    )
    def test_dates(self, value: object, message: str) -> None:
        """Dates are ISO 8601 calendar dates and real ones."""
        doc = _doc(voted_session())
        doc["start_date"] = value
        assert f"@ $.start_date: {message}" in _problems(doc)

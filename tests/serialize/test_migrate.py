"""Versions: older documents migrate step by step; newer ones are refused."""

from __future__ import annotations

import json

import pytest

import hdnd_model as hm
from hdnd_model.serialize import _migrate
from tests.serialize.conftest import FIXTURES, voted_session


class TestVersionZero:
    def test_fixture_is_old(self) -> None:
        """The fixture really is version 0, with the old field name."""
        document = json.loads((FIXTURES / "v0_session.json").read_text("utf-8"))
        assert 0 == document["format_version"]
        assert "abstain" in document["resolutions"][0]["vote"]
        assert b"<abstain>" in (FIXTURES / "v0_session.xml").read_bytes()

    def test_json_migrates(self) -> None:
        """A version 0 JSON document reads as the current model."""
        data = (FIXTURES / "v0_session.json").read_text("utf-8")
        session = hm.from_json(data)
        assert voted_session() == session
        assert 2 == session.resolutions[0].vote.not_voting

    def test_xml_migrates(self) -> None:
        """A version 0 XML document reads as the current model."""
        assert voted_session() == hm.from_xml((FIXTURES / "v0_session.xml").read_bytes())

    def test_written_as_current(self) -> None:
        """A migrated document is written back in the current version."""
        session = hm.from_json((FIXTURES / "v0_session.json").read_text("utf-8"))
        document = json.loads(hm.to_json(session))
        assert hm.FORMAT_VERSION == document["format_version"]
        assert "not_voting" in document["resolutions"][0]["vote"]

    def test_current_name_is_unknown_in_old_documents_only_once_migrated(self) -> None:
        """An old document using a name no version had is still refused."""
        document = json.loads((FIXTURES / "v0_session.json").read_text("utf-8"))
        document["resolutions"][0]["vote"]["abstentions"] = 1
        with pytest.raises(hm.FormatError) as info:
            hm.from_json(json.dumps(document))
        assert ("@ $.resolutions[0].vote: unknown field 'abstentions'",) == info.value.problems


class TestSteps:
    def test_one_step_per_version(self) -> None:
        """There is a step from every old version to the next."""
        assert list(range(_migrate.OLDEST_VERSION, hm.FORMAT_VERSION)) == [
            s.version for s in _migrate.STEPS
        ]

    def test_identify(self) -> None:
        """identify() accepts the versions this release reads and refuses the others."""
        assert 0 == _migrate.identify(0)
        with pytest.raises(hm.UnsupportedVersionError):
            _migrate.identify(hm.FORMAT_VERSION + 1)
        with pytest.raises(hm.FormatError):
            _migrate.identify("1")


class TestVersionOne:
    """Version 1 documents (the seed as shipped in release 1) read into the same record."""

    def test_fixtures_are_version_one(self) -> None:
        """The fixtures really are version 1."""
        document = json.loads((FIXTURES / "v1_hai_ba_trung_2020_08.json").read_text("utf-8"))
        assert 1 == document["format_version"]
        assert b'format_version="1"' in (FIXTURES / "v1_hai_ba_trung_2020_08.xml").read_bytes()

    def test_json_reads_as_the_seed(self, seed: hm.Minutes) -> None:
        """The version 1 JSON of the seed reads as the seed built today."""
        assert seed == hm.from_json((FIXTURES / "v1_hai_ba_trung_2020_08.json").read_bytes())

    def test_xml_reads_as_the_seed(self, seed: hm.Minutes) -> None:
        """The version 1 XML of the seed reads as the seed built today."""
        assert seed == hm.from_xml((FIXTURES / "v1_hai_ba_trung_2020_08.xml").read_bytes())

    def test_written_back_as_version_two(self, seed: hm.Minutes) -> None:
        """Read and written again, a version 1 document becomes the current version."""
        record = hm.from_json((FIXTURES / "v1_hai_ba_trung_2020_08.json").read_bytes())
        assert 2 == json.loads(hm.to_json(record))["format_version"]
        assert hm.to_json(seed) == hm.to_json(record)

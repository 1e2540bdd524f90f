"""Fixtures for the format tests: the seed record, a record with votes, the schema validators."""

from __future__ import annotations

import datetime as dt
import importlib.util
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
from lxml import etree

import hdnd_model as hm

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
FIXTURES = HERE / "fixtures"


def load_seed() -> hm.Minutes:
    """The seed example's minutes, built by examples/hai_ba_trung_2020_08.py."""
    path = ROOT / "examples" / "hai_ba_trung_2020_08.py"
    spec = importlib.util.spec_from_file_location("seed_example", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    minutes: hm.Minutes = module.build()
    return minutes


def voted_session() -> hm.Session:
    """A small session with a vote in a sitting and a resolution adopted by it."""
    vote = hm.VoteTally(
        id="vote-nq-01",
        subject="Thông qua Nghị quyết về Nội quy kỳ họp",
        resolution_id="nq-01",
        in_favour=30,
        against=1,
        not_voting=2,
        present=33,
        total_delegates=35,
        method=hm.VoteMethod.ELECTRONIC,
    )
    sitting = hm.Meeting(
        id="phien-1",
        kind=hm.MeetingKind.OPENING,
        date=dt.date(2021, 6, 25),
        session_id="ky-hop-1",
        start_time=dt.time(8, 0),
        participants=(hm.Participant(id="p1", role=hm.ParticipantRole.CHAIR, title="Chủ tọa"),),
        agenda=(
            hm.AgendaItem(number=1, title="Nội quy kỳ họp", presenter_ids=("p1",), votes=(vote,)),
        ),
    )
    return hm.Session(
        id="ky-hop-1",
        council_id="hdnd-x",
        term_id="hdnd-x-2021-2026",
        number=1,
        kind=hm.SessionKind.FIRST,
        start_date=dt.date(2021, 6, 25),
        end_date=dt.date(2021, 6, 25),
        meetings=(sitting,),
        resolutions=(hm.Resolution(id="nq-01", title="Về Nội quy kỳ họp", vote=vote),),
    )


@pytest.fixture(scope="session")
def seed() -> hm.Minutes:
    """The seed example's minutes."""
    return load_seed()


@pytest.fixture(scope="session")
def json_validator() -> jsonschema.Draft202012Validator:
    """A validator of the bundled JSON Schema."""
    return jsonschema.Draft202012Validator(hm.json_schema())


@pytest.fixture(scope="session")
def lxml_schema() -> etree.XMLSchema:
    """lxml's validator of the bundled XSD."""
    return etree.XMLSchema(etree.parse(str(hm.xsd_path())))


@pytest.fixture(scope="session")
def xml_schema() -> xmlschema.XMLSchema:
    """xmlschema's validator of the bundled XSD."""
    return xmlschema.XMLSchema(str(hm.xsd_path()))


@contextmanager
def _quick(limit: float) -> Iterator[None]:
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    assert elapsed < limit, f"took {elapsed:.2f} s"


@pytest.fixture
def refused() -> Callable[..., Any]:
    """Assert that a call raises ``exc`` (exactly that class) in well under a second."""

    def check(exc: type[BaseException], call: Callable[[], object]) -> Any:
        with _quick(0.5), pytest.raises(exc) as info:
            call()
        assert type(info.value) is exc
        return info.value

    return check

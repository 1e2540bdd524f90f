"""Every example script runs, and the seed example holds the facts of its source."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import hdnd_model as hm

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_example_runs(script: Path, tmp_path: Path) -> None:
    """The script exits 0 and prints something."""
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    assert result.stdout.strip()


@pytest.fixture(scope="module")
def minutes() -> hm.Minutes:
    """The seed record."""
    return _load("hai_ba_trung_2020_08").build()  # type: ignore[no-any-return]


class TestSeed:
    def test_meeting(self, minutes: hm.Minutes) -> None:
        """A monthly meeting of the Standing Committee on 17 August 2020."""
        (meeting,) = minutes.meetings
        assert hm.MeetingKind.STANDING_MONTHLY is meeting.kind
        assert hm.OrganKind.STANDING_COMMITTEE is meeting.organ
        assert dt.date(2020, 8, 17) == meeting.date

    def test_council_and_term(self, minutes: hm.Minutes) -> None:
        """The council of quận Hai Bà Trưng in Hà Nội, term 2016-2021, khóa unknown."""
        assert "Hội đồng nhân dân quận Hai Bà Trưng" == minutes.council.name
        province = minutes.council.unit.province
        assert province is not None
        assert province.is_named("Hà Nội")
        assert minutes.term is not None
        assert "2016-2021" == minutes.term.label
        assert minutes.term.khoa is None

    def test_chair(self, minutes: hm.Minutes) -> None:
        """Đinh Thị Lan Duyên, Chủ tịch HĐND quận, chaired."""
        (chair,) = minutes.meetings[0].chairs
        assert "Đinh Thị Lan Duyên" == chair.display_name
        assert "Chủ tịch HĐND quận" == chair.title

    def test_agenda_and_documents(self, minutes: hm.Minutes) -> None:
        """Four agenda items; the conclusions cite 97/2019/QH14."""
        meeting = minutes.meetings[0]
        assert [1, 2, 3, 4] == [item.number for item in meeting.agenda]
        assert ["97/2019/QH14"] == [str(d.number) for d in meeting.documents]
        assert len(meeting.conclusions) >= 5

    def test_organs(self, minutes: hm.Minutes) -> None:
        """Two Bans and eight delegate groups, as the post counts them."""
        kinds = [organ.kind for organ in minutes.organs]
        assert 2 == kinds.count(hm.OrganKind.COMMITTEE)
        assert 8 == kinds.count(hm.OrganKind.DELEGATE_GROUP)


def test_seed_json_is_current(minutes: hm.Minutes) -> None:
    """examples/data holds the seed exactly as the example script builds it today."""
    committed = (EXAMPLES / "data" / "hai_ba_trung_2020_08.json").read_text(encoding="utf-8")
    assert hm.to_json(minutes, indent=2) + "\n" == committed
    assert minutes == hm.from_json(committed)

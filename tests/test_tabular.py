"""Records as tidy tables, CSV files and SQLite databases."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pandas as pd
import pytest
from hypothesis import given, settings

import hdnd_model as hm
from hdnd_model import tabular
from hdnd_model.testing import strategies as hst

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"tabular_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed() -> hm.Minutes:
    """The Hai Bà Trưng standing committee meeting: no votes, no attendance counts."""
    return _example("hai_ba_trung_2020_08").build()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def session() -> hm.Minutes:
    """A thematic session with attendance and four votes, one of which fails."""
    return _example("build_session").build()  # type: ignore[no-any-return]


class TestTables:
    def test_every_table_has_its_columns_when_empty(self) -> None:
        """No records give five empty tables with their columns."""
        tables = tabular.to_tables([])
        assert list(tabular.TABLES) == [name for name, _ in tables.items()]
        for _, frame in tables.items():
            assert 0 == len(frame)
            assert len(frame.columns) > 5

    def test_seed_meeting(self, seed: hm.Minutes) -> None:
        """One meeting row with its council and date; counts it does not state are missing."""
        tables = tabular.to_tables([seed])
        (row,) = tables.meetings.to_dict("records")
        assert "bb-hbt-standing-2020-08" == row["record_id"]
        assert "Hội đồng nhân dân quận Hai Bà Trưng" == row["council"]
        assert "standing_monthly" == row["kind"]
        assert pd.Timestamp(2020, 8, 17) == row["date"]
        assert pd.isna(row["present"])
        assert 4 == row["agenda_items"]
        assert 4 == len(tables.participants)
        assert 4 == len(tables.agenda_items)
        assert 0 == len(tables.votes)

    def test_participants(self, seed: hm.Minutes) -> None:
        """Participants keep their role and the name or title as written."""
        participants = tabular.to_tables([seed]).participants
        assert ["chair", "attendee", "attendee", "attendee"] == list(participants["role"])
        assert "Đinh Thị Lan Duyên" == participants["name"].iloc[0]

    def test_attendance(self, session: hm.Minutes) -> None:
        """Each sitting's attendance, with the share of delegates present."""
        meetings = tabular.to_tables([session]).meetings
        assert [48, 47] == list(meetings["present"])
        assert [0.96, 0.94] == list(meetings["present_share"])
        assert ["opening", "closing"] == list(meetings["kind"])

    def test_votes(self, session: hm.Minutes) -> None:
        """One row per vote, shares of the total number of delegates, the outcome by the rule."""
        votes = tabular.to_tables([session]).votes
        assert [44, 46, 41, 22] == list(votes["in_favour"])
        assert [0.88, 0.92, 0.82, 0.44] == list(votes["in_favour_share"])
        assert [True, True, True, False] == list(votes["passed"])
        assert {"phien-2"} == set(votes["meeting_id"])
        assert {2} == set(votes["agenda_number"])
        assert "quá nửa tổng số đại biểu" == votes["rule"].iloc[0]

    def test_resolutions(self, session: hm.Minutes) -> None:
        """Resolutions with their numbers and the counts of their vote, not counted twice."""
        tables = tabular.to_tables([session])
        resolutions = tables.resolutions
        assert ["21/NQ-HĐND", "22/NQ-HĐND", "23/NQ-HĐND"] == list(resolutions["number"])
        assert [44, 46, 41] == list(resolutions["in_favour"])
        assert 4 == len(tables.votes)

    def test_resolution_alone(self, session: hm.Minutes) -> None:
        """A resolution stored on its own gives a resolution row and its vote, dated."""
        resolution = attrs.evolve(session.resolutions[0], council_id="hdnd-quang-tri")
        tables = tabular.to_tables([resolution])
        assert ["nq-21"] == list(tables.resolutions["resolution_id"])
        (vote,) = tables.votes.to_dict("records")
        assert vote["meeting_id"] is None
        assert "nq-21" == vote["record_id"]

    def test_session_vote_outside_meetings(self, session: hm.Minutes) -> None:
        """A resolution's vote not taken in a recorded sitting is a row of its own."""
        assert session.session is not None
        extra = hm.Resolution(
            id="nq-25",
            title="Về một nội dung khác",
            adopted_on=dt.date(2023, 4, 21),
            vote=hm.VoteTally(in_favour=40, total_delegates=50),
        )
        changed = attrs.evolve(
            session,
            session=attrs.evolve(
                session.session, resolutions=(*session.session.resolutions, extra)
            ),
        )
        votes = tabular.to_tables([changed]).votes
        assert 5 == len(votes)
        last = votes.iloc[-1]
        assert last["meeting_id"] is None
        assert pd.Timestamp(2023, 4, 21) == last["date"]
        assert pd.isna(last["against_share"])

    def test_other_records_skipped(self, seed: hm.Minutes) -> None:
        """Records that hold no proceedings (a council, a person) add no rows."""
        tables = tabular.to_tables([seed.council, hm.Person(full_name="Lê Văn Tám"), seed])
        assert 1 == len(tables.meetings)

    def test_many_records_stay_apart(self, seed: hm.Minutes, session: hm.Minutes) -> None:
        """Rows carry the id of the record they came from."""
        tables = tabular.to_tables(iter([seed, session]))
        assert ["bb-hbt-standing-2020-08", "bb-ky-hop-chuyen-de-2023-04"] == list(
            tables.meetings["record_id"].unique()
        )

    @settings(max_examples=25, deadline=None)
    @given(hst.minutes())
    def test_counts_follow_the_model(self, minutes: hm.Minutes) -> None:
        """Every vote is a row once, with the model's outcome and shares within 0-1."""
        tables = tabular.to_tables([minutes])
        if minutes.session is not None:
            expected = list(minutes.session.votes())
        else:
            expected = list(minutes.meetings[0].votes())
        assert [v.passed for v in expected] == list(tables.votes["passed"])
        assert [v.in_favour for v in expected] == list(tables.votes["in_favour"])
        assert tables.votes["in_favour_share"].between(0, 1).all()
        assert len(minutes.meetings) == len(tables.meetings)
        assert len(minutes.resolutions) == len(tables.resolutions)


class TestExport:
    def test_csv(self, session: hm.Minutes, tmp_path: Path) -> None:
        """Five UTF-8 CSV files that read back with the same rows and Vietnamese text."""
        written = tabular.export_csv([session], tmp_path / "out")
        assert list(tabular.TABLES) == list(written)
        votes = pd.read_csv(written["votes"])
        assert [44, 46, 41, 22] == list(votes["in_favour"])
        assert "2023-04-21" == votes["date"].iloc[0]
        resolutions = pd.read_csv(written["resolutions"])
        assert "Về đặt tên đường trên địa bàn thị xã Quảng Trị" == resolutions["title"].iloc[2]

    def test_sqlite(self, session: hm.Minutes, seed: hm.Minutes, tmp_path: Path) -> None:
        """One SQL table each; dates as ISO text, booleans 0/1, missing values NULL."""
        path = tmp_path / "archive.sqlite"
        counts = tabular.export_sqlite([session, seed], path)
        assert {"meetings": 3, "participants": 12, "agenda_items": 6} == {
            k: counts[k] for k in ("meetings", "participants", "agenda_items")
        }
        connection = sqlite3.connect(path)
        try:
            rows = connection.execute(
                "select date, passed, against from votes order by in_favour"
            ).fetchall()
            present = connection.execute(
                "select present from meetings where record_id = 'bb-hbt-standing-2020-08'"
            ).fetchall()
        finally:
            connection.close()
        assert ("2023-04-21", 0, 19) == rows[0]
        assert [(None,)] == present

    def test_sqlite_replaces_its_tables(self, session: hm.Minutes, tmp_path: Path) -> None:
        """Exporting again replaces the five tables instead of appending to them."""
        path = tmp_path / "archive.sqlite"
        tabular.export_sqlite([session], path)
        counts = tabular.export_sqlite([session], path)
        connection = sqlite3.connect(path)
        try:
            (count,) = connection.execute("select count(*) from votes").fetchone()
        finally:
            connection.close()
        assert counts["votes"] == count == 4


class TestOptionalPandas:
    def test_import_is_light(self) -> None:
        """Importing the module does not import pandas."""
        code = "import sys, hdnd_model.tabular; print('pandas' in sys.modules)"
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "False" == result.stdout.strip()

    def test_missing_pandas_names_the_extra(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas the error says which extra to install."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(ImportError, match=r"hdnd-model\[tabular\]"):
            tabular.to_tables([])

"""Records as tidy tables (pandas DataFrames), CSV files and SQLite databases, for analysis.

Five tables, one row per thing, linked by ids:

``meetings``
    one row per meeting (phiên họp): kind, body, date, times, place, attendance counts and the
    share of delegates present.
``participants``
    one row per participant of a meeting, with their role and title as written.
``agenda_items``
    one row per agenda item (nội dung) of a meeting, with how much happened under it.
``resolutions``
    one row per resolution (nghị quyết), with the counts of the vote that adopted it.
``votes``
    one row per vote (biểu quyết): counts, shares of the total number of delegates, the rule
    and whether the motion carried (computed by the rule, as the model does).

Every row carries ``record_id``: the id of the record it came from (the minutes, or a session,
meeting or resolution stored on its own), so rows from an archive of many records stay apart.
Enum values are their stable English values (``"standing_monthly"``); counts that a record does
not state are missing (``<NA>``), not zero.

pandas is an optional dependency: ``pip install 'hdnd-model[tabular]'``. It is imported when a
function here first needs it, so importing this module costs nothing.

Example::

    import hdnd_model as hm
    from hdnd_model import tabular

    tables = tabular.to_tables(hm.iter_records("archive.jsonl"))
    tables.votes.groupby("date")["in_favour_share"].mean()
    tabular.export_csv(hm.iter_records("archive.jsonl"), "tables/")
    tabular.export_sqlite(hm.iter_records("archive.jsonl"), "archive.sqlite")
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
from collections.abc import Iterable, Iterator
from fractions import Fraction
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from hdnd_model.files import atomic_write
from hdnd_model.model import Meeting, Minutes, Resolution, Session, VoteTally
from hdnd_model.model.vocab import VoteChoice

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TABLES", "Tables", "export_csv", "export_sqlite", "to_tables"]

Row = dict[str, Any]

#: The names of the tables, in the order they are written.
TABLES = ("meetings", "participants", "agenda_items", "resolutions", "votes")

_COLUMNS: dict[str, dict[str, str]] = {
    # column -> pandas dtype; "date" columns become datetime64, "Int64" is a nullable integer.
    "meetings": {
        "record_id": "str",
        "council_id": "str",
        "council": "str",
        "session_id": "str",
        "meeting_id": "str",
        "kind": "str",
        "organ": "str",
        "committee": "str",
        "number": "Int64",
        "title": "str",
        "date": "date",
        "start_time": "str",
        "end_time": "str",
        "location": "str",
        "mode": "str",
        "closed": "bool",
        "total_delegates": "Int64",
        "present": "Int64",
        "absent_with_reason": "Int64",
        "absent_without_reason": "Int64",
        "online": "Int64",
        "present_share": "float64",
        "participants": "Int64",
        "agenda_items": "Int64",
        "votes": "Int64",
    },
    "participants": {
        "record_id": "str",
        "meeting_id": "str",
        "participant_id": "str",
        "role": "str",
        "name": "str",
        "person_id": "str",
        "title": "str",
        "organization": "str",
        "count": "Int64",
        "status": "str",
    },
    "agenda_items": {
        "record_id": "str",
        "meeting_id": "str",
        "date": "date",
        "number": "Int64",
        "kind": "str",
        "title": "str",
        "presenters": "Int64",
        "documents": "Int64",
        "statements": "Int64",
        "questions": "Int64",
        "votes": "Int64",
        "elections": "Int64",
        "conclusion": "str",
    },
    "resolutions": {
        "record_id": "str",
        "council_id": "str",
        "session_id": "str",
        "resolution_id": "str",
        "number": "str",
        "nature": "str",
        "title": "str",
        "adopted_on": "date",
        "effective_on": "date",
        "signer": "str",
        "in_favour": "Int64",
        "against": "Int64",
        "not_voting": "Int64",
        "total_delegates": "Int64",
        "passed": "boolean",
    },
    "votes": {
        "record_id": "str",
        "meeting_id": "str",
        "date": "date",
        "agenda_number": "Int64",
        "vote_id": "str",
        "subject": "str",
        "resolution_id": "str",
        "method": "str",
        "in_favour": "Int64",
        "against": "Int64",
        "not_voting": "Int64",
        "present": "Int64",
        "total_delegates": "Int64",
        "voting": "Int64",
        "in_favour_share": "float64",
        "against_share": "float64",
        "not_voting_share": "float64",
        "rule": "str",
        "passed": "bool",
    },
}


def _pandas() -> ModuleType:
    try:
        import pandas  # noqa: PLC0415  (optional dependency, loaded on first use)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "hdnd_model.tabular needs pandas, an optional dependency: "
            "pip install 'hdnd-model[tabular]'"
        ) from exc
    return pandas


@attrs.frozen(kw_only=True, eq=False)
class Tables:
    """The five tidy tables of a set of records, as pandas DataFrames.

    Attributes:
        meetings: one row per meeting, with its attendance.
        participants: one row per participant of a meeting.
        agenda_items: one row per agenda item.
        resolutions: one row per resolution.
        votes: one row per vote, with counts and shares of the total number of delegates.
    """

    meetings: pd.DataFrame
    participants: pd.DataFrame
    agenda_items: pd.DataFrame
    resolutions: pd.DataFrame
    votes: pd.DataFrame

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        """Each table with its name, in the order of :data:`TABLES`."""
        for name in TABLES:
            yield name, getattr(self, name)


def _value(value: object) -> object:
    """A cell: enums as their value, fractions as floats, times as ``HH:MM[:SS]`` text."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Fraction):
        return float(value)
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes" if not value.second else "seconds")
    return value


def _share(part: int | None, whole: int | None) -> float | None:
    return None if part is None or whole is None else part / whole


class _Collector:
    """Rows of the five tables, gathered in one pass over the records."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {name: [] for name in TABLES}

    def add(self, record: object) -> None:
        if isinstance(record, Minutes):
            council_id, council = record.council.id, record.council.name
            if record.session is not None:
                self._session(record.id, record.session, council=council)
            else:
                assert record.meeting is not None
                self._meeting(record.id, record.meeting, council_id=council_id, council=council)
        elif isinstance(record, Session):
            self._session(record.id, record, council=None)
        elif isinstance(record, Meeting):
            self._meeting(record.id, record, council_id=None, council=None)
        elif isinstance(record, Resolution):
            self._resolution(record.id, record, council_id=record.council_id)
            if record.vote is not None:
                self._vote(record.id, record.vote, meeting=None, agenda_number=None, day=None)

    def _session(self, record_id: str, session: Session, *, council: str | None) -> None:
        in_meetings: list[VoteTally] = []
        for meeting in session.meetings:
            self._meeting(record_id, meeting, council_id=session.council_id, council=council)
            in_meetings.extend(meeting.votes())
        for res in session.resolutions:
            self._resolution(record_id, res, council_id=res.council_id or session.council_id)
            if res.vote is not None and res.vote not in in_meetings:
                self._vote(
                    record_id, res.vote, meeting=None, agenda_number=None, day=res.adopted_on
                )

    def _meeting(
        self, record_id: str, meeting: Meeting, *, council_id: str | None, council: str | None
    ) -> None:
        att = meeting.attendance
        self.rows["meetings"].append(
            {
                "record_id": record_id,
                "council_id": council_id,
                "council": council,
                "session_id": meeting.session_id,
                "meeting_id": meeting.id,
                "kind": meeting.kind,
                "organ": meeting.organ,
                "committee": meeting.committee,
                "number": meeting.number,
                "title": meeting.title,
                "date": meeting.date,
                "start_time": meeting.start_time,
                "end_time": meeting.end_time,
                "location": meeting.location,
                "mode": meeting.mode,
                "closed": meeting.closed,
                "total_delegates": att.total_delegates if att else None,
                "present": att.present if att else None,
                "absent_with_reason": att.absent_with_reason if att else None,
                "absent_without_reason": att.absent_without_reason if att else None,
                "online": att.online if att else None,
                "present_share": att.present_share if att else None,
                "participants": len(meeting.participants),
                "agenda_items": len(meeting.agenda),
                "votes": sum(len(item.votes) for item in meeting.agenda),
            }
        )
        for p in meeting.participants:
            self.rows["participants"].append(
                {
                    "record_id": record_id,
                    "meeting_id": meeting.id,
                    "participant_id": p.id,
                    "role": p.role,
                    "name": p.display_name,
                    "person_id": p.person.id if p.person else None,
                    "title": p.title,
                    "organization": p.organization,
                    "count": p.count,
                    "status": p.status,
                }
            )
        for item in meeting.agenda:
            self.rows["agenda_items"].append(
                {
                    "record_id": record_id,
                    "meeting_id": meeting.id,
                    "date": meeting.date,
                    "number": item.number,
                    "kind": item.kind,
                    "title": item.title,
                    "presenters": len(item.presenter_ids),
                    "documents": len(item.documents),
                    "statements": len(item.statements),
                    "questions": len(item.questions),
                    "votes": len(item.votes),
                    "elections": len(item.elections),
                    "conclusion": item.conclusion,
                }
            )
            for vote in item.votes:
                self._vote(
                    record_id, vote, meeting=meeting, agenda_number=item.number, day=meeting.date
                )

    def _resolution(self, record_id: str, res: Resolution, *, council_id: str | None) -> None:
        vote = res.vote
        self.rows["resolutions"].append(
            {
                "record_id": record_id,
                "council_id": council_id,
                "session_id": res.session_id,
                "resolution_id": res.id,
                "number": str(res.number) if res.number else None,
                "nature": res.nature,
                "title": res.title,
                "adopted_on": res.adopted_on,
                "effective_on": res.effective_on,
                "signer": res.signer.person.full_name if res.signer else None,
                "in_favour": vote.in_favour if vote else None,
                "against": vote.against if vote else None,
                "not_voting": vote.not_voting if vote else None,
                "total_delegates": vote.total_delegates if vote else None,
                "passed": res.passed,
            }
        )

    def _vote(
        self,
        record_id: str,
        vote: VoteTally,
        *,
        meeting: Meeting | None,
        agenda_number: int | None,
        day: dt.date | None,
    ) -> None:
        total = vote.total_delegates
        self.rows["votes"].append(
            {
                "record_id": record_id,
                "meeting_id": meeting.id if meeting else None,
                "date": day,
                "agenda_number": agenda_number,
                "vote_id": vote.id,
                "subject": vote.subject,
                "resolution_id": vote.resolution_id,
                "method": vote.method,
                "in_favour": vote.in_favour,
                "against": vote.against,
                "not_voting": vote.not_voting,
                "present": vote.present,
                "total_delegates": total,
                "voting": vote.voting,
                "in_favour_share": _share(vote.count(VoteChoice.IN_FAVOUR), total),
                "against_share": _share(vote.count(VoteChoice.AGAINST), total),
                "not_voting_share": _share(vote.count(VoteChoice.NOT_VOTING), total),
                "rule": vote.rule.label_vi,
                "passed": vote.passed,
            }
        )

    def frame(self, name: str) -> pd.DataFrame:
        pandas = _pandas()
        columns = _COLUMNS[name]
        rows = [{key: _value(value) for key, value in row.items()} for row in self.rows[name]]
        frame: pd.DataFrame = pandas.DataFrame(rows, columns=list(columns))
        casts: dict[str, Any] = {}
        for column, dtype in columns.items():
            if dtype == "date":
                frame[column] = pandas.to_datetime(frame[column])
            elif dtype == "str":
                casts[column] = "object"
            else:
                casts[column] = dtype
        frame = frame.astype(casts)
        text = [column for column, dtype in columns.items() if dtype == "str"]
        frame[text] = frame[text].where(frame[text].notna(), None)
        return frame


def to_tables(records: Iterable[object]) -> Tables:
    """Turn records into five tidy tables, in one pass.

    Args:
        records: model objects, e.g. from :func:`hdnd_model.iter_records`. ``Minutes``,
            ``Session``, ``Meeting`` and ``Resolution`` records give rows; records of other
            classes (a ``Council``, a ``Person`` ...) hold no proceedings and are skipped.

    Returns:
        The tables, each with its columns even when it has no rows.

    Raises:
        ImportError: pandas is not installed (``pip install 'hdnd-model[tabular]'``).
    """
    _pandas()
    collector = _Collector()
    for record in records:
        collector.add(record)
    return Tables(**{name: collector.frame(name) for name in TABLES})


def export_csv(records: Iterable[object], directory: str | Path) -> dict[str, Path]:
    """Write the five tables as CSV files (UTF-8, a header row, dates as ``YYYY-MM-DD``).

    Args:
        records: model objects, consumed once.
        directory: where to write ``meetings.csv``, ``participants.csv``,
            ``agenda_items.csv``, ``resolutions.csv`` and ``votes.csv``; created if missing.
            Existing files of those names are replaced, each whole or not at all.

    Returns:
        The path of each table's file, by table name.

    Raises:
        ImportError: pandas is not installed.
        OSError: the directory or a file cannot be written.
    """
    tables = to_tables(records)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name, frame in tables.items():
        path = directory / f"{name}.csv"
        with atomic_write(path, "w") as out:
            frame.to_csv(out, index=False, date_format="%Y-%m-%d")
        written[name] = path
    return written


def _for_sql(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Dates as ISO text (SQLite has no date type)."""
    out = frame.copy()
    for column, dtype in _COLUMNS[name].items():
        if dtype == "date":
            out[column] = out[column].dt.strftime("%Y-%m-%d").astype("object")
            out[column] = out[column].where(out[column].notna(), None)
    return out


def export_sqlite(records: Iterable[object], path: str | Path) -> dict[str, int]:
    """Write the five tables into a SQLite database, one SQL table each.

    Dates are ISO 8601 text (``2020-08-17``), booleans 0/1, missing values NULL. Tables of the
    same names already in the database are replaced; other tables are left alone.

    Args:
        records: model objects, consumed once.
        path: the database file; created if missing.

    Returns:
        The number of rows written to each table, by table name.

    Raises:
        ImportError: pandas is not installed.
        sqlite3.Error: the database cannot be written.
    """
    tables = to_tables(records)
    counts: dict[str, int] = {}
    connection = sqlite3.connect(Path(path))
    try:
        with connection:
            for name, frame in tables.items():
                _for_sql(frame, name).to_sql(name, connection, if_exists="replace", index=False)
                counts[name] = len(frame)
    finally:
        connection.close()
    return counts

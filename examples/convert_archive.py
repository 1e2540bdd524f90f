"""Make an archive of records, convert it from JSON Lines to XML and back, and check nothing
was lost.

The archive holds the minutes of every session of one provincial council over a term
(2021-2025): attendance at each sitting and the vote on each resolution. It is built
deterministically (a seeded random generator: the same archive on every run); the names of the
council and the province are real, the figures are invented. Run it to write
``archive.jsonl``, ``archive.xml`` and ``archive-again.jsonl`` in the current directory::

    python examples/convert_archive.py [COUNT]

:func:`make_records` is what the analysis notebook (``examples/notebooks/analysis.ipynb``) and
the documentation use to get an archive to work on.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import hdnd_model as hm

PROVINCE = hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Nghệ An", code="40")
COUNCIL = hm.Council(id="hdnd-nghe-an", unit=PROVINCE)
TERM = hm.Term(id="hdnd-nghe-an-2021-2026", council_id=COUNCIL.id, first_year=2021)
TOTAL = 83

TOPICS = (
    "kế hoạch đầu tư công trung hạn",
    "dự toán ngân sách địa phương",
    "bảng giá đất",
    "chính sách hỗ trợ giáo dục",
    "phòng, chống thiên tai",
    "phát triển du lịch",
    "chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "phí và lệ phí",
)


def _schedule(count: int) -> Iterator[tuple[int, hm.SessionKind, dt.date, hm.SessionTiming | None]]:
    """Session numbers, kinds and first days: the first session, then a mid-year and a
    year-end session each year, with thematic sessions between them."""
    yield 1, hm.SessionKind.FIRST, dt.date(2021, 6, 24), None
    number, year = 2, 2021
    while number <= count:
        plan = (
            (hm.SessionKind.THEMATIC, dt.date(year, 3, 15), None),
            (hm.SessionKind.REGULAR, dt.date(year, 7, 12), hm.SessionTiming.MID_YEAR),
            (hm.SessionKind.THEMATIC, dt.date(year, 9, 28), None),
            (hm.SessionKind.REGULAR, dt.date(year, 12, 8), hm.SessionTiming.YEAR_END),
        )
        for kind, day, timing in plan:
            if number > count:
                return
            if day > dt.date(2021, 6, 24):
                yield number, kind, day, timing
                number += 1
        year += 1


def _minutes(
    rng: random.Random,
    *,
    number: int,
    kind: hm.SessionKind,
    first_day: dt.date,
    timing: hm.SessionTiming | None,
    next_resolution: int,
) -> hm.Minutes:
    days = 3 if kind is hm.SessionKind.REGULAR else 1
    last_day = first_day + dt.timedelta(days=days - 1)
    session_id = f"ky-hop-{number}"
    present = [TOTAL - rng.randint(0, 9) for _ in range(days)]
    motions = 2 if kind is hm.SessionKind.FIRST else rng.randint(3, 8)
    votes = []
    resolutions = []
    for i in range(motions):
        topic = TOPICS[(number + i) % len(TOPICS)]
        voting = present[-1] - rng.randint(0, 2)
        in_favour = voting - rng.choice((0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 12, 45))
        against = rng.randint(0, voting - in_favour)
        res_id = f"nq-{number}-{i + 1}"
        vote = hm.VoteTally(
            id=f"bq-{number}-{i + 1}",
            subject=f"thông qua Nghị quyết về {topic}",
            resolution_id=res_id if in_favour * 2 > TOTAL else None,
            in_favour=in_favour,
            against=against,
            not_voting=voting - in_favour - against,
            present=present[-1],
            total_delegates=TOTAL,
            method=hm.VoteMethod.ELECTRONIC,
        )
        votes.append(vote)
        if vote.passed:
            resolutions.append(
                hm.Resolution(
                    id=res_id,
                    title=f"Về {topic}",
                    number=hm.DocumentNumber.parse(f"{next_resolution}/NQ-HĐND"),
                    adopted_on=last_day,
                    vote=vote,
                )
            )
            next_resolution += 1
    kinds = (hm.MeetingKind.OPENING, hm.MeetingKind.PLENARY_DISCUSSION, hm.MeetingKind.CLOSING)
    if days == 1:
        kinds = (hm.MeetingKind.PLENARY,)
    meetings = tuple(
        hm.Meeting(
            id=f"{session_id}-phien-{d + 1}",
            kind=kinds[d],
            date=first_day + dt.timedelta(days=d),
            start_time=dt.time(7, 30),
            attendance=hm.Attendance(total_delegates=TOTAL, present=present[d]),
            agenda=(
                hm.AgendaItem(
                    number=1,
                    kind=hm.AgendaItemKind.ADOPTION,
                    title="Biểu quyết thông qua các nghị quyết",
                    votes=tuple(votes),
                ),
            )
            if d == days - 1
            else (),
        )
        for d in range(days)
    )
    session = hm.Session(
        id=session_id,
        council_id=COUNCIL.id,
        term_id=TERM.id,
        number=number,
        kind=kind,
        timing=timing,
        start_date=first_day,
        end_date=last_day,
        meetings=meetings,
        resolutions=tuple(resolutions),
    )
    return hm.Minutes(id=f"bb-{session_id}", council=COUNCIL, term=TERM, session=session)


def make_records(count: int = 18, *, seed: int = 2021) -> list[hm.Minutes]:
    """The minutes of the council's first ``count`` sessions, the same on every call.

    Args:
        count: how many sessions (at most 18 fit in 2021-2025).
        seed: the seed of the random figures.

    Returns:
        One ``Minutes`` record per session, in date order.
    """
    rng = random.Random(seed)
    records = []
    resolution_numbers: dict[int, int] = {}
    for number, kind, day, timing in _schedule(min(count, 18)):
        first = resolution_numbers.get(day.year, 1)
        minutes = _minutes(
            rng, number=number, kind=kind, first_day=day, timing=timing, next_resolution=first
        )
        resolution_numbers[day.year] = first + len(minutes.resolutions)
        records.append(minutes)
    return records


def main(argv: list[str]) -> int:
    """Write the archive as JSON Lines, convert it to XML and back, and compare."""
    count = int(argv[0]) if argv else 18
    jsonl, xml, again = Path("archive.jsonl"), Path("archive.xml"), Path("archive-again.jsonl")
    written = hm.write_records(jsonl, make_records(count))
    print(f"wrote {written} records to {jsonl} ({jsonl.stat().st_size} bytes)")
    # Each conversion streams: one record in memory at a time, whatever the archive's size.
    hm.write_records(xml, hm.iter_records(jsonl))
    print(f"converted to {xml} ({xml.stat().st_size} bytes)")
    hm.write_records(again, hm.iter_records(xml))
    same = list(hm.iter_records(jsonl)) == list(hm.iter_records(again))
    print(f"converted back to {again}: {'identical' if same else 'DIFFERENT'} records")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Build the minutes of a council session with votes, and render them (biên bản kỳ họp).

A two-day thematic session of a provincial council: attendance at each sitting, a report
presented, a statement, and four resolutions voted by electronic vote, one of which fails to
reach more than half of the total number of delegates. The names and figures are invented for
the example. Run it to write ``bien-ban-ky-hop.docx``, ``.md``, ``.txt`` and ``.html`` in the
current directory::

    python examples/build_session.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import hdnd_model as hm
from hdnd_model.vn import format_share

PROVINCE = hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Quảng Trị", code="45")
COUNCIL = hm.Council(id="hdnd-quang-tri", unit=PROVINCE)
TERM = hm.Term(id="hdnd-quang-tri-2021-2026", council_id=COUNCIL.id, first_year=2021, khoa=8)
TOTAL = 50
SESSION_ID = "ky-hop-chuyen-de-2023-04"
DAYS = (dt.date(2023, 4, 20), dt.date(2023, 4, 21))

CHAIR = hm.Person(full_name="Nguyễn Văn An")
SECRETARY = hm.Person(full_name="Trần Thị Bình")

PARTICIPANTS = (
    hm.Participant(
        id="chair", role=hm.ParticipantRole.CHAIR, person=CHAIR, title="Chủ tịch HĐND tỉnh"
    ),
    hm.Participant(
        id="secretary",
        role=hm.ParticipantRole.SECRETARY,
        person=SECRETARY,
        title="Chánh Văn phòng HĐND tỉnh",
    ),
    hm.Participant(
        id="ubnd",
        role=hm.ParticipantRole.PRESENTER,
        person=hm.Person(full_name="Lê Minh Cường"),
        title="Phó Chủ tịch UBND tỉnh",
    ),
    hm.Participant(
        id="d12",
        role=hm.ParticipantRole.DELEGATE,
        person=hm.Person(full_name="Phạm Thị Dung"),
        title="Đại biểu HĐND tỉnh",
    ),
)

# (id, number, title, in favour, against, not voting)
MOTIONS = (
    ("nq-21", 21, "Về kế hoạch đầu tư công năm 2023 (điều chỉnh)", 44, 1, 2),
    ("nq-22", 22, "Về chính sách hỗ trợ học sinh vùng đặc biệt khó khăn", 46, 0, 1),
    ("nq-23", 23, "Về đặt tên đường trên địa bàn thị xã Quảng Trị", 41, 3, 3),
    ("nq-24", 24, "Về chủ trương chuyển mục đích sử dụng rừng", 22, 19, 6),
)
PRESENT = 47


def _votes() -> tuple[hm.VoteTally, ...]:
    return tuple(
        hm.VoteTally(
            id=f"bq-{number}",
            subject=f"thông qua Nghị quyết {title[0].lower()}{title[1:]}",
            # a vote names the resolution it adopted: none when the motion failed
            resolution_id=res_id if hm.MORE_THAN_HALF_OF_TOTAL.met(yes, TOTAL) else None,
            in_favour=yes,
            against=no,
            not_voting=abstain,
            present=PRESENT,
            total_delegates=TOTAL,
            method=hm.VoteMethod.ELECTRONIC,
        )
        for res_id, number, title, yes, no, abstain in MOTIONS
    )


def build() -> hm.Minutes:
    """The minutes of the session: two sittings, four votes, the resolutions that passed."""
    votes = _votes()
    opening = hm.Meeting(
        id="phien-1",
        kind=hm.MeetingKind.OPENING,
        date=DAYS[0],
        start_time=dt.time(7, 30),
        end_time=dt.time(11, 30),
        location="Hội trường HĐND tỉnh",
        participants=PARTICIPANTS,
        attendance=hm.Attendance(
            total_delegates=TOTAL, present=48, absent_with_reason=2, absent_without_reason=0
        ),
        agenda=(
            hm.AgendaItem(
                number=1,
                kind=hm.AgendaItemKind.SUBMISSION,
                title="Tờ trình về các dự thảo nghị quyết trình kỳ họp",
                presenter_ids=("ubnd",),
                statements=(
                    hm.Statement(
                        text="Đề nghị làm rõ nguồn vốn bố trí cho các dự án chuyển tiếp.",
                        speaker_id="d12",
                    ),
                ),
            ),
        ),
    )
    closing = hm.Meeting(
        id="phien-2",
        kind=hm.MeetingKind.CLOSING,
        date=DAYS[1],
        start_time=dt.time(8, 0),
        end_time=dt.time(10, 45),
        location="Hội trường HĐND tỉnh",
        participants=PARTICIPANTS,
        attendance=hm.Attendance(total_delegates=TOTAL, present=PRESENT, absent_with_reason=3),
        agenda=(
            hm.AgendaItem(
                number=2,
                kind=hm.AgendaItemKind.ADOPTION,
                title="Biểu quyết thông qua các nghị quyết",
                votes=votes,
            ),
        ),
        conclusions=("UBND tỉnh tổ chức triển khai các nghị quyết vừa được thông qua.",),
    )
    resolutions = tuple(
        hm.Resolution(
            id=res_id,
            title=title,
            number=hm.DocumentNumber.parse(f"{number}/NQ-HĐND"),
            adopted_on=DAYS[1],
            vote=vote,
        )
        for (res_id, number, title, *_), vote in zip(MOTIONS, votes, strict=True)
        if vote.passed
    )
    session = hm.Session(
        id=SESSION_ID,
        council_id=COUNCIL.id,
        term_id=TERM.id,
        number=14,
        kind=hm.SessionKind.THEMATIC,
        start_date=DAYS[0],
        end_date=DAYS[1],
        location="Hội trường HĐND tỉnh",
        meetings=(opening, closing),
        resolutions=resolutions,
    )
    return hm.Minutes(
        id="bb-ky-hop-chuyen-de-2023-04",
        council=COUNCIL,
        term=TERM,
        session=session,
        number=hm.DocumentNumber.parse("05/BB-HĐND"),
        place="Quảng Trị",
        date=DAYS[1],
        secretary=hm.Signature(person=SECRETARY, title="THƯ KÝ"),
        chair=hm.Signature(
            person=CHAIR,
            title="CHỦ TỌA",
            authority=hm.SigningAuthority.ON_BEHALF,
            on_behalf_of="Hội đồng nhân dân",
        ),
        recipients=("Thường trực HĐND tỉnh", "UBND tỉnh", "Đại biểu HĐND tỉnh"),
    )


def main() -> None:
    """Build the minutes, print the outcome of each vote and render every format."""
    minutes = build()
    assert minutes.session is not None
    for vote in minutes.session.votes():
        outcome = "thông qua" if vote.passed else "không thông qua"
        share = format_share(vote.in_favour, vote.total_delegates)
        print(f"{vote.subject}: {vote.in_favour}/{vote.total_delegates} ({share}) -> {outcome}")
    for suffix in ("docx", "md", "txt", "html"):
        path = Path(f"bien-ban-ky-hop.{suffix}")
        hm.render_minutes(minutes, path, format=suffix)
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

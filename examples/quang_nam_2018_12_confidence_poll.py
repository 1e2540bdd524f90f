"""A real confidence poll: the 9th session of the People's Council of Quảng Nam province,
5 December 2018, as a provincial newspaper reported it, built with the public API.

Run it to print a readable summary::

    python examples/quang_nam_2018_12_confidence_poll.py

The report gives: 53 of the 58 delegates present; 27 of the 35 people holding posts the council
elects were polled; for each official, the valid ballots ("53/53") and the ballots rating them
high, confident and low. It lists two officials and stops; the other 25 results are not in the
source, so the poll holds two entries. The report names neither the session's dates (only the
sitting of that morning) nor the khóa, the chair or the session's kind: those stay empty.
The province is named by the newspaper (Báo Quảng Nam) and the page address, not in the text.
"""

from __future__ import annotations

import datetime as dt

import hdnd_model as hm

QUANG_NAM = hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Quảng Nam", code="49")
COUNCIL = hm.Council(id="hdnd-quang-nam", unit=QUANG_NAM)
DAY = dt.date(2018, 12, 5)
TOTAL = 58

SOURCE = hm.Source(
    url="http://baoquangnam.vn/chinh-tri/201812/ky-hop-thu-9-hdnd-tinh-ket-qua-lay-phieu-tin-nhiem"
    "-doi-voi-cac-chuc-danh-lanh-dao-hdnd-va-ubnd-tinh-clip-827438/",
    title="Kỳ họp thứ 9 HĐND tỉnh: Kết quả lấy phiếu tín nhiệm đối với các chức danh lãnh đạo "
    "HĐND và UBND tỉnh",
    publisher="Báo Quảng Nam",
    posted_on=DAY,
    note="bản tin dừng sau kết quả của hai người; 25 kết quả còn lại không có trong nguồn",
)

QUANG = hm.Person(full_name="Nguyễn Ngọc Quang")
HONG = hm.Person(full_name="Võ Hồng")


def _poll() -> hm.ConfidencePoll:
    """Two of the 27 officials polled, each with the valid ballots announced for them."""
    return hm.ConfidencePoll(
        total_delegates=TOTAL,
        eligible=35,
        polled=27,
        entries=(
            hm.ConfidencePollEntry(
                person=QUANG,
                office="Chủ tịch HĐND tỉnh",
                high=49,
                confident=4,
                low=0,
                ballots=hm.Ballots(valid=53),
            ),
            hm.ConfidencePollEntry(
                person=HONG,
                office="Phó Chủ tịch HĐND tỉnh",
                high=51,
                confident=2,
                low=0,
                ballots=hm.Ballots(valid=53),
            ),
        ),
    )


def _sitting() -> hm.Meeting:
    role = hm.ParticipantRole
    return hm.Meeting(
        id="quang-nam-ky-hop-9-lay-phieu",
        kind=hm.MeetingKind.CONFIDENCE,
        date=DAY,
        session_id="quang-nam-ky-hop-9",
        participants=(
            hm.Participant(
                id="quang", role=role.DELEGATE, person=QUANG, title="Chủ tịch HĐND tỉnh"
            ),
            hm.Participant(
                id="hong", role=role.DELEGATE, person=HONG, title="Phó Chủ tịch HĐND tỉnh"
            ),
        ),
        attendance=hm.Attendance(total_delegates=TOTAL, present=53),
        agenda=(
            hm.AgendaItem(
                number=1,
                title="Thảo luận tổ về danh sách người được lấy phiếu tín nhiệm; chủ tọa báo cáo "
                "tiếp thu, giải trình",
                kind=hm.AgendaItemKind.DISCUSSION,
            ),
            hm.AgendaItem(
                number=2,
                title="Lấy phiếu tín nhiệm đối với những người giữ chức vụ do HĐND tỉnh bầu",
                kind=hm.AgendaItemKind.CONFIDENCE,
                confidence_polls=(_poll(),),
            ),
        ),
    )


def build() -> hm.Minutes:
    """The record: a session known from this one sitting (no dates of its own)."""
    session = hm.Session(
        id="quang-nam-ky-hop-9", council_id=COUNCIL.id, number=9, meetings=(_sitting(),)
    )
    return hm.Minutes(
        id="quang-nam-2018-12-05-lay-phieu", council=COUNCIL, session=session, sources=(SOURCE,)
    )


def summary(minutes: hm.Minutes) -> str:
    """A few lines saying what the record holds."""
    assert minutes.session is not None
    (sitting,) = minutes.meetings
    poll = sitting.agenda[1].confidence_polls[0]
    att = sitting.attendance
    assert att is not None
    lines = [
        f"{minutes.council.name}, kỳ họp thứ {minutes.session.number}, ngày {DAY:%d/%m/%Y}",
        f"Có mặt: {att.present}/{att.total_delegates} đại biểu; lấy phiếu {poll.polled}/"
        f"{poll.eligible} người",
    ]
    for entry in poll.entries:
        lines.append(
            f"- {entry.person.full_name} ({entry.office}): hợp lệ {entry.ballots.valid}, "
            f"cao {entry.high}, tín nhiệm {entry.confident}, thấp {entry.low}"
        )
    return "\n".join(lines)


def main() -> None:
    """Build the record and print its summary."""
    print(summary(build()))


if __name__ == "__main__":
    main()

"""The seed example: the August 2020 monthly meeting of the Standing Committee of the People's
Council of quận Hai Bà Trưng (Hà Nội), built with the public API.

Run it to print a readable summary::

    python examples/hai_ba_trung_2020_08.py

Facts come from the district portal's news post of 17/08/2020; the wording here is ours.
Facts the post does not state (the khóa, the Bans' names, a secretary, the attendance count)
are left empty rather than guessed.
"""

from __future__ import annotations

import datetime as dt

import hdnd_model as hm
from hdnd_model.vn import format_short_date

HA_NOI = hm.AdministrativeUnit(kind=hm.UnitKind.CENTRAL_CITY, name="Hà Nội", code="01")
HAI_BA_TRUNG = hm.AdministrativeUnit(
    kind=hm.UnitKind.URBAN_DISTRICT, name="Hai Bà Trưng", parent=HA_NOI
)
COUNCIL = hm.Council(id="hdnd-hai-ba-trung", unit=HAI_BA_TRUNG)
TERM = hm.Term(id="hdnd-hai-ba-trung-2016-2021", council_id=COUNCIL.id, first_year=2016)

CHAIR = hm.Person(full_name="Đinh Thị Lan Duyên")


def _organs() -> tuple[hm.Organ, ...]:
    """The council, its Standing Committee, its two Bans and its eight delegate groups.

    The post counts two Bans and "08 Tổ đại biểu" without naming them.
    """
    council = hm.Organ(id="hbt-council", council_id=COUNCIL.id, kind=hm.OrganKind.COUNCIL)
    standing = hm.Organ(
        id="hbt-standing", council_id=COUNCIL.id, kind=hm.OrganKind.STANDING_COMMITTEE
    )
    bans = tuple(
        hm.Organ(id=f"hbt-ban-{i}", council_id=COUNCIL.id, kind=hm.OrganKind.COMMITTEE)
        for i in (1, 2)
    )
    groups = tuple(
        hm.Organ(id=f"hbt-group-{i}", council_id=COUNCIL.id, kind=hm.OrganKind.DELEGATE_GROUP)
        for i in range(1, 9)
    )
    return (council, standing, *bans, *groups)


def _participants() -> tuple[hm.Participant, ...]:
    role = hm.ParticipantRole
    return (
        hm.Participant(id="chair", role=role.CHAIR, person=CHAIR, title="Chủ tịch HĐND quận"),
        hm.Participant(
            id="standing-members",
            role=role.ATTENDEE,
            title="Các đồng chí trong Thường trực HĐND quận",
        ),
        hm.Participant(
            id="ban-deputies",
            role=role.ATTENDEE,
            title="Phó Trưởng ban của hai Ban HĐND quận",
        ),
        hm.Participant(
            id="office-leaders",
            role=role.ATTENDEE,
            title="Lãnh đạo Văn phòng HĐND và UBND quận",
        ),
    )


NQ_97_2019 = hm.DocumentRef(
    kind=hm.DocumentKind.RESOLUTION,
    number=hm.DocumentNumber.parse("97/2019/QH14"),
    issuer_name="Quốc hội",
    title="Thí điểm mô hình tổ chức chính quyền đô thị tại thành phố Hà Nội",
)


def _agenda() -> tuple[hm.AgendaItem, ...]:
    kind = hm.AgendaItemKind
    return (
        hm.AgendaItem(
            number=1,
            kind=kind.REPORT,
            title=(
                "Kết quả hoạt động 7 tháng đầu năm và nhiệm vụ trọng tâm các tháng cuối "
                "năm 2020 của HĐND quận"
            ),
            statements=(
                hm.Statement(
                    text=(
                        "Trong 7 tháng đầu năm 2020, HĐND quận hoàn thành nhiệm vụ theo "
                        "chương trình, kế hoạch; Thường trực chỉ đạo hai Ban và 08 Tổ đại "
                        "biểu bảo đảm tiến độ, chất lượng."
                    )
                ),
                hm.Statement(
                    text=(
                        "Thường trực phối hợp với UBND, Ủy ban MTTQ Việt Nam quận chuẩn bị "
                        "Đại hội đại biểu Đảng bộ quận lần thứ XXVI, nhiệm kỳ 2020-2025, "
                        "phát triển kinh tế - xã hội và phòng, chống dịch covid-19."
                    )
                ),
                hm.Statement(
                    text=(
                        "Ngày 23/7/2020, Nhân dân và cán bộ quận được Chủ tịch nước tặng "
                        "thưởng Huân chương Lao động hạng Nhất."
                    )
                ),
            ),
        ),
        hm.AgendaItem(
            number=2,
            kind=kind.REPORT,
            title="Đánh giá kết quả giám sát, khảo sát của Thường trực và hai Ban HĐND quận",
        ),
        hm.AgendaItem(
            number=3,
            kind=kind.PROCEDURE,
            title="Rà soát công tác chuẩn bị phiên giải trình của Thường trực HĐND quận",
        ),
        hm.AgendaItem(number=4, kind=kind.OTHER, title="Các nội dung khác thuộc thẩm quyền"),
    )


CONCLUSIONS = (
    "Hai Ban, Văn phòng HĐND và UBND quận và các cơ quan liên quan tiếp tục thực hiện "
    "Chương trình phối hợp giữa Thường trực HĐND - UBND - Ủy ban MTTQ Việt Nam quận và "
    "Chương trình công tác năm 2020 của Thường trực và hai Ban.",
    "Chuẩn bị tốt các điều kiện tổ chức phiên giải trình của Thường trực HĐND quận.",
    "Xây dựng và triển khai kế hoạch giám sát, khảo sát của Thường trực và hai Ban.",
    "Xây dựng kế hoạch tổng kết nhiệm kỳ 2016-2021 của HĐND các cấp quận Hai Bà Trưng.",
    "Phối hợp chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ "
    "2021-2026.",
    "Triển khai Nghị quyết số 97/2019/QH14 của Quốc hội theo chức năng, nhiệm vụ của HĐND.",
    "Tăng cường thông tin, tuyên truyền về hoạt động của HĐND.",
)


def build() -> hm.Minutes:
    """The record of the meeting, as minutes of the Standing Committee."""
    meeting = hm.Meeting(
        id="hbt-standing-2020-08",
        kind=hm.MeetingKind.STANDING_MONTHLY,
        organ=hm.OrganKind.STANDING_COMMITTEE,
        date=dt.date(2020, 8, 17),
        title="Phiên họp tháng 8/2020 của Thường trực HĐND quận",
        participants=_participants(),
        agenda=_agenda(),
        conclusions=CONCLUSIONS,
        documents=(NQ_97_2019,),
    )
    return hm.Minutes(
        id="bb-hbt-standing-2020-08",
        council=COUNCIL,
        term=TERM,
        organs=_organs(),
        memberships=(
            hm.Membership(
                person=CHAIR,
                organ_id="hbt-council",
                position=hm.PositionKind.CHAIR,
                title="Chủ tịch HĐND quận",
            ),
        ),
        meeting=meeting,
        parent_body="HĐND QUẬN HAI BÀ TRƯNG",
        issuer="THƯỜNG TRỰC HĐND",
        place="Hai Bà Trưng",
        chair=hm.Signature(person=CHAIR, title="CHỦ TỌA"),
    )


def summary(minutes: hm.Minutes) -> str:
    """A plain-text digest of the record, for a reader at a terminal."""
    meeting = minutes.meetings[0]
    term = minutes.term
    lines = [
        meeting.title or meeting.kind.label_vi,
        f"{minutes.council.name}, nhiệm kỳ {term.label if term else '?'}",
        f"Ngày: {format_short_date(meeting.date)}  ({minutes.regime.label_vi})",
        "Chủ trì: " + "; ".join(f"{p.display_name} ({p.title})" for p in meeting.chairs),
        "Thành phần: "
        + "; ".join(p.display_name for p in meeting.with_role(hm.ParticipantRole.ATTENDEE)),
        "Nội dung:",
        *(f"  {item.number}. {item.title}" for item in meeting.agenda),
        "Kết luận:",
        *(f"  - {c}" for c in meeting.conclusions),
        "Văn bản được nhắc đến: "
        + ", ".join(f"{d.kind.label_vi} số {d.number}" for d in meeting.documents),
    ]
    return "\n".join(lines)


def main() -> None:
    """Build the record and print its summary."""
    print(summary(build()))


if __name__ == "__main__":
    main()

"""Deterministic synthetic minutes for golden files and benchmarks: no randomness, no clock."""

from __future__ import annotations

import datetime as dt

import hdnd_model as hm
from hdnd_model.model.content import Article, Citation, Clause, Point

DAK_LAK = hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Đắk Lắk", code="66")
COUNCIL = hm.Council(id="hdnd-dak-lak", unit=DAK_LAK)
TERM = hm.Term(id="hdnd-dak-lak-2021-2026", council_id=COUNCIL.id, first_year=2021, khoa=10)

_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng")
_MIDDLE = ("Văn", "Thị", "Đức", "Thị Thu", "Minh", "Ngọc", "Hữu", "Thị Lan")
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Hòa", "Hương", "Khoa", "Lan", "Mai", "Nam", "Phúc")
_TITLES = (
    "Đại biểu HĐND tỉnh",
    "Trưởng Ban Pháp chế HĐND tỉnh",
    "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh",
    "Tổ trưởng Tổ đại biểu số 3",
)
_TOPICS = (
    "kế hoạch đầu tư công trung hạn",
    "dự toán ngân sách địa phương",
    "giá đất và bồi thường, hỗ trợ tái định cư",
    "chính sách hỗ trợ giáo dục vùng đồng bào dân tộc thiểu số",
    "phòng, chống thiên tai và biến đổi khí hậu",
)


def _name(i: int) -> str:
    family = _FAMILY[i % len(_FAMILY)]
    middle = _MIDDLE[(i // 3) % len(_MIDDLE)]
    given = _GIVEN[(i * 7) % len(_GIVEN)]
    return f"{family} {middle} {given} {i + 1:02d}"


def _delegates(count: int) -> tuple[hm.Participant, ...]:
    status = hm.AttendanceStatus
    out = []
    for i in range(count):
        state = status.PRESENT
        if i % 29 == 5:
            state = status.ABSENT_WITH_REASON
        elif i % 41 == 7:
            state = status.ABSENT_WITHOUT_REASON
        out.append(
            hm.Participant(
                id=f"d{i + 1}",
                role=hm.ParticipantRole.DELEGATE,
                person=hm.Person(full_name=_name(i)),
                title=_TITLES[i % len(_TITLES)],
                status=state,
            )
        )
    return tuple(out)


def _officers() -> tuple[hm.Participant, ...]:
    role = hm.ParticipantRole
    return (
        hm.Participant(
            id="chair",
            role=role.CHAIR,
            person=hm.Person(full_name="Huỳnh Thị Chiến Hòa"),
            title="Chủ tịch HĐND tỉnh",
        ),
        hm.Participant(
            id="co-chair",
            role=role.CO_CHAIR,
            person=hm.Person(full_name="Y Biêr Niê"),
            title="Phó Chủ tịch HĐND tỉnh",
        ),
        hm.Participant(
            id="secretary",
            role=role.SECRETARY,
            person=hm.Person(full_name="Lê Thị Thủy"),
            title="Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh",
        ),
        hm.Participant(
            id="ubnd",
            role=role.PRESENTER,
            person=hm.Person(full_name="Phạm Ngọc Nghị"),
            title="Chủ tịch UBND tỉnh",
        ),
        hm.Participant(
            id="guest-mttq",
            role=role.GUEST,
            title="Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
            organization="Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk",
        ),
        hm.Participant(id="press", role=role.GUEST, title="Phóng viên các cơ quan báo chí"),
    )


def _item(n: int, total: int, present: int) -> hm.AgendaItem:
    topic = _TOPICS[n % len(_TOPICS)]
    number = 80 + n
    doc = hm.DocumentRef(
        kind=hm.DocumentKind.SUBMISSION,
        number=hm.DocumentNumber.parse(f"{number}/TTr-UBND"),
        date=dt.date(2023, 11, 1 + n % 28),
        issuer_name="UBND tỉnh",
        title=f"Về {topic} (nội dung {n})",
    )
    review = hm.DocumentRef(
        kind=hm.DocumentKind.REPORT,
        number=hm.DocumentNumber.parse(f"{200 + n}/BC-HĐND"),
        date=dt.date(2023, 12, 1 + n % 5),
        issuer_name="Ban Kinh tế - Ngân sách HĐND tỉnh",
    )
    speaker = f"d{1 + (n * 3) % total}"
    in_favour = present - 4 - n % 7
    vote = hm.VoteTally(
        in_favour=in_favour,
        against=n % 3,
        not_voting=1 + n % 2,
        present=present,
        total_delegates=total,
        method=hm.VoteMethod.ELECTRONIC,
        subject=f"thông qua Nghị quyết về {topic} (nội dung {n})",
    )
    questions: tuple[hm.Question, ...] = ()
    if n % 10 == 0:
        questions = (
            hm.Question(
                question=f"Tiến độ thực hiện {topic} đến nay ra sao?",
                asker_id=speaker,
                respondent_id="ubnd",
                answer="Đã hoàn thành 85% khối lượng, phấn đấu hoàn thành trong quý I.",
                topic=topic,
            ),
        )
    return hm.AgendaItem(
        number=n,
        kind=hm.AgendaItemKind.SUBMISSION,
        title=f"Xem xét {topic} (nội dung {n})",
        presenter_ids=("ubnd",),
        documents=(doc, review),
        statements=(
            hm.Statement(
                text=f"Đề nghị làm rõ nguồn lực và lộ trình thực hiện {topic}.",
                speaker_id=speaker,
            ),
        ),
        questions=questions,
        votes=(vote,),
        conclusion="Chủ tọa đề nghị UBND tỉnh tiếp thu, giải trình ý kiến của đại biểu.",
    )


def large_session(items: int = 100, delegates: int = 85) -> hm.Minutes:
    """A three-day regular session of a provincial council: ``items`` agenda items, each with
    documents, a presenter, a statement and a vote; ``delegates`` named delegates."""
    people = _officers() + _delegates(delegates)
    absent_reason = tuple(
        p.person
        for p in people
        if p.status is hm.AttendanceStatus.ABSENT_WITH_REASON and p.person is not None
    )
    absent_no_reason = tuple(
        p.person
        for p in people
        if p.status is hm.AttendanceStatus.ABSENT_WITHOUT_REASON and p.person is not None
    )
    present = delegates - len(absent_reason) - len(absent_no_reason)
    attendance = hm.Attendance(
        total_delegates=delegates,
        present=present,
        absent_with_reason=len(absent_reason),
        absent_without_reason=len(absent_no_reason),
        online=2,
        absent_with_reason_names=absent_reason,
        absent_without_reason_names=absent_no_reason,
    )
    days = (dt.date(2023, 12, 6), dt.date(2023, 12, 7), dt.date(2023, 12, 8))
    kinds = (hm.MeetingKind.OPENING, hm.MeetingKind.PLENARY_DISCUSSION, hm.MeetingKind.CLOSING)
    per_day = -(-items // len(days))
    meetings = []
    for d, (day, kind) in enumerate(zip(days, kinds, strict=True)):
        numbers = range(1 + d * per_day, min(items, (d + 1) * per_day) + 1)
        meetings.append(
            hm.Meeting(
                id=f"sitting-{d + 1}",
                kind=kind,
                date=day,
                start_time=dt.time(7, 30),
                end_time=dt.time(17, 0),
                location="Hội trường UBND tỉnh Đắk Lắk",
                participants=people,
                attendance=attendance if d == 0 else None,
                agenda=tuple(_item(n, delegates, present) for n in numbers),
                conclusions=("Các cơ quan triển khai ngay các nghị quyết vừa được thông qua.",)
                if d == len(days) - 1
                else (),
            )
        )
    resolutions = tuple(
        hm.Resolution(
            id=f"nq-{n}",
            title=f"Về {_TOPICS[n % len(_TOPICS)]} (nội dung {n})",
            number=hm.DocumentNumber.parse(f"{n}/NQ-HĐND"),
            adopted_on=days[-1],
        )
        for n in range(1, 11)
    )
    session = hm.Session(
        id="ky-hop-10",
        council_id=COUNCIL.id,
        term_id=TERM.id,
        number=10,
        kind=hm.SessionKind.REGULAR,
        timing=hm.SessionTiming.YEAR_END,
        start_date=days[0],
        end_date=days[-1],
        location="Hội trường UBND tỉnh Đắk Lắk",
        meetings=tuple(meetings),
        resolutions=resolutions,
    )
    chair = people[0].person
    secretary = people[2].person
    assert chair is not None
    assert secretary is not None
    return hm.Minutes(
        id="bb-dak-lak-ky-hop-10",
        council=COUNCIL,
        term=TERM,
        session=session,
        number=hm.DocumentNumber.parse("01/BB-HĐND"),
        place="Đắk Lắk",
        date=days[-1],
        secretary=hm.Signature(person=secretary, title="THƯ KÝ"),
        chair=hm.Signature(
            person=chair,
            title="CHỦ TỌA",
            authority=hm.SigningAuthority.ON_BEHALF,
            on_behalf_of="Hội đồng nhân dân",
        ),
        recipients=(
            "Thường trực HĐND tỉnh",
            "UBND tỉnh",
            "Ủy ban MTTQ Việt Nam tỉnh",
            "Đại biểu HĐND tỉnh",
        ),
    )


def benchmark_minutes() -> hm.Minutes:
    """Six pages in LibreOffice: a 60-row roll call and two agenda items over three sittings."""
    return large_session(items=3, delegates=60)


def build() -> hm.Minutes:
    """The large session, for ``scripts/check_pdf.py --example tests/render/synthetic.py``."""
    return large_session()


def benchmark_resolution(articles: int = 30) -> hm.Resolution:
    """A normative resolution of ``articles`` articles, each of three clauses with points."""
    council = hm.Council(
        id="hdnd-dak-lak", unit=hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Đắk Lắk")
    )
    body = tuple(
        Article(
            number=n,
            name=f"Quy định thứ {n}",
            clauses=tuple(
                Clause(
                    number=k,
                    text=f"Nội dung khoản {k} của Điều {n} về quản lý, sử dụng ngân sách nhà nước.",
                    points=tuple(
                        Point(label=letter, text=f"Trường hợp {letter} áp dụng mức hỗ trợ {n}.")
                        for letter in ("a", "b")
                    )
                    if k == 2
                    else (),
                )
                for k in (1, 2, 3)
            ),
        )
        for n in range(1, articles + 1)
    )
    return hm.Resolution(
        id="nq-benchmark",
        title="Quy định mức chi hỗ trợ các hoạt động của Hội đồng nhân dân tỉnh",
        nature=hm.ResolutionNature.NORMATIVE,
        number=hm.DocumentNumber.parse("15/2022/NQ-HĐND"),
        council=council,
        khoa=10,
        session_number=6,
        adopted_on=dt.date(2022, 10, 18),
        signed_on=dt.date(2022, 10, 18),
        legal_bases=tuple(Citation(text=f"Luật số {n}/2015/QH13") for n in range(1, 6)),
        considerations=(Citation(text="Tờ trình của Ủy ban nhân dân tỉnh"),),
        articles=body,
        signer=hm.Signature(person=hm.Person(full_name="Huỳnh Thị Chiến Hòa"), title="CHỦ TỊCH"),
        recipients=("Chính phủ", "Bộ Tư pháp", "Công báo tỉnh"),
    )


def benchmark_notice(conclusions: int = 15) -> hm.ConclusionNotice:
    """A conclusion notice of ``conclusions`` conclusions, each with an addressee and deadline."""
    council = hm.Council(
        id="hdnd-dak-lak", unit=hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Đắk Lắk")
    )
    chair = hm.Participant(
        id="chair",
        role=hm.ParticipantRole.CHAIR,
        person=hm.Person(full_name="Huỳnh Thị Chiến Hòa"),
        title="Chủ tịch HĐND tỉnh",
    )
    meeting = hm.Meeting(
        id="tt-thang-3",
        kind=hm.MeetingKind.STANDING_MONTHLY,
        organ=hm.OrganKind.STANDING_COMMITTEE,
        date=dt.date(2023, 3, 15),
        participants=(chair,),
        agenda=tuple(hm.AgendaItem(number=n, title=f"Báo cáo số {n}") for n in (1, 2, 3)),
    )
    return hm.ConclusionNotice(
        id="tb-benchmark",
        council=council,
        meeting=meeting,
        date=meeting.date,
        conclusions=tuple(
            hm.Conclusion(
                text=f"Kết luận thứ {n}: tiếp tục triển khai các nhiệm vụ trọng tâm của quận.",
                addressee="Ủy ban nhân dân quận",
                deadline=meeting.date + dt.timedelta(days=30 + n),
            )
            for n in range(1, conclusions + 1)
        ),
    )

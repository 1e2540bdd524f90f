"""Small valid objects for model tests, written by hand."""

from __future__ import annotations

import datetime as dt

import attrs

import hdnd_model as hm

HA_NOI = hm.AdministrativeUnit(kind=hm.UnitKind.CENTRAL_CITY, name="Hà Nội", code="01")
HCM = hm.AdministrativeUnit(kind=hm.UnitKind.CENTRAL_CITY, name="Hồ Chí Minh", code="79")
PHU_YEN = hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Phú Yên", code="54")
DONG_DA = hm.AdministrativeUnit(kind=hm.UnitKind.URBAN_DISTRICT, name="Đống Đa", parent=HA_NOI)
LANG_THUONG = hm.AdministrativeUnit(kind=hm.UnitKind.WARD, name="Láng Thượng", parent=DONG_DA)
TRUNG_LY = hm.AdministrativeUnit(kind=hm.UnitKind.COMMUNE, name="Trung Lý")

CHAIR = hm.Person(full_name="Trần Văn Hòa")
SECRETARY = hm.Person(full_name="Lê Thị Thủy")


def council(unit: hm.AdministrativeUnit = PHU_YEN, cid: str = "c") -> hm.Council:
    """A council of ``unit``."""
    return hm.Council(id=cid, unit=unit)


def meeting(day: dt.date = dt.date(2021, 7, 20), **changes: object) -> hm.Meeting:
    """An opening sitting on ``day`` with a chair and a secretary, with ``changes``."""
    base = hm.Meeting(
        id="m1",
        kind=hm.MeetingKind.OPENING,
        date=day,
        participants=(
            hm.Participant(id="p1", role=hm.ParticipantRole.CHAIR, person=CHAIR),
            hm.Participant(id="p2", role=hm.ParticipantRole.SECRETARY, person=SECRETARY),
        ),
    )
    return attrs.evolve(base, **changes)


def session(
    start: dt.date = dt.date(2021, 7, 20),
    end: dt.date = dt.date(2021, 7, 22),
    **changes: object,
) -> hm.Session:
    """Regular session ``s1`` of council ``c``, term ``t``, sitting once on ``start``."""
    base = hm.Session(
        id="s1",
        council_id="c",
        term_id="t",
        number=2,
        kind=hm.SessionKind.REGULAR,
        start_date=start,
        end_date=end,
        meetings=(meeting(start),),
    )
    return attrs.evolve(base, **changes)


def make_term(first_year: int = 2021, khoa: int | None = 8) -> hm.Term:
    """Term ``t`` of council ``c``."""
    return hm.Term(id="t", council_id="c", first_year=first_year, khoa=khoa)


def minutes(
    unit: hm.AdministrativeUnit = PHU_YEN,
    sess: hm.Session | None = None,
    term: hm.Term | None = None,
    **changes: object,
) -> hm.Minutes:
    """Minutes of ``sess`` (by default :func:`session`) of the council of ``unit``."""
    sess = sess if sess is not None else session()
    if term is None:
        term = hm.Term(id="t", council_id="c", first_year=sess.start_date.year)
    return hm.Minutes(
        id="bb1",
        council=council(unit),
        term=term,
        session=sess,
        **changes,  # type: ignore[arg-type]
    )

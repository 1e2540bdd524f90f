"""Vietnamese text rules at construction: Đ look-alikes in names, document numbers' years."""

from __future__ import annotations

import datetime as dt

import pytest

import hdnd_model as hm
from tests.model import _factories as f

_ETH = "\u00d0"  # Ð, Icelandic eth
_AFRICAN_D = "\u0189"  # Ɖ


class TestLookAlikeD:
    def test_unit_name_with_eth(self) -> None:
        """A unit name writing Đ as the Icelandic eth is refused with a hint."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.AdministrativeUnit(kind=hm.UnitKind.CENTRAL_CITY, name=f"{_ETH}à Nẵng")
        assert (
            "'AdministrativeUnit.name' must write Đ as U+0110, not the look-alike U+00D0 "
            "(Ð, Icelandic eth) (got 'Ðà Nẵng')"
        ) == str(exc.value)

    def test_person_name_with_african_d(self) -> None:
        """The same for a person's name and the African D."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Person(full_name=f"{_AFRICAN_D}inh Thị Lan Duyên")
        assert (
            "must write Đ as U+0110, not the look-alike U+0189 (Ɖ, African D)" == exc.value.reason
        )

    @pytest.mark.parametrize(
        ("build", "field"),
        [
            (lambda t: hm.Participant(id="p", role=hm.ParticipantRole.GUEST, title=t), "title"),
            (
                lambda t: hm.Participant(
                    id="p", role=hm.ParticipantRole.GUEST, title="Khách", organization=t
                ),
                "organization",
            ),
            (lambda t: hm.Organ(id="o", council_id="c", kind=hm.OrganKind.OFFICE, name=t), "name"),
            (lambda t: hm.Signature(person=f.CHAIR, title=t), "title"),
            (lambda t: hm.DocumentRef(title="Tờ trình", issuer_name=t), "issuer_name"),
            (lambda t: f.meeting(location=t), "location"),
        ],
    )
    def test_other_names(self, build: object, field: str) -> None:
        """Titles, organisations, bodies, signers, issuers and places follow the same rule."""
        with pytest.raises(hm.InvalidModelError) as exc:
            build(f"{_ETH}ảng ủy")  # type: ignore[operator]
        assert (field, "must write Đ as U+0110") == (exc.value.field, exc.value.reason[:22])

    def test_eth_cannot_escape_the_pilot_check(self) -> None:
        """Đà Nẵng's districts had no council in 2021-2025, however the city is written."""
        city = hm.AdministrativeUnit(kind=hm.UnitKind.CENTRAL_CITY, name="Đà Nẵng")
        district = hm.AdministrativeUnit(
            kind=hm.UnitKind.URBAN_DISTRICT, name="Hải Châu", parent=city
        )
        assert not district.has_council(dt.date(2023, 1, 1))
        with pytest.raises(hm.InvalidModelError):
            hm.AdministrativeUnit(kind=hm.UnitKind.CENTRAL_CITY, name=f"{_ETH}à Nẵng")

    def test_readers_refuse_the_look_alike(self) -> None:
        """A document holding the look-alike is refused as the constructor refuses it."""
        text = hm.to_json(hm.Person(full_name="Đinh Lan")).replace("Đinh", f"{_ETH}inh")
        with pytest.raises(hm.FormatError) as exc:
            hm.from_json(text)
        assert "must write Đ as U+0110" in str(exc.value)


class TestDocumentNumberYears:
    def test_minutes_carry_no_year(self) -> None:
        """A Biên bản is numbered without a year."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentNumber.parse("01/2020/BB-HĐND")
        assert (
            "'DocumentNumber.year' must be None: a Biên bản (BB) is numbered without a year "
            "(got 2020)"
        ) == str(exc.value)

    def test_normative_kinds_keep_their_year(self) -> None:
        """Resolutions, decisions, decrees and circulars carry their year."""
        for text in ("12/2020/NQ-HĐND", "124/2004/QĐ-TTg", "30/2020/NĐ-CP", "01/2011/TT-BNV"):
            assert text == str(hm.DocumentNumber.parse(text))

    def test_legislature_named_against_the_year(self) -> None:
        """The 15th National Assembly was elected in 2021: QH14 cannot number a 2025 law."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentNumber.parse("72/2025/QH14")
        assert (
            "'DocumentNumber.year' must fall within the term of the National Assembly khóa 14 "
            "(2016-2021) named by QH14 (got 2025)"
        ) == str(exc.value)

    @pytest.mark.parametrize(
        "text",
        [
            "72/2025/QH15",
            "97/2019/QH14",
            "106/2025/UBTVQH15",
            "753/2005/NQ-UBTVQH11",
            "47/2021/QH14",
        ],
    )
    def test_real_legislature_numbers(self, text: str) -> None:
        """Real numbers of the National Assembly and its Standing Committee are read."""
        assert text == str(hm.DocumentNumber.parse(text))

    def test_standing_committee_of_another_term(self) -> None:
        """The check applies to UBTVQH numbers in normative form too."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentNumber.parse("12/2010/NQ-UBTVQH14")
        assert (
            "must fall within the term of the National Assembly khóa 14 (2016-2021) named by "
            "UBTVQH14"
        ) == exc.value.reason


class TestLenientReader:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("57 /NQ-HĐND", "57/NQ-HĐND"),
            ("Số: 57/NQ-HĐND", "57/NQ-HĐND"),
            ("số 57/NQ-HĐND", "57/NQ-HĐND"),
            ("  Số:  12 / 2020 / NQ - HĐND ", "12/2020/NQ-HĐND"),
            (f"57/NQ-H{_ETH}ND", "57/NQ-HĐND"),
            (f"57/NQ-H{_AFRICAN_D}ND", "57/NQ-HĐND"),
            ("82/TTr\u2013UBND", "82/TTr-UBND"),
            ("5/BC-HĐND", "05/BC-HĐND"),
        ],
    )
    def test_read_as_written(self, text: str, expected: str) -> None:
        """Importers read numbers as real files write them."""
        assert expected == str(hm.DocumentNumber.read(text))

    @pytest.mark.parametrize("text", ["57 /NQ-HĐND", "Số: 57/NQ-HĐND", f"57/NQ-H{_ETH}ND"])
    def test_parse_stays_strict(self, text: str) -> None:
        """DocumentNumber.parse refuses what only the lenient reader accepts."""
        with pytest.raises(hm.InvalidModelError):
            hm.DocumentNumber.parse(text)

    def test_read_keeps_the_rules(self) -> None:
        """The lenient reader tidies spacing, not the rules: minutes still carry no year."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentNumber.read("Số: 01/2020/BB-HĐND")
        assert "year" == exc.value.field

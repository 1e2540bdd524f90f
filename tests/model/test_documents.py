"""Document numbers in every form of ``domain.md`` §5, both ways."""

from __future__ import annotations

import unicodedata

import pytest

import hdnd_model as hm

F = hm.NumberForm

CASES = [
    ("12/2020/NQ-HĐND", F.NORMATIVE, 12, 2020, "NQ", "HĐND", hm.DocumentKind.RESOLUTION),
    ("97/2019/QH14", F.NATIONAL_ASSEMBLY, 97, 2019, None, "QH14", None),
    ("72/2025/QH15", F.NATIONAL_ASSEMBLY, 72, 2025, None, "QH15", None),
    ("106/2025/UBTVQH15", F.NATIONAL_ASSEMBLY, 106, 2025, None, "UBTVQH15", None),
    (
        "1656/NQ-UBTVQH15",
        F.ADMINISTRATIVE,
        1656,
        None,
        "NQ",
        "UBTVQH15",
        hm.DocumentKind.RESOLUTION,
    ),
    ("883/HD-UBTVQH14", F.ADMINISTRATIVE, 883, None, "HD", "UBTVQH14", hm.DocumentKind.GUIDANCE),
    ("753/2005/NQ-UBTVQH11", F.NORMATIVE, 753, 2005, "NQ", "UBTVQH11", hm.DocumentKind.RESOLUTION),
    ("30/2020/NĐ-CP", F.NORMATIVE, 30, 2020, "NĐ", "CP", hm.DocumentKind.DECREE),
    ("124/2004/QĐ-TTg", F.NORMATIVE, 124, 2004, "QĐ", "TTg", hm.DocumentKind.DECISION),
    ("82/TTr-UBND", F.ADMINISTRATIVE, 82, None, "TTr", "UBND", hm.DocumentKind.SUBMISSION),
    ("15/TTr-TTHĐ", F.ADMINISTRATIVE, 15, None, "TTr", "TTHĐ", hm.DocumentKind.SUBMISSION),
    ("635/BC-KTNS", F.ADMINISTRATIVE, 635, None, "BC", "KTNS", hm.DocumentKind.REPORT),
    ("01/BB-HĐND", F.ADMINISTRATIVE, 1, None, "BB", "HĐND", hm.DocumentKind.MINUTES),
    ("05/BNV-VP", F.ADMINISTRATIVE, 5, None, None, "BNV-VP", None),
    ("12/UBND-VX", F.ADMINISTRATIVE, 12, None, None, "UBND-VX", None),
    ("915/CTK-CSCL", F.ADMINISTRATIVE, 915, None, None, "CTK-CSCL", None),
    ("60-NQ/TW", F.PARTY, 60, None, "NQ", "TW", hm.DocumentKind.RESOLUTION),
    ("09-HD/TU", F.PARTY, 9, None, "HD", "TU", hm.DocumentKind.GUIDANCE),
    ("167-KL/TW", F.PARTY, 167, None, "KL", "TW", hm.DocumentKind.CONCLUSION),
]


class TestParse:
    @pytest.mark.parametrize(("text", "form", "number", "year", "kind", "issuer", "dkind"), CASES)
    def test_forms(
        self,
        text: str,
        form: hm.NumberForm,
        number: int,
        year: int | None,
        kind: str | None,
        issuer: str,
        dkind: hm.DocumentKind | None,
    ) -> None:
        """Each form parses into its parts and formats back to the same text."""
        parsed = hm.DocumentNumber.parse(text)
        assert (form, number, year, kind, issuer) == (
            parsed.form,
            parsed.number,
            parsed.year,
            parsed.kind,
            parsed.issuer,
        )
        assert dkind is parsed.document_kind
        assert text == str(parsed)

    def test_missing_leading_zero(self) -> None:
        """A single-digit number reads and is written with its leading zero."""
        assert "05/BC-HĐND" == str(hm.DocumentNumber.parse("5/BC-HĐND"))

    def test_nfd_and_whitespace(self) -> None:
        """Input is NFC-normalised and stripped."""
        text = unicodedata.normalize("NFD", " 12/2020/NQ-HĐND ")
        assert "12/2020/NQ-HĐND" == str(hm.DocumentNumber.parse(text))

    def test_symbol(self) -> None:
        """The ký hiệu joins kind and issuer."""
        assert "NQ-HĐND" == hm.DocumentNumber.parse("45/NQ-HĐND").symbol

    def test_not_a_string(self) -> None:
        """Only text is parsed."""
        with pytest.raises(hm.InvalidModelError):
            hm.DocumentNumber.parse(12)  # type: ignore[arg-type]


class TestConstruct:
    def test_national_assembly_issuer(self) -> None:
        """National Assembly numbers end in QH or UBTVQH and the khóa."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentNumber(form=F.NATIONAL_ASSEMBLY, number=97, year=2019, issuer="HĐND")
        assert exc.value.field == "issuer"

    def test_year_required_for_normative(self) -> None:
        """A normative number carries its year."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentNumber(form=F.NORMATIVE, number=12, kind="NQ", issuer="HĐND")
        assert "'DocumentNumber.year' must be given for a normative number (got None)" == str(
            exc.value
        )

    def test_lookalike_in_issuer(self) -> None:
        """The look-alike Ð is refused in constructed numbers too."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentNumber(form=F.ADMINISTRATIVE, number=1, kind="BB", issuer="H\u00d0ND")
        assert exc.value.field == "issuer"

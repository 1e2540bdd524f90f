"""Every example script runs, and the seed example holds the facts of its source."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import hdnd_model as hm

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_example_runs(script: Path, tmp_path: Path) -> None:
    """The script exits 0 and prints something."""
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    assert result.stdout.strip()


@pytest.fixture(scope="module")
def minutes() -> hm.Minutes:
    """The seed record."""
    return _load("hai_ba_trung_2020_08").build()  # type: ignore[no-any-return]


class TestSeed:
    def test_meeting(self, minutes: hm.Minutes) -> None:
        """A monthly meeting of the Standing Committee on 17 August 2020."""
        (meeting,) = minutes.meetings
        assert hm.MeetingKind.STANDING_MONTHLY is meeting.kind
        assert hm.OrganKind.STANDING_COMMITTEE is meeting.organ
        assert dt.date(2020, 8, 17) == meeting.date

    def test_council_and_term(self, minutes: hm.Minutes) -> None:
        """The council of quận Hai Bà Trưng in Hà Nội, term 2016-2021, khóa unknown."""
        assert "Hội đồng nhân dân quận Hai Bà Trưng" == minutes.council.name
        province = minutes.council.unit.province
        assert province is not None
        assert province.is_named("Hà Nội")
        assert minutes.term is not None
        assert "2016-2021" == minutes.term.label
        assert minutes.term.khoa is None

    def test_chair(self, minutes: hm.Minutes) -> None:
        """Đinh Thị Lan Duyên, Chủ tịch HĐND quận, chaired."""
        (chair,) = minutes.meetings[0].chairs
        assert "Đinh Thị Lan Duyên" == chair.display_name
        assert "Chủ tịch HĐND quận" == chair.title

    def test_agenda_and_documents(self, minutes: hm.Minutes) -> None:
        """Four agenda items; the conclusions cite 97/2019/QH14."""
        meeting = minutes.meetings[0]
        assert [1, 2, 3, 4] == [item.number for item in meeting.agenda]
        assert ["97/2019/QH14"] == [str(d.number) for d in meeting.documents]
        assert len(meeting.conclusions) >= 5

    def test_organs(self, minutes: hm.Minutes) -> None:
        """Two Bans and eight delegate groups, as the post counts them."""
        kinds = [organ.kind for organ in minutes.organs]
        assert 2 == kinds.count(hm.OrganKind.COMMITTEE)
        assert 8 == kinds.count(hm.OrganKind.DELEGATE_GROUP)


def test_seed_json_is_current(minutes: hm.Minutes) -> None:
    """examples/data holds the seed exactly as the example script builds it today."""
    committed = (EXAMPLES / "data" / "hai_ba_trung_2020_08.json").read_text(encoding="utf-8")
    assert hm.to_json(minutes, indent=2) + "\n" == committed
    assert minutes == hm.from_json(committed)


@pytest.fixture(scope="module")
def record() -> hm.Minutes:
    """The Quảng Nam record."""
    return _load("quang_nam_2018_12_confidence_poll").build()  # type: ignore[no-any-return]


class TestQuangNamConfidencePoll:
    """The Quảng Nam confidence poll of 5 December 2018, as the newspaper reported it."""

    def test_poll(self, record: hm.Minutes) -> None:
        """27 of 35 polled; each official with 53 valid ballots; nothing beyond the two listed."""
        (sitting,) = record.meetings
        (poll,) = sitting.agenda[1].confidence_polls
        assert (58, 35, 27) == (poll.total_delegates, poll.eligible, poll.polled)
        assert [(49, 4, 0, 53), (51, 2, 0, 53)] == [
            (e.high, e.confident, e.low, e.ballots.valid) for e in poll.entries
        ]
        assert not poll.may_resign(poll.entries[0])

    def test_nothing_invented(self, record: hm.Minutes) -> None:
        """The session has no dates of its own, no term, no kind: the report gives none."""
        assert record.session is not None
        assert (None, None, None) == (
            record.session.start_date,
            record.session.end_date,
            record.session.kind,
        )
        assert record.term is None
        assert dt.date(2018, 12, 5) == record.first_day
        assert "Báo Quảng Nam" == record.sources[0].publisher

    def test_json_is_current(self, record: hm.Minutes) -> None:
        """examples/data holds the record exactly as the script builds it today."""
        path = EXAMPLES / "data" / "quang_nam_2018_12_confidence_poll.json"
        committed = path.read_text(encoding="utf-8")
        assert hm.to_json(record, indent=2) + "\n" == committed
        assert record == hm.from_json(committed)


#: The real resolutions modelled from their texts, by example script.
RESOLUTIONS = (
    "phu_yen_2016_resolution_57",
    "tien_giang_2011_resolution_11",
    "quang_ninh_2025_resolution_99",
)


@pytest.fixture(scope="module", params=RESOLUTIONS)
def resolution(request: pytest.FixtureRequest) -> tuple[str, hm.Resolution]:
    """Each real resolution, with the name of its script."""
    name: str = request.param
    return name, _load(name).build()


def test_resolution_json_is_current(resolution: tuple[str, hm.Resolution]) -> None:
    """examples/data holds each resolution exactly as its script builds it today."""
    name, record = resolution
    committed = (EXAMPLES / "data" / f"{name}.json").read_text(encoding="utf-8")
    assert hm.to_json(record, indent=2) + "\n" == committed
    assert record == hm.from_json(committed)


def test_resolution_reads_back_from_its_docx(resolution: tuple[str, hm.Resolution]) -> None:
    """Each resolution renders to DOCX and reads back as a resolution that says the same."""
    from hdnd_model.ingest import document_content, load

    _, record = resolution
    buffer = io.BytesIO()
    hm.render_document(record, buffer, format="docx")
    result = load(buffer.getvalue(), name="rendered.docx")
    assert isinstance(result.record, hm.Resolution), result.warnings
    assert document_content(record) == document_content(result.record)


def _by_name(name: str) -> hm.Resolution:
    return _load(name).build()  # type: ignore[no-any-return]


class TestPhuYen57:
    """Nghị quyết 57/NQ-HĐND of Phú Yên, 2016, in full."""

    def test_header_and_dates(self) -> None:
        """Individual, khóa VII, kỳ họp thứ 3; adopted 15/12, signed 16/12, in force on adoption."""
        r = _by_name("phu_yen_2016_resolution_57")
        assert hm.ResolutionNature.INDIVIDUAL is r.nature
        assert ("57/NQ-HĐND", 7, 3) == (str(r.number), r.khoa, r.session_number)
        assert (dt.date(2016, 12, 15), dt.date(2016, 12, 16), dt.date(2016, 12, 15)) == (
            r.adopted_on,
            r.signed_on,
            r.effective_on,
        )

    def test_content(self) -> None:
        """Four căn cứ, one xét line, four articles of 3, 2, 7 and 2 clauses."""
        r = _by_name("phu_yen_2016_resolution_57")
        assert (4, 1) == (len(r.legal_bases), len(r.considerations))
        assert [3, 2, 7, 2] == [len(a.clauses) for a in r.articles]
        assert [None, None, None, "Tổ chức thực hiện"] == [a.name for a in r.articles]
        clause = r.articles[1].clauses[1]
        assert "\n2.1. Chi trong cân đối ngân sách" in (clause.text or "")
        assert (clause.text or "").endswith("(Đính kèm các phụ lục 02, 07)")

    def test_nothing_invented(self) -> None:
        """No vote, no recipients, no annexes (known by number only), no authority prefix."""
        r = _by_name("phu_yen_2016_resolution_57")
        assert (None, (), (), None) == (r.vote, r.recipients, r.annexes, r.filing)
        assert r.signer is not None
        assert hm.SigningAuthority.NONE is r.signer.authority
        assert ("Huỳnh Tấn Việt", "CHỦ TỊCH") == (r.signer.person.full_name, r.signer.title)


class TestTienGiang11:
    """Nghị quyết 11/2011/NQ-HĐND of Tiền Giang: an excerpt ending inside Điều 1."""

    def test_header(self) -> None:
        """Normative, khóa VIII, kỳ họp thứ 3, signed 15/12/2011."""
        r = _by_name("tien_giang_2011_resolution_11")
        assert hm.ResolutionNature.NORMATIVE is r.nature
        assert ("11/2011/NQ-HĐND", 8, 3) == (str(r.number), r.khoa, r.session_number)
        assert dt.date(2011, 12, 15) == r.signed_on

    def test_nothing_invented(self) -> None:
        """The excerpt stops before the closing sentence and the signature."""
        r = _by_name("tien_giang_2011_resolution_11")
        assert (None, None, None, None) == (r.adopted_on, r.effective_on, r.signer, r.vote)
        assert (1, 1) == (len(r.articles), len(r.articles[0].clauses))
        assert (r.articles[0].clauses[0].text or "").endswith("trong và ngoài nước.")


class TestQuangNinh99:
    """Nghị quyết 99/2025/NQ-HĐND of Quảng Ninh: from its header to the end of Điều 1."""

    def test_header_and_content(self) -> None:
        """Normative, signed 16/12/2025; five căn cứ, one xét line, Điều 1 with its name."""
        r = _by_name("quang_ninh_2025_resolution_99")
        assert hm.ResolutionNature.NORMATIVE is r.nature
        assert ("99/2025/NQ-HĐND", dt.date(2025, 12, 16)) == (str(r.number), r.signed_on)
        assert (5, 1) == (len(r.legal_bases), len(r.considerations))
        assert [(1, "Đối tượng áp dụng")] == [(a.number, a.name) for a in r.articles]

    def test_nothing_invented(self) -> None:
        """No khóa or session (the header has none: khóa XVI is the National Assembly's)."""
        r = _by_name("quang_ninh_2025_resolution_99")
        assert (None, None, None, None) == (r.khoa, r.session_number, r.adopted_on, r.signer)

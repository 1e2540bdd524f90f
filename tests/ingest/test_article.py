"""The news-post rules on the project's own texts: forms the corpus does not hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import hdnd_model as hm
from hdnd_model.ingest import import_text, load, summary


class TestForms:
    def test_ordinal_in_words_and_label_chairs(self, fixtures: Path) -> None:
        """`kỳ họp thứ mười`, a label list of chairs and a stripped-hyphen number are read."""
        result = load(fixtures / "session_words.txt")
        out = summary(result)
        assert 10 == out["session_number"]
        assert "regular_year_end" == out["session_kind"]
        assert dt.date(2023, 12, 7).isoformat() == out["date"]
        assert {"name": "Lê Văn Bình", "title": "Chủ tịch HĐND huyện"} == out["chair"]
        assert ["Trịnh Thị Hoa", "Nguyễn Thị Lan"] == [p["name"] for p in out["participants"]]
        assert ["45/NQ-HĐND", "12/2021/NQ-HĐND", "47/2019/QH14"] == out["documents_referenced"]
        (res,) = out["resolutions_passed"]
        assert ("45/NQ-HĐND", 33, 35) == (res["number"], res["votes_for"], res["total_delegates"])
        assert {"present": 33, "total": 35} == out["attendance"]

    def test_cruft_is_ignored(self, fixtures: Path) -> None:
        """Captions and the 'Các tin khác' list give no people and no council."""
        out = summary(load(fixtures / "session_words.txt"))
        assert "Minh Châu" not in str(out)
        assert "Đông Hòa" not in str(out)

    def test_counts_of_the_present(self, fixtures: Path) -> None:
        """`48/50 đại biểu có mặt tán thành` is not a count of all delegates."""
        result = load(fixtures / "vote_percent.txt")
        (res,) = result.draft.resolutions
        assert (48, 2, None, 50) == (
            res.votes_for,
            res.votes_against,
            res.total_delegates,
            res.present,
        )
        assert 2 == result.draft.session_number
        assert "province" == result.draft.level

    def test_monthly_standing_meeting(self, fixtures: Path) -> None:
        """A monthly meeting called regular (thường kỳ) is regular; the model's kind is monthly."""
        result = load(fixtures / "standing_monthly.txt")
        out = summary(result)
        assert "standing_committee_meeting" == out["kind"]
        assert "standing_committee_regular" == out["session_kind"]
        assert "Phạm Văn Hậu" == out["chair"]["name"]
        assert isinstance(result.record, hm.Minutes)
        assert hm.MeetingKind.STANDING_MONTHLY == result.record.meeting.kind
        assert result.draft.conclusions

    def test_nothing_from_defaults(self) -> None:
        """A text that states nothing gives an empty draft and no record."""
        result = import_text("Hôm nay trời đẹp.")
        assert (None, None, None) == (result.draft.date, result.draft.unit_type, result.record)
        assert () == result.draft.people

    def test_thematic_session_record(self) -> None:
        """A session with number, kind and term becomes Minutes of a Session."""
        text = (
            "Ngày 14/11/2025, HĐND xã Hòa An khóa XII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 5 "
            "(kỳ họp chuyên đề). Đồng chí Trần Văn Lợi, Chủ tịch HĐND xã chủ trì kỳ họp."
        )
        result = import_text(text)
        assert isinstance(result.record, hm.Minutes)
        assert result.record.session is not None
        assert (5, hm.SessionKind.THEMATIC) == (
            result.record.session.number,
            result.record.session.kind,
        )


class TestProvenance:
    POST = (
        "Phiên họp thường kỳ tháng 3 của Thường trực HĐND huyện Kim Sơn\n"
        "Sáng ngày 05/3/2024, Thường trực HĐND huyện Kim Sơn khóa XX, nhiệm kỳ 2021-2026 "
        "tổ chức phiên họp thường kỳ tháng 3. Đồng chí Trần Văn Bình, Chủ tịch HĐND huyện "
        "chủ trì phiên họp.\n"
    )

    def test_a_named_source_is_the_records_source(self, tmp_path: Path) -> None:
        """A record read from a file names that file and the post's headline, nothing more."""
        path = tmp_path / "kim-son.txt"
        path.write_text(self.POST, encoding="utf-8")
        record = load(path).record
        assert isinstance(record, hm.Minutes)
        expected = hm.Source(
            file=str(path), title="Phiên họp thường kỳ tháng 3 của Thường trực HĐND huyện Kim Sơn"
        )
        assert (expected,) == record.sources

    def test_bytes_name_no_source(self) -> None:
        """Bytes without a name give a record without a source (nothing invented)."""
        record = load(self.POST.encode()).record
        assert isinstance(record, hm.Minutes)
        assert () == record.sources

"""The export entry point, the mapping of votes, warnings, and the hardened AKN reader."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from lxml import etree

import hdnd_model as hm
from hdnd_model.interop import ExportResult, export, from_akn
from hdnd_model.interop._akn_xml import AKN_NS


def _voted(seed: hm.Minutes, in_favour: int, rule: hm.VoteRule) -> hm.Minutes:
    """The seed with one vote under its first agenda item."""
    assert seed.meeting is not None
    vote = hm.VoteTally(
        id="vote-1",
        subject="Thông qua chương trình",
        in_favour=in_favour,
        against=2,
        not_voting=1,
        total_delegates=35,
        present=30,
        rule=rule,
    )
    first = attrs.evolve(seed.meeting.agenda[0], votes=(vote,))
    meeting = attrs.evolve(seed.meeting, agenda=(first, *seed.meeting.agenda[1:]))
    return attrs.evolve(seed, meeting=meeting)


class TestExport:
    def test_targets(self, seed: hm.Minutes) -> None:
        """Popolo and OParl give dicts, Akoma Ntoso gives XML bytes."""
        results = [export(seed, to=t) for t in ("popolo", "oparl", "akn")]
        assert [dict, dict, bytes] == [type(r.content) for r in results]
        assert ["popolo", "oparl", "akn"] == [r.target for r in results]

    def test_unknown_target(self, seed: hm.Minutes) -> None:
        """An unknown target is a ValueError naming the targets."""
        with pytest.raises(ValueError, match="popolo, oparl, akn"):
            export(seed, to="csv")  # type: ignore[arg-type]

    def test_base_url_only_for_oparl(self, seed: hm.Minutes) -> None:
        """base_url is refused for targets that have no URL ids."""
        with pytest.raises(ValueError, match="OParl"):
            export(seed, to="popolo", base_url="https://example.org")

    def test_write(self, seed: hm.Minutes, tmp_path: Path) -> None:
        """write() stores the bytes of the document."""
        result = export(seed, to="popolo")
        path = result.write(tmp_path / "out.json")
        assert result.to_bytes() == path.read_bytes()
        assert path.read_text(encoding="utf-8").startswith("{\n")

    def test_losses_are_warned(self, seed: hm.Minutes) -> None:
        """What a standard cannot hold is listed in the warnings; AKN loses nothing."""
        assert "conclusions (kết luận) are lost" in export(seed, to="popolo").warnings
        assert any("placeholder" in w for w in export(seed, to="oparl").warnings)
        assert () == export(seed, to="akn").warnings

    def test_interop_is_outside_the_model(self) -> None:
        """Importing the model does not import the interop layer."""
        code = "import sys, hdnd_model; print('hdnd_model.interop' in sys.modules)"
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "False" == out.stdout.strip()


class TestVotes:
    def test_popolo_counts_and_result(self, seed: hm.Minutes) -> None:
        """Popolo vote events carry yes/no/abstain/absent and the rule's result."""
        content = export(_voted(seed, 20, hm.MORE_THAN_HALF_OF_TOTAL), to="popolo").content
        assert isinstance(content, dict)
        (event,) = content["vote_events"]
        expected = [
            {"option": "yes", "value": 20},
            {"option": "no", "value": 2},
            {"option": "abstain", "value": 1},
            {"option": "absent", "value": 12},
        ]
        assert expected == event["counts"]
        assert "pass" == event["result"]

    def test_result_follows_the_rule(self, seed: hm.Minutes) -> None:
        """The same counts fail under a two-thirds rule."""
        content = export(_voted(seed, 20, hm.AT_LEAST_TWO_THIRDS_OF_TOTAL), to="popolo").content
        assert isinstance(content, dict)
        assert ["fail"] == [e["result"] for e in content["vote_events"]]

    def test_oparl_result_text(self, seed: hm.Minutes) -> None:
        """OParl gets the tally in Vietnamese, worded as the minutes word it, and a warning."""
        result = export(_voted(seed, 20, hm.MORE_THAN_HALF_OF_TOTAL), to="oparl")
        assert isinstance(result.content, dict)
        item = result.content["meeting"][0]["agendaItem"][0]
        expected = (
            "Biểu quyết thông qua chương trình: 23/35 đại biểu tham gia biểu quyết, chiếm 65,71%"
            " tổng số đại biểu; 20/35 đại biểu tán thành, đạt 57,14% tổng số đại biểu; 2/35 đại"
            " biểu không tán thành, chiếm 5,71% tổng số đại biểu; 1/35 đại biểu không biểu"
            " quyết, chiếm 2,86% tổng số đại biểu. Kết quả: được thông qua (tán thành quá nửa"
            " tổng số đại biểu)."
        )
        assert expected == item["result"]
        assert any("AgendaItem.result" in w for w in result.warnings)

    def test_akn_voting(self, seed: hm.Minutes) -> None:
        """AKN votes sit in meta/analysis/parliamentary/voting with counts and the outcome."""
        content = export(_voted(seed, 20, hm.MORE_THAN_HALF_OF_TOTAL), to="akn").content
        assert isinstance(content, bytes)
        voting = etree.fromstring(content).find(f".//{{{AKN_NS}}}voting")
        assert voting is not None
        assert "#passed" == voting.get("outcome")
        counts = {c.get("refersTo"): c.get("value") for c in voting}
        assert "20" == counts["#in_favour"]
        assert "35" == counts["#total_delegates"]


class TestAknReader:
    def test_seed_round_trip(self, seed: hm.Minutes) -> None:
        """The seed reads back unchanged."""
        content = export(seed, to="akn").content
        assert isinstance(content, bytes)
        assert seed == from_akn(content)

    def test_markup_is_read(self, seed: hm.Minutes) -> None:
        """Agenda titles come from the markup, not only from the proprietary block."""
        content = export(seed, to="akn").content
        assert isinstance(content, bytes)
        edited = content.replace(
            "<heading>Các nội dung khác thuộc thẩm quyền</heading>".encode(),
            "<heading>Nội dung khác</heading>".encode(),
        )
        minutes = from_akn(edited)
        assert minutes.meeting is not None
        assert "Nội dung khác" == minutes.meeting.agenda[3].title

    def test_refuses_entities(self) -> None:
        """A document with a DTD or entities is refused, not expanded."""
        hostile = (
            b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<akomaNtoso xmlns="' + AKN_NS.encode() + b'">&x;</akomaNtoso>'
        )
        with pytest.raises(hm.FormatError):
            from_akn(hostile)

    def test_refuses_malformed(self) -> None:
        """Malformed XML is a FormatError with its line."""
        with pytest.raises(hm.FormatError, match="line 1"):
            from_akn(b"<akomaNtoso>")

    def test_refuses_foreign_documents(self) -> None:
        """An Akoma Ntoso debate not written by this package is refused clearly."""
        foreign = f'<akomaNtoso xmlns="{AKN_NS}"><debate><meta/></debate></akomaNtoso>'
        with pytest.raises(hm.FormatError, match="proprietary record"):
            from_akn(foreign)

    def test_resolution_statement(self) -> None:
        """A resolution on its own is a statement document with a vie FRBR expression."""
        res = hm.Resolution(
            id="nq-12",
            title="Về Nội quy kỳ họp",
            number=hm.DocumentNumber.parse("12/NQ-HĐND"),
            adopted_on=dt.date(2021, 6, 30),
        )
        content = export(res, to="akn").content
        assert isinstance(content, bytes)
        root = etree.fromstring(content)
        this = root.find(f".//{{{AKN_NS}}}FRBRExpression/{{{AKN_NS}}}FRBRthis")
        assert this is not None
        expected = "/akn/vn/statement/nghi-quyet/council/2021-06-30/12-nq-hdnd/vie@"
        assert expected == this.get("value")
        assert isinstance(export(res, to="akn"), ExportResult)


class TestSources:
    SOURCE = hm.Source(
        url="https://haibatrung.hanoi.gov.vn/tin/phien-hop-thang-8",
        title="Phiên họp Thường trực HĐND quận tháng 8/2020",
        publisher="Cổng thông tin điện tử quận Hai Bà Trưng",
        posted_on=dt.date(2020, 8, 17),
        retrieved_at=dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC),
    )
    FILE = hm.Source(file="bien-ban.docx")

    def _record(self, seed: hm.Minutes) -> hm.Minutes:
        return hm.with_sources(seed, self.SOURCE, self.FILE)

    def test_popolo_sources(self, seed: hm.Minutes) -> None:
        """Popolo events carry the sources with a URL; files are reported lost."""
        result = export(self._record(seed), to="popolo")
        assert isinstance(result.content, dict)
        (event,) = result.content["events"]
        assert [
            {
                "url": self.SOURCE.url,
                "note": "Phiên họp Thường trực HĐND quận tháng 8/2020; Cổng thông tin điện tử "
                "quận Hai Bà Trưng; đăng ngày 2020-08-17; truy cập 2026-11-30T09:00:00+00:00",
            }
        ] == event["sources"]
        assert "sources without a URL (files) are lost" in result.warnings

    def test_oparl_web(self, seed: hm.Minutes) -> None:
        """The OParl meeting's web page is the first source with a URL."""
        result = export(self._record(seed), to="oparl")
        assert isinstance(result.content, dict)
        assert [self.SOURCE.url] == [m["web"] for m in result.content["meeting"]]

    def test_akn_manifestation(
        self, seed: hm.Minutes, akn_validate: Callable[[bytes], list[str]]
    ) -> None:
        """The AKN manifestation names the source's URL and dates, and stays valid."""
        content = export(self._record(seed), to="akn").content
        assert isinstance(content, bytes)
        assert [] == akn_validate(content)
        root = etree.fromstring(content)
        ns = {"a": AKN_NS}
        manifestation = root.find(".//a:FRBRManifestation", ns)
        assert manifestation is not None
        alias = manifestation.find("a:FRBRalias", ns)
        assert alias is not None
        assert (self.SOURCE.url, "nguon") == (alias.get("value"), alias.get("name"))
        dates = {d.get("name"): d.get("date") for d in manifestation.findall("a:FRBRdate", ns)}
        assert "2020-08-17" == dates["ngay-dang"]
        assert "2026-11-30" == dates["ngay-truy-cap"]
        assert self._record(seed) == from_akn(content)


class TestResolutionAct:
    RES = hm.Resolution(
        id="nq",
        title="Quy định mức chi hỗ trợ",
        nature=hm.ResolutionNature.NORMATIVE,
        legal_bases=(
            hm.Citation(text="Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"),
        ),
        considerations=(hm.Citation(text="Tờ trình của Ủy ban nhân dân tỉnh"),),
        articles=(
            hm.Article(number=1, name="Phạm vi điều chỉnh", text="Nghị quyết này quy định ..."),
            hm.Article(
                number=2,
                name="Mức chi",
                clauses=(
                    hm.Clause(
                        number=1,
                        text="Mức chi như sau:",
                        points=(
                            hm.Point(label="a", text="50.000 đồng;"),
                            hm.Point(label="b", text="40.000 đồng."),
                        ),
                    ),
                ),
            ),
        ),
        annexes=(hm.Annex(label="I", title="Danh sách đối tượng"),),
    )

    def test_act_with_articles(self, akn_validate: Callable[[bytes], list[str]]) -> None:
        """A resolution with articles is an AKN act: citations, article, paragraph, point."""
        content = export(self.RES, to="akn").content
        assert isinstance(content, bytes)
        assert [] == akn_validate(content)
        root = etree.fromstring(content)
        ns = {"a": AKN_NS}
        assert "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" == (
            root.findtext(".//a:citation/a:p", namespaces=ns)
        )
        assert ["Điều 1.", "Điều 2."] == [e.text for e in root.findall(".//a:article/a:num", ns)]
        assert ["a)", "b)"] == [e.text for e in root.findall(".//a:point/a:num", ns)]
        assert "Mức chi như sau:" == root.findtext(".//a:paragraph/a:intro/a:p", namespaces=ns)
        assert root.find(".//a:act", ns) is not None

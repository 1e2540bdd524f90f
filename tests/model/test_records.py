"""Resolutions with their content and conclusion notices: what they hold and what they refuse."""

from __future__ import annotations

import datetime as dt
import warnings

import attrs
import pytest

import hdnd_model as hm
from tests.model._factories import PHU_YEN, council

D = dt.date
NQ_QPPL = hm.DocumentNumber.parse("12/2020/NQ-HĐND")
NQ = hm.DocumentNumber.parse("57/NQ-HĐND")


def _resolution(**changes: object) -> hm.Resolution:
    base = hm.Resolution(
        id="nq-57",
        title="Về Nội quy kỳ họp",
        number=NQ,
        council=council(PHU_YEN),
        khoa=7,
        session_number=3,
        adopted_on=D(2016, 12, 15),
        signed_on=D(2016, 12, 16),
        effective_on=D(2016, 12, 15),
        legal_bases=(hm.Citation(text="Luật Tổ chức chính quyền địa phương ngày 19/6/2015"),),
        articles=(
            hm.Article(number=1, text="Thông qua Nội quy kỳ họp."),
            hm.Article(
                number=2,
                name="Tổ chức thực hiện",
                clauses=(
                    hm.Clause(number=1, text="Giao Ủy ban nhân dân tỉnh tổ chức thực hiện."),
                    hm.Clause(
                        number=2,
                        text="Các trường hợp:",
                        points=(hm.Point(label="a", text="x;"), hm.Point(label="đ", text="y.")),
                    ),
                ),
            ),
        ),
    )
    return attrs.evolve(base, **changes)


def _refused(build: object, field: str, reason: str, owner: str) -> None:
    assert callable(build)
    with pytest.raises(hm.InvalidModelError) as info:
        build()
    assert (field, reason, owner) == (info.value.field, info.value.reason, info.value.owner)


class TestContent:
    def test_tree(self) -> None:
        """Articles hold clauses, clauses hold points, in their numbering."""
        res = _resolution()
        assert [1, 2] == [a.number for a in res.articles]
        assert ["a", "đ"] == [p.label for p in res.articles[1].clauses[1].points]

    def test_articles_increase(self) -> None:
        """Article numbers must increase."""
        articles = (hm.Article(number=2, text="x"), hm.Article(number=2, text="y"))
        _refused(
            lambda: _resolution(articles=articles),
            "articles[1].number",
            "must be greater than the article before it (2)",
            "Resolution",
        )

    def test_clause_numbers_increase(self) -> None:
        """Clause numbers must increase within an article."""
        clauses = (hm.Clause(number=1, text="x"), hm.Clause(number=1, text="y"))
        _refused(
            lambda: hm.Article(number=1, clauses=clauses),
            "clauses[1].number",
            "must be greater than the clause before it (1)",
            "Article",
        )

    def test_empty_article(self) -> None:
        """An article says something."""
        _refused(
            lambda: hm.Article(number=1),
            "text",
            "must be given when the article has no clauses",
            "Article",
        )

    def test_point_letters(self) -> None:
        """Points are labelled with the letters drafting uses; f and w are not among them."""
        assert "a1" == hm.Point(label="a1", text="x").label
        _refused(
            lambda: hm.Point(label="f", text="x"),
            "label",
            "must be a point letter (a, b, c, d, đ, e, g ...) in lower case",
            "Point",
        )

    def test_repeated_point(self) -> None:
        """A clause does not repeat a point's letter."""
        points = (hm.Point(label="a", text="x"), hm.Point(label="a", text="y"))
        _refused(
            lambda: hm.Clause(number=1, points=points),
            "points",
            "must not repeat the point label 'a'",
            "Clause",
        )

    def test_citation_needs_something(self) -> None:
        """A căn cứ line cites a document or a text."""
        _refused(hm.Citation, "document", "must be given when there is no text", "Citation")


class TestResolution:
    def test_number_kind(self) -> None:
        """A resolution carries an NQ number."""
        _refused(
            lambda: _resolution(number=hm.DocumentNumber.parse("05/TB-HĐND")),
            "number",
            "must be a resolution number (NQ)",
            "Resolution",
        )

    def test_signed_before_adopted(self) -> None:
        """It is signed on or after its adoption."""
        _refused(
            lambda: _resolution(signed_on=D(2016, 12, 14)),
            "signed_on",
            "must not be before adopted_on",
            "Resolution",
        )

    def test_number_year_is_the_signing_year(self) -> None:
        """A normative number carries the year it was signed in."""
        res = _resolution(
            nature=hm.ResolutionNature.NORMATIVE,
            number=hm.DocumentNumber.parse("01/2017/NQ-HĐND"),
            adopted_on=D(2016, 12, 30),
            signed_on=D(2017, 1, 2),
            effective_on=D(2017, 1, 15),
        )
        assert 2017 == res.signed_on.year  # type: ignore[union-attr]
        _refused(
            lambda: attrs.evolve(res, signed_on=D(2016, 12, 31), effective_on=D(2017, 1, 15)),
            "signed_on",
            "must fall in the year of the number 01/2017/NQ-HĐND",
            "Resolution",
        )

    def test_council_life(self) -> None:
        """A standalone resolution falls within the life of its council."""
        district = hm.AdministrativeUnit(kind=hm.UnitKind.RURAL_DISTRICT, name="Tuy An")
        _refused(
            lambda: _resolution(
                council=council(district),
                adopted_on=D(2025, 8, 1),
                signed_on=None,
                effective_on=None,
                number=None,
            ),
            "adopted_on",
            "is outside the life of the council: huyện Tuy An does not exist on 2025-08-01 "
            "under Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
            "Resolution",
        )

    def test_council_id_matches(self) -> None:
        """A resolution naming and embedding its council names the same one."""
        _refused(
            lambda: _resolution(council_id="other"),
            "council_id",
            "must be None or 'c'",
            "Resolution",
        )

    def test_issuer(self) -> None:
        """The council or its Standing Committee issues resolutions."""
        _refused(
            lambda: _resolution(issuer=hm.OrganKind.COMMITTEE),
            "issuer",
            "must be the council or its standing_committee",
            "Resolution",
        )


class TestEffectiveDelay:
    def _normative(self, **changes: object) -> hm.Resolution:
        return _resolution(
            nature=hm.ResolutionNature.NORMATIVE,
            number=hm.DocumentNumber.parse("12/2020/NQ-HĐND"),
            adopted_on=D(2020, 7, 10),
            signed_on=D(2020, 7, 15),
            **changes,
        )

    REASON = (
        "must be at least 10 days after signed_on (2020-07-15) for a normative resolution "
        "(Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Điều 151), unless adopted "
        "by the shortened procedure"
    )

    def test_warns_by_default(self) -> None:
        """A provincial normative resolution effective 5 days after signing gets a warning."""
        with pytest.warns(hm.ModelWarning) as caught:
            self._normative(effective_on=D(2020, 7, 20))
        assert f"'Resolution.effective_on' {self.REASON} (got '2020-07-20')" == str(
            caught[0].message
        )

    def test_refuses_when_told(self) -> None:
        """Policy(effective_delay_check=REFUSE) makes it an error."""
        with hm.use_policy(hm.Policy(effective_delay_check=hm.RuleMode.REFUSE)):
            _refused(
                lambda: self._normative(effective_on=D(2020, 7, 20)),
                "effective_on",
                self.REASON,
                "Resolution",
            )

    def test_ten_days_pass(self) -> None:
        """Ten days after signing is enough."""
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert self._normative(effective_on=D(2020, 7, 25)).effective_on == D(2020, 7, 25)

    def test_shortened_procedure(self) -> None:
        """The shortened procedure takes effect without the delay."""
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            self._normative(effective_on=D(2020, 7, 15), procedure=hm.ResolutionProcedure.SHORTENED)

    def test_individual_has_no_delay(self) -> None:
        """An individual resolution may take effect on its adoption (Phú Yên 57/NQ-HĐND)."""
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert D(2016, 12, 15) == _resolution().effective_on

    def test_2025_law_measures_from_adoption(self) -> None:
        """Under the 2025 law, without a signing date, the delay runs from adoption."""
        with hm.use_policy(hm.Policy(effective_delay_check=hm.RuleMode.REFUSE)):
            res = hm.Resolution(
                id="nq",
                title="Quy định",
                nature=hm.ResolutionNature.NORMATIVE,
                adopted_on=D(2025, 12, 11),
                effective_on=D(2025, 12, 21),
            )
            assert D(2025, 12, 21) == res.effective_on
            with pytest.raises(hm.InvalidModelError):
                attrs.evolve(res, effective_on=D(2025, 12, 20))


class TestNotice:
    def _meeting(self, **changes: object) -> hm.Meeting:
        base = hm.Meeting(
            id="tt-3",
            kind=hm.MeetingKind.STANDING_MONTHLY,
            organ=hm.OrganKind.STANDING_COMMITTEE,
            date=D(2021, 3, 10),
        )
        return attrs.evolve(base, **changes)

    def _notice(self, **changes: object) -> hm.ConclusionNotice:
        base = hm.ConclusionNotice(
            id="tb-05",
            council=council(PHU_YEN),
            number=hm.DocumentNumber.parse("05/TB-HĐND"),
            meeting=self._meeting(),
            date=D(2021, 3, 12),
            conclusions=(
                hm.Conclusion(
                    text="Đề nghị chuẩn bị kỳ họp.",
                    addressee="Ủy ban nhân dân tỉnh",
                    deadline=D(2021, 3, 31),
                ),
            ),
        )
        return attrs.evolve(base, **changes)

    def test_holds_its_facts(self) -> None:
        """A notice names the meeting concluded and its conclusions."""
        notice = self._notice()
        assert D(2021, 3, 10) == notice.held_on
        assert hm.OrganKind.STANDING_COMMITTEE is notice.issuer
        assert "Ủy ban nhân dân tỉnh" == notice.conclusions[0].addressee

    def test_number_kind(self) -> None:
        """Each record kind carries its own document kind: a notice's is TB."""
        _refused(
            lambda: self._notice(number=hm.DocumentNumber.parse("05/BB-HĐND")),
            "number",
            "must be a notice number (TB)",
            "ConclusionNotice",
        )

    def test_minutes_keep_bb(self) -> None:
        """The minutes rule is the same check, with BB."""
        assert hm.DocumentKind.MINUTES is hm.Minutes.DOCUMENT_KIND
        assert hm.DocumentKind.NOTICE is hm.ConclusionNotice.DOCUMENT_KIND
        assert hm.DocumentKind.RESOLUTION is hm.Resolution.DOCUMENT_KIND

    def test_needs_a_conclusion(self) -> None:
        """A notice concludes something."""
        _refused(
            lambda: self._notice(conclusions=()),
            "conclusions",
            "must list at least one conclusion",
            "ConclusionNotice",
        )

    def test_before_the_meeting(self) -> None:
        """A notice is not dated before the meeting it concludes."""
        _refused(
            lambda: self._notice(date=D(2021, 3, 9)),
            "date",
            "must not be before 2021-03-10",
            "ConclusionNotice",
        )

    def test_issuer_holds_the_meeting(self) -> None:
        """The body issuing the notice is the one that met."""
        _refused(
            lambda: self._notice(
                meeting=self._meeting(organ=hm.OrganKind.COMMITTEE, kind=hm.MeetingKind.COMMITTEE)
            ),
            "meeting.organ",
            "must be the issuer of the notice (standing_committee)",
            "ConclusionNotice",
        )

    def test_by_reference(self) -> None:
        """The meeting may be named instead of embedded, but not both ways at once."""
        notice = self._notice(meeting=None, meeting_id="tt-3", meeting_date=D(2021, 3, 10))
        assert D(2021, 3, 10) == notice.held_on
        _refused(
            lambda: self._notice(meeting_date=D(2021, 3, 10)),
            "meeting_date",
            "must be None when the meeting is embedded",
            "ConclusionNotice",
        )

    def test_round_trips(self) -> None:
        """A notice is a record of its own in both formats."""
        notice = self._notice()
        assert notice == hm.from_json(hm.to_json(notice))
        assert notice == hm.from_xml(hm.to_xml(notice))
        assert '"type":"conclusion_notice"' in hm.to_json(notice)

    def test_resolution_round_trips(self) -> None:
        """A resolution with its content is a record of its own in both formats."""
        res = _resolution()
        assert res == hm.from_json(hm.to_json(res))
        assert res == hm.from_xml(hm.to_xml(res))


class TestSources:
    def test_at_tells_urls_from_files(self) -> None:
        """Source.at reads a scheme as a URL and anything else as a file."""
        assert "https://a.vn/x" == hm.Source.at("https://a.vn/x").url
        assert "bien-ban.docx" == hm.Source.at("bien-ban.docx", title="Biên bản").file

    def test_needs_a_place(self) -> None:
        """A source says where: a URL, a file or at least a title."""
        _refused(
            lambda: hm.Source(publisher="Báo Phú Yên"),
            "url",
            "must be given when there is no file and no title",
            "Source",
        )

    def test_url_form(self) -> None:
        """A URL is absolute and has no spaces."""
        _refused(
            lambda: hm.Source(url="hdnd.vn/tin tuc"),
            "url",
            "must be an absolute URL without spaces (https://...)",
            "Source",
        )

    def test_retrieved_at_has_a_time_zone(self) -> None:
        """When a page was read is an instant: a naive time is refused."""
        _refused(
            lambda: hm.Source(url="https://a.vn", retrieved_at=dt.datetime(2024, 1, 2, 3, 4)),
            "retrieved_at",
            "must be a date and time with its time zone (e.g. datetime.UTC)",
            "Source",
        )

    def test_with_sources_round_trips(self) -> None:
        """Every record kind keeps its sources in both formats."""
        source = hm.Source(
            url="https://hdnd.phuyen.gov.vn/nq-57",
            publisher="HĐND tỉnh Phú Yên",
            posted_on=D(2016, 12, 20),
            retrieved_at=dt.datetime(
                2026, 11, 30, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=7))
            ),
            note="bản đăng trên cổng thông tin",
        )
        res = hm.with_sources(_resolution(), source)
        assert (source,) == res.sources
        assert res == hm.from_json(hm.to_json(res))
        assert res == hm.from_xml(hm.to_xml(res))
        assert '"retrieved_at":"2026-11-30T09:15:00+07:00"' in hm.to_json(res)

    def test_sources_do_not_repeat(self) -> None:
        """A record lists a source once."""
        source = hm.Source(file="nq.pdf")
        _refused(
            lambda: hm.with_sources(_resolution(), source, source),
            "sources",
            f"must not repeat the source {source!r}",
            "Resolution",
        )

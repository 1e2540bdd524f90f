"""Importing what the renderer wrote gives back the same minutes content."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import attrs
import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hdnd_model as hm
from hdnd_model.ingest import ImportResult, document_content, load, minutes_content
from hdnd_model.render import RenderOptions
from hdnd_model.testing import strategies as hst
from tests.render import synthetic

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "data" / "hai_ba_trung_2020_08.json"

# Rendering and importing a DOCX takes about 10 ms, so the profile's number of examples is
# kept (ci: 150 per kind, a few seconds); only the per-example deadline is lifted.
ROUND_TRIP = settings(deadline=None)


def _round_trip(minutes: hm.Minutes, options: RenderOptions | None = None) -> ImportResult:
    buffer = io.BytesIO()
    hm.render_minutes(minutes, buffer, format="docx", options=options)
    return load(buffer.getvalue(), name="rendered.docx")


def _assert_same_content(minutes: hm.Minutes, options: RenderOptions | None = None) -> ImportResult:
    result = _round_trip(minutes, options)
    assert isinstance(result.record, hm.Minutes), result.warnings
    expected = minutes_content(minutes)
    got = minutes_content(result.record)
    if got != expected:  # name the first key that differs before the full comparison
        differing = [k for k in expected if expected[k] != got.get(k)]
        assert got == expected, f"differs in {differing}"
    return result


OPTIONS = st.builds(
    RenderOptions,
    body_size_pt=st.sampled_from([13, 14]),
    top_mm=st.floats(20, 25),
    bottom_mm=st.floats(20, 25),
    left_mm=st.floats(30, 35),
    right_mm=st.floats(15, 20),
    first_line_indent_mm=st.sampled_from([10.0, 12.7]),
    line_spacing=st.floats(1.0, 1.5),
    place_date=st.booleans(),
    table_threshold=st.integers(0, 30),
)


@ROUND_TRIP
@given(hst.minutes(), OPTIONS)
def test_minutes_round_trip_with_any_options(minutes: hm.Minutes, options: RenderOptions) -> None:
    """Minutes rendered with any render options come back with the same content."""
    _assert_same_content(minutes, options)


@ROUND_TRIP
@given(hst.minutes(kind="meeting"))
def test_meeting_minutes_round_trip(minutes: hm.Minutes) -> None:
    """Minutes of a meeting come back from their DOCX with the same content."""
    _assert_same_content(minutes)


@ROUND_TRIP
@given(hst.minutes(kind="session"))
def test_session_minutes_round_trip(minutes: hm.Minutes) -> None:
    """Minutes of a session come back from their DOCX with the same content."""
    _assert_same_content(minutes)


def test_seed_example_round_trips() -> None:
    """The seed example reads back with its council, chair, agenda and conclusions."""
    minutes = hm.from_json(SEED.read_text(encoding="utf-8"))
    result = _assert_same_content(minutes)
    content = minutes_content(result.record)
    assert content["council"]["name"] == "Hội đồng nhân dân quận Hai Bà Trưng"
    assert content["chairs"] == ["Đinh Thị Lan Duyên, Chủ tịch HĐND quận"]
    assert len(content["sittings"][0]["agenda"]) == 4
    assert len(content["sittings"][0]["conclusions"]) == 7


def test_each_sittings_roll_call_round_trips() -> None:
    """A later sitting's roll call is printed under its heading and read back."""
    minutes = synthetic.large_session()
    assert minutes.session is not None
    later = attrs.evolve(
        minutes.session.meetings[1],
        attendance=hm.Attendance(
            total_delegates=85, present=80, absent_with_reason=3, absent_without_reason=2
        ),  # room for the 3 + 2 delegates the roll call names absent
    )
    session = attrs.evolve(
        minutes.session,
        meetings=(minutes.session.meetings[0], later, *minutes.session.meetings[2:]),
    )
    result = _assert_same_content(attrs.evolve(minutes, session=session))
    assert isinstance(result.record, hm.Minutes)
    assert later.attendance == result.record.meetings[1].attendance


@pytest.mark.parametrize("build", [synthetic.large_session, synthetic.benchmark_minutes])
def test_large_synthetic_session_round_trips(build: Any) -> None:
    """The large synthetic sessions read back whole, roll call and resolutions included."""
    minutes = build()
    result = _assert_same_content(minutes)
    content = minutes_content(result.record)
    assert len(content["delegates"]) == len(list(minutes.participants(hm.ParticipantRole.DELEGATE)))
    assert len(content["resolutions"]) == len(minutes.resolutions)


def test_content_is_plain_data() -> None:
    minutes = synthetic.large_session(items=3, delegates=12)
    content = minutes_content(minutes)
    assert json.loads(json.dumps(content, ensure_ascii=False)) == content


def test_layout_evidence_names_paragraphs() -> None:
    minutes = hm.from_json(SEED.read_text(encoding="utf-8"))
    result = _round_trip(minutes)
    layout = [e for e in result.evidence if e.rule.startswith("docx.layout.")]
    assert layout
    assert all(e.paragraph is not None and e.field.startswith("record.") for e in layout)
    assert any(e.field == "record.title" for e in layout)


def test_content_sees_what_the_layout_prints() -> None:
    minutes = hm.from_json(SEED.read_text(encoding="utf-8"))
    renamed = attrs.evolve(minutes, title="Phiên họp tháng 9/2020 của Thường trực HĐND quận")
    assert minutes_content(renamed) != minutes_content(minutes)
    dated = attrs.evolve(minutes, date=minutes.last_day + dt.timedelta(days=2))
    assert minutes_content(dated)["date"] != minutes_content(minutes)["date"]
    assert minutes_content(_round_trip(dated).record) == minutes_content(dated)


def test_a_damaged_layout_falls_back_to_the_text_rules() -> None:
    minutes = hm.from_json(SEED.read_text(encoding="utf-8"))
    buffer = io.BytesIO()
    hm.render_minutes(minutes, buffer, format="docx")
    document = docx.Document(io.BytesIO(buffer.getvalue()))
    for paragraph in document.paragraphs:
        if paragraph.text.startswith("Địa điểm: "):
            paragraph.text = "Địa điểm hội trường"  # the label is gone
    out = io.BytesIO()
    document.save(out)
    result = load(out.getvalue(), name="edited.docx")
    assert any("not read in full" in w for w in result.warnings)
    assert not any(e.rule.startswith("docx.layout.") for e in result.evidence)
    assert result.draft.kind == "standing_committee_meeting"


def _document_round_trip(record: object) -> ImportResult:
    buffer = io.BytesIO()
    hm.render_document(record, buffer)
    result = load(buffer.getvalue(), name="rendered.docx")
    assert type(record) is type(result.record), result.warnings
    assert document_content(result.record) == document_content(record)
    return result


@ROUND_TRIP
@given(hst.resolutions().filter(lambda r: r.council is not None))
def test_resolution_round_trip(resolution: hm.Resolution) -> None:
    """A resolution comes back from its DOCX as a resolution that lays out the same."""
    _document_round_trip(resolution)


@ROUND_TRIP
@given(hst.conclusion_notices())
def test_notice_round_trip(notice: hm.ConclusionNotice) -> None:
    """A conclusion notice comes back from its DOCX as a notice that lays out the same."""
    _document_round_trip(notice)


def test_example_documents_round_trip() -> None:
    """The example resolutions and notice come back with their numbers, dates and articles."""
    import importlib.util

    path = ROOT / "examples" / "documents_2023.py"
    spec = importlib.util.spec_from_file_location("documents_2023", path)
    assert spec is not None
    assert spec.loader is not None
    examples = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(examples)
    res = examples.build_resolution()
    back = _document_round_trip(res).record
    assert (back.number, back.adopted_on, back.khoa, back.session_number) == (
        res.number,
        res.adopted_on,
        res.khoa,
        res.session_number,
    )
    assert [a.number for a in back.articles] == [1, 2]
    assert back.articles[0].clauses[1].points[0].label == "a"
    notice = _document_round_trip(examples.build_notice()).record
    assert len(notice.conclusions) == 7
    assert notice.signer.on_behalf_of == "THƯỜNG TRỰC HĐND"


def test_a_cited_subject_holding_cua_reads_back() -> None:
    """A document named by a subject that holds "của", with no issuer, reads back as cited."""
    ref = hm.DocumentRef(
        kind=hm.DocumentKind.REGULATION,
        number=hm.DocumentNumber.parse("01/QyĐ-HĐND"),
        title="Quy định chi tiết một số điều của Luật Ngân sách nhà nước",
    )
    unit = hm.AdministrativeUnit(kind=hm.UnitKind.CENTRAL_CITY, name="Hà Nội", code="01")
    meeting = hm.Meeting(
        id="m", kind=hm.MeetingKind.PREPARATORY, date=dt.date(2016, 1, 1), documents=(ref,)
    )
    record = hm.Minutes(id="bb", council=hm.Council(id="c", unit=unit), meeting=meeting)
    _assert_same_content(record)

"""Each defect an attack on the readers found: an HdndError naming the place and the problem."""

from __future__ import annotations

import codecs
import json
import re
import time
import tracemalloc
from pathlib import Path

import attrs
import pytest

import hdnd_model as hm
from hdnd_model import ingest
from hdnd_model.cli import main
from hdnd_model.interop import export, from_akn
from tests.ingest import hostile_docx

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "data" / "hai_ba_trung_2020_08.json"
NS = 'xmlns="urn:hdnd-model:format"'
PERSON = '<person {ns} format_version="{v}"><full_name>An</full_name></person>'


def _archive(tmp_path: Path, body: str, version: str = "1") -> Path:
    path = tmp_path / "archive.xml"
    path.write_text(f'<archive {NS} format_version="{version}">{body}</archive>', encoding="utf-8")
    return path


def _record(version: str = "1") -> str:
    return f'<person format_version="{version}"><full_name>An</full_name></person>'


@pytest.fixture(scope="module")
def akn() -> str:
    minutes = hm.from_json(SEED.read_bytes())
    return export(minutes, to="akn").to_bytes().decode("utf-8")


class TestFormatVersion:
    @pytest.mark.parametrize(
        ("version", "shown"),
        [("²", "'²'"), ("١", "'١'"), ("1" * 5000, "'" + "1" * 36 + "...")],
    )
    def test_from_xml(self, version: str, shown: str) -> None:
        """A superscript, Arabic-Indic or 5,000-digit version is a FormatError, not ValueError."""
        data = PERSON.format(ns=NS, v=version).encode()
        with pytest.raises(hm.FormatError) as caught:
            hm.from_xml(data)
        assert str(caught.value) == (
            f"@ /@format_version: expected the format version as an int, got {shown}"
        )

    def test_stream_and_commands(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The same in an archive record, through ``hdnd validate`` and ``hdnd convert``."""
        path = _archive(tmp_path, _record("²"))
        with pytest.raises(hm.FormatError, match=r"record 1\): @ /archive/\*\[1\]/@format_version"):
            list(hm.iter_records(path))
        assert 1 == main(["validate", "--archive", str(path)])
        assert 1 == main(["convert", str(path), str(tmp_path / "out.jsonl")])
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert f"hdnd: {path}: line 1 (record 1)" in err

    def test_archive_version_is_checked(self, tmp_path: Path) -> None:
        """The archive's own format_version is read: a newer one is refused."""
        with pytest.raises(hm.UnsupportedVersionError, match="format version 9 is newer"):
            list(hm.iter_records(_archive(tmp_path, _record(), version="9")))
        with pytest.raises(hm.FormatError, match="expected the format version as an int"):
            list(hm.iter_records(_archive(tmp_path, _record(), version="٣")))


class TestWhatTheXsdRefuses:
    def test_unnamespaced_child(self) -> None:
        """A child outside the namespace (``xmlns=""``) is not the field of that name."""
        data = f'<person {NS} format_version="1"><full_name xmlns="">An</full_name></person>'
        with pytest.raises(hm.FormatError) as caught:
            hm.from_xml(data.encode())
        assert "@ $: unknown field '<full_name xmlns=\"\">'" in caught.value.problems

    def test_processing_instruction_after_the_root(self) -> None:
        """A processing instruction after the root is refused as one before it is."""
        data = PERSON.format(ns=NS, v="1") + "<?evil x?>"
        with pytest.raises(hm.FormatError, match="@ /: processing instructions are not allowed"):
            hm.from_xml(data.encode())

    @pytest.mark.parametrize(
        ("body", "message"),
        [
            ("junk" + _record(), "line 1 (record 1): text between records: 'junk'"),
            (_record() + "mid" + _record(), "line 1 (record 2): text between records: 'mid'"),
            (_record() + "end", "line 1: @ /archive: text after record 1: 'end'"),
        ],
    )
    def test_text_between_records(self, tmp_path: Path, body: str, message: str) -> None:
        """Text between archive records is refused, naming the record."""
        with pytest.raises(hm.FormatError) as caught:
            list(hm.iter_records(_archive(tmp_path, body)))
        assert str(caught.value) == message


class TestDuplicateKeys:
    def test_json(self) -> None:
        """A repeated key is refused with its path, not read as the last one."""
        data = '{"type": "person", "format_version": 1, "full_name": "A", "full_name": "B"}'
        with pytest.raises(hm.FormatError) as caught:
            hm.from_json(data)
        assert str(caught.value) == "@ $: duplicate key 'full_name'"

    def test_nested_json(self) -> None:
        """The path names the object holding the repeated key."""
        minutes = json.loads(SEED.read_text(encoding="utf-8"))
        text = json.dumps(minutes, ensure_ascii=False)
        text = text.replace('"closed": ', '"closed": true, "closed": ', 1)
        with pytest.raises(hm.FormatError, match=r"^@ \$\.meeting: duplicate key 'closed'$"):
            hm.from_json(text)

    @pytest.mark.parametrize("indent", [None, 2])
    def test_written_layout(self, indent: int | None) -> None:
        """A repeat in the layout the library writes (compact or indented) is refused too."""
        text = hm.to_json(hm.from_json(SEED.read_bytes()), indent=indent)
        spaced = '"closed": ' if indent else '"closed":'
        text = text.replace(spaced, f"{spaced}true,{spaced}", 1)
        with pytest.raises(hm.FormatError, match=r"^@ \$\.meeting: duplicate key 'closed'$"):
            hm.from_json(text)

    def test_json_lines(self, tmp_path: Path) -> None:
        """In a stream, the line is named too."""
        path = tmp_path / "a.jsonl"
        line = '{"type": "person", "format_version": 1, "full_name": "A", "full_name": "B"}'
        path.write_text(hm.to_json(hm.Person(full_name="An")) + "\n" + line + "\n", "utf-8")
        with pytest.raises(hm.FormatError) as caught:
            list(hm.iter_records(path))
        assert str(caught.value) == "line 2 (record 2): @ $: duplicate key 'full_name'"

    def test_akoma_ntoso(self, akn: str) -> None:
        """A repeated field of the proprietary block is refused."""
        edited = re.sub(r"(<hdnd:date>[^<]*</hdnd:date>)", r"\1\1", akn, count=1)
        with pytest.raises(hm.FormatError, match=r"duplicate field <hdnd:date>"):
            from_akn(edited)


class TestAkomaNtoso:
    @pytest.mark.parametrize("number", ["٢٠١٦", "1_0", " 5 ", "+ 5", "５"])
    def test_numbers_as_written(self, akn: str, number: str) -> None:
        """Only ASCII digits are a number, as the export writes them."""
        edited = akn.replace(
            "<hdnd:number>97</hdnd:number>", f"<hdnd:number>{number}</hdnd:number>"
        )
        assert edited != akn
        with pytest.raises(hm.FormatError, match=f"cannot read {re.escape(repr(number))} as int"):
            from_akn(edited)

    @pytest.mark.parametrize("date", ["2020-W01-1", "20200817", "٢٠٢٠-08-17", "2020-08-17 "])
    def test_dates_as_written(self, akn: str, date: str) -> None:
        """Only ``YYYY-MM-DD`` is a date."""
        edited = akn.replace("<hdnd:date>2020-08-17</hdnd:date>", f"<hdnd:date>{date}</hdnd:date>")
        assert edited != akn
        with pytest.raises(hm.FormatError, match=f"cannot read {re.escape(repr(date))} as date"):
            from_akn(edited)

    def test_missing_speech_is_refused(self, akn: str) -> None:
        """A speech taken out of the markup does not silently drop its statement."""
        edited = re.sub(r"<speech [^>]*>.*?</speech>", "", akn, count=1, flags=re.DOTALL)
        assert edited != akn
        with pytest.raises(hm.FormatError, match=r"2 speech\(es\) for 3 statement\(s\)"):
            from_akn(edited)

    def test_proprietary_of_the_wrong_shape(self, akn: str) -> None:
        """A list where an object belongs is a FormatError, not an AttributeError."""
        edited = akn.replace('<hdnd:meeting k="o">', '<hdnd:meeting k="l">', 1)
        assert edited != akn
        with pytest.raises(hm.FormatError, match="@ akn proprietary meeting 1: expected an object"):
            from_akn(edited)


class TestImporters:
    @pytest.mark.parametrize(
        ("make", "message"),
        [
            (hostile_docx.encrypted, "encrypted DOCX: open it and save it without a password"),
            (hostile_docx.no_body, "not a DOCX body: <document> holds no w:body"),
            (hostile_docx.foreign_root, "not a DOCX body: <html> holds no w:body"),
            (hostile_docx.version_needed, "unsupported ZIP): zip file version 23.7"),
            (hostile_docx.corrupt_deflate, "damaged DOCX: Error -3 while decompressing"),
        ],
    )
    def test_hostile_docx(self, make: object, message: str) -> None:
        """Each is an ImporterError naming the source, never a RuntimeError or zlib.error."""
        assert callable(make)
        with pytest.raises(hm.ImporterError) as caught:
            ingest.load(make(hostile_docx.valid_docx()), name="bad.docx")
        assert str(caught.value).startswith("bad.docx:")
        assert message in str(caught.value)

    def test_docx_elements_are_counted_while_inflating(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Past MAX_ELEMENTS the main part is refused before any tree is built."""
        from hdnd_model.ingest import docx as docx_importer

        monkeypatch.setattr(docx_importer, "MAX_ELEMENTS", 1000)
        with pytest.raises(hm.ImporterError, match="more than 1,000 XML elements"):
            ingest.load(hostile_docx.empty_paragraphs(5000), name="many.docx")

    def test_html_with_a_control_character(self) -> None:
        """A C0 control in a page is read as a space, not a ValueError from lxml."""
        page = "<html><body><p>Kỳ họp\x01 thứ nhất</p><p>HĐND huyện</p></body></html>"
        result = ingest.load(page.encode(), name="page.html")
        assert result.importer == "html"

    def test_html_text_after_embed(self) -> None:
        """The text after an <embed> element is kept."""
        from hdnd_model.ingest.html import main_text

        page = "<html><body><p>Trước</p><embed src='x.swf'><p>Sau đó</p></body></html>"
        assert main_text(page)[0].splitlines()[-1] == "Sau đó"

    @pytest.mark.parametrize(
        ("bom", "blob"),
        [(codecs.BOM_UTF8, bytes(range(256)) * 40), (codecs.BOM_UTF16_LE, b"\x00\x00\x01" * 999)],
    )
    def test_bom_before_binary(self, bom: bytes, blob: bytes) -> None:
        """A BOM does not make binary data text."""
        data = bom + blob
        with pytest.raises(hm.ImporterError, match="binary data behind a text BOM"):
            ingest.load(data, name="blob.txt")

    def test_dev_zero(self, tmp_path: Path) -> None:
        """convert_source on a link to /dev/zero stops at the limit, as an outcome."""
        link = tmp_path / "zero.txt"
        link.symlink_to("/dev/zero")
        outcome = ingest.convert_source(link)
        assert outcome.error == f"larger than {ingest.MAX_SOURCE_BYTES} bytes"


class TestBoundedReading:
    def test_long_json_lines_line_is_never_held(self, tmp_path: Path) -> None:
        """A line over the limit is a bad record, skipped in blocks; the next one is read."""
        path = tmp_path / "a.jsonl"
        good = hm.to_json(hm.Person(full_name="An"))
        with path.open("w", encoding="utf-8") as out:
            out.write('{"type": "person", "full_name": "' + "x" * 20_000_000 + '"}\n')
            out.write(good + "\n")
        tracemalloc.start()
        try:
            read = list(hm.iter_records(path, on_error="skip", max_record_bytes=1_000_000))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert read == [hm.Person(full_name="An")]
        assert peak < 6_000_000
        with pytest.raises(hm.FormatError) as caught:
            list(hm.iter_records(path, max_record_bytes=1_000_000))
        assert str(caught.value) == "line 1 (record 1): @ $: record larger than 1000000 bytes"

    def test_archive_reader_is_linear_in_record_size(self, tmp_path: Path) -> None:
        """A record of 7 MB reads from an archive about as fast as with from_xml."""
        minutes = hm.from_json(SEED.read_bytes())
        meeting = minutes.meetings[0]
        item = attrs.evolve(meeting.agenda[0], statements=(hm.Statement(text="Ý kiến"),) * 160_000)
        big = attrs.evolve(meeting, agenda=(item, *meeting.agenda[1:]))
        path = tmp_path / "big.xml"
        hm.write_records(path, [big])
        assert path.stat().st_size > 7_000_000
        start = time.perf_counter()
        assert list(hm.iter_records(path)) == [big]
        archive = time.perf_counter() - start
        data = hm.to_xml(big)
        start = time.perf_counter()
        hm.from_xml(data)
        alone = time.perf_counter() - start
        assert archive < 3 * alone + 0.5

"""The ``hdnd`` command: every command, its exit codes and its messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import hdnd_model as hm
from hdnd_model.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "data" / "hai_ba_trung_2020_08.json"
FIXTURES = ROOT / "tests" / "ingest" / "fixtures"


def _run(*argv: str) -> int:
    return main(list(argv))


class TestHelp:
    @pytest.mark.parametrize(
        "command", ["validate", "convert", "render", "export", "import", "schema"]
    )
    def test_every_command_has_help_with_an_example(
        self, command: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`hdnd CMD --help` explains the command and shows an example."""
        with pytest.raises(SystemExit) as exc:
            _run(command, "--help")
        assert 0 == exc.value.code
        assert "example" in capsys.readouterr().out

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`hdnd --version` prints the version."""
        with pytest.raises(SystemExit):
            _run("--version")
        assert f"hdnd {hm.__version__}" == capsys.readouterr().out.strip()

    def test_usage_error_exits_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown command is a usage error."""
        with pytest.raises(SystemExit) as exc:
            _run("frobnicate")
        assert 2 == exc.value.code

    def test_module_entry_point(self) -> None:
        """`python -m hdnd_model --version` runs the same command."""
        result = subprocess.run(
            [sys.executable, "-m", "hdnd_model", "--version"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert 0 == result.returncode
        assert result.stdout.startswith("hdnd ")

    def test_help_loads_no_heavy_library(self) -> None:
        """Parsing the command line imports no lxml, docx, cattrs or orjson."""
        code = (
            "import sys; from hdnd_model.cli import build_parser; build_parser();"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'lxml', 'docx', 'cattrs', 'orjson'}))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "[]" == result.stdout.strip()

    @pytest.mark.parametrize("flag", ["--help", "--version"])
    def test_help_and_version_load_no_model(self, flag: str) -> None:
        """``hdnd --help`` and ``--version`` import neither the model nor a format library."""
        code = (
            "import sys, contextlib; from hdnd_model.cli import main\n"
            f"with contextlib.suppress(SystemExit): main([{flag!r}])\n"
            "print(sorted(m for m in sys.modules if m.startswith('hdnd_model.model')"
            " or m.split('.')[0] in {'attrs', 'lxml', 'docx', 'cattrs', 'orjson'}))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip().endswith("[]")

    def test_help_gives_one_example_a_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The examples of ``hdnd --help`` are listed one per line."""
        with pytest.raises(SystemExit):
            main(["--help"])
        out = capsys.readouterr().out
        examples = out[out.index("examples:") :].splitlines()[1:]
        assert examples == [
            "  hdnd validate minutes.json",
            "  hdnd render minutes.json -o bien-ban.docx",
            "  hdnd convert archive.jsonl archive.xml",
            "  hdnd import posts/ -o drafts.jsonl",
        ]

    def test_parser_lists_commands(self) -> None:
        """The parser knows every command of the design."""
        text = build_parser().format_help()
        for command in ("validate", "convert", "render", "export", "import", "schema"):
            assert command in text


class TestValidate:
    def test_valid(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A valid record exits 0."""
        assert 0 == _run("validate", str(SEED))
        assert "1 file(s) valid" in capsys.readouterr().err

    def test_invalid_lists_problems_with_paths(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An invalid record exits 1 and names the place and the problem."""
        data = json.loads(SEED.read_text(encoding="utf-8"))
        data["meeting"]["date"] = "17/08/2020"
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        assert 1 == _run("validate", str(bad), str(SEED))
        err = capsys.readouterr().err
        assert "bad.json" in err
        assert "$.meeting.date" in err
        assert "1 of 2 file(s) invalid" in err

    def test_archive_lists_every_bad_record(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every bad line of an archive is reported with its line number; good ones pass."""
        good = hm.to_json(hm.from_json(SEED.read_bytes()).council)
        archive = tmp_path / "a.jsonl"
        archive.write_text(
            "\n".join([good, '{"type": "person", "format_version": 1, "full_name": ""}', "{", good])
            + "\n",
            encoding="utf-8",
        )
        assert 1 == _run("validate", str(archive))
        err = capsys.readouterr().err
        assert "line 2 (record 2)" in err
        assert "'Person.full_name' must not be empty" in err
        assert "line 3 (record 3)" in err
        assert "line 1 " not in err

    def test_missing_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing file is invalid input, not a crash."""
        assert 1 == _run("validate", str(tmp_path / "nope.json"))
        assert "nope.json" in capsys.readouterr().err

    def test_unknown_extension(self, tmp_path: Path) -> None:
        """An extension the command cannot read is a usage error."""
        path = tmp_path / "x.yaml"
        path.write_text("a: 1", encoding="utf-8")
        assert 2 == _run("validate", str(path))


class TestConvert:
    def test_json_xml_json(self, tmp_path: Path) -> None:
        """JSON -> XML -> JSON gives back the same record."""
        xml, back = tmp_path / "seed.xml", tmp_path / "back.json"
        assert 0 == _run("convert", str(SEED), str(xml))
        assert 0 == _run("convert", str(xml), str(back))
        assert hm.from_json(SEED.read_bytes()) == hm.from_json(back.read_bytes())

    def test_archive(self, tmp_path: Path) -> None:
        """JSON Lines archives convert to XML archives and back, record by record."""
        seed = hm.from_json(SEED.read_bytes())
        jsonl, xml, back = tmp_path / "a.jsonl", tmp_path / "a.xml", tmp_path / "b.jsonl"
        hm.write_records(jsonl, [seed, seed.meetings[0], seed.council])
        assert 0 == _run("convert", str(jsonl), str(xml))
        assert 0 == _run("convert", str(xml), str(back))
        assert [seed, seed.meetings[0], seed.council] == list(hm.iter_records(back))


class TestRenderExportSchema:
    @pytest.mark.parametrize("suffix", [".docx", ".md", ".txt", ".html"])
    def test_render(self, tmp_path: Path, suffix: str) -> None:
        """Minutes render to the format their extension names."""
        dest = tmp_path / f"bien-ban{suffix}"
        assert 0 == _run("render", str(SEED), "-o", str(dest))
        assert dest.stat().st_size > 0

    def test_render_notice(self, tmp_path: Path) -> None:
        """A file holding a conclusion notice renders as the notice."""
        from hdnd_model.render import draft_notice

        notice = draft_notice(hm.from_json(SEED.read_bytes()))
        src = tmp_path / "thong-bao.json"
        src.write_text(hm.to_json(notice), encoding="utf-8")
        dest = tmp_path / "thong-bao.txt"
        assert 0 == _run("render", str(src), "-o", str(dest))
        assert "THÔNG BÁO" in dest.read_text(encoding="utf-8")

    def test_render_not_minutes(self, tmp_path: Path) -> None:
        """Only documents render: a council is not one."""
        council = tmp_path / "council.json"
        council.write_text(hm.to_json(hm.from_json(SEED.read_bytes()).council), encoding="utf-8")
        assert 2 == _run("render", str(council), "-o", str(tmp_path / "x.docx"))

    @pytest.mark.parametrize("target", ["popolo", "oparl", "akn"])
    def test_export(self, tmp_path: Path, target: str) -> None:
        """Exports write a document for each standard."""
        dest = tmp_path / f"out.{target}"
        assert 0 == _run("export", "--to", target, str(SEED), "-o", str(dest))
        assert dest.stat().st_size > 0

    def test_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The bundled JSON Schema and XSD print as they ship."""
        assert 0 == _run("schema", "--json")
        assert hm.json_schema() == json.loads(capsys.readouterr().out)
        assert 0 == _run("schema", "--xsd")
        assert hm.xsd_path().read_text(encoding="utf-8") == capsys.readouterr().out


class TestImport:
    def test_summary(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--summary prints the flat digest of one source."""
        assert 0 == _run("import", "--summary", str(FIXTURES / "standing_monthly.txt"))
        digest = json.loads(capsys.readouterr().out)
        assert {"kind", "council", "term", "date", "chair", "agenda"} <= set(digest)

    def test_batch_reports_every_failure(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A bad source is listed with its reason; the others are converted; exit 1."""
        garbage = tmp_path / "garbage.docx"
        garbage.write_bytes(b"PK\x03\x04 not really a zip")
        dest = tmp_path / "drafts.jsonl"
        code = _run("import", str(FIXTURES), str(garbage), "-o", str(dest), "--jobs", "1")
        assert 1 == code
        records = list(hm.iter_records(dest))
        assert len(records) == len(list(FIXTURES.glob("*.txt")))
        errors = (tmp_path / "drafts.jsonl.errors.tsv").read_text(encoding="utf-8")
        assert "garbage.docx" in errors
        assert "failed 1" in capsys.readouterr().err

    def test_resume_skips_converted(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--resume converts only sources not yet in the archive."""
        dest = tmp_path / "drafts.jsonl"
        assert 0 == _run("import", str(FIXTURES), "-o", str(dest), "--jobs", "2")
        first = dest.read_text(encoding="utf-8")
        assert 0 == _run("import", str(FIXTURES), "-o", str(dest), "--resume")
        assert first == dest.read_text(encoding="utf-8")
        assert "converted 0" in capsys.readouterr().err

    def test_output_must_be_jsonl(self, tmp_path: Path) -> None:
        """Imports go to JSON Lines."""
        assert 2 == _run("import", str(FIXTURES), "-o", str(tmp_path / "x.xml"))


class TestTables:
    def test_csv(self, tmp_path: Path) -> None:
        """--csv writes the five tidy tables."""
        out = tmp_path / "tables"
        assert 0 == _run("export", str(SEED), "--csv", str(out))
        assert {"meetings", "participants", "agenda_items", "resolutions", "votes"} == {
            p.stem for p in out.glob("*.csv")
        }

    def test_sqlite(self, tmp_path: Path) -> None:
        """--sqlite writes one table each, with the seed's four agenda items."""
        import sqlite3

        db = tmp_path / "hdnd.sqlite"
        assert 0 == _run("export", str(SEED), "--sqlite", str(db))
        with sqlite3.connect(db) as con:
            assert 4 == con.execute("select count(*) from agenda_items").fetchone()[0]

    def test_needs_a_target(self) -> None:
        """Without --to, --csv or --sqlite there is nothing to do."""
        assert 2 == _run("export", str(SEED))

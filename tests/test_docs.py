"""The code in the documentation runs: every Python block of docs/**/*.md, in page order, and
every ``$ hdnd ...`` line of the console blocks."""

from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sybil import Example, Sybil
from sybil.parsers.myst import CodeBlockParser, PythonCodeBlockParser, SkipParser

import hdnd_model as hm

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)

# Blocks of pages owned elsewhere that show a pattern rather than a runnable program, by the
# page and the block's first line. A page can also skip its next block with `% skip: next`.
ILLUSTRATIONS = {
    ("import.md", "from concurrent.futures import ProcessPoolExecutor"): "reads folders of yours",
    ("import.md", "import dask.bag as db"): "needs dask and folders of yours",
}


def _seed() -> hm.Minutes:
    path = ROOT / "examples" / "hai_ba_trung_2020_08.py"
    spec = importlib.util.spec_from_file_location("docs_seed", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build()  # type: ignore[no-any-return]


def _run_console(example: Example) -> None:
    """Run each ``$ command`` line of a console block; each must exit 0."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    for line in str(example.parsed).splitlines():
        if not line.startswith("$ "):
            continue
        command = line[2:]
        result = subprocess.run(
            command, shell=True, capture_output=True, text=True, env=env, check=False, timeout=60
        )
        assert 0 == result.returncode, f"{command}\n{result.stdout}\n{result.stderr}"
        assert "hdnd" in shlex.split(command)[0]


def _inputs(directory: Path, minutes: hm.Minutes) -> None:
    """The files the pages' examples read: the seed record, an archive and a news post."""
    (directory / "minutes.json").write_text(hm.to_json(minutes, indent=2), encoding="utf-8")
    hm.write_records(directory / "archive.jsonl", [minutes, minutes.council])
    post = ROOT / "tests" / "ingest" / "fixtures" / "standing_monthly.txt"
    if post.exists():
        shutil.copy(post, directory / "post.txt")


SYBIL = Sybil(
    parsers=[
        SkipParser(),
        PythonCodeBlockParser(),
        CodeBlockParser(language="console", evaluator=_run_console),
    ],
    pattern="**/*.md",
    path="../docs",
)


@pytest.fixture(scope="module")
def seed() -> hm.Minutes:
    """The seed record, which pages call ``minutes``."""
    return _seed()


def _first_line(example: Example) -> str:
    lines = str(example.parsed).strip().splitlines()
    return lines[0].strip() if lines else ""


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_page_code_runs(
    page: Path, seed: hm.Minutes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every code block of the page runs, in order, in a fresh directory."""
    monkeypatch.chdir(tmp_path)
    _inputs(tmp_path, seed)
    document = SYBIL.parse(page)
    namespace: dict[str, Any] = document.namespace
    namespace.update(minutes=seed, records=[seed, seed.council])
    for example in document:
        reason = ILLUSTRATIONS.get((page.name, _first_line(example)))
        if reason is not None:
            continue
        try:
            example.evaluate()
        except Exception as exc:
            pytest.fail(f"{page.relative_to(ROOT)}, line {example.line}: {exc!r}")


def test_pages_found() -> None:
    """The landing page, the tutorial and the CLI page are among the pages run."""
    names = {str(p.relative_to(DOCS)) for p in PAGES}
    assert {"index.md", "tutorial.md", "cli.md", "concepts.md"} <= names

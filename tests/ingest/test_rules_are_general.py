"""The importer's rules are general: they name no person and quote no sentence of the corpus.

The names are those of the corpus's expected files (chairs, participants, people voted on);
the phrases are runs of six words that occur in one corpus text only (wording shared by
texts, such as a council's title or ``chất vấn và trả lời chất vấn``, is not distinctive).
Both are derived when the test runs, and looked for in every string written in the rule
modules.
"""

from __future__ import annotations

import ast
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "src" / "hdnd_model" / "ingest" / "article"
SHINGLE = 6
_REGEX_SYNTAX = re.compile(r"\\[a-zA-Z]|[|()\[\]?*+{}^$\\]|\(\?[^)]*\)")


def _literals() -> Iterator[tuple[str, str]]:
    for path in sorted(RULES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield path.name, node.value


def _fold(text: str) -> str:
    """Lower case without tone or vowel marks, so spelling variants compare equal."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").casefold()


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", _fold(text))


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _names(expected: dict[str, object]) -> Iterator[str]:
    chair = expected.get("chair")
    if isinstance(chair, dict):
        yield chair["name"]
    for key in ("participants", "other_votes"):
        for entry in expected.get(key) or []:  # type: ignore[attr-defined]
            if entry.get("name"):
                yield entry["name"]
            if entry.get("person"):
                yield entry["person"]
            yield from entry.get("persons") or []


@pytest.fixture
def corpus_names(corpus: Path) -> set[str]:
    names: set[str] = set()
    for path in sorted((corpus / "expected").glob("*.json")):
        names.update(_names(json.loads(path.read_text(encoding="utf-8"))))
    return names


@pytest.fixture
def corpus_phrases(corpus: Path) -> set[tuple[str, ...]]:
    seen: Counter[tuple[str, ...]] = Counter()
    for path in sorted((corpus / "texts").glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 3)[-1]
        seen.update(_shingles(body))
    return {shingle for shingle, texts in seen.items() if texts == 1}


def test_the_corpus_gives_names_and_phrases(
    corpus_names: set[str], corpus_phrases: set[tuple[str, ...]]
) -> None:
    """The measure has something to look for."""
    assert len(corpus_names) >= 30
    assert len(corpus_phrases) >= 1000


def test_no_rule_names_a_person_of_the_corpus(corpus_names: set[str]) -> None:
    """No string in the rules holds a person's name from the corpus."""
    keys = {" ".join(_words(name)) for name in corpus_names}
    hits = sorted(
        (module, name)
        for module, literal in _literals()
        for name in keys
        if f" {name} " in f" {' '.join(_words(literal))} "
    )
    assert [] == hits


def test_no_rule_quotes_the_corpus(corpus_phrases: set[tuple[str, ...]]) -> None:
    """No string in the rules holds six words running as in one corpus text."""
    hits = set()
    for module, literal in _literals():
        for fragment in _REGEX_SYNTAX.split(literal):
            for shingle in _shingles(fragment) & corpus_phrases:
                hits.add((module, " ".join(shingle)))
    assert set() == hits


def test_the_search_finds_a_planted_name(corpus_names: set[str]) -> None:
    """A literal holding a corpus name is caught by the same comparison."""
    name = sorted(corpus_names)[0]
    assert " ".join(_words(name)) in " ".join(_words(f"ông {name} chủ trì"))


def test_the_search_finds_a_planted_phrase(corpus_phrases: set[tuple[str, ...]]) -> None:
    """A regex holding a distinctive run of the corpus is caught by the same comparison."""
    phrase = " ".join(sorted(corpus_phrases)[0])
    literal = rf"(?:{phrase})\s+x"
    assert any(_shingles(f) & corpus_phrases for f in _REGEX_SYNTAX.split(literal))

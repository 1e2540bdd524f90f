"""Every importer rule runs in time linear in its input, on adversarial runs of 100 kB.

A rule with nested or adjacent unbounded quantifiers over whitespace or digits takes time
quadratic in the length of a run (``^\\s*`` under MULTILINE on blank lines, ``\\s{2,}`` on
spaces, ``(\\d+)\\s*…`` on digits). Each rule, and the whole importer, is timed on runs of
whitespace, blank lines, digits and punctuation, against a linear scan of the same text in
the same run: a rule may take at most ``RULE_RATIO`` scans (about 1 s on the development
machine), the importer ``IMPORT_RATIO``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator

import pytest

from hdnd_model.ingest import article, import_text

SIZE = 100_000
RULE_RATIO = 50
IMPORT_RATIO = 100
_ANY = re.compile(r"[\s\S]")

ADVERSARIAL = {
    "spaces": " " * SIZE,
    "tabs and spaces": " \t" * (SIZE // 2),
    "blank lines": "\n" * SIZE,
    "space lines": " \n" * (SIZE // 2),
    "digits": "1" * SIZE,
    "digits and slashes": "1/" * (SIZE // 2),
    "digits and spaces": "1 " * (SIZE // 2),
    "shares": "1,1% " * (SIZE // 5),
    "dots": "." * SIZE,
    "sentences": ". " * (SIZE // 2),
    "commas": ", " * (SIZE // 2),
    "semicolons": "; " * (SIZE // 2),
    "colons": ":" * SIZE,
    "dashes": "-" * SIZE,
    "ellipses": "…" * SIZE,
    "parentheses": "(" * SIZE,
    "capitalised words": "Nguyễn " * (SIZE // 7),
}


def _rules() -> Iterator[tuple[str, re.Pattern[str]]]:
    modules = [article] + [
        importlib.import_module(f"{article.__name__}.{info.name}")
        for info in pkgutil.iter_modules(article.__path__)
    ]
    for module in modules:
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern):
                yield f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value


def _linear(text: str) -> float:
    start = time.perf_counter()
    sum(1 for _ in _ANY.finditer(text))
    return time.perf_counter() - start


def _timed(pattern: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    return time.perf_counter() - start


RULES = dict(_rules())


def test_the_rules_are_found() -> None:
    """The rules timed are the importer's own (a test that times nothing cannot fail)."""
    assert len(RULES) > 60
    assert "people._HONORIFIC_RE" in RULES


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_each_rule_is_linear(kind: str) -> None:
    """No rule takes more than RULE_RATIO linear scans of an adversarial run."""
    text = ADVERSARIAL[kind]
    budget = RULE_RATIO * _linear(text)
    slow = {}
    for name, pattern in RULES.items():
        spent = _timed(pattern, text)
        if spent > budget:
            spent = min(spent, _timed(pattern, text))
        if spent > budget:
            slow[name] = round(spent / budget * RULE_RATIO, 1)
    assert {} == slow


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_the_importer_is_linear(kind: str) -> None:
    """Importing an adversarial run takes at most IMPORT_RATIO linear scans of it."""
    text = ADVERSARIAL[kind]
    budget = IMPORT_RATIO * _linear(text)
    start = time.perf_counter()
    import_text(text)
    spent = time.perf_counter() - start
    assert spent <= budget, f"{spent / budget * IMPORT_RATIO:.0f} scans"


def test_a_quadratic_rule_is_caught() -> None:
    """The measure tells a quadratic rule from a linear one."""
    text = ADVERSARIAL["blank lines"][:20_000]
    quadratic = re.compile(r"^\s*x", re.MULTILINE)
    assert _timed(quadratic, text) > RULE_RATIO * _linear(text)

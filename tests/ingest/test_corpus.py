"""Real texts in, expected summaries out; accuracy reported and held to the targets."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from hdnd_model.ingest import load, summary

ROOT = Path(__file__).resolve().parents[2]


def _evaluator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "eval_import", ROOT / "benchmarks" / "eval_import.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_import"] = module
    spec.loader.exec_module(module)
    return module


#: The goal on the development corpus: every field at F1 0.9, all facts together 0.95.
TARGET_FIELD_F1 = 0.9
TARGET_OVERALL_F1 = 0.95

#: The figures the importer has reached on the 21-text corpus, held so that none falls back.
#: Raise them as the importer improves; they meet the targets above when the importer does.
REACHED_FIELD_F1 = {
    "agenda": 0.9,
    "attendance": 1.0,
    "chair": 1.0,
    "council.level": 1.0,
    "council.unit_name": 1.0,
    "council.unit_type": 1.0,
    "date": 1.0,
    "documents_referenced": 1.0,
    "kind": 1.0,
    "other_votes": 0.92,
    "other_votes.counts": 1.0,
    "participants": 1.0,
    "resolution_counts": 1.0,
    "resolutions_passed_count": 1.0,
    "resolutions_passed": 1.0,
    "session_kind": 1.0,
    "session_number": 1.0,
    "term.khoa": 1.0,
    "term.period": 1.0,
}
REACHED_OVERALL_F1 = 0.97


class TestCorpus:
    def test_reached_figures_hold(self, corpus: Path) -> None:
        """No field's F1 falls below the figure reached; a field below the target is listed."""
        figures = _evaluator().evaluate(corpus)
        f1 = {k: v["f1"] for k, v in figures["fields"].items()}
        print(json.dumps({k: round(v, 3) for k, v in f1.items()}))
        print("below target:", sorted(k for k, v in f1.items() if v < TARGET_FIELD_F1))
        assert set(REACHED_FIELD_F1) == set(f1)
        fallen = {k: v for k, v in f1.items() if v < min(REACHED_FIELD_F1[k], TARGET_FIELD_F1)}
        assert {} == fallen
        assert figures["overall"]["f1"] >= min(REACHED_OVERALL_F1, TARGET_OVERALL_F1)

    def test_every_fact_has_evidence(self, corpus: Path) -> None:
        """Each fact set in a draft has evidence pointing into the text."""
        for path in sorted((corpus / "texts").glob("*.txt")):
            result = load(path)
            draft = result.draft
            for field in ("kind", "unit_name", "date", "khoa", "period", "session_number"):
                if getattr(draft, field) is not None:
                    assert result.evidence_for(field), (path.name, field)
            for i, _ in enumerate(draft.people):
                (evidence,) = result.evidence_for(f"people[{i}]")
                assert evidence.start is not None
                assert draft.people[i].name in result.quote(evidence)

    def test_template_states_nothing(self, corpus: Path) -> None:
        """A blank form gives no council, date or session."""
        (path,) = (corpus / "texts").glob("15-*.txt")
        out = summary(load(path))
        assert {"level": None, "unit_type": None, "unit_name": None} == out["council"]
        assert (None, None, None) == (out["date"], out["session_number"], out["term"])

    def test_percentages_are_not_present_counts(self, corpus: Path) -> None:
        """Shares of all delegates give the total, never a count of those present."""
        (path,) = (corpus / "texts").glob("10-*.txt")
        out = summary(load(path))
        assert {"present": 53, "total": 58} == out["attendance"]
        assert [58, 58] == [v["total_delegates"] for v in out["other_votes"]]


@pytest.mark.parametrize("name", ["00", "03", "06", "10", "13", "18"])
def test_records_are_built(corpus: Path, name: str) -> None:
    """Dated texts give a model record."""
    (path,) = (corpus / "texts").glob(f"{name}-*.txt")
    assert load(path).record is not None

"""Collecting facts with their evidence while the rules run."""

from __future__ import annotations

from typing import Any

from hdnd_model.ingest._result import Draft, Evidence

__all__ = ["Collector"]

_LIST_FIELDS = ("people", "documents", "resolutions", "votes", "agenda", "conclusions")


class Collector:
    """Facts found so far; a fact is set once, unless a surer rule finds it again."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.values: dict[str, Any] = {}
        self.lists: dict[str, list[Any]] = {name: [] for name in _LIST_FIELDS}
        self._confidence: dict[str, float] = {}
        self._evidence: dict[str, list[Evidence]] = {}
        self.warnings: list[str] = []

    def _evidence_item(
        self,
        *,
        field: str,
        value: Any,
        rule: str,
        confidence: float,
        span: tuple[int, int] | None,
        paragraph: int | None,
    ) -> Evidence:
        start, end = span if span is not None else (None, None)
        return Evidence(
            field=field,
            value=str(value),
            source=self.source,
            rule=rule,
            confidence=confidence,
            start=start,
            end=end,
            paragraph=paragraph,
        )

    def set(
        self,
        field: str,
        value: Any,
        *,
        rule: str,
        confidence: float,
        span: tuple[int, int] | None = None,
        paragraph: int | None = None,
    ) -> None:
        """Set a scalar fact, unless it is set already by a rule at least as sure."""
        if value is None:
            return
        if field in self.values and self._confidence[field] >= confidence:
            return
        self.values[field] = value
        self._confidence[field] = confidence
        self._evidence[field] = [
            self._evidence_item(
                field=field,
                value=value,
                rule=rule,
                confidence=confidence,
                span=span,
                paragraph=paragraph,
            )
        ]

    def has(self, field: str) -> bool:
        """Whether a scalar fact is set."""
        return field in self.values

    def add(
        self,
        field: str,
        value: Any,
        *,
        rule: str,
        confidence: float,
        span: tuple[int, int] | None = None,
        paragraph: int | None = None,
    ) -> None:
        """Append an item to a list fact."""
        items = self.lists[field]
        name = f"{field}[{len(items)}]"
        items.append(value)
        self._evidence[name] = [
            self._evidence_item(
                field=name,
                value=value,
                rule=rule,
                confidence=confidence,
                span=span,
                paragraph=paragraph,
            )
        ]

    def replace(self, field: str, items: list[Any]) -> None:
        """Replace a list fact by a filtered or reordered list of its items (kept by identity)."""
        old = self.lists[field]
        kept = []
        for item in items:
            index = next(i for i, existing in enumerate(old) if existing is item)
            kept.append(self._evidence.pop(f"{field}[{index}]", []))
        for i in range(len(old)):
            self._evidence.pop(f"{field}[{i}]", None)
        self.lists[field] = list(items)
        for i, evidence in enumerate(kept):
            name = f"{field}[{i}]"
            self._evidence[name] = [
                Evidence(
                    field=name,
                    value=e.value,
                    source=e.source,
                    rule=e.rule,
                    confidence=e.confidence,
                    start=e.start,
                    end=e.end,
                    paragraph=e.paragraph,
                )
                for e in evidence
            ]

    def clear(self, field: str) -> None:
        """Forget a fact (a template's placeholders, say)."""
        self.values.pop(field, None)
        self._confidence.pop(field, None)
        self._evidence.pop(field, None)

    def start_of(self, field: str) -> int | None:
        """Where the first evidence of a fact starts in the text, when it points there."""
        items = self._evidence.get(field)
        return items[0].start if items else None

    def evidence(self) -> tuple[Evidence, ...]:
        """Every piece of evidence, in field order."""
        return tuple(e for name in sorted(self._evidence) for e in self._evidence[name])

    def draft(self) -> Draft:
        """The facts as a :class:`Draft`."""
        v = self.values
        lists = self.lists
        return Draft(
            kind=v.get("kind"),
            headline=v.get("headline"),
            level=v.get("level"),
            unit_type=v.get("unit_type"),
            unit_name=v.get("unit_name"),
            khoa=v.get("khoa"),
            period=v.get("period"),
            session_number=v.get("session_number"),
            session_kind=v.get("session_kind"),
            meeting_kind=v.get("meeting_kind"),
            date=v.get("date"),
            end_date=v.get("end_date"),
            document_date=v.get("document_date"),
            people=tuple(lists["people"]),
            present=v.get("present"),
            total_delegates=v.get("total_delegates"),
            resolutions_count=v.get("resolutions_count"),
            documents=tuple(lists["documents"]),
            own_number=v.get("own_number"),
            resolutions=tuple(lists["resolutions"]),
            votes=tuple(lists["votes"]),
            agenda=tuple(lists["agenda"]),
            conclusions=tuple(lists["conclusions"]),
        )

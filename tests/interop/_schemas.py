"""Validators built from the standards' own schemas in ``../shared/schemas``."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
from lxml import etree
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")

# Popolo list key -> schema file.
POPOLO_KINDS = {
    "persons": "person",
    "organizations": "organization",
    "areas": "area",
    "memberships": "membership",
    "events": "event",
    "motions": "motion",
    "vote_events": "vote_event",
    "speeches": "speech",
}


def _errors(validator: Any, instance: Any, where: str) -> list[str]:
    return [
        f"{where}{''.join(f'[{p!r}]' for p in e.absolute_path)}: {e.message}"
        for e in validator.iter_errors(instance)
    ]


def popolo_validator(folder: Path) -> Callable[[dict[str, Any]], list[str]]:
    """Validate every object of a Popolo export against its draft-03 schema."""
    schemas = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}
    registry: Registry[Any] = Registry().with_resources(
        (s["id"].rstrip("#"), Resource.from_contents(s, default_specification=DRAFT3))
        for s in schemas.values()
    )
    checker = jsonschema.Draft3Validator.FORMAT_CHECKER
    validators = {
        name: jsonschema.Draft3Validator(s, registry=registry, format_checker=checker)
        for name, s in schemas.items()
    }

    def validate(document: dict[str, Any]) -> list[str]:
        problems = [f"unknown key {k!r}" for k in document if k not in POPOLO_KINDS]
        for key, kind in POPOLO_KINDS.items():
            for i, obj in enumerate(document.get(key, [])):
                problems += _errors(validators[kind], obj, f"{key}[{i}]")
        return problems

    return validate


def oparl_validator(folder: Path) -> Callable[[dict[str, Any]], list[str]]:
    """Validate every object of an OParl export, embedded objects included, by its ``type``."""
    schemas = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}
    checker = jsonschema.FormatChecker()

    @checker.checks("url")
    def _is_url(value: object) -> bool:
        return not isinstance(value, str) or bool(_URL.match(value))

    validators = {
        name: jsonschema.Draft4Validator(s, format_checker=checker) for name, s in schemas.items()
    }

    def walk(value: Any, where: str, out: list[str]) -> None:
        if isinstance(value, dict):
            kind = str(value.get("type", "")).rsplit("/", 1)[-1]
            if kind in validators:
                out += _errors(validators[kind], value, where)
            elif "type" in value:
                out.append(f"{where}: unknown type {value['type']!r}")
            for key, item in value.items():
                walk(item, f"{where}.{key}", out)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]", out)

    def validate(document: dict[str, Any]) -> list[str]:
        out: list[str] = []
        for key, value in document.items():
            walk(value, key, out)
        return out

    return validate


def akn_validator(xsd: Path) -> Callable[[bytes], list[str]]:
    """Validate a document against the Akoma Ntoso 3.0 XSD."""
    schema = etree.XMLSchema(etree.parse(str(xsd)))

    def validate(data: bytes) -> list[str]:
        doc = etree.fromstring(data)
        if schema.validate(doc):
            return []
        return [f"line {e.line}: {e.message}" for e in schema.error_log]

    return validate

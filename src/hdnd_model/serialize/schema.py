"""The schemas of the format, generated from the model: JSON Schema 2020-12 and an XSD.

Both are written from the same :mod:`~hdnd_model.serialize._spec` table the serializers use,
and shipped as package data in ``serialize/schemas/``; a test checks that the shipped files
equal what :func:`generate_json_schema` and :func:`generate_xsd` produce now. Regenerate them
with ``python -m hdnd_model.serialize.schema``.

The schemas check the shape of documents (keys, element order, types, enum values, patterns);
the rules that span fields (``present <= total_delegates``) are the model's, and readers report
them as :class:`~hdnd_model.FormatError` too.
"""

from __future__ import annotations

import copy
import functools
import json
import sys
from pathlib import Path
from typing import Any

from hdnd_model.serialize._spec import (
    DATE_PATTERN,
    DATETIME_PATTERN,
    FORMAT_VERSION,
    FRACTION_PATTERN,
    ID_PATTERN,
    MAX_INT,
    MAX_TEXT_LENGTH,
    MIN_INT,
    NAMESPACE,
    RECORD_CLASSES,
    TIME_PATTERN,
    FieldSpec,
    TypeSpec,
    spec_of,
    tag_of,
)

__all__ = [
    "SCHEMA_DIR",
    "generate_json_schema",
    "generate_xsd",
    "json_schema",
    "json_schema_path",
    "xsd_path",
]

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
"""Where the schemas ship inside the package."""

_SCHEMA_ID = f"urn:hdnd-model:format:{FORMAT_VERSION}:json-schema"


def xsd_path() -> Path:
    """The bundled XSD of the current XML format."""
    return SCHEMA_DIR / f"hdnd-format-{FORMAT_VERSION}.xsd"


def json_schema_path() -> Path:
    """The bundled JSON Schema of the current JSON format."""
    return SCHEMA_DIR / f"hdnd-format-{FORMAT_VERSION}.schema.json"


@functools.cache
def _loaded_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(json_schema_path().read_text(encoding="utf-8"))
    return loaded


def json_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of the current JSON format: a fresh copy of the bundled one."""
    return copy.deepcopy(_loaded_schema())


# -- JSON Schema -----------------------------------------------------------------------------


def _json_type(t: TypeSpec) -> dict[str, Any]:
    kind = t.kind
    if kind == "str":
        return {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_LENGTH}
    if kind == "id":
        return {"type": "string", "pattern": f"^{ID_PATTERN}$", "maxLength": MAX_TEXT_LENGTH}
    if kind == "int":
        return {"type": "integer", "minimum": MIN_INT, "maximum": MAX_INT}
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "date":
        return {"type": "string", "pattern": f"^{DATE_PATTERN}$", "format": "date"}
    if kind == "time":
        return {"type": "string", "pattern": f"^{TIME_PATTERN}$"}
    if kind == "datetime":
        return {"type": "string", "pattern": f"^{DATETIME_PATTERN}$", "format": "date-time"}
    if kind == "fraction":
        return {"type": "string", "pattern": f"^{FRACTION_PATTERN}$"}
    if kind == "enum":
        assert t.cls is not None
        return {"$ref": f"#/$defs/{t.cls.__name__}"}
    if kind == "object":
        assert t.cls is not None
        return {"$ref": f"#/$defs/{t.cls.__name__}"}
    assert t.item is not None
    array: dict[str, Any] = {"type": "array", "items": _json_type(t.item)}
    if kind == "set":
        array["uniqueItems"] = True
    return array


def _json_field(f: FieldSpec) -> dict[str, Any]:
    schema = _json_type(f.type)
    if f.optional:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _object_schema(cls: type, *, record: bool) -> dict[str, Any]:
    spec = spec_of(cls)
    properties: dict[str, Any] = {}
    required = [f.name for f in spec.fields if f.required]
    if record:
        properties["type"] = {"const": spec.tag}
        properties["format_version"] = {"const": FORMAT_VERSION}
        required = ["type", "format_version", *required]
    properties.update({f.name: _json_field(f) for f in spec.fields})
    doc = (cls.__doc__ or cls.__name__).strip().splitlines()[0]
    return {
        "type": "object",
        "description": doc,
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _enums() -> list[type]:
    found: dict[str, type] = {}
    for cls in RECORD_CLASSES:
        for f in spec_of(cls).fields:
            t = f.type.item or f.type
            if t.kind == "enum" and t.cls is not None:
                found[t.cls.__name__] = t.cls
    return [found[k] for k in sorted(found)]


def generate_json_schema() -> dict[str, Any]:
    """The JSON Schema of the current format, written from the model now."""
    defs: dict[str, Any] = {}
    for enum_cls in _enums():
        defs[enum_cls.__name__] = {
            "type": "string",
            "enum": [m.value for m in enum_cls],  # type: ignore[attr-defined]
        }
    for cls in RECORD_CLASSES:
        defs[cls.__name__] = _object_schema(cls, record=False)
        defs[f"{cls.__name__}Document"] = _object_schema(cls, record=True)
    tags = [tag_of(c) for c in RECORD_CLASSES]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID,
        "title": f"hdnd-model document, format version {FORMAT_VERSION}",
        "type": "object",
        "required": ["type", "format_version"],
        "properties": {"type": {"enum": tags}, "format_version": {"const": FORMAT_VERSION}},
        "allOf": [
            {
                "if": {"properties": {"type": {"const": tag_of(c)}}},
                "then": {"$ref": f"#/$defs/{c.__name__}Document"},
            }
            for c in RECORD_CLASSES
        ],
        "$defs": defs,
    }


# -- XSD -------------------------------------------------------------------------------------

_XSD_SIMPLE = {
    "str": "hm:text",
    "id": "hm:id",
    "int": "xs:int",
    "bool": "xs:boolean",
    "date": "hm:date",
    "time": "hm:time",
    "datetime": "hm:datetime",
    "fraction": "hm:fraction",
}


def _xsd_element(f: FieldSpec, indent: str) -> list[str]:
    t = f.type
    occurs = "" if f.required else ' minOccurs="0"'
    if t.kind in {"enum", "object"}:
        assert t.cls is not None
        return [f'{indent}<xs:element name="{f.name}" type="hm:{t.cls.__name__}"{occurs}/>']
    if t.kind in ("tuple", "set"):
        item = t.item
        assert item is not None
        if item.kind in ("enum", "object"):
            assert item.cls is not None
            item_name, item_type = tag_of(item.cls), f"hm:{item.cls.__name__}"
            if item.kind == "enum":
                item_name = "item"
        else:
            item_name, item_type = "item", _XSD_SIMPLE[item.kind]
        return [
            f'{indent}<xs:element name="{f.name}"{occurs}>',
            f"{indent}  <xs:complexType>",
            f"{indent}    <xs:sequence>",
            f'{indent}      <xs:element name="{item_name}" type="{item_type}"'
            ' minOccurs="0" maxOccurs="unbounded"/>',
            f"{indent}    </xs:sequence>",
            f"{indent}  </xs:complexType>",
            f"{indent}</xs:element>",
        ]
    return [f'{indent}<xs:element name="{f.name}" type="{_XSD_SIMPLE[t.kind]}"{occurs}/>']


def _xsd_restriction(name: str, base: str, facets: list[str], doc: str) -> list[str]:
    return [
        f'  <xs:simpleType name="{name}">',
        f"    <xs:annotation><xs:documentation>{doc}</xs:documentation></xs:annotation>",
        f'    <xs:restriction base="{base}">',
        *(f"      {facet}" for facet in facets),
        "    </xs:restriction>",
        "  </xs:simpleType>",
    ]


def generate_xsd() -> str:
    """The XSD of the current XML format, written from the model now."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- hdnd-model XML format, version {FORMAT_VERSION}. Generated from the model by"
        " hdnd_model.serialize.schema; do not edit. -->",
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"',
        f'           xmlns:hm="{NAMESPACE}"',
        f'           targetNamespace="{NAMESPACE}"',
        '           elementFormDefault="qualified">',
    ]
    out += _xsd_restriction(
        "text",
        "xs:string",
        ['<xs:minLength value="1"/>', f'<xs:maxLength value="{MAX_TEXT_LENGTH}"/>'],
        "Text: NFC, not empty.",
    )
    out += _xsd_restriction(
        "id", "xs:string", [f'<xs:pattern value="{ID_PATTERN}"/>'], "An id without spaces."
    )
    out += _xsd_restriction(
        "date", "xs:string", [f'<xs:pattern value="{DATE_PATTERN}"/>'], "YYYY-MM-DD."
    )
    out += _xsd_restriction(
        "time", "xs:string", [f'<xs:pattern value="{TIME_PATTERN}"/>'], "HH:MM:SS[.ffffff]."
    )
    out += _xsd_restriction(
        "datetime",
        "xs:string",
        [f'<xs:pattern value="{DATETIME_PATTERN}"/>'],
        "YYYY-MM-DDTHH:MM:SS[.ffffff] and a UTC offset (Z or +HH:MM).",
    )
    out += _xsd_restriction(
        "fraction", "xs:string", [f'<xs:pattern value="{FRACTION_PATTERN}"/>'], "n/d."
    )
    for enum_cls in _enums():
        facets = [f'<xs:enumeration value="{m.value}"/>' for m in enum_cls]  # type: ignore[attr-defined]
        out += _xsd_restriction(enum_cls.__name__, "xs:string", facets, enum_cls.__name__)
    for cls in RECORD_CLASSES:
        out += [f'  <xs:complexType name="{cls.__name__}">', "    <xs:sequence>"]
        for f in spec_of(cls).fields:
            out += _xsd_element(f, "      ")
        out += ["    </xs:sequence>", "  </xs:complexType>"]
        out += [
            f'  <xs:complexType name="{cls.__name__}Record">',
            "    <xs:complexContent>",
            f'      <xs:extension base="hm:{cls.__name__}">',
            '        <xs:attribute name="format_version" type="xs:nonNegativeInteger"'
            ' use="required"/>',
            "      </xs:extension>",
            "    </xs:complexContent>",
            "  </xs:complexType>",
            f'  <xs:element name="{tag_of(cls)}" type="hm:{cls.__name__}Record"/>',
        ]
    out += [
        '  <xs:element name="archive">',
        "    <xs:complexType>",
        '      <xs:choice minOccurs="0" maxOccurs="unbounded">',
        *(f'        <xs:element ref="hm:{tag_of(c)}"/>' for c in RECORD_CLASSES),
        "      </xs:choice>",
        '      <xs:attribute name="format_version" type="xs:nonNegativeInteger" use="required"/>',
        "    </xs:complexType>",
        "  </xs:element>",
        "</xs:schema>",
        "",
    ]
    return "\n".join(out)


def _type_label(t: TypeSpec) -> str:
    if t.kind in ("enum", "object"):
        assert t.cls is not None
        return f"`{t.cls.__name__}`"
    if t.kind in ("tuple", "set"):
        assert t.item is not None
        return f"{'list' if t.kind == 'tuple' else 'set'} of {_type_label(t.item)}"
    return t.kind


def field_tables() -> str:
    """Markdown tables of every record type's fields, for ``docs/formats/index.md``."""
    out = []
    for cls in RECORD_CLASSES:
        spec = spec_of(cls)
        doc = (cls.__doc__ or "").strip().splitlines()[0]
        out += [f"### `{spec.tag}` ({cls.__name__})", "", doc, ""]
        out += ["| field | type | presence |", "|---|---|---|"]
        for f in spec.fields:
            if f.required:
                presence = "required"
            elif f.omit is None:
                presence = "optional, left out when null"
            elif f.omit == ():
                presence = "optional, left out when empty"
            else:
                presence = "always written; default when missing"
            out.append(f"| `{f.name}` | {_type_label(f.type)} | {presence} |")
        out.append("")
    return "\n".join(out)


def render_json_schema() -> str:
    """The JSON Schema as the text shipped in the package."""
    return json.dumps(generate_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schemas() -> list[Path]:
    """Regenerate the bundled schema files from the model; return their paths."""
    SCHEMA_DIR.mkdir(exist_ok=True)
    json_schema_path().write_text(render_json_schema(), encoding="utf-8")
    xsd_path().write_text(generate_xsd(), encoding="utf-8")
    _loaded_schema.cache_clear()
    return [json_schema_path(), xsd_path()]


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    for path in write_schemas():
        sys.stdout.write(f"wrote {path}\n")

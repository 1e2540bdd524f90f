"""The bundled schemas: generated from the model, valid, and equal to what ships."""

from __future__ import annotations

import jsonschema
from lxml import etree

import hdnd_model as hm
from hdnd_model.serialize import schema
from tests.serialize.conftest import ROOT


class TestBundled:
    def test_json_schema_file_is_current(self) -> None:
        """The shipped JSON Schema is exactly what the generator writes from the model now."""
        assert schema.render_json_schema() == schema.json_schema_path().read_text("utf-8")

    def test_xsd_file_is_current(self) -> None:
        """The shipped XSD is exactly what the generator writes from the model now."""
        assert schema.generate_xsd() == hm.xsd_path().read_text("utf-8")

    def test_json_schema_is_2020_12(self) -> None:
        """json_schema() is a valid JSON Schema 2020-12 document."""
        document = hm.json_schema()
        assert "https://json-schema.org/draft/2020-12/schema" == document["$schema"]
        jsonschema.Draft202012Validator.check_schema(document)

    def test_json_schema_is_a_copy(self) -> None:
        """Changing the returned schema does not change the next one."""
        hm.json_schema()["$defs"].clear()
        assert hm.json_schema()["$defs"]

    def test_xsd_is_valid(self) -> None:
        """The XSD compiles, and targets the format's namespace."""
        tree = etree.parse(str(hm.xsd_path()))
        etree.XMLSchema(tree)
        assert hm.serialize.NAMESPACE == tree.getroot().get("targetNamespace")

    def test_json_schema_refuses_unknown_keys(
        self, json_validator: jsonschema.Draft202012Validator
    ) -> None:
        """The schema, like the reader, refuses keys the format does not have."""
        document = {"type": "person", "format_version": 2, "full_name": "An", "age": 3}
        assert not json_validator.is_valid(document)
        del document["age"]
        assert json_validator.is_valid(document)


class TestDocs:
    def test_field_tables_are_current(self) -> None:
        """docs/formats/index.md holds the field tables the model gives now."""
        page = (ROOT / "docs" / "formats" / "index.md").read_text("utf-8")
        start = page.index("<!-- field tables: generated -->") + len(
            "<!-- field tables: generated -->"
        )
        end = page.index("<!-- end of field tables -->")
        assert schema.field_tables().strip() == page[start:end].strip()

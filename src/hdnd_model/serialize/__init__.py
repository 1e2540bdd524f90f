"""Formats: JSON and XML documents, their schemas, versions and streams of records.

- :func:`to_json` / :func:`from_json`: JSON documents (orjson, one cattrs converter).
- :func:`to_xml` / :func:`from_xml`: XML documents in ``urn:hdnd-model:format``.
- :func:`json_schema` / :func:`xsd_path`: the bundled schemas, generated from the model.
- :func:`iter_records` / :func:`write_records`: JSON Lines files and XML archives.
"""

from hdnd_model.serialize._spec import FORMAT_VERSION, MAX_DOCUMENT_BYTES, NAMESPACE
from hdnd_model.serialize.json import from_json, make_converter, to_json
from hdnd_model.serialize.schema import json_schema, xsd_path
from hdnd_model.serialize.streams import iter_records, write_records
from hdnd_model.serialize.xml import from_xml, to_xml

__all__ = [
    "FORMAT_VERSION",
    "MAX_DOCUMENT_BYTES",
    "NAMESPACE",
    "from_json",
    "from_xml",
    "iter_records",
    "json_schema",
    "make_converter",
    "to_json",
    "to_xml",
    "write_records",
    "xsd_path",
]

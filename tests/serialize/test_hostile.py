"""Hostile inputs: each is refused with the right error, quickly, and nothing is fetched."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import hdnd_model as hm
from hdnd_model.serialize._spec import MAX_DOCUMENT_BYTES, MAX_TEXT_LENGTH

Refused = Callable[..., Any]
OPEN = b'<person xmlns="urn:hdnd-model:format" format_version="1">'
PERSON = OPEN + b"<full_name>%s</full_name></person>"


def _person_json(**extra: object) -> str:
    return json.dumps({"type": "person", "format_version": 1, "full_name": "An"} | extra)


class TestXmlAttacks:
    def test_xxe_file(self, refused: Refused, tmp_path: Path) -> None:
        """An external entity naming a local file is refused; the file is never read."""
        secret = tmp_path / "secret.txt"
        secret.write_text("TOP-SECRET", encoding="utf-8")
        data = (
            b'<?xml version="1.0"?><!DOCTYPE person [<!ENTITY x SYSTEM "'
            + secret.as_uri().encode()
            + b'">]>'
            + PERSON % b"&x;"
        )
        error = refused(hm.FormatError, lambda: hm.from_xml(data))
        assert "TOP-SECRET" not in str(error)

    def test_xxe_network(self, refused: Refused) -> None:
        """An external entity naming a URL is refused without a connection."""
        data = b'<!DOCTYPE person [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>' + PERSON % b"&x;"
        refused(hm.FormatError, lambda: hm.from_xml(data))

    def test_billion_laughs(self, refused: Refused) -> None:
        """Nested entity expansion is refused."""
        entities = b"".join(
            b'<!ENTITY l%d "%s">' % (i, (b"&l%d;" % (i - 1)) * 10) for i in range(1, 10)
        )
        data = b'<!DOCTYPE person [<!ENTITY l0 "lol">' + entities + b"]>" + PERSON % b"&l9;"
        refused(hm.FormatError, lambda: hm.from_xml(data))

    def test_quadratic_blowup(self, refused: Refused) -> None:
        """One large entity referenced many times is refused."""
        big = b"x" * 50_000
        data = b'<!DOCTYPE person [<!ENTITY a "' + big + b'">]>' + PERSON % (b"&a;" * 20_000)
        refused(hm.FormatError, lambda: hm.from_xml(data))

    def test_external_dtd(self, refused: Refused) -> None:
        """A DOCTYPE naming an external DTD is refused and not fetched."""
        data = b'<!DOCTYPE person SYSTEM "http://127.0.0.1:9/x.dtd">' + PERSON % b"An"
        refused(hm.FormatError, lambda: hm.from_xml(data))

    def test_internal_dtd(self, refused: Refused) -> None:
        """Any DOCTYPE at all is refused."""
        refused(hm.FormatError, lambda: hm.from_xml(b"<!DOCTYPE person []>" + PERSON % b"An"))

    @pytest.mark.parametrize(
        "data",
        [
            b'<?xml-stylesheet href="x.xsl"?>' + PERSON % b"An",
            PERSON % b"An<?php evil()?>",
        ],
        ids=["before-root", "inside"],
    )
    def test_processing_instructions(self, refused: Refused, data: bytes) -> None:
        """Processing instructions are refused wherever they are."""
        error = refused(hm.FormatError, lambda: hm.from_xml(data))
        assert "processing instructions are not allowed" in str(error)

    def test_deeply_nested_xml(self, refused: Refused) -> None:
        """A very deep element tree is refused by the parser's depth limit."""
        data = OPEN + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</person>"
        refused(hm.FormatError, lambda: hm.from_xml(data))

    def test_huge_xml_document(self, refused: Refused) -> None:
        """A document over the size limit is refused before parsing."""
        data = PERSON % (b"a" * MAX_DOCUMENT_BYTES)
        refused(hm.FormatError, lambda: hm.from_xml(data))

    def test_invalid_utf8_xml(self, refused: Refused) -> None:
        """Bytes that are not UTF-8 are refused."""
        refused(hm.FormatError, lambda: hm.from_xml(PERSON % b"An\xff\xfe"))

    def test_nul_byte_xml(self, refused: Refused) -> None:
        """A NUL byte is refused."""
        refused(hm.FormatError, lambda: hm.from_xml(PERSON % b"A\x00n"))

    def test_nfd_xml_is_normalised(self) -> None:
        """NFD text is read as NFC."""
        nfd = unicodedata.normalize("NFD", "Đinh Thị Lan Duyên")
        person = hm.from_xml(PERSON % nfd.encode())
        assert unicodedata.normalize("NFC", nfd) == person.full_name

    def test_newer_version_xml(self, refused: Refused) -> None:
        """A newer format_version is an UnsupportedVersionError."""
        newer = f'format_version="{hm.FORMAT_VERSION + 1}"'.encode()
        data = (PERSON % b"An").replace(b'format_version="1"', newer)
        refused(hm.UnsupportedVersionError, lambda: hm.from_xml(data))

    def test_unknown_element_xml(self, refused: Refused) -> None:
        """An element the format does not have is refused with its path."""
        data = OPEN + b"<full_name>An</full_name><x>1</x></person>"
        error = refused(hm.FormatError, lambda: hm.from_xml(data))
        assert ("@ $: unknown field '<x>'",) == error.problems

    def test_missing_element_xml(self, refused: Refused) -> None:
        """A missing required element is refused with its path."""
        error = refused(hm.FormatError, lambda: hm.from_xml(OPEN + b"</person>"))
        assert ("@ $.full_name: missing required field",) == error.problems

    def test_wrong_type_xml(self, refused: Refused) -> None:
        """Text that is not an int is refused with its path and line."""
        data = b'<ballots xmlns="urn:hdnd-model:format" format_version="1">\n'
        data += b"<issued>many</issued></ballots>"
        error = refused(hm.FormatError, lambda: hm.from_xml(data))
        assert ("@ $.issued: expected int, not 'many' (line 2)",) == error.problems


class TestJsonAttacks:
    def test_deeply_nested_json(self, refused: Refused) -> None:
        """Nesting beyond the parser's limit is refused."""
        refused(hm.FormatError, lambda: hm.from_json("[" * 100_000 + "]" * 100_000))

    def test_deep_recursion_through_the_model(self, refused: Refused) -> None:
        """A long chain of parent units is refused without a RecursionError."""
        unit = '{"kind": "ward", "name": "a", "parent": '
        data = '{"type": "administrative_unit", "format_version": 1, "kind": "ward", "name": "a",'
        data += '"parent": ' + unit * 900 + "null" + "}" * 901
        refused(hm.FormatError, lambda: hm.from_json(data))

    @pytest.mark.parametrize(
        "number", ["1" + "0" * 400, "1e400", "4294967296", "-1e999"], ids=["int", "e", "64", "neg"]
    )
    def test_huge_numbers(self, refused: Refused, number: str) -> None:
        """Numbers beyond range are refused."""
        data = '{"type": "ballots", "format_version": 1, "issued": ' + number + "}"
        refused(hm.FormatError, lambda: hm.from_json(data))

    def test_huge_string(self, refused: Refused) -> None:
        """A text beyond the length limit is refused."""
        error = refused(
            hm.FormatError,
            lambda: hm.from_json(_person_json(full_name="a" * (MAX_TEXT_LENGTH + 1))),
        )
        assert error.problems[0].startswith("@ $.full_name: text longer than")

    def test_huge_document(self, refused: Refused) -> None:
        """A document over the size limit is refused before parsing."""
        refused(hm.FormatError, lambda: hm.from_json(b" " * (MAX_DOCUMENT_BYTES + 1)))

    def test_invalid_utf8_json(self, refused: Refused) -> None:
        """Bytes that are not UTF-8 are refused."""
        refused(
            hm.FormatError, lambda: hm.from_json(_person_json().encode().replace(b"An", b"A\xff"))
        )

    def test_nul_byte_json(self, refused: Refused) -> None:
        """A NUL character in text is refused (XML could not carry it)."""
        error = refused(hm.FormatError, lambda: hm.from_json(_person_json(full_name="A\x00n")))
        assert error.problems[0].startswith("@ $.full_name: text contains a control character")

    def test_nfd_json_is_normalised(self) -> None:
        """NFD text is read as NFC."""
        nfd = unicodedata.normalize("NFD", "Hoàng Thủy")
        assert (
            unicodedata.normalize("NFC", nfd) == hm.from_json(_person_json(full_name=nfd)).full_name
        )

    def test_wrong_types(self, refused: Refused) -> None:
        """A value of the wrong JSON type is refused with its path."""
        error = refused(hm.FormatError, lambda: hm.from_json(_person_json(full_name=["An"])))
        assert ("@ $.full_name: expected string, got array",) == error.problems

    def test_unknown_keys(self, refused: Refused) -> None:
        """A key the format does not have is refused."""
        error = refused(hm.FormatError, lambda: hm.from_json(_person_json(admin=True)))
        assert ("@ $: unknown field 'admin'",) == error.problems

    def test_missing_keys(self, refused: Refused) -> None:
        """A required key left out is refused."""
        data = '{"type": "person", "format_version": 1}'
        error = refused(hm.FormatError, lambda: hm.from_json(data))
        assert ("@ $.full_name: missing required field",) == error.problems

    def test_missing_version(self, refused: Refused) -> None:
        """A document without format_version is refused."""
        refused(hm.FormatError, lambda: hm.from_json('{"type": "person", "full_name": "An"}'))

    @pytest.mark.parametrize("version", [3, 99])
    def test_newer_version_json(self, refused: Refused, version: int) -> None:
        """A newer format_version is an UnsupportedVersionError."""
        data = _person_json().replace('"format_version": 1', f'"format_version": {version}')
        refused(hm.UnsupportedVersionError, lambda: hm.from_json(data))

    @pytest.mark.parametrize("version", ["1", -1, 1.0, True, None])
    def test_bad_version(self, refused: Refused, version: object) -> None:
        """A format_version that is not a known whole number is refused."""
        data = json.dumps({"type": "person", "format_version": version, "full_name": "An"})
        refused(hm.FormatError, lambda: hm.from_json(data))

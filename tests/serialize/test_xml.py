"""XML documents: their shape, and reading what other tools may write."""

from __future__ import annotations

import pytest
from lxml import etree

import hdnd_model as hm
from hdnd_model.serialize import NAMESPACE
from tests.serialize.conftest import voted_session

Q = f"{{{NAMESPACE}}}"
OPEN = f'<person xmlns="{NAMESPACE}" format_version="1">'


class TestShape:
    def test_declaration_and_root(self, seed: hm.Minutes) -> None:
        """A document is UTF-8 with a declaration, its root named by the record's type."""
        document = hm.to_xml(seed)
        assert document.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
        root = etree.fromstring(document)
        assert (Q + "minutes", "2") == (root.tag, root.get("format_version"))

    def test_collections_and_values(self) -> None:
        """Collections hold items named by their type; values are written as in JSON."""
        root = etree.fromstring(hm.to_xml(voted_session()))
        vote = root.find(f"{Q}meetings/{Q}meeting/{Q}agenda/{Q}agenda_item/{Q}votes/{Q}vote_tally")
        assert vote is not None
        assert "1/2" == vote.findtext(f"{Q}rule/{Q}fraction")
        assert "electronic" == vote.findtext(f"{Q}method")
        assert ["p1"] == [e.text for e in root.iterfind(f".//{Q}presenter_ids/{Q}item")]

    def test_text_input(self, seed: hm.Minutes) -> None:
        """A document given as text (with its declaration) reads the same."""
        assert seed == hm.from_xml(hm.to_xml(seed).decode("utf-8"))

    def test_indented_input(self, seed: hm.Minutes) -> None:
        """Indentation between elements is ignored; text inside elements is kept."""
        root = etree.fromstring(hm.to_xml(seed))
        etree.indent(root)
        assert seed == hm.from_xml(etree.tostring(root))

    def test_comments_are_ignored(self) -> None:
        """Comments carry nothing and are dropped."""
        data = f"{OPEN}<!-- x --><full_name>An</full_name></person>"
        assert hm.Person(full_name="An") == hm.from_xml(data)

    def test_not_a_model_object(self) -> None:
        """Anything but a public model object is a TypeError."""
        with pytest.raises(TypeError):
            hm.to_xml("An")


class TestProblems:
    def test_wrong_namespace(self) -> None:
        """An element outside the format's namespace is refused."""
        with pytest.raises(hm.FormatError, match="expected an element in"):
            hm.from_xml(b'<person format_version="1"><full_name>An</full_name></person>')

    def test_cls_mismatch(self) -> None:
        """A record of another type than cls is refused."""
        with pytest.raises(hm.FormatError, match="expected 'council', got 'person'"):
            hm.from_xml(hm.to_xml(hm.Person(full_name="An")), hm.Council)

    def test_repeated_and_mixed(self) -> None:
        """A repeated element and stray text are refused."""
        data = f"{OPEN}x<full_name>An</full_name><full_name>B</full_name></person>"
        with pytest.raises(hm.FormatError) as info:
            hm.from_xml(data)
        assert {"@ $: unknown field '#text'", "@ $: unknown field '<full_name>'"} == set(
            info.value.problems
        )

    def test_unknown_attribute(self) -> None:
        """An attribute the format does not have is refused."""
        with pytest.raises(hm.FormatError, match="unknown attributes"):
            hm.from_xml(OPEN.replace(">", ' x="1">') + "<full_name>A</full_name></person>")

    def test_invariant_is_a_format_error(self) -> None:
        """A rule of the model broken in a document is a FormatError naming the path."""
        data = hm.to_xml(voted_session()).replace(
            b"<present>33</present>", b"<present>99</present>", 1
        )
        with pytest.raises(hm.FormatError) as info:
            hm.from_xml(data)
        assert info.value.problems[0].startswith("@ $.meetings[0].agenda[0].votes[0].present: ")

"""How a person is written in a document: name, title, organisation; a list of people."""

from __future__ import annotations

from collections.abc import Iterable

from hdnd_model.model.people import Participant
from hdnd_model.model.vocab import ParticipantRole
from hdnd_model.wording._labels import LABELS as L

__all__ = ["chair_text", "delegate_text", "people_text", "person_text"]


def person_text(p: Participant) -> str:
    """``Đinh Thị Lan Duyên, Chủ tịch HĐND quận``: the name, title and organisation.

    A participant known only by office is written by the office (and organisation).
    """
    text = p.display_name
    if p.person is not None and p.title:
        text = L.PERSON_TITLE.format(name=text, title=p.title)
    if p.organization:
        text = L.PERSON_ORG.format(name=text, organization=p.organization)
    return text


def delegate_text(p: Participant) -> str:
    """A delegate in a list: as :func:`person_text`, then the attendance when recorded."""
    text = person_text(p)
    if p.status is not None:
        text += L.STATUS.format(status=p.status.label_vi)
    return text


def chair_text(p: Participant) -> str:
    """A person presiding: a triệu tập viên is marked as such."""
    text = person_text(p)
    return text + L.CONVENOR if p.role is ParticipantRole.CONVENOR else text


def people_text(texts: Iterable[str]) -> str:
    """``A; B.``: people in a labelled line, each once; the blank ``……`` when there are none."""
    found = list(dict.fromkeys(texts))
    return "; ".join(found) + "." if found else L.BLANK

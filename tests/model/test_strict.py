"""Strict construction: wrong types refused with their messages; what is built, round-trips."""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
import warnings
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hdnd_model as hm
import hdnd_model.model
from hdnd_model.model import _typed
from hdnd_model.model import vocab as model_vocab
from tests.model import _factories as f
from tests.model.test_strategies import STRATEGIES


def _refusal(build: Any) -> str:
    with pytest.raises(hm.InvalidModelError) as exc:
        build()
    return str(exc.value)


_DAY = dt.date(2024, 7, 4)


def _meeting(**fields: Any) -> hm.Meeting:
    return hm.Meeting(**{"id": "m", "kind": hm.MeetingKind.OPENING, "date": _DAY, **fields})


_CHAIR = hm.Participant(id="p1", role=hm.ParticipantRole.CHAIR, person=f.CHAIR)


class TestIssueExamples:
    def test_date_given_as_text(self) -> None:
        """A str is not a date."""
        assert (
            "'Meeting.date' must be a date (datetime.date), not str (got '2024-07-04')"
            == _refusal(lambda: hm.Meeting(id="m", kind=hm.MeetingKind.OPENING, date="2024-07-04"))
        )

    def test_float_count(self) -> None:
        """A float is not a count."""
        assert (
            "'VoteTally.in_favour' must be a whole number (int) or None, not float (got 80.0)"
            == _refusal(lambda: hm.VoteTally(in_favour=80.0, total_delegates=90))
        )

    def test_list_for_a_tuple(self) -> None:
        """A list given for a sequence is refused, saying to give a tuple."""
        message = _refusal(lambda: _meeting(participants=[_CHAIR]))
        assert (
            "'Meeting.participants' must be a tuple of Participant, not list: give a tuple "
            f"(got [{_CHAIR!r}])"
        ) == message

    def test_roman_khoa(self) -> None:
        """The khóa is a number, not its Roman numeral."""
        assert (
            "'Term.khoa' must be a whole number (int) or None, not str (got 'XVIII')"
            == _refusal(lambda: hm.Term(id="t", council_id="c", first_year=2021, khoa="XVIII"))
        )

    def test_enum_value_as_text(self) -> None:
        """An enum field takes members; the message lists them and names the one meant."""
        assert (
            "'Meeting.kind' must be a member of MeetingKind (PREPARATORY, OPENING, "
            "GROUP_DISCUSSION, PLENARY_DISCUSSION, QUESTIONING, ELECTIONS, CONFIDENCE, VOTING, "
            "CLOSING, PLENARY, STANDING_MONTHLY, STANDING, EXPLANATION, STANDING_QUESTIONING, "
            "COMMITTEE, OTHER), not "
            "str: use MeetingKind.CLOSING (got 'closing')"
        ) == _refusal(lambda: hm.Meeting(id="m", kind="closing", date=_DAY))


class TestExactTypes:
    def test_bool_is_not_an_int(self) -> None:
        """True is not a count."""
        assert (
            "'Attendance.total_delegates' must be a whole number (int), not bool (got True)"
            == _refusal(lambda: hm.Attendance(total_delegates=True))
        )
        assert (
            "'VoteTally.total_delegates' must be a whole number (int) or None, not bool (got True)"
            == _refusal(lambda: hm.VoteTally(in_favour=0, total_delegates=True))
        )

    def test_int_is_not_a_bool(self) -> None:
        """1 is not True."""
        assert "'Meeting.closed' must be True or False (bool), not int (got 1)" == _refusal(
            lambda: _meeting(closed=1)
        )

    def test_datetime_is_not_a_date(self) -> None:
        """A datetime is not a date, though it is a subclass of one."""
        assert (
            "'Resolution.adopted_on' must be a date (datetime.date) or None, not "
            "datetime.datetime (got datetime.datetime(2024, 7, 4, 9, 0))"
            == _refusal(
                lambda: hm.Resolution(id="r", title="Về", adopted_on=dt.datetime(2024, 7, 4, 9))
            )
        )

    def test_bytes_are_not_text(self) -> None:
        """Bytes are not text."""
        assert "'Person.full_name' must be text (str), not bytes (got b'Lan')" == _refusal(
            lambda: hm.Person(full_name=b"Lan")
        )

    def test_float_is_not_a_fraction(self) -> None:
        """A share is a Fraction."""
        assert (
            "'VoteRule.fraction' must be a fraction (fractions.Fraction), not float (got 0.5)"
            == _refusal(lambda: hm.VoteRule(fraction=0.5))
        )

    def test_member_of_another_vocabulary(self) -> None:
        """A member of another enum is refused by its type."""
        message = _refusal(lambda: hm.Meeting(id="m", kind=hm.OrganKind.COUNCIL, date=_DAY))
        assert message.endswith(", not OrganKind (got OrganKind.COUNCIL)")

    def test_unknown_enum_text(self) -> None:
        """A text naming no member gets the list of members only."""
        message = _refusal(lambda: _meeting(mode="zoom"))
        assert (
            "'Meeting.mode' must be a member of MeetingMode (IN_PERSON, ONLINE, HYBRID), not str "
            "(got 'zoom')"
        ) == message

    def test_wrong_object(self) -> None:
        """An object field takes an instance of its class."""
        assert (
            "'Participant.person' must be a Person or None, not str (got 'Trần Văn Hòa')"
            == _refusal(
                lambda: hm.Participant(id="p", role=hm.ParticipantRole.CHAIR, person="Trần Văn Hòa")
            )
        )

    def test_tuple_item_named_by_index(self) -> None:
        """A wrong item is named by its index."""
        assert "'Meeting.conclusions[1]' must be text (str), not int (got 3)" == _refusal(
            lambda: hm.Meeting(
                id="m", kind=hm.MeetingKind.OPENING, date=_DAY, conclusions=("Kết luận", 3)
            )
        )

    def test_frozenset_item(self) -> None:
        """A set's wrong item is named."""
        message = _refusal(
            lambda: hm.PilotRule(
                city_code="01",
                city_names=("Hà Nội",),
                unit_kinds=frozenset({hm.UnitKind.WARD, "village"}),
                start=_DAY,
                end=_DAY,
                legal_basis="Nghị quyết số 97/2019/QH14",
            )
        )
        assert message.startswith("'PilotRule.unit_kinds' must be a member of UnitKind (")
        assert message.endswith("), not str (got 'village')")

    def test_evolve_checks_too(self) -> None:
        """attrs.evolve goes through the same checks."""
        with pytest.raises(hm.InvalidModelError) as exc:
            attrs.evolve(f.meeting(), date="2021-07-20")
        assert ("date", "2021-07-20") == (exc.value.field, exc.value.value)

    def test_defaults_and_factories_still_apply(self) -> None:
        """Defaults and attrs factories fill what is not given."""
        session = hm.Session(id="s", council_id="c", start_date=_DAY)
        assert (None, (), hm.SessionSeries.MAIN) == (
            session.end_date,
            session.meetings,
            session.series,
        )
        assert 2026 == hm.Term(id="t", council_id="c", first_year=2021).last_year


class TestMechanism:
    def test_every_model_class_is_strict(self) -> None:
        """Every attrs class of the model has the strict __init__, derived from its fields."""
        classes = [
            obj
            for name in hdnd_model.model.__all__
            if isinstance(obj := getattr(hdnd_model.model, name), type) and attrs.has(obj)
        ]
        assert [] == [c.__name__ for c in classes if not _typed.is_strict(c)]

    def test_unsupported_annotation_is_refused(self) -> None:
        """A field type without a strict check is a programming error at install time."""

        @attrs.frozen(kw_only=True)
        class Odd:
            items: list[int]

        with pytest.raises(TypeError, match=r"no strict check for the type list\[int\]"):
            _typed.install(Odd)

    def test_not_keyword_only_is_refused(self) -> None:
        """The mechanism builds plain frozen keyword-only classes only."""

        @attrs.frozen
        class Positional:
            name: str

        with pytest.raises(TypeError, match="not a plain"):
            _typed.install(Positional)

    def test_generated_init_keeps_the_signature(self) -> None:
        """Introspection sees the fields as keyword-only parameters with their defaults."""
        import inspect

        params = inspect.signature(hm.Person).parameters
        assert ["full_name", "id"] == list(params)
        assert params["id"].default is None
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())


class TestTextRule:
    def test_text_longer_than_readers_accept(self) -> None:
        """Text longer than MAX_TEXT_LENGTH is refused at construction, as on reading."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Person(full_name="a" * (hdnd_model.model.MAX_TEXT_LENGTH + 1))
        assert "must be at most 100000 characters long (100001)" == exc.value.reason
        assert str(exc.value).endswith("aaa...)")

    def test_longest_text_round_trips(self) -> None:
        """Text of exactly MAX_TEXT_LENGTH characters is kept by both formats."""
        person = hm.Person(full_name="a" * hdnd_model.model.MAX_TEXT_LENGTH)
        assert person == hm.from_json(hm.to_json(person))
        assert person == hm.from_xml(hm.to_xml(person))

    @pytest.mark.parametrize(
        ("char", "reason"),
        [
            ("\r", "must not contain the control character U+000D"),
            ("\x7f", "must not contain the control character U+007F"),
            ("\x85", "must not contain the control character U+0085"),
            ("\x9f", "must not contain the control character U+009F"),
            ("\x00", "must not contain the control character U+0000"),
            ("\ufffe", "must not contain the non-character U+FFFE"),
        ],
    )
    def test_control_characters_refused(self, char: str, reason: str) -> None:
        """Controls other than tab and newline are refused in texts and ids."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Statement(text=f"Đại biểu{char}phát biểu")
        assert reason == exc.value.reason
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Person(full_name="Lan", id=f"p{char}1")
        spaces = "must be a non-empty id without spaces"  # CR and NEL are whitespace too
        assert (spaces if char.isspace() else reason) == exc.value.reason

    def test_tab_and_newline_allowed(self) -> None:
        """Tab and newline are the two controls a text may hold."""
        statement = hm.Statement(text="Ý kiến:\n\t- thứ nhất")
        assert statement == hm.from_json(hm.to_json(statement))

    @pytest.mark.parametrize("char", ["\r", "\x7f", "\x85"])
    def test_readers_refuse_what_the_model_refuses(self, char: str) -> None:
        """The JSON reader applies the same rule."""
        escaped = json.dumps(char)[1:-1]
        text = hm.to_json(hm.Person(full_name="Lan")).replace("Lan", f"La{escaped}n")
        with pytest.raises(hm.FormatError) as exc:
            hm.from_json(text)
        assert exc.value.problems[0].startswith("@ $.full_name: text contains a control")

    def test_non_nfc_id_refused(self) -> None:
        """Ids follow the rule of texts: NFC, as the readers would make them."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Person(full_name="Lan", id="ha\u0300")
        assert "must be NFC-normalised Unicode text" == exc.value.reason


# -- what passes construction round-trips --------------------------------------------------

_TEXTS = [
    "",
    " ",
    "x",
    "  Lề  ",
    "\u200b",
    "a\u0301",
    "a\rb",
    "a\x7fb",
    "a\x85b",
    "a\x00b",
    "\ud800",
    "\uffff",
    "\t\n",
    "a" * (hdnd_model.model.MAX_TEXT_LENGTH + 1),
    "12/2020/NQ-HĐND",
    "Ðà Nẵng",
]
_INTS = [-(2**31) - 1, -1, 0, 1, 2, 7, 2021, 2**31 - 1, 2**31, 10**20]
_HOSTILE: dict[Any, list[Any]] = {
    str: _TEXTS,
    int: _INTS,
    bool: [True, False],
    dt.date: [dt.date.min, dt.date(1900, 1, 1), dt.date(2021, 7, 20), dt.date.max],
    dt.datetime: [
        dt.datetime(2021, 7, 20, 8, 0),
        dt.datetime(2021, 7, 20, 8, 0, tzinfo=dt.UTC),
        dt.datetime.min,
    ],
    dt.time: [
        dt.time(0, 0),
        dt.time(23, 59, 59, 999999),
        dt.time(8, 0, tzinfo=dt.UTC),
        dt.time(8, 0, fold=1),
    ],
    Fraction: [Fraction(0), Fraction(-1, 2), Fraction(1, 10**10), Fraction(3, 2), Fraction(1)],
}
_WRONG = [None, 1.5, b"x", [], {}, "x", 3, True, dt.datetime(2021, 7, 20), hm.Person(full_name="A")]


def _candidates(tp: Any, current: Any) -> list[Any]:
    """Values of the annotated type ``tp`` (and of the wrong ones) to put in a field."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return [v for arg in typing.get_args(tp) for v in _candidates(arg, current)]
    if tp is type(None):
        return [None]
    if origin is tuple:
        item = typing.get_args(tp)[0]
        items = list(current) if isinstance(current, tuple) else []
        found: list[Any] = [(), items]
        for value in _candidates(item, items[0] if items else None)[:12]:
            found.append((*items, value))
            if items:
                found.append((value, *items[1:]))
        return found
    if origin is frozenset:
        item = typing.get_args(tp)[0]
        return [frozenset(), *(frozenset({v}) for v in _candidates(item, None)[:6])]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return [*tp, next(iter(tp)).value]
    if isinstance(tp, type) and attrs.has(tp):
        return [current] if current is not None else []
    return list(_HOSTILE.get(tp, []))


def _check(obj: Any) -> None:
    """Every one-field change of ``obj`` is refused or survives both formats."""
    cls = type(obj)
    hints = typing.get_type_hints(cls)
    for a in attrs.fields(cls):
        current = getattr(obj, a.name)
        for value in [*_candidates(hints[a.name], current), *_WRONG]:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", hm.ModelWarning)  # policy warnings only
                try:
                    changed = attrs.evolve(obj, **{a.name: value})
                except hm.InvalidModelError:
                    continue
                where = f"{cls.__name__}.{a.name}={value!r:.80}"
                assert changed == hm.from_json(hm.to_json(changed)), where
                assert changed == hm.from_xml(hm.to_xml(changed)), where


_SMALL = [c for c in STRATEGIES if c not in (hm.Minutes, hm.Session, hm.Meeting)]


class TestWhatIsBuiltRoundTrips:
    @pytest.mark.parametrize("cls", _SMALL, ids=lambda c: c.__name__)
    @settings(max_examples=6, deadline=None)
    @given(data=st.data())
    def test_every_field_mutated(self, cls: type, data: st.DataObject) -> None:
        """A strategy's object with any one field changed is refused, or round-trips."""
        _check(data.draw(STRATEGIES[cls]()))

    @pytest.mark.parametrize("cls", [hm.Minutes, hm.Session, hm.Meeting], ids=lambda c: c.__name__)
    @settings(max_examples=2, deadline=None)
    @given(data=st.data())
    def test_records_mutated(self, cls: type, data: st.DataObject) -> None:
        """The same for the large classes, fewer times."""
        _check(data.draw(STRATEGIES[cls]()))

    def test_every_vocabulary_is_covered(self) -> None:
        """The candidate values cover every kind of field of the model."""
        kinds = {
            typing.get_origin(t) or t
            for cls in STRATEGIES
            for name, t in typing.get_type_hints(cls).items()
            if name in attrs.fields_dict(cls)
        }
        unknown = {
            k
            for k in kinds
            if k not in _HOSTILE
            and k not in (tuple, frozenset, typing.Union, types.UnionType)
            and not (isinstance(k, type) and (issubclass(k, enum.Enum) or attrs.has(k)))
        }
        assert set() == unknown
        assert model_vocab.MeetingKind in kinds

"""Interpreters for the meeting: each language someone needs is listed, and its booking kept."""


import pytest
from sqlalchemy import select

from fgc_desktop.domain.enums import ChoiceKind, ChoiceMadeBy
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services import arrangements as arr
from fgc_desktop.services import interpreters as interp
from fgc_desktop.services.guidance import conference_warnings
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import InterpreterBooking
from tests.services.test_arrangements import NEXT_WEEK, TODAY, build_family


def test_a_needed_interpreter_is_listed_and_booking_it_clears_the_warning(db: Database) -> None:
    family = build_family(db)
    arr.set_meeting_time(db, family.conference_id, NEXT_WEEK.isoformat(), "10:00", "")
    before = conference_warnings(db, family.conference_id, TODAY)
    line = interp.get_interpreters(db, family.conference_id)

    interp.set_interpreter(db, family.conference_id, "pl", "booked", True)
    interp.set_interpreter(db, family.conference_id, "pl", "interpreter_name", " Ola Przykład ")

    assert line == (interp.InterpreterLine("pl", ("Linnet Fennimore",), None),)
    assert any("Linnet Fennimore needs an interpreter" in w for w in before)
    after = conference_warnings(db, family.conference_id, TODAY)
    assert not any("needs an interpreter" in w for w in after)
    booking = interp.get_interpreters(db, family.conference_id)[0].booking
    assert booking == interp.Booking("pl", True, "Ola Przykład", "", "")


def test_a_language_added_by_hand_is_listed_after_the_needed_ones(db: Database) -> None:
    family = build_family(db)

    interp.add_interpreter_language(db, family.conference_id, "ar")

    lines = interp.get_interpreters(db, family.conference_id)
    assert [(line.language, line.needed_by) for line in lines] == [
        ("pl", ("Linnet Fennimore",)), ("ar", ())]


@pytest.mark.parametrize(("code", "message"), [
    ("xx", "from the list"), ("ar", "Arabic is already in the list"),
])
def test_an_unknown_or_repeated_language_is_refused(db: Database, code: str,
                                                    message: str) -> None:
    family = build_family(db)
    interp.add_interpreter_language(db, family.conference_id, "ar")

    with pytest.raises(UserError, match=message):
        interp.add_interpreter_language(db, family.conference_id, code)


def test_bad_interpreter_details_are_refused(db: Database) -> None:
    family = build_family(db)

    with pytest.raises(UserError, match="Agency is too long"):
        interp.set_interpreter(db, family.conference_id, "pl", "agency", "a" * 121)
    with pytest.raises(UserError, match="from the list"):
        interp.set_interpreter(db, family.conference_id, "xx", "booked", True)
    with pytest.raises(ValueError, match="language"):
        interp.set_interpreter(db, family.conference_id, "pl", "language", "ar")

    with db.session() as session:
        assert session.scalars(select(InterpreterBooking)).all() == []


def test_a_removed_booking_comes_back_with_undo(db: Database) -> None:
    family = build_family(db)
    interp.set_interpreter(db, family.conference_id, "pl", "booked", True)
    interp.set_interpreter(db, family.conference_id, "pl", "agency", "Demo Words Ltd")

    removed = interp.remove_interpreter(db, family.conference_id, "pl")
    after_removal = interp.get_interpreters(db, family.conference_id)
    assert removed is not None
    interp.restore_interpreter(db, family.conference_id, removed)

    assert after_removal == (interp.InterpreterLine("pl", ("Linnet Fennimore",), None),)
    booking = interp.get_interpreters(db, family.conference_id)[0].booking
    assert booking == interp.Booking("pl", True, "", "Demo Words Ltd", "")
    assert interp.remove_interpreter(db, family.conference_id, "ar") is None


def test_the_interpreter_choice_names_the_languages_booked(db: Database) -> None:
    family = build_family(db)
    arr.record_choice(db, family.conference_id, ChoiceKind.INTERPRETER, ChoiceMadeBy.FAMILY,
                      family.aunt, today=TODAY)

    interp.add_interpreter_language(db, family.conference_id, "ar")
    interp.set_interpreter(db, family.conference_id, "pl", "booked", True)
    named = arr.get_arrangements(db, family.conference_id).choices[ChoiceKind.INTERPRETER].value
    interp.remove_interpreter(db, family.conference_id, "ar")

    assert named == "Arabic, Polish"
    chosen = arr.get_arrangements(db, family.conference_id).choices[ChoiceKind.INTERPRETER]
    assert chosen.value == "Polish"

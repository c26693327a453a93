"""Consent is recorded as events: given, refused, withdrawn, by whom and when."""

from datetime import date

import pytest

from fgc_desktop.domain.enums import ConsentEvent, Role
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.consent import (
    consent_givers,
    list_consents,
    put_back_consent,
    record_consent,
    remove_consent,
)
from fgc_desktop.services.guidance import conference_steps
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Participant

TODAY = date(2026, 11, 26)


def _conference(db: Database) -> tuple[int, int]:
    with db.session() as session:
        conference = Conference(reference="T-1", family_name="Testwood")
        mother = Participant(given_name="Ffion", family_name="Testwood", role=Role.FAMILY,
                             has_parental_responsibility=True)
        conference.participants.append(mother)
        conference.participants.append(Participant(given_name="Gwen", role=Role.FAMILY))
        session.add(conference)
        session.flush()
        return conference.id, mother.id


def _consent_step_done(db: Database, conference_id: int) -> bool:
    status = next(s for s in conference_steps(db, conference_id, TODAY)
                  if s.step.key == "consent_recorded")
    return status.progress.value == "done"


def test_consent_given_then_withdrawn_keeps_both(db: Database) -> None:
    conference_id, mother = _conference(db)
    assert [giver.name for giver in consent_givers(db, conference_id)] == ["Ffion Testwood"]
    record_consent(db, conference_id, ConsentEvent.GIVEN, "2026-11-02", participant_id=mother,
                   today=TODAY)
    assert _consent_step_done(db, conference_id)
    record_consent(db, conference_id, ConsentEvent.WITHDRAWN, date(2026, 11, 20),
                   participant_id=mother, notes="Wants to think again.", today=TODAY)
    events = [(line.event, line.by_name) for line in list_consents(db, conference_id)]
    assert events == [(ConsentEvent.GIVEN, "Ffion Testwood"),
                      (ConsentEvent.WITHDRAWN, "Ffion Testwood")]
    assert not _consent_step_done(db, conference_id)


@pytest.mark.parametrize(("on", "name", "message"), [
    ("", "Someone", "Date cannot be empty"),
    ("2026-02-30", "Someone", "not a real date"),
    ("2026-12-25", "Someone", "in the future"),
    ("2026-11-01", "  ", "Who cannot be empty"),
])
def test_bad_consent_entries_are_refused(db: Database, on: str, name: str,
                                         message: str) -> None:
    conference_id, _mother = _conference(db)
    with pytest.raises(UserError, match=message):
        record_consent(db, conference_id, ConsentEvent.GIVEN, on, by_name=name, today=TODAY)
    assert list_consents(db, conference_id) == []


def test_a_mistaken_entry_can_be_removed_and_put_back(db: Database) -> None:
    conference_id, _mother = _conference(db)
    entry = record_consent(db, conference_id, ConsentEvent.GIVEN, "2026-11-02",
                           by_name="Dafydd Testwood", today=TODAY)
    removed = remove_consent(db, entry)
    assert list_consents(db, conference_id) == []
    put_back_consent(db, removed)
    assert [line.by_name for line in list_consents(db, conference_id)] == ["Dafydd Testwood"]

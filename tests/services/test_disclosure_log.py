"""The disclosure log: a fingerprint of each document, who it was for, newest first."""

import hashlib

import pytest
from sqlalchemy import select

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services import disclosure_log
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Participant, PlanVersion
from tests.ui.sample_conference import build_empty_conference, build_sample_conference


def _person(db: Database, conference_id: int, given_name: str) -> int:
    with db.session() as session:
        found = session.scalar(select(Participant.id).where(
            Participant.conference_id == conference_id, Participant.given_name == given_name))
    assert found is not None
    return found


def test_a_document_is_logged_with_its_fingerprint_and_who_made_it(db: Database) -> None:
    conference_id = build_sample_conference(db)
    maple = _person(db, conference_id, "Maple")
    pdf = b"%PDF-1.7 invented bytes"

    disclosure_log.record_document(
        db, conference_id, maple, "invitation", "pl", "invitation-maple.pdf", pdf,
        [{"uid": "abc", "title": "School attendance record"}],
    )

    (entry,) = disclosure_log.conference_log(db, conference_id)
    assert entry.sha256 == hashlib.sha256(pdf).hexdigest()
    assert (entry.recipient_id, entry.recipient_name) == (maple, "Maple Testerson")
    assert (entry.kind, entry.language, entry.file_name) == (
        "invitation", "pl", "invitation-maple.pdf")
    assert entry.produced_by == "Test Coordinator"
    assert [item.title for item in entry.carried_items] == ["School attendance record"]


def test_the_log_lists_newest_first_per_conference_and_per_person(db: Database) -> None:
    conference_id = build_sample_conference(db)
    maple = _person(db, conference_id, "Maple")
    hazel = _person(db, conference_id, "Hazel")
    with db.session() as session:
        plan_id = session.scalar(select(PlanVersion.id).where(
            PlanVersion.conference_id == conference_id))
    first = disclosure_log.record_document(db, conference_id, maple, "invitation", "pl",
                                           "a.pdf", b"a", [])
    second = disclosure_log.record_document(db, conference_id, hazel, "invitation", "ar",
                                            "b.pdf", b"b", [])
    third = disclosure_log.record_document(db, conference_id, maple, "plan", "pl", "c.pdf",
                                           b"c", [], plan_version_id=plan_id)
    leaflet = disclosure_log.record_document(db, conference_id, None, "leaflet", "en",
                                             "d.pdf", b"d", [])

    assert [e.id for e in disclosure_log.conference_log(db, conference_id)] == [
        leaflet, third, second, first]
    assert [e.id for e in disclosure_log.conference_log(db, conference_id, maple)] == [
        third, first]
    assert [e.id for e in disclosure_log.person_log(db, hazel)] == [second]
    assert disclosure_log.conference_log(db, conference_id)[1].plan_version_id == plan_id


def test_a_document_for_someone_of_another_conference_is_refused(db: Database) -> None:
    conference_id = build_sample_conference(db)
    other = build_empty_conference(db)
    maple = _person(db, conference_id, "Maple")

    with pytest.raises(UserError, match="no longer in this conference"):
        disclosure_log.record_document(db, other, maple, "invitation", "pl", "a.pdf", b"a", [])
    with pytest.raises(UserError, match="Kind of document cannot be empty"):
        disclosure_log.record_document(db, conference_id, maple, "", "pl", "a.pdf", b"a", [])


def test_the_log_offers_no_way_to_change_or_remove_a_line() -> None:
    public = {name for name in dir(disclosure_log) if not name.startswith("_")}
    assert not {name for name in public if name.startswith(("update", "remove", "delete"))}

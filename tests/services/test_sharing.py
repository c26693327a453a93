"""Deciding who sees what: items, consent, decisions with who, why and when, and undo."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from fgc_desktop.disclosure import HeldBack
from fgc_desktop.domain.enums import InformationCategory, Role, Sensitivity, SharingChoice
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services import sharing
from fgc_desktop.services.conferences import find_conference_id
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.settings import save_setting
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import AuditEntry, InformationItem, Participant, SharingDecision
from tests.ui.sample_conference import build_sample_conference


def _people(db: Database, conference_id: int) -> dict[str, int]:
    with db.session() as session:
        return {p.given_name: p.id for p in session.scalars(
            select(Participant).where(Participant.conference_id == conference_id))}


def _decision(db: Database, item_id: int, person_id: int) -> SharingDecision | None:
    with db.session() as session:
        return session.scalar(select(SharingDecision).where(
            SharingDecision.item_id == item_id, SharingDecision.participant_id == person_id))


@pytest.fixture
def case(db: Database) -> tuple[int, dict[str, int], int]:
    conference_id = build_sample_conference(db)
    item_id = sharing.add_item(db, conference_id, "Health", "Maple sees a counsellor.")
    return conference_id, _people(db, conference_id), item_id


def test_a_new_item_is_sensitive_until_someone_says_otherwise(db: Database) -> None:
    conference_id = build_sample_conference(db)

    item_id = sharing.add_item(db, conference_id, "  Health  ")

    with db.session() as session:
        item = session.get(InformationItem, item_id)
        assert item is not None
        assert (item.title, item.sensitivity) == ("Health", Sensitivity.SENSITIVE)


def test_an_item_needs_a_title(db: Database) -> None:
    with pytest.raises(UserError, match="Title cannot be empty"):
        sharing.add_item(db, build_sample_conference(db), " ")


def test_each_field_of_an_item_is_checked_and_saved(
    db: Database, case: tuple[int, dict[str, int], int]
) -> None:
    _conference_id, people, item_id = case
    sharing.update_item(db, item_id, "category", "health")
    sharing.update_item(db, item_id, "about_participant_id", people["Maple"])
    sharing.update_item(db, item_id, "needs_family_consent", True)
    sharing.update_item(db, item_id, "family_consent", True)
    sharing.update_item(db, item_id, "family_consent_by", "Maple Testerson")
    sharing.update_item(db, item_id, "family_consent_on", "2026-02-03")

    with db.session() as session:
        item = session.get(InformationItem, item_id)
        assert item is not None
        assert item.category is InformationCategory.HEALTH
        assert item.about_participant_id == people["Maple"]
        assert (item.family_consent, item.family_consent_by, item.family_consent_on) == (
            True, "Maple Testerson", date(2026, 2, 3))
    with pytest.raises(UserError, match="not a real date"):
        sharing.update_item(db, item_id, "family_consent_on", "2026-02-30")
    with pytest.raises(UserError, match="Title cannot be empty"):
        sharing.update_item(db, item_id, "title", "")


def test_a_decision_records_who_why_and_when(
    db: Database, case: tuple[int, dict[str, int], int]
) -> None:
    _conference_id, people, item_id = case
    before = datetime.now(UTC)

    sharing.decide(db, item_id, people["Hazel"], SharingChoice.WITHHOLD,
                   reason="Maple asked that only her sister knows.")

    decision = _decision(db, item_id, people["Hazel"])
    assert decision is not None
    assert decision.choice is SharingChoice.WITHHOLD
    assert decision.decided_by == "Test Coordinator"
    assert decision.reason == "Maple asked that only her sister knows."
    assert decision.decided_at >= before
    with db.session() as session:
        audited = session.scalars(select(AuditEntry.entity).where(
            AuditEntry.entity == "sharing_decisions")).all()
    assert audited


def test_a_summary_needs_its_words(
    db: Database, case: tuple[int, dict[str, int], int]
) -> None:
    _conference_id, people, item_id = case

    with pytest.raises(UserError, match="Write the summary Hazel Quill will read"):
        sharing.decide(db, item_id, people["Hazel"], SharingChoice.SUMMARY, summary="  ")

    assert _decision(db, item_id, people["Hazel"]) is None
    sharing.decide(db, item_id, people["Hazel"], SharingChoice.SUMMARY,
                   summary="Mum is getting help.")
    decision = _decision(db, item_id, people["Hazel"])
    assert decision is not None and decision.summary == "Mum is getting help."
    with pytest.raises(UserError, match="The summary cannot be empty"):
        sharing.update_decision_text(db, item_id, people["Hazel"], "summary", "")


def test_changing_the_choice_empties_the_old_reason_and_undo_brings_it_back(
    db: Database, case: tuple[int, dict[str, int], int]
) -> None:
    _conference_id, people, item_id = case
    sharing.decide(db, item_id, people["Hazel"], SharingChoice.WITHHOLD, reason="Not needed.")

    prior = sharing.decide(db, item_id, people["Hazel"], SharingChoice.SHARE)

    decision = _decision(db, item_id, people["Hazel"])
    assert decision is not None and (decision.choice, decision.reason) == (
        SharingChoice.SHARE, "")
    sharing.restore_decisions(db, [prior])
    decision = _decision(db, item_id, people["Hazel"])
    assert decision is not None and (decision.choice, decision.reason) == (
        SharingChoice.WITHHOLD, "Not needed.")


def test_clearing_a_decision_returns_to_the_default(
    db: Database, case: tuple[int, dict[str, int], int]
) -> None:
    conference_id, people, item_id = case
    sharing.decide(db, item_id, people["Hazel"], SharingChoice.SHARE)

    sharing.decide(db, item_id, people["Hazel"], None)

    assert _decision(db, item_id, people["Hazel"]) is None
    cell = sharing.load_grid(db, conference_id).cell(item_id, people["Hazel"])
    assert not cell.is_decided
    assert cell.sight.choice is SharingChoice.WITHHOLD


def test_deciding_for_a_role_decides_for_everyone_of_that_role(
    db: Database, case: tuple[int, dict[str, int], int]
) -> None:
    conference_id, people, item_id = case

    priors = sharing.decide_for_role(db, conference_id, Role.FAMILY, [item_id],
                                     SharingChoice.SHARE, reason="Family need to know.")

    for name in ("Maple", "Hazel"):
        decision = _decision(db, item_id, people[name])
        assert decision is not None and decision.reason == "Family need to know."
    assert _decision(db, item_id, people["Pip"]) is None
    sharing.restore_decisions(db, priors)
    assert _decision(db, item_id, people["Maple"]) is None


def test_a_role_with_nobody_in_it_is_refused(
    db: Database, case: tuple[int, dict[str, int], int]
) -> None:
    conference_id, _people_ids, item_id = case
    with pytest.raises(UserError, match="Nobody in this conference has that role"):
        sharing.decide_for_role(db, conference_id, Role.INTERPRETER, [item_id],
                                SharingChoice.SHARE)


def test_a_removed_item_comes_back_with_its_decisions(
    db: Database, case: tuple[int, dict[str, int], int]
) -> None:
    _conference_id, people, item_id = case
    sharing.decide(db, item_id, people["Hazel"], SharingChoice.SUMMARY, summary="Some help.")

    removed = sharing.remove_item(db, item_id)
    assert _decision(db, item_id, people["Hazel"]) is None
    restored = sharing.restore_item(db, removed)

    decision = _decision(db, restored, people["Hazel"])
    assert decision is not None and decision.summary == "Some help."
    with pytest.raises(UserError, match="is back already"):
        sharing.restore_item(db, removed)


def test_the_view_for_the_demo_keeps_laylas_address_from_samir(db: Database) -> None:
    load_demo(db)
    conference_id = find_conference_id(db, "DEMO-0002")
    people = _people(db, conference_id)

    samir = sharing.view_for(db, conference_id, people["Samir"])
    layla = sharing.view_for(db, conference_id, people["Layla"])
    huda = sharing.preview_for(db, conference_id, people["Huda"])

    assert "Flat 3" not in repr(samir) and "07700 900102" not in repr(samir)
    assert layla.recipient is not None and layla.recipient.phone == "07700 900102"
    assert "Where Layla and the children live" in {w.title for w in huda.withheld}
    assert HeldBack.CONFIDENTIAL_CONTACT in {w.held_back for w in huda.withheld}
    assert samir.service.name and not samir.service.coordinator_phone


def test_the_coordinators_phone_follows_the_setting_and_the_conference(
    db: Database
) -> None:
    conference_id = build_sample_conference(db)
    save_setting(db, "coordinator_name", "Robin Sample")
    save_setting(db, "coordinator_phone", "01632 960123")
    save_setting(db, "print_coordinator_contact", True)

    assert sharing.view_for(db, conference_id, None).service.coordinator_phone == "01632 960123"
    save_setting(db, "coordinator_name", "Someone Else")
    service = sharing.view_for(db, conference_id, None).service
    assert (service.coordinator_name, service.coordinator_phone) == ("Robin Sample", "")

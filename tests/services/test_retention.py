"""Conferences kept past the retention period are listed for review and can be deleted.

Deleting one also purges its history, so no personal data outlives it; the
PostgreSQL test borrows the server fixture from ``tests/store/conftest.py``.
"""

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import DatabaseError

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.conferences import create_conference, find_conference_id, set_archived
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.retention import (
    PURGE_REASON,
    RETENTION_ACTION,
    delete_for_retention,
    due_for_deletion,
    past_deletions,
    retention_cutoff,
)
from fgc_desktop.services.settings import save_setting
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import AuditEntry, AuditPurge, Base, Conference, Entity
from tests.store import conftest as server_fixtures

postgres_server = server_fixtures.postgres_server
postgres_url = server_fixtures.postgres_url
TODAY = date(2034, 1, 15)


def _closed(db: Database, reference: str, closed_on: date | None,
            archived_at: datetime | None = None) -> int:
    conference_id = create_conference(db, reference, "Retainby")
    with db.session() as session:
        conference = session.get(Conference, conference_id)
        assert conference is not None
        conference.closed_on = closed_on
        conference.archived = archived_at is not None
        conference.archived_at = archived_at
    return conference_id


@pytest.mark.parametrize(("today", "months", "cutoff"), [
    (date(2034, 1, 15), 84, date(2027, 1, 15)),
    (date(2034, 3, 31), 1, date(2034, 2, 28)),
    (date(2032, 3, 31), 1, date(2032, 2, 29)),
    (date(2034, 1, 31), 13, date(2032, 12, 31)),
])
def test_the_cutoff_counts_calendar_months(today: date, months: int, cutoff: date) -> None:
    assert retention_cutoff(today, months) == cutoff


def test_only_conferences_closed_or_archived_before_the_period_are_listed(db: Database) -> None:
    _closed(db, "FGC-OLD-CLOSED", date(2026, 1, 14))
    _closed(db, "FGC-OLD-ARCHIVED", None, datetime(2026, 6, 1, 12, tzinfo=UTC))
    _closed(db, "FGC-RECENT", date(2027, 1, 16))
    _closed(db, "FGC-REOPENED-LATER", date(2020, 1, 1), datetime(2030, 1, 1, tzinfo=UTC))
    create_conference(db, "FGC-STILL-OPEN", "Openshaw", referral_date=date(2001, 1, 1))

    due = due_for_deletion(db, TODAY)

    assert [candidate.reference for candidate in due] == ["FGC-OLD-CLOSED", "FGC-OLD-ARCHIVED"]
    assert due[1].ended_on == date(2026, 6, 1)


def test_a_shorter_retention_setting_lists_more(db: Database) -> None:
    _closed(db, "FGC-RECENT", date(2033, 1, 1))
    assert due_for_deletion(db, TODAY) == []
    save_setting(db, "retention_months", 12)
    assert [candidate.reference for candidate in due_for_deletion(db, TODAY)] == ["FGC-RECENT"]


def test_deleting_removes_every_record_and_leaves_a_summary_in_the_trail(db: Database) -> None:
    load_demo(db, date(2026, 11, 26))
    closed = find_conference_id(db, "DEMO-0006")
    assert [candidate.id for candidate in due_for_deletion(db, TODAY)] == [closed]
    remaining_before = _rows_by_table(db)

    assert delete_for_retention(db, [closed], TODAY) == ["DEMO-0006"]

    assert due_for_deletion(db, TODAY) == []
    remaining_after = _rows_by_table(db)
    assert remaining_after["conferences"] == remaining_before["conferences"] - 1
    assert remaining_after["participants"] == remaining_before["participants"] - 7
    with db.session() as session:
        summary = session.scalars(
            select(AuditEntry).where(AuditEntry.action == RETENTION_ACTION)).one()
    assert summary.actor == "Test Coordinator"
    assert summary.conference_id is None
    assert (summary.entity, summary.entity_id) == ("conferences", closed)
    assert summary.at.date() >= date.today()
    what = json.loads(summary.old_value or "")
    assert what["reference"] == "DEMO-0006"
    assert what["records"]["participants"] == 7
    assert "family_name" not in what
    assert "84-month keeping period" in (summary.new_value or "")


def test_deleting_purges_the_conference_s_history_and_notes_the_purge(db: Database) -> None:
    load_demo(db, date(2026, 11, 26))
    closed = find_conference_id(db, "DEMO-0006")
    personal = _personal_words(db, closed)
    with db.session() as session:
        last_entry = session.scalar(
            select(func.max(AuditEntry.id)).where(AuditEntry.conference_id == closed))
        others_before = session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.conference_id != closed))
    assert any(_trail_mentions(db, word) for word in personal)

    delete_for_retention(db, [closed], TODAY)

    assert [word for word in personal if _trail_mentions(db, word)] == []
    with db.session() as session:
        assert session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.conference_id == closed)) == 0
        assert session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.conference_id != closed)) == others_before
        purge = session.scalars(select(AuditPurge)).one()
        summary = session.scalars(
            select(AuditEntry.id).where(AuditEntry.action == RETENTION_ACTION)).one()
    assert (purge.conference_id, purge.reference) == (closed, "DEMO-0006")
    assert last_entry is not None
    assert last_entry < purge.last_entry_id < summary, "the deletion's own entries are purged"
    assert (purge.purged_by, purge.reason) == ("Test Coordinator", PURGE_REASON)
    assert [(past.reference, past.deleted_by) for past in past_deletions(db)] == [
        ("DEMO-0006", "Test Coordinator")]


def test_every_other_audit_entry_still_cannot_be_deleted(db: Database) -> None:
    kept = create_conference(db, "FGC-KEPT", "Keepington")
    old = _closed(db, "FGC-OLD", date(2020, 1, 1))
    delete_for_retention(db, [old], TODAY)
    with db.session() as session:
        summary = session.scalars(
            select(AuditEntry.id).where(AuditEntry.action == RETENTION_ACTION)).one()
        kept_entry = session.scalars(
            select(AuditEntry.id).where(AuditEntry.conference_id == kept)).first()
    for entry_id in (summary, kept_entry):
        with pytest.raises(DatabaseError, match="audit trail cannot be changed"), \
                db.session() as session:
            session.execute(delete(AuditEntry).where(AuditEntry.id == entry_id))
    with pytest.raises(DatabaseError, match="audit trail cannot be changed"), \
            db.session() as session:
        session.execute(delete(AuditPurge))


def test_a_later_conference_with_the_same_id_keeps_its_history(db: Database) -> None:
    old = _closed(db, "FGC-OLD", date(2020, 1, 1))
    delete_for_retention(db, [old], TODAY)
    newer = create_conference(db, "FGC-NEWER", "Laterby")
    assert newer == old, "SQLite gives the freed id to the next conference"
    with db.session() as session:
        entry = session.scalars(
            select(AuditEntry.id).where(AuditEntry.conference_id == newer)).first()
    assert entry is not None

    with pytest.raises(DatabaseError, match="audit trail cannot be changed"), \
            db.session() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.id == entry))


def test_the_purge_happens_on_a_team_server_too(postgres_url: str) -> None:
    server = Database(postgres_url, actor="Team Coordinator")
    try:
        load_demo(server, date(2026, 11, 26))
        closed = find_conference_id(server, "DEMO-0006")
        personal = _personal_words(server, closed)

        delete_for_retention(server, [closed], TODAY)

        assert [word for word in personal if _trail_mentions(server, word)] == []
        assert [past.reference for past in past_deletions(server)] == ["DEMO-0006"]
        with server.session() as session:
            other = session.scalars(select(AuditEntry.id).where(
                AuditEntry.conference_id.is_not(None))).first()
        with pytest.raises(DatabaseError, match="audit trail cannot be changed"), \
                server.session() as session:
            session.execute(delete(AuditEntry).where(AuditEntry.id == other))
    finally:
        server.close()


def test_a_conference_no_longer_due_stops_the_deletion(db: Database) -> None:
    old = _closed(db, "FGC-OLD-1", date(2020, 1, 1))
    reopened = _closed(db, "FGC-OLD-2", date(2020, 1, 1))
    with db.session() as session:
        conference = session.get(Conference, reopened)
        assert conference is not None
        conference.closed_on = None
    with pytest.raises(UserError, match="FGC-OLD-2 is not past the keeping period"):
        delete_for_retention(db, [old, reopened], TODAY)
    assert find_conference_id(db, "FGC-OLD-1") == old


def test_an_archived_conference_is_due_from_its_archiving(db: Database) -> None:
    conference_id = create_conference(db, "FGC-ARCHIVED", "Shelfby")
    set_archived(db, conference_id, True)
    assert due_for_deletion(db) == []
    assert [candidate.id for candidate in due_for_deletion(db, date(2099, 1, 1))] == [
        conference_id]


def _personal_words(db: Database, conference_id: int) -> list[str]:
    """The family name and the names of everyone in one conference that no other mentions.

    A professional who also works with other families stays in their history.
    """
    with db.session() as session:
        conference = session.get(Conference, conference_id)
        assert conference is not None
        words = {conference.family_name}
        for person in conference.participants:
            words.update(name for name in (person.given_name, person.family_name) if name)
        family_name = conference.family_name
    own = sorted(word for word in words if not _trail_mentions(db, word, conference_id))
    assert family_name in own and len(own) > 3
    return own


def _trail_mentions(db: Database, word: str, except_conference: int | None = None) -> bool:
    pattern = f"%{word}%"
    query = select(func.count(AuditEntry.id)).where(or_(
        AuditEntry.old_value.like(pattern), AuditEntry.new_value.like(pattern)))
    if except_conference is not None:
        query = query.where(AuditEntry.conference_id != except_conference)
    with db.session() as session:
        return bool(session.scalar(query))


def _rows_by_table(db: Database) -> dict[str, int]:
    tables = [mapper.local_table for mapper in Base.registry.mappers
              if issubclass(mapper.class_, Entity)]
    with db.session() as session:
        return {str(table.description): int(session.scalar(
            select(func.count()).select_from(table)) or 0) for table in tables}

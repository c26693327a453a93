"""Conferences kept past the retention period are listed for review and can be deleted."""

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.conferences import create_conference, find_conference_id, set_archived
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.retention import (
    RETENTION_ACTION,
    delete_for_retention,
    due_for_deletion,
    retention_cutoff,
)
from fgc_desktop.services.settings import save_setting
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import AuditEntry, Base, Conference, Entity

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
    with db.session() as session:
        summary = session.scalars(
            select(AuditEntry).where(AuditEntry.action == RETENTION_ACTION)).one()
        removed = session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "delete", AuditEntry.conference_id == closed))
    assert summary.actor == "Test Coordinator"
    assert summary.conference_id == closed
    assert summary.at.date() >= date.today()
    what = json.loads(summary.old_value or "")
    assert what["reference"] == "DEMO-0006"
    assert what["records"]["participants"] == 7
    assert "family_name" not in what
    assert "84-month keeping period" in (summary.new_value or "")
    assert removed == sum(remaining_before.values()) - sum(remaining_after.values())


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


def _rows_by_table(db: Database) -> dict[str, int]:
    tables = [mapper.local_table for mapper in Base.registry.mappers
              if issubclass(mapper.class_, Entity)]
    with db.session() as session:
        return {str(table.description): int(session.scalar(
            select(func.count()).select_from(table)) or 0) for table in tables}

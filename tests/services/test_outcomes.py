"""Where each child lives 3, 6 and 12 months on: made when due, reminded, and recorded."""

from datetime import date

import pytest

from fgc_desktop.domain.enums import LivingArrangement, MeetingStatus
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services import arrangements as arr
from fgc_desktop.services import meeting_record as rec
from fgc_desktop.services.dashboard import ReviewKind, load_dashboard
from fgc_desktop.services.outcomes import (
    FollowUps,
    FollowUpState,
    follow_ups,
    months_later,
    record_outcome,
)
from fgc_desktop.store.database import Database
from tests.services.test_arrangements import build_family
from tests.services.test_plan import MEETING_DAY

DUE = {3: date(2026, 6, 12), 6: date(2026, 9, 12), 12: date(2027, 3, 12)}


def _held(db: Database) -> int:
    cid = build_family(db).conference_id
    arr.set_meeting_time(db, cid, MEETING_DAY.isoformat(), "10:00", "13:00")
    rec.set_meeting_status(db, cid, MeetingStatus.HELD)
    return cid


def _three_months(found: FollowUps) -> int:
    return next(line.id for line in found.lines if line.months_after == 3)


def test_nothing_is_due_before_the_meeting_is_held(db: Database) -> None:
    cid = build_family(db).conference_id
    arr.set_meeting_time(db, cid, MEETING_DAY.isoformat(), "10:00", "13:00")

    assert follow_ups(db, cid).lines == ()


def test_each_child_gets_three_follow_ups_counted_from_the_meeting(db: Database) -> None:
    cid = _held(db)

    found = follow_ups(db, cid, MEETING_DAY)
    again = follow_ups(db, cid, MEETING_DAY)

    assert {line.months_after: line.due_on for line in found.lines} == DUE
    assert [line.child.name for line in found.lines] == ["Robin Fennimore"] * 3
    assert found.meeting_on == MEETING_DAY and len(again.lines) == 3


def test_a_follow_up_is_reminded_when_due_and_when_overdue(db: Database) -> None:
    cid = _held(db)

    assert follow_ups(db, cid, date(2026, 5, 1)).waiting == ()
    soon = follow_ups(db, cid, date(2026, 6, 1))
    late = follow_ups(db, cid, date(2026, 6, 20))

    assert [(w.months_after, w.state(soon.today)) for w in soon.waiting] == [
        (3, FollowUpState.DUE)]
    assert [w.state(late.today) for w in late.waiting] == [FollowUpState.OVERDUE]
    home = load_dashboard(db, date(2026, 6, 1))
    assert [(r.kind, r.child_name, r.months_after) for r in home.reviews.rows] == [
        (ReviewKind.OUTCOME, "Robin Fennimore", 3)]


def test_recording_where_a_child_lives_ends_the_reminder(db: Database) -> None:
    cid = _held(db)
    today = date(2026, 6, 20)
    outcome_id = _three_months(follow_ups(db, cid, today))

    line = record_outcome(db, cid, outcome_id, "living", LivingArrangement.WITH_PARENTS,
                          today=today)

    assert (line.living, line.recorded_on) == (LivingArrangement.WITH_PARENTS, today)
    assert follow_ups(db, cid, today).waiting == ()


def test_looked_after_and_care_proceedings_carry_their_dates(db: Database) -> None:
    cid = _held(db)
    today = date(2026, 6, 20)
    outcome_id = _three_months(follow_ups(db, cid, today))

    with pytest.raises(UserError, match="Choose “Looked after” first"):
        record_outcome(db, cid, outcome_id, "looked_after_since", "2026-05-02", today)
    with pytest.raises(UserError, match="Choose “Yes”"):
        record_outcome(db, cid, outcome_id, "proceedings_issued_on", "2026-05-01", today)
    record_outcome(db, cid, outcome_id, "living", LivingArrangement.LOOKED_AFTER, today)
    record_outcome(db, cid, outcome_id, "looked_after_since", "2026-05-02", today)
    record_outcome(db, cid, outcome_id, "care_proceedings_issued", True, today)
    with pytest.raises(UserError, match="has not come yet"):
        record_outcome(db, cid, outcome_id, "proceedings_issued_on", "2026-07-01", today)
    line = record_outcome(db, cid, outcome_id, "proceedings_issued_on", "2026-05-01", today)

    assert (line.living, line.looked_after_since) == (LivingArrangement.LOOKED_AFTER,
                                                      date(2026, 5, 2))
    assert (line.care_proceedings_issued, line.proceedings_issued_on) == (True,
                                                                          date(2026, 5, 1))
    line = record_outcome(db, cid, outcome_id, "care_proceedings_issued", False, today)
    assert line.proceedings_issued_on is None
    line = record_outcome(db, cid, outcome_id, "living", LivingArrangement.WITH_PARENTS, today)
    assert line.looked_after_since is None


def test_correcting_the_meeting_day_moves_only_unrecorded_follow_ups(db: Database) -> None:
    cid = _held(db)
    today = date(2026, 6, 20)
    record_outcome(db, cid, _three_months(follow_ups(db, cid, today)), "living",
                   LivingArrangement.WITH_PARENTS, today)

    arr.set_meeting_time(db, cid, "2026-03-13", "10:00", "13:00")

    due = {line.months_after: line.due_on for line in follow_ups(db, cid, today).lines}
    assert due == {3: DUE[3], 6: date(2026, 9, 13), 12: date(2027, 3, 13)}


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 31), 3, date(2026, 4, 30)),
    (date(2025, 8, 31), 6, date(2026, 2, 28)),
    (date(2026, 11, 15), 3, date(2027, 2, 15)),
])
def test_months_later_stays_inside_short_months(day: date, months: int, expected: date) -> None:
    assert months_later(day, months) == expected

"""The plan over time: agreed versions kept, new versions copied, actions followed, plan sent."""

from datetime import date

import pytest

from fgc_desktop.domain.enums import (
    ActionStatus,
    DeliveryMethod,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.guidance.progress import StepProgress
from fgc_desktop.services import arrangements as arr
from fgc_desktop.services import meeting_record as rec
from fgc_desktop.services import plan_distribution as dist
from fgc_desktop.services import plan_edits as edits
from fgc_desktop.services.guidance import conference_steps
from fgc_desktop.services.plan import FamilyPlan, PlanView, get_plan, record_decision
from fgc_desktop.services.plan import start_new_version as new_version
from fgc_desktop.services.plan_compare import Change, compare_versions
from fgc_desktop.services.settings import save_setting
from fgc_desktop.store.database import Database
from tests.services.test_arrangements import Family, build_family

MEETING_DAY = date(2026, 3, 12)
TODAY = date(2026, 3, 20)


def presented_plan(db: Database, reference: str = "FGC-2026-0101") -> Family:
    """A held meeting and the plan the family presented: one clear action, one with gaps."""
    family = build_family(db, reference)
    cid = family.conference_id
    arr.set_meeting_time(db, cid, MEETING_DAY.isoformat(), "10:00", "13:00")
    rec.set_meeting_status(db, cid, MeetingStatus.HELD)
    walk = rec.add_action(db, cid, "Linnet walks Robin to school")
    for field, text in (("who", "Linnet"), ("when", "Every school day"),
                        ("how_known", "Robin is at school on time"), ("who_checks", "Tess")):
        rec.update_action(db, cid, walk.id, field, text)
    call = rec.add_action(db, cid, "Wren calls the health visitor")
    rec.update_action(db, cid, call.id, "who", "Wren")
    rec.update_action(db, cid, call.id, "when", "2026-03-16")
    rec.update_plan_field(db, cid, "backup_plan", "If Wren is unwell, Robin stays with Linnet.")
    rec.update_plan_field(db, cid, "review_date", "2026-06-12")
    return family


def agreed_plan(db: Database, reference: str = "FGC-2026-0101") -> Family:
    family = presented_plan(db, reference)
    rec.record_referrer_decision(db, family.conference_id, ReferrerDecision.AGREED,
                                 decided_on=MEETING_DAY)
    return family


def _plan(db: Database, cid: int, number: int | None = None) -> PlanView:
    shown = get_plan(db, cid, number, TODAY).plan
    assert shown is not None
    return shown


def _whole(db: Database, cid: int) -> FamilyPlan:
    return get_plan(db, cid, today=TODAY)


def test_the_agreed_plan_is_kept_as_it_was(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    plan = _plan(db, cid)
    action = plan.actions[0].line

    assert plan.status is PlanStatus.AGREED and not plan.editable
    with pytest.raises(UserError, match="start a new version"):
        edits.update_action(db, cid, action.id, "who", "Corvin")
    with pytest.raises(UserError, match="kept as it was"):
        edits.add_action(db, cid, 1, "Something new")
    with pytest.raises(UserError, match="kept as it was"):
        edits.update_plan_field(db, cid, 1, "backup_plan", "Another plan")
    with pytest.raises(UserError, match="kept as it was"):
        edits.remove_action(db, cid, action.id)
    assert _plan(db, cid).actions[0].line == action


def test_a_new_version_copies_the_latest_actions_and_points_back(db: Database) -> None:
    cid = agreed_plan(db).conference_id

    number = new_version(db, cid, "Wren has moved house", today=TODAY)

    whole = _whole(db, cid)
    assert number == 2 and [v.number for v in whole.versions] == [1, 2]
    second = _plan(db, cid, 2)
    first = _plan(db, cid, 1)
    assert second.status is PlanStatus.DRAFT and second.editable
    assert second.based_on == 1 and second.reason == "Wren has moved house"
    assert second.created_on == TODAY
    assert [a.line.what for a in second.actions] == [a.line.what for a in first.actions]
    assert [a.line.when for a in second.actions] == ["Every school day", "2026-03-16"]
    assert second.text == first.text and second.review_date == first.review_date
    assert first.status is PlanStatus.AGREED


def test_a_new_version_by_hand_needs_a_reason_and_only_one_is_open(db: Database) -> None:
    cid = agreed_plan(db).conference_id

    with pytest.raises(UserError, match="cannot be empty"):
        new_version(db, cid, "  ")
    new_version(db, cid, "The school changed its times")
    with pytest.raises(UserError, match="not decided on yet"):
        new_version(db, cid, "Again")


def test_agreeing_the_new_version_replaces_the_old_one(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    new_version(db, cid, "Wren has moved house")

    record_decision(db, cid, 2, ReferrerDecision.AGREED, today=TODAY)

    assert _plan(db, cid, 1).status is PlanStatus.SUPERSEDED
    assert _plan(db, cid, 2).status is PlanStatus.AGREED
    assert _plan(db, cid, 2).decided_on == TODAY
    with pytest.raises(UserError, match="newer version"):
        record_decision(db, cid, 1, ReferrerDecision.PENDING)

    record_decision(db, cid, 2, ReferrerDecision.PENDING)
    assert _plan(db, cid, 1).status is PlanStatus.AGREED


def test_a_plan_not_agreed_keeps_its_reasons_when_the_family_revises_it(db: Database) -> None:
    cid = presented_plan(db).conference_id
    with pytest.raises(UserError, match="reasons"):
        record_decision(db, cid, 1, ReferrerDecision.NOT_AGREED, "")
    record_decision(db, cid, 1, ReferrerDecision.NOT_AGREED,
                    "Nobody checks that Robin gets to school.", "2026-03-12")

    new_version(db, cid, "The family revised the plan after the referrer's reasons")
    walk = _plan(db, cid, 2).actions[0].line
    edits.update_action(db, cid, walk.id, "who_checks", "Tess, every Friday")
    record_decision(db, cid, 2, ReferrerDecision.AGREED, decided_on="2026-03-19")

    first, second = _plan(db, cid, 1), _plan(db, cid, 2)
    assert first.status is PlanStatus.SUPERSEDED
    assert first.decision is ReferrerDecision.NOT_AGREED
    assert first.reasons == "Nobody checks that Robin gets to school."
    assert first.actions[0].line.who_checks == "Tess"
    assert second.actions[0].line.who_checks == "Tess, every Friday"
    assert second.decided_on == date(2026, 3, 19)


def test_comparing_two_versions_shows_what_was_added_removed_and_changed(
    db: Database,
) -> None:
    cid = agreed_plan(db).conference_id
    new_version(db, cid, "Wren has moved house")
    walk, call = (a.line for a in _plan(db, cid, 2).actions)
    edits.update_action(db, cid, walk.id, "who", "Linnet and Corvin")
    edits.remove_action(db, cid, call.id)
    edits.add_action(db, cid, 2, "Corvin fixes the heating")
    edits.update_plan_field(db, cid, 2, "backup_plan", "Robin stays with Linnet.")

    compared = compare_versions(db, cid, 1, 2)

    changes = [(pair.change, pair.fields) for pair in compared.actions]
    assert changes == [(Change.CHANGED, ("who",)), (Change.REMOVED, ()), (Change.ADDED, ())]
    assert compared.actions[1].before is not None
    assert compared.actions[1].before.what == "Wren calls the health visitor"
    changed_texts = [text.title for text in compared.texts if text.changed]
    assert changed_texts == ["The back-up plan"]
    assert (compared.count(Change.ADDED), compared.count(Change.REMOVED),
            compared.count(Change.CHANGED)) == (1, 1, 1)


def test_an_action_not_done_needs_the_reason_why(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    call = _plan(db, cid).actions[1].line

    with pytest.raises(UserError, match="Say why"):
        edits.set_action_status(db, cid, call.id, ActionStatus.NOT_DONE, " ")
    assert _plan(db, cid).actions[1].status is ActionStatus.NOT_STARTED

    edits.set_action_status(db, cid, call.id, ActionStatus.NOT_DONE, "The line was busy")
    assert _plan(db, cid).actions[1].status_reason == "The line was busy"
    edits.set_action_status(db, cid, call.id, ActionStatus.DONE)
    done = _plan(db, cid).actions[1]
    assert (done.status, done.status_reason) == (ActionStatus.DONE, "")


def test_notes_are_dated_and_signed(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    save_setting(db, "coordinator_name", "Robin Sample")
    walk = _plan(db, cid).actions[0].line

    edits.add_action_note(db, cid, walk.id, "On time every day this week.", today=TODAY)
    with pytest.raises(UserError, match="cannot be empty"):
        edits.add_action_note(db, cid, walk.id, "")

    [note] = _plan(db, cid).actions[0].notes
    assert (note.written_on, note.text, note.by_whom) == (
        TODAY, "On time every day this week.", "Robin Sample")


def test_a_replaced_version_takes_no_more_notes_or_status(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    walk = _plan(db, cid).actions[0].line
    new_version(db, cid, "Wren has moved house")
    record_decision(db, cid, 2, ReferrerDecision.AGREED)

    with pytest.raises(UserError, match="newest version"):
        edits.add_action_note(db, cid, walk.id, "Late note")
    with pytest.raises(UserError, match="newest version"):
        edits.set_action_status(db, cid, walk.id, ActionStatus.DONE)


def test_an_action_past_its_date_and_not_done_is_overdue(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    walk, call = _plan(db, cid).actions

    assert (walk.days_overdue, call.days_overdue) == (0, 4)
    edits.set_action_status(db, cid, call.line.id, ActionStatus.DONE)
    assert _plan(db, cid).actions[1].days_overdue == 0


def test_only_the_latest_version_shows_overdue_actions(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    new_version(db, cid, "Wren has moved house")

    assert _plan(db, cid, 1).actions[1].days_overdue == 0
    assert _plan(db, cid, 2).actions[1].days_overdue == 4


def test_each_action_carries_its_warnings(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    walk, call = _plan(db, cid).actions

    assert walk.warnings == ()
    assert [w.field for w in call.warnings] == ["how_known", "who_checks"]


def test_sending_the_plan_to_everyone_in_time_ticks_the_step(db: Database) -> None:
    family = agreed_plan(db)
    cid = family.conference_id

    def step() -> StepProgress:
        return next(s.progress for s in conference_steps(db, cid, TODAY)
                    if s.step.key == "plan_sent_on_time")

    dist.add_recipient(db, cid, 1, family.mother)
    dist.add_recipient(db, cid, 1, family.worker)
    assert step() is StepProgress.OPEN

    dist.record_sending(db, cid, 1, family.mother, DeliveryMethod.HANDED_OVER, "2026-03-14",
                        today=TODAY)
    assert step() is StepProgress.OPEN
    sent = dist.record_sending(db, cid, 1, family.worker, DeliveryMethod.EMAILED, today=TODAY)

    assert sent.sent_on == TODAY
    assert step() is StepProgress.DONE
    lines = {r.person.id: (r.method, r.sent_on) for r in _plan(db, cid).recipients}
    assert lines == {family.mother: (DeliveryMethod.HANDED_OVER, date(2026, 3, 14)),
                     family.worker: (DeliveryMethod.EMAILED, TODAY)}


def test_sending_refuses_impossible_records(db: Database) -> None:
    family = agreed_plan(db)
    cid = family.conference_id
    dist.add_recipient(db, cid, 1, family.aunt)

    with pytest.raises(UserError, match="already on the list"):
        dist.add_recipient(db, cid, 1, family.aunt)
    with pytest.raises(UserError, match="Choose how"):
        dist.record_sending(db, cid, 1, family.aunt, None, "2026-03-14", today=TODAY)
    with pytest.raises(UserError, match="has not come yet"):
        dist.record_sending(db, cid, 1, family.aunt, DeliveryMethod.POSTED, "2026-04-01",
                            today=TODAY)
    with pytest.raises(UserError, match="only made on"):
        dist.record_sending(db, cid, 1, family.aunt, DeliveryMethod.POSTED, "2026-03-01",
                            today=TODAY)
    not_sent = dist.record_sending(db, cid, 1, family.aunt, None, today=TODAY)
    assert (not_sent.method, not_sent.sent_on) == (None, None)


def test_taking_someone_off_the_list_can_be_undone(db: Database) -> None:
    family = agreed_plan(db)
    cid = family.conference_id
    dist.add_recipient(db, cid, 1, family.aunt)
    dist.record_sending(db, cid, 1, family.aunt, DeliveryMethod.POSTED, "2026-03-13",
                        today=TODAY)

    removed = dist.remove_recipient(db, cid, 1, family.aunt)
    assert _plan(db, cid).recipients == ()
    dist.restore_recipient(db, cid, 1, removed)

    [back] = _plan(db, cid).recipients
    assert (back.person.id, back.method, back.sent_on) == (
        family.aunt, DeliveryMethod.POSTED, date(2026, 3, 13))

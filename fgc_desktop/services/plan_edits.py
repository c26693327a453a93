"""Changing a plan version not yet decided on, and following each action once it is.

What a plan says (its actions and its words) changes only while the version
is a draft or just presented. How each action is going (its status and dated
notes) is recorded on any version still followed, that is, not yet replaced.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import ActionStatus, PlanStatus
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import conference_person
from fgc_desktop.services.meeting_record import (
    ACTION_TEXT,
    PLAN_TEXT,
    ActionLine,
    action_changes,
    action_line,
    restored_action,
)
from fgc_desktop.services.plan import check_editable, version_for_edit
from fgc_desktop.services.settings import get_setting
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import ActionNote, PlanAction

NOTE_LENGTH = 4_000
REASON_LENGTH = 2_000


def update_plan_field(db: Database, conference_id: int, number: int, field: str,
                      value: Any) -> Any:
    """Saves the help from services, back-up plan, checking, review date or family lead."""
    if field in PLAN_TEXT:
        title, longest = PLAN_TEXT[field]
        checked: Any = check_text(_(title), value, longest)
    elif field == "review_date":
        checked = check_date(_("Review date"), value)
    elif field != "family_lead_id":
        raise ValueError(f"{field} is not a field of a plan version")
    with db.session() as session:
        if field == "family_lead_id":
            checked = (None if value is None
                       else conference_person(session, conference_id, value).id)
        setattr(version_for_edit(session, conference_id, number), field, checked)
    return checked


def add_action(db: Database, conference_id: int, number: int, what: Any) -> ActionLine:
    """Adds an action at the end of a version not yet decided on."""
    title, longest = ACTION_TEXT["what"]
    text = check_text(_(title), what, longest, required=True)
    with db.session() as session:
        plan = version_for_edit(session, conference_id, number)
        action = PlanAction(what=text,
                            position=max((a.position for a in plan.actions), default=0) + 1)
        plan.actions.append(action)
        session.flush()
        return action_line(action)


def _action(session: Session, conference_id: int, action_id: int) -> PlanAction:
    action = session.get(PlanAction, action_id)
    if action is None or action.plan_version.conference_id != conference_id:
        raise UserError(_("That action is no longer in the plan. Reopen the page."))
    return action


def _action_for_edit(session: Session, conference_id: int, action_id: int) -> PlanAction:
    action = _action(session, conference_id, action_id)
    check_editable(action.plan_version)
    return action


def update_action(db: Database, conference_id: int, action_id: int, field: str,
                  value: Any) -> ActionLine:
    """Saves one detail of an action: what, who, when, how everyone will know, who checks."""
    changes = action_changes(field, value)
    with db.session() as session:
        action = _action_for_edit(session, conference_id, action_id)
        for name, checked in changes.items():
            setattr(action, name, checked)
        return action_line(action)


def remove_action(db: Database, conference_id: int, action_id: int) -> ActionLine:
    """Removes an action; returns it so that an Undo can put it back."""
    with db.session() as session:
        action = _action_for_edit(session, conference_id, action_id)
        removed = action_line(action)
        action.plan_version.actions.remove(action)
    return removed


def restore_action(db: Database, conference_id: int, number: int, removed: ActionLine
                   ) -> ActionLine:
    """Puts a removed action back in its place."""
    with db.session() as session:
        action = restored_action(version_for_edit(session, conference_id, number), removed)
        session.flush()
        return action_line(action)


def _followed_action(session: Session, conference_id: int, action_id: int) -> PlanAction:
    action = _action(session, conference_id, action_id)
    if action.plan_version.status is PlanStatus.SUPERSEDED:
        raise UserError(_("This version was replaced and is kept as it was. Record how the "
                          "action is going on the newest version."))
    return action


def set_action_status(db: Database, conference_id: int, action_id: int,
                      status: ActionStatus, reason: Any = "") -> None:
    """Not started, in progress, done, or not done, which needs the reason why."""
    status = ActionStatus(status)
    text = check_text(_("Why it was not done"), reason, REASON_LENGTH)
    if status is ActionStatus.NOT_DONE and not text:
        raise UserError(_("Say why the action was not done, so the family and the referrer "
                          "can decide what to do next."))
    with db.session() as session:
        action = _followed_action(session, conference_id, action_id)
        action.status = status
        action.status_reason = text if status is ActionStatus.NOT_DONE else ""


def add_action_note(db: Database, conference_id: int, action_id: int, text: Any,
                    today: date | None = None) -> None:
    """A dated note on how an action is going, signed with the coordinator's name."""
    words = check_text(_("The note"), text, NOTE_LENGTH, required=True)
    by_whom = str(get_setting(db, "coordinator_name")) or db.actor
    with db.session() as session:
        action = _followed_action(session, conference_id, action_id)
        action.notes.append(ActionNote(written_on=today or date.today(), text=words,
                                       by_whom=by_whom[:120]))


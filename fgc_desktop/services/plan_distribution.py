"""Who receives each version of the plan, and when and how it reached them.

The good-practice step “the plan sent out within the target” reads these
records for the plan agreed at the meeting. Sending is a fact, not part of
what the plan says, so it can be recorded on any version, even a replaced one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import DeliveryMethod
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.validation import check_date
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import conference_person, person
from fgc_desktop.services.plan import RecipientLine, find_version, version_day
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import PlanRecipient


def _recipient(session: Session, conference_id: int, number: int, participant_id: int
               ) -> PlanRecipient:
    plan = find_version(session, conference_id, number)
    found = next((r for r in plan.recipients if r.participant_id == participant_id), None)
    if found is None:
        raise UserError(_("That person is no longer on the list for this plan. "
                          "Reopen the page."))
    return found


def add_recipient(db: Database, conference_id: int, number: int, participant_id: Any) -> None:
    """Puts someone from the conference on this version's distribution list."""
    with db.session() as session:
        plan = find_version(session, conference_id, number)
        someone = conference_person(session, conference_id, participant_id)
        if any(r.participant_id == someone.id for r in plan.recipients):
            raise UserError(_("{name} is already on the list.").format(
                name=someone.display_name))
        plan.recipients.append(PlanRecipient(participant=someone))


def remove_recipient(db: Database, conference_id: int, number: int, participant_id: int
                     ) -> RecipientLine:
    """Takes someone off the list; returns what was recorded so an Undo can put it back."""
    with db.session() as session:
        found = _recipient(session, conference_id, number, participant_id)
        removed = RecipientLine(person(found.participant), found.method, found.sent_on)
        found.plan_version.recipients.remove(found)
    return removed


def restore_recipient(db: Database, conference_id: int, number: int, line: RecipientLine
                      ) -> None:
    with db.session() as session:
        plan = find_version(session, conference_id, number)
        someone = conference_person(session, conference_id, line.person.id)
        plan.recipients.append(PlanRecipient(participant=someone, method=line.method,
                                             sent_on=line.sent_on))


def record_sending(db: Database, conference_id: int, number: int, participant_id: int,
                   method: DeliveryMethod | None, sent_on: Any = None,
                   today: date | None = None) -> RecipientLine:
    """How and when the plan reached one person; no method means not sent yet.

    A method chosen without a date is taken as sent today, which the
    coordinator can then correct.
    """
    today = today or date.today()
    how = None if method is None else DeliveryMethod(method)
    day = check_date(_("Sent on"), sent_on)
    if how is None and day is not None:
        raise UserError(_("Choose how the plan was sent (handed over, posted or emailed), "
                          "then the date."))
    if day is not None and day > today:
        raise UserError(_("Sent on: that day has not come yet. Enter the day it was sent."))
    with db.session() as session:
        found = _recipient(session, conference_id, number, participant_id)
        made = version_day(found.plan_version, found.plan_version.conference.meetings)
        if day is not None and day < made:
            raise UserError(_("Sent on: the plan was only made on {day}. "
                              "Enter the day it was sent.").format(day=made.isoformat()))
        found.method = how
        found.sent_on = None if how is None else day or today
        return RecipientLine(person(found.participant), found.method, found.sent_on)

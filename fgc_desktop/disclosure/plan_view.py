"""The family plan as one person on its distribution list may read it."""

from __future__ import annotations

from fgc_desktop.disclosure.free_text import Cleaner
from fgc_desktop.disclosure.view import ActionView, InviteeView, PlanView
from fgc_desktop.domain.enums import Attendance
from fgc_desktop.domain.text import N_
from fgc_desktop.store.models import Conference, Meeting, Participant, PlanAction, PlanVersion

PRESENT = (Attendance.ATTENDED, Attendance.ATTENDED_PART)


def plan_view(
    conference: Conference, plan: PlanVersion, recipient: Participant,
    people: dict[int, Participant], clean: Cleaner,
) -> PlanView | None:
    """The plan, or ``None`` when ``recipient`` is not on its list of who gets a copy."""
    on_list = [people.get(r.participant_id) or r.participant for r in plan.recipients]
    if recipient not in on_list:
        return None
    lead = (people.get(plan.family_lead_id) if plan.family_lead_id is not None
            else plan.family_lead)
    where = N_("the plan")
    return PlanView(
        uid=plan.uid or "",
        number=plan.number,
        created_on=plan.created_on,
        took_part=_took_part(_made_at(conference, plan), people, clean),
        actions=tuple(_action(action, clean) for action in plan.actions),
        help_from_services=clean.free(plan, "help_from_services", where),
        backup_plan=clean.free(plan, "backup_plan", where),
        monitoring=clean.free(plan, "monitoring", where),
        review_date=plan.review_date,
        family_lead_name=clean(lead.display_name, where) if lead else "",
        referrer_decision=plan.referrer_decision,
        referrer_reasons=clean.free(plan, "referrer_reasons", where),
        distribution=tuple(clean(person.display_name, where)
                           for person in on_list if person is not None),
    )


def _action(action: PlanAction, clean: Cleaner) -> ActionView:
    where = N_("the plan")
    return ActionView(
        what=clean.free(action, "what", where),
        who=clean.free(action, "who", where),
        by_when=action.by_when,
        by_when_text=clean.free(action, "by_when_text", where),
        how_known=clean.free(action, "how_known", where),
        who_checks=clean.free(action, "who_checks", where),
    )


def _made_at(conference: Conference, plan: PlanVersion) -> Meeting | None:
    if plan.made_at_meeting_id is None:
        return None
    return next((meeting for meeting in conference.meetings
                 if meeting.id == plan.made_at_meeting_id), None)


def _took_part(
    meeting: Meeting | None, people: dict[int, Participant], clean: Cleaner
) -> tuple[InviteeView, ...]:
    """Who was at the meeting that made the plan: only those who came, in seating order."""
    if meeting is None:
        return ()
    where = N_("who took part")
    present = (people.get(seat.participant_id) or seat.participant
               for seat in meeting.attendees if seat.attendance in PRESENT)
    return tuple(
        InviteeView(clean(person.display_name, where),
                    clean(person.relationship_to_child, where))
        for person in present if person is not None
    )

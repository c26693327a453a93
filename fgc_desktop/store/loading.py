"""Loading a whole conference in a few queries, for rules, documents and export."""

from sqlalchemy.orm import Session, selectinload

from fgc_desktop.domain.errors import UserError
from fgc_desktop.store.models import (
    Conference,
    InformationItem,
    Meeting,
    PlanAction,
    PlanVersion,
    Separation,
)

WHOLE_CONFERENCE = (
    selectinload(Conference.participants),
    selectinload(Conference.consents),
    selectinload(Conference.separations).selectinload(Separation.first),
    selectinload(Conference.separations).selectinload(Separation.second),
    selectinload(Conference.contacts),
    selectinload(Conference.meetings).selectinload(Meeting.choices),
    selectinload(Conference.meetings).selectinload(Meeting.attendees),
    selectinload(Conference.meetings).selectinload(Meeting.interpreters),
    selectinload(Conference.information_items).selectinload(InformationItem.decisions),
    selectinload(Conference.plan_versions).selectinload(PlanVersion.actions)
    .selectinload(PlanAction.notes),
    selectinload(Conference.plan_versions).selectinload(PlanVersion.recipients),
    selectinload(Conference.outcomes),
    selectinload(Conference.documents),
    selectinload(Conference.step_marks),
    selectinload(Conference.translations),
)


def load_conference(session: Session, conference_id: int) -> Conference:
    """The conference with everything it holds, or a message if it is gone."""
    conference = session.get(Conference, conference_id, options=WHOLE_CONFERENCE)
    if conference is None:
        raise UserError("That conference no longer exists. It may have been deleted.")
    return conference

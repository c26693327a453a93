"""Loading a whole conference in a few queries, for rules, documents and export.

``WHAT_STEP_RULES_READ`` loads only what the good-practice rules read (Home and
the workspace's step counts need no more); ``WHOLE_CONFERENCE`` loads it all.
"""

from collections.abc import Sequence

from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

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

WHAT_STEP_RULES_READ = (
    selectinload(Conference.participants),
    selectinload(Conference.consents),
    selectinload(Conference.separations).selectinload(Separation.first),
    selectinload(Conference.separations).selectinload(Separation.second),
    selectinload(Conference.contacts),
    selectinload(Conference.meetings).selectinload(Meeting.choices),
    selectinload(Conference.meetings).selectinload(Meeting.attendees),
    selectinload(Conference.meetings).selectinload(Meeting.interpreters),
    selectinload(Conference.information_items).selectinload(InformationItem.decisions),
    selectinload(Conference.plan_versions).selectinload(PlanVersion.recipients),
    selectinload(Conference.step_marks),
)
"""Everything the good-practice rules read, and no more: a whole conference less its plan
actions, outcomes, documents and translations: seven fewer queries a batch. A test
evaluates every step with nothing else loadable, so a rule that reads more fails it."""


def load_conference(session: Session, conference_id: int,
                    options: Sequence[ORMOption] = WHOLE_CONFERENCE) -> Conference:
    """The conference with everything it holds (or what ``options`` load), or a message if
    it is gone."""
    conference = session.get(Conference, conference_id, options=options)
    if conference is None:
        raise UserError("That conference no longer exists. It may have been deleted.")
    return conference

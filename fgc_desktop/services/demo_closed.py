"""Demo: a closed and archived conference, with every outcome recorded a year on.

One parent withdrew consent after the review; the record of his consent stays.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    ChildParticipation,
    ConsentEvent,
    DeliveryMethod,
    LivingArrangement,
    MeetingKind,
    Role,
    Stage,
    StepState,
)
from fgc_desktop.services.demo_build import (
    People,
    Referrer,
    add_child,
    add_person,
    at,
    days_from,
    invite_all,
    lines,
    mark_step,
    new_conference,
    record_consent,
)
from fgc_desktop.services.demo_meetings import (
    ActionSpec,
    Note,
    Venue,
    add_actions,
    agreed_plan,
    distribute,
    held_meeting,
    outcome,
    seat,
    seat_all,
)
from fgc_desktop.store.models import Conference

FAMILY = "Brightsample"
COORDINATOR = "Jo Demoford"
MEETING_DAYS_AGO = 400
REVIEW_DAYS_AGO = 310
CLOSED_DAYS_AGO = 20
VENUE = Venue("Exampleton Family Centre (demo)", "1 Sample Road, Exampleton EX1 1AA")


def build(session: Session, reference: str, today: date) -> None:
    conference = _referral(session, reference, today)
    people = _network(conference, today)
    record_consent(session, conference, people["chloe"], days_from(today, -430))
    record_consent(session, conference, people["liam"], days_from(today, -428))
    record_consent(
        session, conference, people["liam"], days_from(today, -290), ConsentEvent.WITHDRAWN,
        notes="Liam said he no longer wanted the service to contact him. The rest of the "
        "family carried on with the plan.",
    )
    invite_all(people, days_from(today, -MEETING_DAYS_AGO - 14), {})
    _meetings_and_plan(session, conference, people, today)
    meeting_day = days_from(today, -MEETING_DAYS_AGO)
    for child in conference.children:
        for months in (3, 6, 12):
            outcome(conference, child, meeting_day, months, LivingArrangement.WITH_PARENTS,
                    notes="Living with Chloe and Ionuț. No court case was needed.")
    mark_step(
        conference, "everyone_contacted", StepState.NOT_APPLICABLE, days_from(today, -300),
        reason="Preparation was done before the service used FGC Desktop; the visit notes "
        "are in the paper file.",
    )


def _referral(session: Session, reference: str, today: date) -> Conference:
    return new_conference(
        session, reference, FAMILY, Stage.CLOSED,
        Referrer("Alex Placeholder", "Social worker", "Children and Families North (demo)",
                 "106"),
        coordinator_name=COORDINATOR, referral_date=days_from(today, -440),
        target_meeting_date=days_from(today, -MEETING_DAYS_AGO),
        closed_on=days_from(today, -CLOSED_DAYS_AGO), archived=True,
        archived_at=at(days_from(today, -CLOSED_DAYS_AGO), 16),
        reason_for_referral="Maisie's school noticed she was often late and upset after "
        "her parents separated.",
        worries=lines(
            "Maisie and Alfie were caught up in their parents' arguments after they separated.",
            "Maisie was often late for school and seemed tired and worried.",
        ),
        strengths=lines(
            "Both parents love the children and want them to be happy.",
            "Grandma Pauline is a steady, caring person in the children's lives.",
            "Ionuț is patient with the children and helps with homework.",
        ),
        bottom_lines=lines("The children must not hear their parents argue."),
        questions=lines(
            "How will Chloe and Liam hand the children over without arguing?",
            "Who will make sure Maisie gets to school on time?",
        ),
        notes="Closed after the 12-month check. The family's plan kept working.",
    )


def _network(conference: Conference, today: date) -> People:
    return {
        "chloe": add_person(conference, "Chloe", FAMILY, Role.FAMILY,
                            relationship_to_child="Mother", has_parental_responsibility=True),
        "liam": add_person(conference, "Liam", "Sampleford", Role.FAMILY,
                           relationship_to_child="Father", has_parental_responsibility=True),
        "maisie": add_child(conference, "Maisie", FAMILY, 9, ChildParticipation.ATTENDS_PART,
                            today),
        "alfie": add_child(conference, "Alfie", FAMILY, 6, ChildParticipation.RECORDED_VIEWS,
                           today, notes="Recorded a short video about his favourite things."),
        "ionut": add_person(conference, "Ionuț", "Exemplu", Role.FAMILY,
                            relationship_to_child="Chloe's partner", preferred_language="ro"),
        "pauline": add_person(conference, "Pauline", FAMILY, Role.FAMILY,
                              relationship_to_child="Grandmother (Chloe's mother)"),
        "social_worker": add_person(conference, "Alex", "Placeholder", Role.PROFESSIONAL,
                                    relationship_to_child="Social worker"),
    }


def _meetings_and_plan(
    session: Session, conference: Conference, people: People, today: date
) -> None:
    day = days_from(today, -MEETING_DAYS_AGO)
    meeting = held_meeting(
        conference, MeetingKind.CONFERENCE, at(day, 18), VENUE,
        food="Pizza, the children's choice", outcome="The family agreed a plan.",
    )
    seat_all(meeting, (people[key] for key in (
        "chloe", "liam", "ionut", "pauline", "social_worker")), Attendance.ATTENDED)
    seat(meeting, people["maisie"], Attendance.ATTENDED_PART)
    seat(meeting, people["alfie"], Attendance.VIEWS_ANOTHER_WAY,
         views_another_way="His video was shown at the start of family time.")
    plan = agreed_plan(
        session, conference, meeting, day, family_lead=people["pauline"],
        review_date=days_from(today, -REVIEW_DAYS_AGO),
        backup_plan="If a handover goes wrong, the children stay with Grandma Pauline "
        "that night.",
        monitoring="Pauline keeps a note of every handover. The school tells Chloe if "
        "Maisie is late.",
    )
    add_actions(plan, today, (
        ActionSpec("Handovers happen at Grandma Pauline's house, not at the front door.",
                   "Chloe, Liam and Pauline", "Pauline says each handover was calm.",
                   "Pauline", by_when_text="Every handover", status=ActionStatus.DONE,
                   notes=(Note(-330, "Every handover has been calm since the meeting.",
                               COORDINATOR),)),
        ActionSpec("Ionuț walks Maisie to school on weekdays.", "Ionuț",
                   "Maisie is on time.", "Chloe", by_when_text="Every school day",
                   status=ActionStatus.DONE,
                   notes=(Note(-320, "The school says Maisie has been on time all term.",
                               COORDINATOR),)),
    ))
    distribute(session, conference, plan, [
        (people[key], DeliveryMethod.POSTED, days_from(day, 3))
        for key in ("chloe", "liam", "ionut", "pauline", "social_worker")
    ])
    review = held_meeting(
        conference, MeetingKind.REVIEW, at(days_from(today, -REVIEW_DAYS_AGO), 18), VENUE,
        outcome="The plan is working. Nobody wanted to change it.",
    )
    seat_all(review, (people[key] for key in ("chloe", "ionut", "pauline", "social_worker")),
             Attendance.ATTENDED)
    seat(review, people["liam"], Attendance.ABSENT)

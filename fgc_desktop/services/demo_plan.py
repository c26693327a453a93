"""Demo: an Urdu-speaking family whose plan was agreed nine days ago and is being sent out."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    Attendance,
    ChildParticipation,
    DeliveryMethod,
    MeetingKind,
    ReplyStatus,
    Role,
    Stage,
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
    new_conference,
    record_consent,
)
from fgc_desktop.services.demo_meetings import (
    ActionSpec,
    Venue,
    add_actions,
    agreed_plan,
    book_interpreter,
    distribute,
    held_meeting,
    seat,
)
from fgc_desktop.store.models import Conference, Meeting

FAMILY = "Misaal"
MEETING_DAYS_AGO = 9
SOCIAL_WORKER = "Dani Fictionby"
REPLIES = {"hamza": ReplyStatus.VIEWS_ANOTHER_WAY, "bilal": ReplyStatus.VIEWS_ANOTHER_WAY}


def build(session: Session, reference: str, today: date) -> None:
    conference = _referral(session, reference, today)
    people = _network(conference, today)
    for parent in ("saima", "imran"):
        record_consent(session, conference, people[parent], days_from(today, -55))
    invite_all(people, days_from(today, -30), REPLIES)
    meeting = _meeting(conference, people, today)
    _plan(session, conference, meeting, people, today)


def _referral(session: Session, reference: str, today: date) -> Conference:
    return new_conference(
        session, reference, FAMILY, Stage.PLAN,
        Referrer(SOCIAL_WORKER, "Social worker", "Children and Families West (demo)", "104"),
        coordinator_name="Jo Demoford", referral_date=days_from(today, -60),
        target_meeting_date=days_from(today, -MEETING_DAYS_AGO),
        reason_for_referral="Hamza came to school with bruises twice this term. His dad "
        "said he had smacked him.",
        worries=lines(
            "Hamza has come to school with bruises twice this term.",
            "Imran sometimes loses his temper and smacks the children.",
            "Saima has few people to talk to and feels alone.",
        ),
        strengths=lines(
            "Imran wants to learn other ways to handle the children when they misbehave.",
            "Grandma Nasreen lives two streets away, and the children love staying with her.",
            "Aliza and Hamza do well at school and have good friends.",
        ),
        bottom_lines=lines(
            "No one may hit or hurt the children.",
            "Any new mark or bruise must be seen by a doctor the same day.",
        ),
        questions=lines(
            "How will the family make sure nobody hits Aliza or Hamza?",
            "Who can Saima and the children go to when things get hard at home?",
        ),
    )


def _network(conference: Conference, today: date) -> People:
    advocate = add_person(
        conference, "Jamie", "Voiceworth", Role.ADVOCATE,
        relationship_to_child="Hamza's advocate, Young Voices (demo)",
    )
    return {
        "saima": add_person(
            conference, "Saima", FAMILY, Role.FAMILY, relationship_to_child="Mother",
            has_parental_responsibility=True, preferred_language="ur", needs_interpreter=True,
            interpreter_language="ur",
        ),
        "imran": add_person(
            conference, "Imran", FAMILY, Role.FAMILY, relationship_to_child="Father",
            has_parental_responsibility=True, preferred_language="ur",
        ),
        "aliza": add_child(conference, "Aliza", FAMILY, 12, ChildParticipation.ATTENDS_PART,
                           today, preferred_language="en"),
        "hamza": add_child(conference, "Hamza", FAMILY, 8, ChildParticipation.ADVOCATE_SPEAKS,
                           today, advocate=advocate),
        "nasreen": add_person(
            conference, "Nasreen", FAMILY, Role.FAMILY,
            relationship_to_child="Grandmother (Imran's mother)", preferred_language="ur",
            needs_interpreter=True, interpreter_language="ur",
            access_needs="Finds stairs hard. Needs a seat near the door.",
        ),
        "farah": add_person(
            conference, "Farah", "Misaal-Khan", Role.FAMILY,
            relationship_to_child="Aunt (Imran's sister)", preferred_language="ur",
            needs_childcare=True,
        ),
        "bilal": add_person(
            conference, "Bilal", FAMILY, Role.FAMILY, relationship_to_child="Uncle",
            preferred_language="ur", notes="Lives far away. Sent a voice message in Urdu.",
        ),
        "advocate": advocate,
        "social_worker": add_person(conference, "Dani", "Fictionby", Role.PROFESSIONAL,
                                    relationship_to_child="Social worker"),
    }


def _meeting(conference: Conference, people: People, today: date) -> Meeting:
    meeting = held_meeting(
        conference, MeetingKind.CONFERENCE, at(days_from(today, -MEETING_DAYS_AGO), 13),
        Venue("Exampleton Community Centre (demo)", "40 Example Avenue, Exampleton EX5 6EF",
              "Step-free. Seats near the door kept for Nasreen."),
        food="Samosas and tea, chosen by Nasreen", language="ur",
        childcare="A crèche for Farah's little boy.",
        outcome="The family agreed a plan. Dani agreed it at the meeting.",
    )
    for key in ("saima", "imran", "nasreen", "farah", "advocate", "social_worker"):
        seat(meeting, people[key], Attendance.ATTENDED)
    seat(meeting, people["aliza"], Attendance.ATTENDED_PART)
    seat(meeting, people["hamza"], Attendance.VIEWS_ANOTHER_WAY,
         views_another_way="Jamie read out Hamza's words: he wants Dad to stop shouting "
         "and to take him to the park.")
    seat(meeting, people["bilal"], Attendance.VIEWS_ANOTHER_WAY,
         views_another_way="A voice message in Urdu, played during family time.")
    book_interpreter(meeting, "ur", True, interpreter_name="Zainab Tarjuma (demo)",
                     agency="Demo Language Services")
    return meeting


def _plan(
    session: Session, conference: Conference, meeting: Meeting, people: People, today: date
) -> None:
    plan = agreed_plan(
        session, conference, meeting, days_from(today, -MEETING_DAYS_AGO),
        family_lead=people["nasreen"], review_date=days_from(today, 80),
        help_from_services=lines(
            "A parenting course for Imran at the family centre, starting next month.",
            "A women's group with a crèche for Saima at the community centre.",
        ),
        backup_plan="If Imran starts to lose his temper, he will go to his mother's house "
        "until he is calm. If a child is ever hurt, Saima will take the children to "
        "Nasreen's and phone Dani.",
        monitoring="Nasreen calls in every day after school. Dani visits every two weeks. "
        "The school tells Dani at once about any worry.",
    )
    add_actions(plan, today, (
        ActionSpec("Imran goes to every session of the parenting course.", "Imran",
                   "The course leader sends Dani a note after each session.",
                   "Dani, social worker", due_in=60),
        ActionSpec("The children stay with Grandma Nasreen on Friday nights, so everyone "
                   "gets a break.", "Nasreen and Saima",
                   "Aliza tells Grandma how the week went.", "Farah",
                   by_when_text="Every Friday"),
        ActionSpec("Saima joins the women's group.", "Saima, with Farah",
                   "Farah goes with her the first time.", "Farah", due_in=21),
        ActionSpec("Aliza and Hamza each have a card with the people to call if they feel "
                   "scared.", "Nasreen", "Both children can say who is on their card.",
                   "Jamie, Hamza's advocate", due_in=7),
    ))
    handed_over, posted = days_from(today, -5), days_from(today, -4)
    distribute(session, conference, plan, [
        (people["saima"], DeliveryMethod.HANDED_OVER, handed_over),
        (people["imran"], DeliveryMethod.HANDED_OVER, handed_over),
        (people["nasreen"], DeliveryMethod.POSTED, posted),
        (people["social_worker"], DeliveryMethod.EMAILED, posted),
    ], waiting=[people[key] for key in ("farah", "bilal", "advocate")])

"""Demo: a Polish-speaking family two days before its meeting; every reply is in."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    ContactKind,
    InformationCategory,
    InvitationStatus,
    MeetingKind,
    ReplyStatus,
    Role,
    Sensitivity,
    Stage,
)
from fgc_desktop.services.demo_build import (
    People,
    Referrer,
    add_child,
    add_item,
    add_person,
    at,
    days_from,
    invite_all,
    lines,
    log_contact,
    log_document,
    new_conference,
    record_consent,
    share_with_all,
)
from fgc_desktop.services.demo_meetings import (
    Venue,
    book_interpreter,
    choose,
    planned_meeting,
    seat,
    seat_all,
)
from fgc_desktop.store.models import Conference

FAMILY = "Przykładowska"
MEETING_IN_DAYS = 2
INVITED_DAYS_AGO = 12
REPLIES = {"halina": ReplyStatus.VIEWS_ANOTHER_WAY, "joanne": ReplyStatus.NOT_COMING}




def build(session: Session, reference: str, today: date) -> None:
    conference = _referral(session, reference, today)
    people = _network(conference, today)
    for parent in ("kasia", "tomasz"):
        record_consent(session, conference, people[parent], days_from(today, -38))
    log_contact(
        conference, people["kasia"], days_from(today, -30), ContactKind.VISIT,
        ("purpose", "private_family_time", "who_is_invited", "information_sharing"),
        "Visited Kasia and Tomasz at home with a Polish interpreter. They chose the library.",
    )
    log_contact(
        conference, people["zuzia"], days_from(today, -25), ContactKind.VISIT,
        ("purpose", "how_the_child_takes_part"),
        "Zuzia wants to come for the start and the end, and play in the library in between.",
    )
    _meeting(conference, people, today)
    _invitations(session, conference, people, today)


def _referral(session: Session, reference: str, today: date) -> Conference:
    return new_conference(
        session, reference, FAMILY, Stage.MEETING,
        Referrer("Tom Sampleby", "Social worker", "Children and Families South (demo)", "103"),
        coordinator_name="Sam Exampleby", referral_date=days_from(today, -40),
        target_meeting_date=days_from(today, MEETING_IN_DAYS),
        reason_for_referral="The health visitor is worried about Kuba's weight, and the "
        "children hear a lot of arguing at home.",
        worries=lines(
            "Kasia and Tomasz argue a lot, and the children hear it.",
            "Kuba is not putting on enough weight and has missed two health checks.",
            "Tomasz sometimes drinks too much at weekends.",
        ),
        strengths=lines(
            "Both parents want the best for Zuzia and Kuba.",
            "Zuzia is doing well at school and has good friends.",
            "The family has a big, caring network here and in Poland.",
        ),
        bottom_lines=lines(
            "Kuba must go to all his health checks.",
            "The children must never be looked after by someone who has been drinking.",
        ),
        questions=lines(
            "How will the family make sure Kuba gets to his health checks?",
            "Who will look after the children if Tomasz has been drinking?",
        ),
    )


def _network(conference: Conference, today: date) -> People:
    return {
        "kasia": add_person(
            conference, "Katarzyna", FAMILY, Role.FAMILY, known_as="Kasia",
            relationship_to_child="Mother", has_parental_responsibility=True,
            preferred_language="pl", needs_interpreter=True, interpreter_language="pl",
        ),
        "tomasz": add_person(
            conference, "Tomasz", "Przykładowski", Role.FAMILY, relationship_to_child="Father",
            has_parental_responsibility=True, preferred_language="pl",
        ),
        "zuzia": add_child(
            conference, "Zuzanna", FAMILY, 11, ChildParticipation.ATTENDS_PART, today,
            known_as="Zuzia", preferred_language="pl",
        ),
        "kuba": add_child(
            conference, "Jakub", "Przykładowski", 2, ChildParticipation.NOT_TAKING_PART, today,
            known_as="Kuba", invitation_status=InvitationStatus.NOT_INVITED,
        ),
        "halina": add_person(
            conference, "Halina", FAMILY, Role.FAMILY,
            relationship_to_child="Grandmother, lives in Poland", preferred_language="pl",
            notes="Cannot travel. Will send a letter in Polish for the meeting.",
        ),
        "marek": add_person(
            conference, "Marek", "Przykładowski", Role.FAMILY,
            relationship_to_child="Uncle (Tomasz's brother)", preferred_language="pl",
            needs_travel_help=True,
        ),
        "joanne": add_person(
            conference, "Joanne", "Sampleford", Role.FRIEND,
            relationship_to_child="Neighbour and friend",
            notes="Working that day. Sent a kind message for the family.",
        ),
        "social_worker": add_person(
            conference, "Tom", "Sampleby", Role.PROFESSIONAL, relationship_to_child="Social worker",
        ),
        "health_visitor": add_person(
            conference, "Priya", "Testington", Role.PROFESSIONAL,
            relationship_to_child="Health visitor",
        ),
    }


def _meeting(conference: Conference, people: People, today: date) -> None:
    meeting = planned_meeting(
        conference, MeetingKind.CONFERENCE, at(days_from(today, MEETING_IN_DAYS), 10),
        Venue("Exampleton Library, community room (demo)", "5 Book Street, Exampleton EX3 4CD",
              "Lift to the first floor."),
        food="Cakes from the Polish bakery on Example Street", language="pl",
        childcare="Marek's partner will look after Kuba at home.",
        travel_help="Bus fare for Marek.", private_time_planned=True,
    )
    decided = days_from(today, -28)
    for kind, value, made_by, by in (
        (ChoiceKind.TIME, "Saturday morning", ChoiceMadeBy.FAMILY, "kasia"),
        (ChoiceKind.PLACE, "The library, near home", ChoiceMadeBy.FAMILY, "tomasz"),
        (ChoiceKind.FOOD, "Polish cakes", ChoiceMadeBy.FAMILY, "kasia"),
        (ChoiceKind.LANGUAGE, "Polish, with an interpreter", ChoiceMadeBy.TOGETHER, "kasia"),
    ):
        choose(meeting, kind, value, made_by, decided, people[by])
    seat_all(meeting, (people[key] for key in (
        "kasia", "tomasz", "zuzia", "marek", "social_worker", "health_visitor")))
    seat(meeting, people["halina"], views_another_way="A letter in Polish, read out by Marek.")
    book_interpreter(meeting, "pl", True, interpreter_name="Ewa Tłumacz (demo)",
                     agency="Demo Language Services")


def _invitations(session: Session, conference: Conference, people: People, today: date) -> None:
    invited_on = days_from(today, -INVITED_DAYS_AGO)
    invite_all(people, invited_on, REPLIES, leave_out=("kuba",))
    worries = add_item(
        session, conference, "What the social worker is worried about", conference.worries,
        InformationCategory.WORRIES, Sensitivity.ORDINARY, "Tom Sampleby, social worker",
    )
    invitees = add_item(
        session, conference, "Who is invited",
        "Kasia, Tomasz, Zuzia, Halina (by letter), Marek, Joanne, Tom and Priya.",
        InformationCategory.INVITEE_LIST, Sensitivity.ORDINARY, "Kasia and Tomasz",
    )
    family = [people[key] for key in ("kasia", "tomasz", "zuzia")]
    for item in (worries, invitees):
        share_with_all(item, conference.coordinator_name, days_from(invited_on, -1), family)
    for person in family:
        kind = "child_invitation" if person.is_subject_child else "invitation"
        log_document(session, conference, person, kind, "pl", invited_on, (worries, invitees))
    log_document(session, conference, people["joanne"], "invitation", "en", invited_on)

"""Demo: a Welsh-speaking family a week after its review changed the plan.

Version 1, agreed at the conference, is superseded by version 2, made at the
review. The worries, shared with everyone, and one action have Welsh
translations, so a Welsh plan prints them in Welsh and the rest in English
with a note.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    DeliveryMethod,
    InformationCategory,
    LivingArrangement,
    MeetingKind,
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
    new_conference,
    record_consent,
    share_with_all,
    translate,
)
from fgc_desktop.services.demo_meetings import (
    ActionSpec,
    Note,
    Venue,
    add_actions,
    agreed_plan,
    choose,
    distribute,
    held_meeting,
    outcome,
    seat,
    seat_all,
)
from fgc_desktop.store.models import Conference, PlanVersion

FAMILY = "Testwood"
MEETING_DAYS_AGO = 110
REVIEW_DAYS_AGO = 7
COORDINATOR = "Rhian Sampleton"
TRANSLATOR = "Gwen Cyfieithydd (demo)"
WORRIES_IN_WELSH = lines(
    "Mae Ffion wedi bod yn isel iawn ers geni Lowri, ac ambell ddiwrnod mae hi'n methu "
    "codi o'r gwely.",
    "Mae Osian wedi bod yn gofalu am ei chwaer fach ac yn colli ysgol.",
    "Mae'r tŷ yn aml yn oer am nad yw'r biliau'n cael eu talu.",
)
SATURDAYS_IN_WELSH = (
    "Bydd Nain Eirlys yn gofalu am Lowri bob bore Sadwrn, er mwyn i Ffion gael gorffwys."
)
SATURDAYS_KNOWN_IN_WELSH = "Mae Ffion yn dweud wrth Rhian yn ei galwad nesaf."


def build(session: Session, reference: str, today: date) -> None:
    conference = _referral(session, reference, today)
    people = _network(conference, today)
    for parent in ("ffion", "dafydd"):
        record_consent(session, conference, people[parent], days_from(today, -145))
    invite_all(people, days_from(today, -MEETING_DAYS_AGO - 14), {})
    first = _first_plan(session, conference, people, today)
    second = _review(session, conference, people, today, first)
    worries = add_item(
        session, conference, "What the social worker is worried about", conference.worries,
        InformationCategory.WORRIES, Sensitivity.ORDINARY, "Bethan Prawf, social worker",
    )
    share_with_all(worries, COORDINATOR, days_from(today, -140), (
        person for key, person in people.items() if key != "lowri"))
    translate(session, conference, worries, "text", "cy", WORRIES_IN_WELSH, TRANSLATOR)
    saturdays = second.actions[1]
    translate(session, conference, saturdays, "what", "cy", SATURDAYS_IN_WELSH, TRANSLATOR)
    translate(session, conference, saturdays, "how_known", "cy", SATURDAYS_KNOWN_IN_WELSH,
              TRANSLATOR)
    meeting_day = days_from(today, -MEETING_DAYS_AGO)
    for child in conference.children:
        outcome(conference, child, meeting_day, 3, LivingArrangement.WITH_PARENTS,
                notes="Living at home with Ffion. Nain Eirlys helps every day.")
        outcome(conference, child, meeting_day, 6)


def _referral(session: Session, reference: str, today: date) -> Conference:
    return new_conference(
        session, reference, FAMILY, Stage.REVIEW,
        Referrer("Bethan Prawf", "Social worker", "Tîm Plant a Theuluoedd / Children and "
                 "Families Team (demo)", "105"),
        coordinator_name=COORDINATOR, referral_date=days_from(today, -150),
        target_meeting_date=days_from(today, -MEETING_DAYS_AGO),
        reason_for_referral="Osian's school is worried that he is missing school to look "
        "after his baby sister while his mum is unwell.",
        worries=lines(
            "Ffion has been very low since Lowri was born, and some days she cannot get up.",
            "Osian has been looking after his little sister and missing school.",
            "The house is often cold because the bills are not paid.",
        ),
        strengths=lines(
            "Ffion is a loving mum and the children are close to her.",
            "Osian is caring and grown-up for his age.",
            "Nain Eirlys and Uncle Rhodri live in the same village and want to help.",
        ),
        bottom_lines=lines(
            "Osian must be in school every day and must not be his sister's carer.",
            "Lowri must always be looked after by an adult.",
        ),
        questions=lines(
            "Who will help Ffion in the mornings so Osian can go to school?",
            "How will the family keep the house warm?",
            "Who will Ffion talk to when she feels low?",
        ),
    )


def _network(conference: Conference, today: date) -> People:
    return {
        "ffion": add_person(
            conference, "Ffion", FAMILY, Role.FAMILY, relationship_to_child="Mother",
            has_parental_responsibility=True, preferred_language="cy",
        ),
        "dafydd": add_person(
            conference, "Dafydd", FAMILY, Role.FAMILY, relationship_to_child="Father",
            has_parental_responsibility=True, preferred_language="en",
            notes="Moved away for work in the autumn. Keeps in touch by phone.",
        ),
        "osian": add_child(conference, "Osian", FAMILY, 10, ChildParticipation.ATTENDS, today,
                           preferred_language="cy"),
        "lowri": add_child(conference, "Lowri", FAMILY, 1, ChildParticipation.NOT_TAKING_PART,
                           today),
        "eirlys": add_person(
            conference, "Eirlys", "Enghraifft", Role.FAMILY,
            relationship_to_child="Nain (Ffion's mother)", preferred_language="cy",
        ),
        "rhodri": add_person(
            conference, "Rhodri", "Enghraifft", Role.FAMILY,
            relationship_to_child="Uncle (Ffion's brother)", preferred_language="cy",
        ),
        "social_worker": add_person(
            conference, "Bethan", "Prawf", Role.PROFESSIONAL,
            relationship_to_child="Social worker", preferred_language="cy",
        ),
    }


def _first_plan(
    session: Session, conference: Conference, people: People, today: date
) -> PlanVersion:
    day = days_from(today, -MEETING_DAYS_AGO)
    meeting = held_meeting(
        conference, MeetingKind.CONFERENCE, at(day, 10),
        Venue("Neuadd y Pentref / The Village Hall (demo)", "Heol Enghraifft, Exampleton",
              "Step-free."),
        food="Cawl and bara brith, made by Nain Eirlys", language="cy",
        outcome="The family made its plan in Welsh. Bethan agreed it.",
    )
    choose(meeting, ChoiceKind.LANGUAGE, "Welsh", ChoiceMadeBy.FAMILY, days_from(day, -20),
           people["ffion"])
    seat_all(meeting, (people[key] for key in (
        "ffion", "dafydd", "osian", "eirlys", "rhodri", "social_worker")), Attendance.ATTENDED)
    plan = agreed_plan(
        session, conference, meeting, day, family_lead=people["eirlys"],
        review_date=days_from(today, -REVIEW_DAYS_AGO),
        help_from_services="Counselling for Ffion through her doctor.",
        backup_plan="If Ffion cannot get up, she phones Nain Eirlys, who comes straight away.",
        monitoring="Bethan visits every month. The school phones Nain if Osian is late.",
    )
    add_actions(plan, today, (
        ActionSpec("Nain Eirlys comes every weekday morning to help get Lowri ready, so "
                   "Osian can leave for school on time.", "Nain Eirlys",
                   "Osian is on time for school.", "Bethan", by_when_text="Every school day",
                   status=ActionStatus.DONE,
                   notes=(Note(-80, "Osian has been on time every day for three weeks.",
                               COORDINATOR),)),
        ActionSpec("Dafydd has Lowri every Saturday, so Ffion can rest.", "Dafydd",
                   "Ffion tells Nain how her weekend was.", "Rhodri",
                   by_when_text="Every Saturday", status=ActionStatus.NOT_DONE,
                   status_reason="Dafydd moved away for work. At the review, Nain Eirlys "
                   "offered to have Lowri on Saturdays instead.",
                   notes=(Note(-40, "Dafydd has moved to Cardiff for work and cannot come "
                                    "on Saturdays.", COORDINATOR),)),
    ))
    distribute(session, conference, plan, [
        (people[key], DeliveryMethod.HANDED_OVER, days_from(day, 4))
        for key in ("ffion", "dafydd", "eirlys", "rhodri", "social_worker")
    ])
    return plan


def _review(
    session: Session, conference: Conference, people: People, today: date,
    first: PlanVersion,
) -> PlanVersion:
    day = days_from(today, -REVIEW_DAYS_AGO)
    meeting = held_meeting(
        conference, MeetingKind.REVIEW, at(day, 10),
        Venue("Ffion's home, her choice", ""), food="Tea and Welsh cakes", language="cy",
        outcome="The plan is mostly working. Nain Eirlys will have Lowri on Saturdays.",
    )
    seat_all(meeting, (people[key] for key in (
        "ffion", "osian", "eirlys", "rhodri", "social_worker")), Attendance.ATTENDED)
    seat(meeting, people["dafydd"], Attendance.VIEWS_ANOTHER_WAY,
         views_another_way="Phoned Rhian the day before; she passed on what he said.")
    plan = agreed_plan(
        session, conference, meeting, day, based_on=first, family_lead=people["eirlys"],
        review_date=days_from(today, 84), help_from_services=lines(
            "Counselling for Ffion through her doctor.",
            "The advice centre helps with the bills.",
            "A young carers' group for Osian.",
        ), backup_plan=first.backup_plan, monitoring=first.monitoring,
    )
    add_actions(plan, today, _second_actions())
    distribute(session, conference, plan, [
        (people["ffion"], DeliveryMethod.HANDED_OVER, day),
        (people["eirlys"], DeliveryMethod.HANDED_OVER, day),
        (people["social_worker"], DeliveryMethod.EMAILED, days_from(day, 1)),
    ], waiting=[people["dafydd"], people["rhodri"]])
    return plan


def _second_actions() -> tuple[ActionSpec, ...]:
    return (
        ActionSpec("Nain Eirlys keeps coming every weekday morning.", "Nain Eirlys",
                   "Osian is on time for school.", "Bethan", by_when_text="Every school day",
                   status=ActionStatus.IN_PROGRESS,
                   notes=(Note(-3, "Going well. Osian has not missed a day since the review.",
                               COORDINATOR),)),
        ActionSpec("Nain Eirlys has Lowri every Saturday morning, so Ffion can rest.",
                   "Nain Eirlys", "Ffion tells Rhian at her next call.", "Rhodri",
                   by_when_text="From next Saturday"),
        ActionSpec("Rhodri helps Ffion sort out the bills with the advice centre.",
                   "Rhodri and Ffion", "The house is warm and the bills are on a plan.",
                   "Nain Eirlys", due_in=30, status=ActionStatus.IN_PROGRESS,
                   notes=(Note(-2, "First appointment done. The energy company has agreed "
                                   "a payment plan.", "Rhodri Enghraifft"),)),
        ActionSpec("Osian joins the young carers' group after half term.", "Ffion and Osian",
                   "Osian tells Bethan how the first session went.", "Bethan", due_in=40),
        ActionSpec("Ffion finishes her six counselling sessions.", "Ffion",
                   "Ffion tells Bethan.", "Bethan", due_in=5, status=ActionStatus.DONE,
                   notes=(Note(-1, "Ffion finished her last session and feels much "
                                   "stronger.", COORDINATOR),)),
    )

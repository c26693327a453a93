"""Demo: preparation for an Arabic-speaking family where two people must not meet.

Yusuf, 14, wants to speak for himself; his mother's address is confidential;
his father comes to the information part only, from another room.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    ContactKind,
    InvitationStatus,
    MeetingKind,
    MeetingSession,
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
    keep_apart,
    lines,
    log_contact,
    mark_step,
    new_conference,
    record_consent,
)
from fgc_desktop.services.demo_meetings import (
    Venue,
    book_interpreter,
    choose,
    planned_meeting,
    seat,
    seat_all,
)
from fgc_desktop.services.demo_preparation_sharing import decide_sharing
from fgc_desktop.store.models import Conference

FAMILY = "Exemplar-Haddad"
GRANDPARENTS = "Al-Mithal"
MEETING_IN_DAYS = 18


def build(session: Session, reference: str, today: date) -> None:
    conference = _referral(session, reference, today)
    people = _network(conference, today)
    session.flush()
    for key in ("layla", "samir"):
        record_consent(session, conference, people[key], days_from(today, -18))
    _contacts(conference, people, today)
    keep_apart(
        conference, people["layla"], people["samir"],
        reason="Layla has a court order that keeps Samir away from her. He hurt her last "
        "winter.",
        arrangement="Samir comes to the information part only. He joins by video from the "
        "small room upstairs and leaves by the side door before private family time. He "
        "and Layla arrive at different times and are never in the same room.",
    )
    _arrangements(conference, people, today)
    decide_sharing(session, conference, people, today)
    mark_step(conference, "professionals_briefed", StepState.DONE_BY_HAND,
              days_from(today, -14))


def _referral(session: Session, reference: str, today: date) -> Conference:
    return new_conference(
        session, reference, FAMILY, Stage.PREPARATION,
        Referrer("Chris Examplewell", "Social worker", "Children and Families North (demo)",
                 "102"),
        coordinator_name="Jo Demoford", referral_date=days_from(today, -21),
        target_meeting_date=days_from(today, MEETING_IN_DAYS),
        reason_for_referral="Yusuf and Mariam saw their dad hurt their mum. The family "
        "want to plan together how the children can feel safe and still see their dad.",
        worries=lines(
            "Yusuf and Mariam saw their dad, Samir, hurt their mum, Layla, last winter.",
            "Since then Yusuf gets very angry at home and has stopped going to football.",
            "Layla is frightened that Samir will find out where the family lives now.",
        ),
        strengths=lines(
            "Layla acted quickly to keep the children safe.",
            "Yusuf is clever and says clearly what he thinks.",
            "Grandma Huda and Aunt Rania see the children every week and are very close.",
        ),
        bottom_lines=lines(
            "Samir must not know where Layla and the children live.",
            "The children must not see any more violence at home.",
        ),
        questions=lines(
            "How will the family keep Layla and the children safe?",
            "How can Yusuf and Mariam see their dad in a way that is safe for everyone?",
            "Who can Yusuf talk to when he feels angry?",
        ),
    )


def _network(conference: Conference, today: date) -> People:
    advocate = add_person(
        conference, "Robin", "Speakwell", Role.ADVOCATE,
        relationship_to_child="Advocate for Yusuf and Mariam, Young Voices (demo)",
    )
    to_invite = {"invitation_status": InvitationStatus.TO_INVITE}
    return {
        "layla": add_person(
            conference, "Layla", FAMILY, Role.FAMILY, relationship_to_child="Mother",
            has_parental_responsibility=True, preferred_language="ar",
            address="Flat 3, 8 Quiet Lane, Exampleton EX4 9ZZ", phone="07700 900102",
            contact_confidential=True,
            confidential_reason="Layla and the children moved to keep safe from Samir. Her "
            "address and phone number must never appear in anyone else's papers.",
            needs_childcare=True, other_needs="Would like a crèche for Mariam during the "
            "meeting.", **to_invite,
        ),
        "samir": add_person(
            conference, "Samir", FAMILY, Role.FAMILY, relationship_to_child="Father",
            has_parental_responsibility=True, preferred_language="en",
            address="22 Sample Street, Exampleton EX2 3AB",
            notes="Samir has agreed to come to the information part only.", **to_invite,
        ),
        "yusuf": add_child(
            conference, "Yusuf", FAMILY, 14, ChildParticipation.ATTENDS, today,
            preferred_language="en", advocate=advocate, **to_invite,
            notes="Yusuf wants to speak for himself at the meeting. He would like Robin "
            "beside him, but Robin should only speak if Yusuf asks.",
        ),
        "mariam": add_child(
            conference, "Mariam", FAMILY, 7, ChildParticipation.WRITTEN_VIEWS, today,
            advocate=advocate,
            notes="Mariam is drawing her family and what makes her feel safe. Robin will "
            "bring the drawing.",
        ),
        "huda": add_person(
            conference, "Huda", GRANDPARENTS, Role.FAMILY,
            relationship_to_child="Grandmother (Layla's mother)", preferred_language="ar",
            needs_interpreter=True, interpreter_language="ar", needs_travel_help=True,
            access_needs="Walks with a stick. Needs a ground-floor room and a chair with arms.",
            **to_invite,
        ),
        "rania": add_person(
            conference, "Rania", GRANDPARENTS, Role.FAMILY,
            relationship_to_child="Aunt (Layla's sister)", preferred_language="ar", **to_invite,
        ),
        "shilan": add_person(
            conference, "Shilan", "Nmuna", Role.FRIEND,
            relationship_to_child="Family friend and neighbour", preferred_language="ckb",
            needs_interpreter=True, interpreter_language="ckb", **to_invite,
        ),
        "advocate": advocate,
        "social_worker": add_person(
            conference, "Chris", "Examplewell", Role.PROFESSIONAL,
            relationship_to_child="Social worker", **to_invite,
        ),
    }


def _contacts(conference: Conference, people: People, today: date) -> None:
    log_contact(
        conference, people["layla"], days_from(today, -17), ContactKind.VISIT,
        ("purpose", "private_family_time", "who_is_invited", "information_sharing"),
        "Met Layla at the family centre, not at home. She chose who to invite and asked "
        "that Samir's brother is not invited.",
    )
    log_contact(
        conference, people["yusuf"], days_from(today, -14), ContactKind.VISIT,
        ("purpose", "private_family_time", "how_the_child_takes_part"),
        "Saw Yusuf on his own at school. He wants to come and say what he thinks himself.",
    )
    log_contact(
        conference, people["samir"], days_from(today, -12), ContactKind.PHONE_CALL,
        ("purpose", "information_sharing", "how_the_child_takes_part"),
        "Explained why Samir can come to the information part only. He agreed.",
    )
    log_contact(
        conference, people["huda"], days_from(today, -10), ContactKind.VISIT,
        ("purpose", "private_family_time", "who_is_invited"),
        "Visited with an Arabic interpreter. Huda offered to cook, and then chose food "
        "from a café so she can rest.",
    )
    log_contact(
        conference, people["shilan"], days_from(today, -8), ContactKind.PHONE_CALL,
        ("purpose", "private_family_time"),
        "Short call with a Kurdish interpreter. Shilan is glad to help with the school run.",
    )


def _arrangements(conference: Conference, people: People, today: date) -> None:
    meeting = planned_meeting(
        conference, MeetingKind.CONFERENCE, at(days_from(today, MEETING_IN_DAYS), 16),
        Venue("Exampleton Family Centre (demo)", "1 Sample Road, Exampleton EX1 1AA",
              "Step-free entrance, ground-floor rooms, accessible toilet."),
        food="Hot food from a local café", dietary_needs="Halal. Mariam is allergic to nuts.",
        language="ar", childcare="A crèche worker for Mariam in the playroom next door.",
        travel_help="A taxi for Grandma Huda, both ways.", private_time_planned=True,
        private_time_notes="The family has the main room; the coordinator waits next door.",
        safety_arrangements="Samir joins by video from the small room upstairs and leaves "
        "by the side door before private family time. Reception staff will not give out "
        "anyone's address.",
    )
    decided = days_from(today, -9)
    for kind, value, made_by, by in (
        (ChoiceKind.TIME, "After school, 4pm", ChoiceMadeBy.FAMILY, "layla"),
        (ChoiceKind.PLACE, "The family centre, not the council offices",
         ChoiceMadeBy.TOGETHER, "layla"),
        (ChoiceKind.FOOD, "Hot food from the café on Sample Road", ChoiceMadeBy.FAMILY, "huda"),
        (ChoiceKind.LANGUAGE, "Arabic and English", ChoiceMadeBy.FAMILY, "layla"),
        (ChoiceKind.INTERPRETER, "A woman interpreter from outside the area",
         ChoiceMadeBy.FAMILY, "layla"),
        (ChoiceKind.INVITEES, "Layla's choice; Samir's brother is not invited",
         ChoiceMadeBy.FAMILY, "layla"),
        (ChoiceKind.CHILD_PARTICIPATION, "Yusuf comes and speaks for himself",
         ChoiceMadeBy.FAMILY, "yusuf"),
        (ChoiceKind.PRIVATE_FAMILY_TIME, "As long as the family needs",
         ChoiceMadeBy.TOGETHER, "rania"),
    ):
        choose(meeting, kind, value, made_by, decided, people[by])
    choose(meeting, ChoiceKind.CHILDCARE, "Crèche for Mariam", ChoiceMadeBy.COORDINATOR,
           decided)
    seat(meeting, people["samir"], session=MeetingSession.SEPARATE)
    seat_all(meeting, (people[key] for key in (
        "layla", "yusuf", "huda", "rania", "shilan", "advocate", "social_worker")))
    book_interpreter(meeting, "ar", True, interpreter_name="Amira Tarjama (demo)",
                     agency="Demo Language Services")
    book_interpreter(meeting, "ckb", False,
                     notes=f"Asked the agency on {decided.isoformat()}; waiting to hear.")

"""Demo: who may see what in the preparation conference, person by person."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import InformationCategory, Sensitivity, SharingChoice
from fgc_desktop.services.demo_build import Decision, add_item, days_from, decide, share_with_all
from fgc_desktop.store.models import Conference, Participant

SOCIAL_WORKER = "Chris Examplewell, social worker"


def decide_sharing(
    session: Session, conference: Conference, people: dict[str, Participant], today: date
) -> None:
    """Four items: one for everyone, one needing Layla's consent, two kept from some people."""
    by, on = conference.coordinator_name, days_from(today, -7)
    worries = add_item(
        session, conference, "What the social worker is worried about",
        conference.worries, InformationCategory.WORRIES, Sensitivity.ORDINARY, SOCIAL_WORKER,
    )
    share_with_all(worries, by, on, (
        person for key, person in people.items() if key != "samir"))
    decide(worries, by, on, (
        Decision(people["samir"], SharingChoice.SUMMARY,
                 summary="The worries are about what the children saw last winter, and how "
                 "Yusuf is coping now.",
                 reason="The full worries say how frightened Layla is of Samir finding them."),
    ))
    health = add_item(
        session, conference, "Layla's health",
        "Layla sees her doctor about anxiety and is sleeping badly. She has started "
        "counselling.", InformationCategory.HEALTH, Sensitivity.SENSITIVE, SOCIAL_WORKER,
        about=people["layla"], needs_family_consent=True, family_consent=True,
        family_consent_by=people["layla"].full_name, family_consent_on=days_from(today, -17),
    )
    decide(health, by, on, (
        Decision(people["huda"], SharingChoice.SHARE),
        Decision(people["rania"], SharingChoice.SHARE),
        Decision(people["samir"], SharingChoice.SUMMARY,
                 summary="Layla is getting help with her health."),
        Decision(people["yusuf"], SharingChoice.SUMMARY,
                 summary="Mum is getting help to feel better."),
        Decision(people["shilan"], SharingChoice.WITHHOLD,
                 reason="Layla asked that only her family know about her health."),
    ))
    police = add_item(
        session, conference, "What happened last winter",
        "Police were called in February after Samir hurt Layla. A court order now keeps "
        "him away from her.", InformationCategory.POLICE, Sensitivity.HIGHLY_SENSITIVE,
        "Police report shared by the social worker",
    )
    decide(police, by, on, (
        Decision(people["samir"], SharingChoice.SHARE),
        Decision(people["huda"], SharingChoice.SHARE),
        Decision(people["yusuf"], SharingChoice.SUMMARY,
                 summary="Last winter the police came to help keep Mum safe."),
        Decision(people["shilan"], SharingChoice.WITHHOLD,
                 reason="A family friend does not need the details to help with the plan."),
    ))
    address = add_item(
        session, conference, "Where Layla and the children live", "Flat 3, 8 Quiet Lane.",
        InformationCategory.CONTACT_DETAILS, Sensitivity.HIGHLY_SENSITIVE, "Layla",
        about=people["layla"],
    )
    decide(address, by, on, (
        Decision(people["samir"], SharingChoice.WITHHOLD,
                 reason="Kept from Samir for Layla's and the children's safety."),
        Decision(people["huda"], SharingChoice.SHARE),
    ))

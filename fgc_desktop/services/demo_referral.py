"""Demo: a fresh referral for a Bengali-speaking family; consent given yesterday."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import ChildParticipation, Role, Stage
from fgc_desktop.services.demo_build import (
    Referrer,
    add_child,
    add_person,
    days_from,
    lines,
    new_conference,
    record_consent,
)

FAMILY = "Udaharan"


def build(session: Session, reference: str, today: date) -> None:
    conference = new_conference(
        session, reference, FAMILY, Stage.REFERRAL,
        Referrer("Nadia Testwell", "Social worker", "Family Support Team East (demo)", "101"),
        coordinator_name="Jo Demoford",
        referral_date=days_from(today, -3), target_meeting_date=days_from(today, 35),
        reason_for_referral=(
            "Shapla's school is worried that she often comes in hungry and tired. Her mum, "
            "Rumana, has been unwell and is caring for the children mostly on her own."
        ),
        worries=lines(
            "Shapla and Rafi have missed a lot of school and nursery since September.",
            "Rumana has been unwell and finds it hard to get the children out in the morning.",
            "There is not always enough food in the house at the end of the month.",
        ),
        strengths=lines(
            "Rumana loves her children and they are very close to her.",
            "Shapla and Rafi are kind and polite, and they do well when they are in school.",
            "Rumana's sister and the children's grandmother live nearby and want to help.",
        ),
        bottom_lines=lines(
            "Shapla and Rafi must be at school and nursery every day unless they are ill.",
            "The children must have a hot meal every day.",
        ),
        questions=lines(
            "Who can help get the children to school and nursery each morning?",
            "How will the family make sure there is food in the house all month?",
            "Who can Rumana call on a day when she is unwell?",
        ),
    )
    mother = add_person(
        conference, "Rumana", FAMILY, Role.FAMILY, relationship_to_child="Mother",
        has_parental_responsibility=True, preferred_language="bn", needs_interpreter=True,
        interpreter_language="bn", phone="07700 900101",
        notes="Reads Bengali best. Would like every letter in Bengali.",
    )
    add_child(conference, "Shapla", FAMILY, 9, ChildParticipation.UNDECIDED, today)
    add_child(conference, "Rafi", FAMILY, 4, ChildParticipation.UNDECIDED, today)
    record_consent(
        session, conference, mother, days_from(today, -1),
        notes="Agreed on the phone, with a Bengali interpreter. Rumana asked what happens "
        "next and was glad her sister can come.",
    )

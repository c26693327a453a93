"""Hypothesis strategies for whole conferences with random people, items and decisions.

Every text carries a marker of its own (“[item 3]”, “[summary 3 for 2]”), so
one text can only turn up inside another on purpose: some items, venues and
plans are given a confidential address or phone on purpose, to prove the guard
keeps it out. Contact details are plain ASCII, so a PDF read back can match them.
Some items and summaries carry an interpreter's Welsh translation, marked the
same way (“[eitem 3]”), so a translation that leaks can be found too.
"""

from __future__ import annotations

from hypothesis import strategies as st

from fgc_desktop.domain.enums import (
    InformationCategory,
    InvitationStatus,
    MeetingSession,
    Role,
    Sensitivity,
    SharingChoice,
)
from fgc_desktop.store.models import (
    Conference,
    InformationItem,
    Meeting,
    Participant,
    TextTranslation,
)
from tests.disclosure.factories import attend, book, conference, decide, item, meeting, person, plan

PHRASES = (
    "The family met the school", "Gran helps every weekend", "There was a fall at home",
    "The doctor has seen the baby", "Dad works nights", "Mum wants more help",
    "The police were called once", "The children love football",
)
LANGUAGES = ("en", "pl", "ar", "cy")


@st.composite
def people(draw: st.DrawFn) -> list[Participant]:
    count = draw(st.integers(min_value=1, max_value=6))
    made = []
    for number in range(1, count + 1):
        language = draw(st.sampled_from(LANGUAGES))
        made.append(person(
            number, f"Given{number}", family_name=f"Family{number}",
            role=draw(st.sampled_from(Role)), is_subject_child=draw(st.booleans()),
            relationship_to_child=f"Relation{number}",
            invitation_status=draw(st.sampled_from(InvitationStatus)),
            address=draw(st.sampled_from(("", f"Flat {number}, {40 + number} Hidden Lane"))),
            phone=draw(st.sampled_from(("", f"07700 9{number:05d}"))),
            email=draw(st.sampled_from(("", f"person{number}@hidden.example"))),
            contact_confidential=draw(st.booleans()),
            preferred_language=language, needs_interpreter=draw(st.booleans()),
            interpreter_language=language, needs_childcare=draw(st.booleans()),
            needs_travel_help=draw(st.booleans()),
        ))
    return made


def _detail_of_someone(draw: st.DrawFn, family: list[Participant]) -> str:
    """Sometimes a person's address or phone, to see that a confidential one is kept out."""
    if draw(st.integers(min_value=0, max_value=4)) != 0:
        return ""
    someone = draw(st.sampled_from(family))
    return draw(st.sampled_from((someone.address, someone.phone)))


@st.composite
def items(draw: st.DrawFn, family: list[Participant]) -> list[InformationItem]:
    count = draw(st.integers(min_value=0, max_value=6))
    made = []
    for number in range(1, count + 1):
        category = draw(st.sampled_from(InformationCategory))
        about = draw(st.sampled_from([None, *family]))
        if category is InformationCategory.CONTACT_DETAILS and about is not None:
            extra = f"{about.address} {about.phone}"
        else:
            extra = _detail_of_someone(draw, family)
        text = f"{draw(st.sampled_from(PHRASES))} [item {number}] {extra}".strip()
        information = item(
            number, f"Title{number}", text, category=category,
            sensitivity=draw(st.sampled_from(Sensitivity)),
            about_participant_id=about.id if about is not None else None,
            needs_family_consent=draw(st.booleans()),
            family_consent=draw(st.sampled_from((None, True, False))),
        )
        for someone in family:
            choice = draw(st.sampled_from((None, *SharingChoice)))
            if choice is not None:
                summary = draw(st.sampled_from(
                    ("", f"Short version [summary {number} for {someone.id}]")))
                decision = decide(information, someone, choice, summary)
                decision.uid = f"decision{number}for{someone.id}"
        made.append(information)
    return made


@st.composite
def welsh_translations(
    draw: st.DrawFn, family: list[Participant], information: list[InformationItem]
) -> list[TextTranslation]:
    """Welsh for some items' texts and some summaries; now and then with someone's address."""
    made = []
    for entry in information:
        number = entry.id
        if draw(st.booleans()):
            text = f"Mae'r teulu'n siarad [eitem {number}] {_detail_of_someone(draw, family)}"
            made.append(TextTranslation(owner_uid=entry.uid, field="text", language="cy",
                                        text=text.strip()))
        for decision in entry.decisions:
            if decision.summary and draw(st.booleans()):
                made.append(TextTranslation(
                    owner_uid=decision.uid, field="summary", language="cy",
                    text=f"Fersiwn fer [crynodeb {number} i {decision.participant_id}]"))
    return made


@st.composite
def meetings(draw: st.DrawFn, family: list[Participant]) -> list[Meeting]:
    if not draw(st.booleans()):
        return []
    planned = meeting(
        venue_address=draw(st.sampled_from(
            ("2 Hall Street", *(p.address for p in family if p.address)))),
        food=f"Sandwiches {_detail_of_someone(draw, family)}".strip(),
    )
    for language in LANGUAGES:
        book(planned, language, draw(st.booleans()))
    for someone in family:
        if draw(st.booleans()):
            attend(planned, someone, draw(st.sampled_from(MeetingSession)))
    return [planned]


@st.composite
def conferences(draw: st.DrawFn) -> Conference:
    family = draw(people())
    plans = []
    if draw(st.booleans()):
        on_list = [someone for someone in family if draw(st.booleans())]
        plans.append(plan(1, on_list, backup_plan=f"Gran helps {_detail_of_someone(draw, family)}",
                          family_lead_id=draw(st.sampled_from([None] + [p.id for p in family]))))
    information = draw(items(family))
    made = conference(family, information, draw(meetings(family)), plans)
    made.translations = draw(welsh_translations(family, information))
    return made

"""The family plan, for each person on its distribution list.

What it needs to answer (the worries, bottom lines and questions, as the
items this person may read), the actions as a table, help from services, the
back-up plan, how it will be checked, the review, the family lead, the
referrer's agreement and who gets a copy; with the plan's version and date.
"""

from __future__ import annotations

from fgc_desktop.disclosure.view import (
    ActionView,
    FreeText,
    PlanView,
    RecipientView,
    ServiceDetails,
)
from fgc_desktop.documents import sections
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.wording import Wording
from fgc_desktop.domain.enums import ReferrerDecision
from fgc_desktop.domain.errors import UserError

# How much of the table's width each column gets: what, who, by when, how known, who checks.
ACTION_COLUMNS = (3.2, 1.6, 1.4, 2.6, 1.6)


def title(words: Wording) -> str:
    return words._d("Our family plan")


def compose(page: Composer, view: RecipientView) -> None:
    plan = view.plan
    if plan is None:
        raise UserError("This person is not on the plan's list of people who get a copy. "
                        "Add them to the list on the plan page first.")
    words = page.words
    children = sections.children_phrase(page, view)
    page.title(title(words), _version(words, plan))
    page.say(words._d("This is the plan the family made to keep %(children)s safe and well.",
                      children=children))
    if plan.took_part:
        page.heading(words._d("Who took part"))
        page.bullets([sections.person_line(words, person) for person in plan.took_part])
    sections.items(page, view, words._d("What the plan needs to answer"))

    page.heading(words._d("What we will do"))
    if plan.actions:
        page.say(words._dn("The plan has %(count)s step.", "The plan has %(count)s steps.",
                           len(plan.actions)))
        sections.english_note(page, view.service, (
            text for action in plan.actions for text in _typed_cells(action)))
        page.table(
            # Translators: the headings of the table of actions: what will be done, who
            # does it, by when, how everyone will know it is done, and who checks it.
            [words._d("What"), words._d("Who"), words._d("By when"),
             words._d("How we will know it is done"), words._d("Who checks")],
            [_row(words, action) for action in plan.actions], ACTION_COLUMNS)
    else:
        page.say(words._d("No steps have been written down yet."))

    _typed_section(page, view.service, words._d("Help from services"),
                   plan.help_from_services)
    _typed_section(page, view.service, words._d("If things go wrong: our back-up plan"),
                   plan.backup_plan)
    _typed_section(page, view.service, words._d("How we will check the plan is working"),
                   plan.monitoring)

    page.heading(words._d("The review meeting"))
    review = plan.review_date or view.review_date
    if review is not None:
        page.say(words._d("We will meet again on %(date)s to see how the plan is going.",
                          date=words.full_date(review)))
    else:
        page.say(words._d("We will meet again to see how the plan is going. We will tell you "
                          "the date soon."))
    if plan.family_lead_name:
        # Translators: the “family lead” is the family member who helps everyone keep to
        # the plan and is the workers' first contact.
        page.heading(words._d("The family lead"))
        page.say(words._d("%(name)s is the family lead. They help the family keep to the plan.",
                          name=plan.family_lead_name))
    _agreement(page, plan, view.service)
    if plan.distribution:
        page.heading(words._d("Who gets a copy of this plan"))
        page.bullets(list(plan.distribution))
    sections.contact(page, view.service)


def _version(words: Wording, plan: PlanView) -> str:
    if plan.created_on is not None:
        # Translators: e.g. “Version 2, made on Thursday, 3 December 2026”.
        return words._d("Version %(number)s, made on %(date)s", number=plan.number,
                        date=words.full_date(plan.created_on))
    return words._d("Version %(number)s", number=plan.number)


def _typed_cells(action: ActionView) -> list[FreeText]:
    """The action's typed words; a date needs no translation, so its words are not counted."""
    cells = [action.what, action.who, action.how_known, action.who_checks]
    return cells if action.by_when is not None else [*cells, action.by_when_text]


def _row(words: Wording, action: ActionView) -> list[str]:
    by_when = (words.short_date(action.by_when) if action.by_when is not None
               else sections.typed(words, action.by_when_text))
    what, who, how_known, who_checks = (
        sections.typed(words, text)
        for text in (action.what, action.who, action.how_known, action.who_checks))
    return [what, who, by_when, how_known, who_checks]


def _typed_section(page: Composer, service: ServiceDetails, heading: str, text: FreeText) -> None:
    if text.english.strip():
        page.heading(heading)
        sections.english_note(page, service, (text,))
        page.typed(sections.typed(page.words, text))


def _agreement(page: Composer, plan: PlanView, service: ServiceDetails) -> None:
    words = page.words
    page.heading(words._d("Does the referrer agree?"))
    # Translators: “referrer” is the worker (often a social worker) who asked for the
    # family group conference; keep the word the family will hear from workers.
    page.say(words._d("The referrer is the worker who asked for this meeting."))
    if plan.referrer_decision is ReferrerDecision.AGREED:
        page.say(words._d("The referrer agreed this plan."))
    elif plan.referrer_decision is ReferrerDecision.NOT_AGREED:
        page.say(words._d("The referrer did not agree this plan. The family can change it."))
        if plan.referrer_reasons.english.strip():
            sections.english_note(page, service, (plan.referrer_reasons,))
            page.block(words._d("The reasons they gave"),
                       sections.typed(words, plan.referrer_reasons))
    else:
        page.say(words._d("The referrer has not said yet if they agree this plan."))

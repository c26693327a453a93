"""Sections that several documents share: when and where, the three parts, help, contact.

Each takes a :class:`Composer` and the parts of a :class:`RecipientView` it
needs, and writes nothing the view does not carry. Shared phrases live here
once, so each is translated once.
"""

from __future__ import annotations

from collections.abc import Iterable

from fgc_desktop.disclosure.view import (
    FreeText,
    InviteeView,
    MeetingView,
    RecipientDetails,
    RecipientView,
    ServiceDetails,
)
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.typesetting import Span, TextInput
from fgc_desktop.documents.wording import ENGLISH, Wording
from fgc_desktop.domain.enums import InformationCategory, MeetingSession

# The order a reader meets the items in: the worries first, a child's own words next.
_ITEM_ORDER = (
    InformationCategory.WORRIES,
    InformationCategory.CHILD_WORDS,
    InformationCategory.HEALTH,
    InformationCategory.POLICE,
    InformationCategory.OTHER,
    InformationCategory.CONTACT_DETAILS,
    InformationCategory.INVITEE_LIST,
)


def children_phrase(page: Composer, view: RecipientView) -> str:
    """The children's names as the language lists them, or plain words when none is known."""
    named = [name for name in view.children if name]
    if named:
        return page.words.names(named)
    # Translators: used in place of the children's names, e.g. “a meeting about the
    # children in your family”.
    return page.words._d("the children in your family")


def when_and_where(page: Composer, meeting: MeetingView | None) -> None:
    """The day, the time, the place and how to get in; or a promise to tell them soon."""
    words = page.words
    if meeting is None or meeting.starts_at is None:
        page.say(words._d("We will tell you the day, the time and the place soon."))
        return
    when = words.day_and_time(meeting.starts_at)
    if meeting.ends_at is not None:
        # Translators: “Thursday, 3 December 2026, at 10:00” and “13:00”.
        when = words._d("%(start)s, until %(end)s", start=when, end=words.time(meeting.ends_at))
    # Translators: a label before the day and time of the meeting.
    page.fact(words._d("When:"), when)
    place = ", ".join(part for part in (meeting.venue_name, meeting.venue_address) if part)
    page.fact(words._d("Where:"), place)
    # Translators: how to get into the building, e.g. “Step-free. Lift to the first floor.”
    page.fact(words._d("Getting in:"), meeting.venue_access)
    _your_part(page, meeting)


def _your_part(page: Composer, meeting: MeetingView) -> None:
    """Which part to come to, when it is not the whole meeting; never why."""
    words = page.words
    if meeting.session is MeetingSession.INFORMATION_ONLY:
        times = words.span(meeting.information_start, meeting.information_end)
        page.say(words._d("Please come to the first part of the meeting, when we share "
                          "information."),
                 words._d("This part is %(times)s.", times=times) if times else "")
    elif meeting.session is MeetingSession.FAMILY_TIME_ONLY:
        times = words.span(meeting.private_time_start, meeting.private_time_end)
        page.say(words._d("Please come to the family's private time."),
                 words._d("This part is %(times)s.", times=times) if times else "")
    elif meeting.session is MeetingSession.SEPARATE:
        page.say(words._d("You will have a meeting of your own. We will call you to agree "
                          "the time."))


def three_parts(page: Composer, meeting: MeetingView | None) -> None:
    """What happens at the meeting, with each part's times when they are known."""
    words = page.words
    private = meeting is None or meeting.private_family_time
    page.heading(words._d("What happens at the meeting"))
    count = 3 if private else 2
    page.say(words._dn("The meeting has %(count)s part.", "The meeting has %(count)s parts.",
                       count))
    parts = [(words._d("Sharing information."),
              words._d("Everyone hears what the worries are and what help there is. "
                       "Workers use plain words. You can ask questions."),
              _times(page, meeting, "information"))]
    if private:
        parts.append((words._d("Private family time."),
                      words._d("The workers leave the room. The family talks on its own and "
                               "makes a plan. You can take as long as you need."),
                      _times(page, meeting, "private_time")))
    parts.append((words._d("Agreeing the plan."),
                  words._d("The workers come back. The family shares its plan, and everyone "
                           "talks it through. Then we agree the plan together."),
                  _times(page, meeting, "agreement")))
    page.titled_bullets([(title, " ".join(part for part in (times, text) if part))
                         for title, text, times in parts])


def _times(page: Composer, meeting: MeetingView | None, part: str) -> str:
    """The times of one part of the meeting, in brackets, when they are known."""
    if meeting is None:
        return ""
    start, end = {
        "information": (meeting.information_start, meeting.information_end),
        "private_time": (meeting.private_time_start, meeting.private_time_end),
        "agreement": (meeting.agreement_start, meeting.agreement_end),
    }[part]
    times = page.words.span(start, end)
    # Translators: the times of one part of the meeting, e.g. “(10:00 to 11:00)”.
    return page.words._d("(%(times)s)", times=times) if times else ""


def help_to_take_part(
    page: Composer, meeting: MeetingView | None, person: RecipientDetails | None
) -> None:
    """The interpreter, food, travel help and childcare arranged for this person.

    The help a person needs is promised even before a meeting is planned, or
    before its arrangements are written down.
    """
    words = page.words
    page.heading(words._d("Help to take part"))
    if meeting is not None and meeting.interpreter_language:
        language = words.language_name(meeting.interpreter_language)
        if meeting.interpreter_booked:
            page.say(words._d("An interpreter who speaks %(language)s will be there.",
                              language=language))
        else:
            page.say(words._d("We are booking an interpreter who speaks %(language)s.",
                              language=language))
    elif person is not None and person.interpreter_language:
        page.say(words._d("We will book an interpreter who speaks %(language)s for you.",
                          language=words.language_name(person.interpreter_language)))
    if meeting is not None:
        page.fact(words._d("Food and drink:"), meeting.food)
    if meeting is not None and meeting.travel_help:
        page.fact(words._d("Help with travel:"), meeting.travel_help)
    elif person is not None and person.needs_travel_help:
        page.say(words._d("We will help you travel to the meeting."))
    if meeting is not None and meeting.childcare:
        page.fact(words._d("Childcare:"), meeting.childcare)
    elif person is not None and person.needs_childcare:
        page.say(words._d("We will arrange childcare for you, so you can come."))
    page.say(words._d("If you need anything else so you can take part, please tell us."))


def other_ways(page: Composer) -> None:
    words = page.words
    page.heading(words._d("If you cannot come"))
    page.say(words._d("You can still have your say."),
             words._d("You can write to us, send a voice message, or ask someone to speak "
                      "for you."),
             words._d("Please tell us before the meeting."))


def typed(words: Wording, text: FreeText) -> str:
    """Words someone typed, in the document's language where an interpreter translated them."""
    if words.language == ENGLISH:
        return text.english
    return text.translation(words.language) or text.english


def english_note(page: Composer, service: ServiceDetails, texts: Iterable[FreeText]) -> None:
    """Once in a section: say that some typed words are in English, and who can help.

    An English document needs no note, nor does a section whose words are all
    translated.
    """
    words = page.words
    if words.text_language == ENGLISH or all(
        not text.english.strip() or text.translation(words.language) is not None
        for text in texts
    ):
        return
    # Translators: printed once in a part of a letter where words someone typed could not
    # be translated yet, so they are printed in English.
    page.say(words._d("Some words here are in English."),
             # Translators: the name is the coordinator's, or else the service's.
             words._d("Please ask %(name)s to help you read them.",
                      name=service.coordinator_name or service.name))


def items(page: Composer, view: RecipientView, title: str) -> None:
    """Each piece of information this person may read, under a heading.

    An English document keeps the title the coordinator typed. A translated
    one puts each item under the app's own words for its kind, so no typed
    English title is printed where a heading in the reader's language exists;
    an item of no set kind keeps its typed title, counted among the words the
    section's note says are in English.
    """
    if not view.items:
        return
    page.heading(title)
    ordered = sorted(view.items, key=lambda item: _ITEM_ORDER.index(item.category))
    translated = page.words.text_language != ENGLISH
    english_note(page, view.service, (
        *(item.body for item in ordered),
        *(FreeText(item.title) for item in ordered
          if translated and category_heading(page.words, item.category) is None),
    ))
    previous: InformationCategory | None = None
    for item in ordered:
        heading = category_heading(page.words, item.category) if translated else None
        if heading is None:
            page.block(item.title, typed(page.words, item.body))
        elif item.category is previous:
            page.typed(typed(page.words, item.body))
        else:
            page.block(heading, typed(page.words, item.body))
        previous = item.category


def category_heading(words: Wording, category: InformationCategory) -> str | None:
    """The app's own heading for a kind of information; ``None`` for “other”."""
    if category is InformationCategory.WORRIES:
        return words._d("What the workers are worried about")
    if category is InformationCategory.CHILD_WORDS:
        return words._d("What the child has said")
    if category is InformationCategory.HEALTH:
        return words._d("About health")
    if category is InformationCategory.POLICE:
        return words._d("Information from the police")
    if category is InformationCategory.CONTACT_DETAILS:
        # Translators: a heading over someone's address or phone number.
        return words._d("Where to find someone")
    if category is InformationCategory.INVITEE_LIST:
        return words._d("Who is invited")
    return None


def person_line(words: Wording, person: InviteeView) -> TextInput:
    """A person's name in bold, then how they are related to the child after a dash.

    A dash, not brackets, so a relationship that holds brackets or commas
    itself (“Grandmother (Imran's mother)”) still reads clearly.
    """
    name = words.isolate(person.name)
    if not person.relationship:
        return [Span(name, bold=True)]
    return [Span(name, bold=True), Span(f" – {words.isolate(person.relationship)}")]


def invitees(page: Composer, people: tuple[InviteeView, ...]) -> None:
    if not people:
        return
    page.heading(page.words._d("Who else is invited"))
    page.bullets([person_line(page.words, person) for person in people])


def contact(
    page: Composer, service: ServiceDetails, *, child: bool = False, personal: bool = True
) -> None:
    """Who the coordinator is and how to reach the service; never a personal number unless set.

    ``personal`` is off for a document for anyone, which names no coordinator.
    """
    words = page.words
    page.heading(words._d("Any questions?"))
    if not personal:
        page.say(words._d("Please get in touch. We are happy to help."))
    elif child and service.coordinator_name:
        page.say(words._d("You can ask %(name)s any time. They are helping your family get "
                          "ready for the meeting.", name=service.coordinator_name))
    elif service.coordinator_name:
        page.say(words._d("Your coordinator is %(name)s.", name=service.coordinator_name),
                 words._d("The coordinator does not work for the social work team. Their job "
                          "is to help your family get ready for the meeting."))
    if service.phone:
        page.fact(words._d("Phone:"), service.phone)
    if service.email and not child:
        page.fact(words._d("Email:"), service.email)
    if service.address and not child:
        page.fact(words._d("Address:"), ", ".join(service.address.splitlines()))
    if personal and service.print_coordinator_contact:
        own = " ".join(part for part in (service.coordinator_phone,
                                          service.coordinator_email) if part)
        if own:
            page.say(words._d("You can also contact %(name)s: %(details)s.",
                              name=service.coordinator_name or service.name, details=own))

"""The invitation for a child or young person: short words, large type, their advocate.

It greets the child by the name they are known by, and says the way they have
chosen to take part; only a child who has not chosen yet gets the list of ways.
"""

from __future__ import annotations

from collections.abc import Callable

from fgc_desktop.disclosure.view import RecipientView
from fgc_desktop.documents import sections
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.wording import Wording
from fgc_desktop.domain.enums import ChildParticipation

_CHOSEN: dict[ChildParticipation, Callable[[Wording], str]] = {
    ChildParticipation.ATTENDS:
        lambda words: words._d("You have chosen to come to the meeting."),
    ChildParticipation.ATTENDS_PART:
        lambda words: words._d("You have chosen to come to part of the meeting."),
    ChildParticipation.WRITTEN_VIEWS:
        lambda words: words._d("You have chosen to write a letter or draw a picture."),
    ChildParticipation.RECORDED_VIEWS:
        lambda words: words._d("You have chosen to record a voice message or a video."),
    ChildParticipation.ADVOCATE_SPEAKS:
        lambda words: words._d("You have chosen to ask your advocate to speak for you."),
    ChildParticipation.NOT_TAKING_PART:
        lambda words: words._d("You have chosen not to take part this time. That is OK."),
}


def title(words: Wording) -> str:
    return words._d("An invitation for you")


def compose(page: Composer, view: RecipientView) -> None:
    words = page.words
    page.title(title(words))
    if view.recipient is not None:
        # Translators: a friendly greeting to a child, e.g. “Hello Zuzia,”.
        page.say(words._d("Hello %(name)s,", name=view.recipient.first_name))
    page.say(words._d("Your family is having a special meeting. It is called a family group "
                      "conference."))
    page.say(words._d("The meeting is about you and your family. The grown-ups will make a "
                      "plan to help you be safe and happy."),
             words._d("What you think matters. We want to hear it."))

    page.heading(words._d("How you can take part"))
    way = (view.recipient.child_participation if view.recipient is not None
           else ChildParticipation.UNDECIDED)
    chosen = _CHOSEN.get(way)
    if chosen is not None:
        page.say(chosen(words), words._d("You can still choose another way. Just tell us."))
    else:
        page.say(words._d("You can choose the way that suits you best:"))
        page.bullets([
            words._d("Come to the meeting, for all of it or for a part."),
            words._d("Write a letter, or draw a picture."),
            words._d("Record a voice message or a video."),
            words._d("Ask your advocate to speak for you."),
        ])

    page.heading(words._d("Your advocate"))
    advocate = view.recipient.advocate_name if view.recipient is not None else ""
    if advocate:
        page.say(words._d("Your advocate is %(name)s.", name=advocate))
    page.say(words._d("An advocate helps you say what you think. They are on your side."))
    if not advocate:
        page.say(words._d("You can have an advocate if you want one. Just ask us."))

    sections.items(page, view, words._d("What we will talk about"))
    page.heading(words._d("When and where"))
    sections.when_and_where(page, view.meeting)
    sections.contact(page, view.service, child=True)
    page.say(words._d("We hope to see you there!"))
    page.sign_off(words._d("With best wishes,"), view.service.name)

"""The invitation for a child or young person: short words, large type, their advocate."""

from __future__ import annotations

from fgc_desktop.disclosure.view import RecipientView
from fgc_desktop.documents import sections
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.wording import Wording


def title(words: Wording) -> str:
    return words._d("An invitation for you")


def compose(page: Composer, view: RecipientView) -> None:
    words = page.words
    page.title(title(words))
    if view.recipient is not None:
        # Translators: a friendly greeting to a child, e.g. “Hello Zuzia,”.
        page.say(words._d("Hello %(name)s,", name=view.recipient.name))
    page.say(words._d("Your family is having a special meeting. It is called a family group "
                      "conference."))
    page.say(words._d("The meeting is about you and your family. The grown-ups will make a "
                      "plan to help you be safe and happy."),
             words._d("What you think matters. We want to hear it."))

    page.heading(words._d("How you can take part"))
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

    sections.items(page, view.items, words._d("What we will talk about"))
    page.heading(words._d("When and where"))
    sections.when_and_where(page, view.meeting)
    sections.contact(page, view.service, child=True)
    page.say(words._d("We hope to see you there!"))
    page.sign_off(words._d("With best wishes,"), view.service.name)

"""The invitation for each adult: why, when and where, what happens, help, and who to ask."""

from __future__ import annotations

from fgc_desktop.disclosure.view import RecipientView
from fgc_desktop.documents import sections
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.wording import Wording


def title(words: Wording) -> str:
    return words._d("You are invited to a family meeting")


def compose(page: Composer, view: RecipientView) -> None:
    words = page.words
    children = sections.children_phrase(page, view)
    page.title(title(words), words._d("A family group conference"))
    if view.recipient is not None:
        # Translators: the opening of a letter, e.g. “Dear Kasia Przykładowska,”.
        page.say(words._d("Dear %(name)s,", name=view.recipient.name))
    page.say(words._d("We would like you to come to a family meeting about %(children)s.",
                      children=children))

    page.heading(words._d("Why we are meeting"))
    page.say(words._d("A family group conference is a meeting for the family and the people "
                      "close to it."),
             words._d("Together you will make a plan to keep %(children)s safe and well.",
                      children=children),
             words._d("You know your family best. That is why your ideas matter."))
    sections.items(page, view, words._d("What you will hear about"))

    page.heading(words._d("When and where"))
    sections.when_and_where(page, view.meeting)
    sections.three_parts(page, view.meeting)
    sections.help_to_take_part(page, view.meeting, view.recipient)
    sections.other_ways(page)
    sections.invitees(page, view.invitees)
    sections.contact(page, view.service)
    page.say(words._d("Please let us know if you can come."))
    page.sign_off(words._d("With best wishes,"), view.service.name)

"""The leaflet “What happens at a family group conference”, for anyone.

It is made from a view with no recipient, which carries only the service's
details: no names, no meeting, no information.
"""

from __future__ import annotations

from fgc_desktop.disclosure.view import RecipientView
from fgc_desktop.documents import sections
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.wording import Wording


def title(words: Wording) -> str:
    return words._d("What happens at a family group conference")


def compose(page: Composer, view: RecipientView) -> None:
    words = page.words
    page.title(title(words))
    page.say(words._d("A family group conference is a meeting. The family and close friends "
                      "come together. They make a plan to keep a child safe and well."))
    page.say(words._d("Your family knows your children best. So the family makes the plan, "
                      "not just the workers."))

    page.heading(words._d("Who comes"))
    page.say(words._d("Parents, grandparents, aunts, uncles and friends of the family can come."),
             words._d("The child or young person can come too."),
             words._d("A social worker and other workers come for part of the meeting."))

    page.heading(words._d("Before the meeting"))
    page.say(words._d("A coordinator will visit you or phone you. They help everyone get "
                      "ready."),
             words._d("The coordinator does not work for the social work team."))
    page.say(words._d("Together you choose the day, the time and the place. You can choose "
                      "the food too."),
             words._d("If you need an interpreter, help with travel, or someone to mind young "
                      "children, just ask."))

    sections.three_parts(page, None)

    page.heading(words._d("After the meeting"))
    page.say(words._d("Everyone who needs the plan gets a copy."),
             words._d("Later, a review meeting checks how the plan is going. This is often "
                      "about three months later. The plan can change then."))

    page.heading(words._d("Children and young people"))
    page.say(words._d("Children can take part in the way that suits them. They can come, "
                      "write, draw or record a message."),
             words._d("An advocate can help them say what they think."))

    page.heading(words._d("Your information"))
    page.say(words._d("We only share what people need to know to help the child."),
             words._d("We keep a record of what we share, and who we share it with."))
    sections.contact(page, view.service, personal=False)

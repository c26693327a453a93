"""The invitation to a review meeting, where the family checks and changes its plan.

The meeting's time and place are printed only when the view's meeting is the
review itself (a review meeting on the review date); otherwise the letter gives
the date and promises the rest.
"""

from __future__ import annotations

from fgc_desktop.disclosure.view import MeetingView, RecipientView
from fgc_desktop.documents import sections
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.wording import Wording
from fgc_desktop.domain.enums import MeetingKind


def title(words: Wording) -> str:
    return words._d("You are invited to a review meeting")


def review_meeting(view: RecipientView) -> MeetingView | None:
    """The view's meeting when it is the review on the review date, else nothing."""
    meeting = view.meeting
    if meeting is None or meeting.kind is not MeetingKind.REVIEW or meeting.starts_at is None:
        return None
    on = meeting.starts_at.astimezone().date()
    return meeting if view.review_date in (None, on) else None


def compose(page: Composer, view: RecipientView) -> None:
    words = page.words
    children = sections.children_phrase(page, view)
    page.title(title(words), words._d("A family group conference"))
    if view.recipient is not None:
        page.say(words._d("Dear %(name)s,", name=view.recipient.name))
    page.say(words._d("Your family made a plan for %(children)s. Now it is time to meet again "
                      "and see how the plan is going.", children=children))
    page.say(words._d("We will talk about what has gone well and what has been hard."),
             words._d("The family can change the plan if it needs to."))
    if view.plan is not None:
        page.say(words._d("Please bring your copy of the plan, version %(number)s.",
                          number=view.plan.number))
    sections.items(page, view, words._d("What you will hear about"))

    page.heading(words._d("When and where"))
    meeting = review_meeting(view)
    if meeting is None and view.review_date is not None:
        page.fact(words._d("When:"), words.full_date(view.review_date))
        page.say(words._d("We will tell you the time and the place soon."))
    else:
        sections.when_and_where(page, meeting)
    sections.help_to_take_part(page, meeting, view.recipient)
    sections.other_ways(page)
    sections.invitees(page, view.invitees)
    sections.contact(page, view.service)
    page.say(words._d("Please let us know if you can come."))
    page.sign_off(words._d("With best wishes,"), view.service.name)

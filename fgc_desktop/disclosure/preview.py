"""“What will this person receive?”: their view, and what is kept from them and why.

For the coordinator only. The view is the very one documents are built from;
the withheld list names what it leaves out, which no document may print.
"""

from __future__ import annotations

from dataclasses import dataclass

from fgc_desktop.disclosure.build import build_view
from fgc_desktop.disclosure.rules import HeldBack, RecipientRules
from fgc_desktop.disclosure.view import RecipientView, ServiceDetails
from fgc_desktop.domain.enums import SharingChoice
from fgc_desktop.store.models import Conference, Participant


@dataclass(frozen=True)
class WithheldItem:
    """An item kept from the recipient: by a decision, by the default, or by a rule."""

    title: str
    decided: SharingChoice | None
    held_back: HeldBack | None


@dataclass(frozen=True)
class RecipientPreview:
    view: RecipientView
    withheld: tuple[WithheldItem, ...]
    left_out: tuple[str, ...]
    """Fields left empty because they hold someone's confidential contact details."""


def preview(
    conference: Conference, recipient: Participant | None, service: ServiceDetails
) -> RecipientPreview:
    view, left_out = build_view(conference, recipient, service)
    rules = RecipientRules(conference, recipient)
    withheld = []
    for item in conference.information_items:
        sight = rules.sight(item)
        if sight.choice is SharingChoice.WITHHOLD:
            withheld.append(WithheldItem(item.title, sight.decided, sight.held_back))
    return RecipientPreview(view, tuple(withheld), left_out)

"""The texts that must never appear in one recipient's documents.

Tests use this list to read documents back and prove nothing leaked. It holds
the text of every item withheld from the recipient with every summary written
of it, the full text of items they get only a summary of, and the
confidential addresses, phones and emails of everyone else. A text the
recipient may read anyway (two items with the same words) is left out, since
seeing it there is no leak.
"""

from __future__ import annotations

from fgc_desktop.disclosure.rules import RecipientRules
from fgc_desktop.domain.enums import SharingChoice
from fgc_desktop.store.models import Conference, Participant


def never_to_appear(conference: Conference, recipient: Participant | None) -> frozenset[str]:
    rules = RecipientRules(conference, recipient)
    readable: list[str] = []
    hidden: list[str] = []
    for item in conference.information_items:
        sight = rules.sight(item)
        if sight.choice is SharingChoice.WITHHOLD:
            hidden.append(item.text)
            hidden.extend(decision.summary for decision in item.decisions)
        else:
            readable.append(sight.text)
            if sight.choice is SharingChoice.SUMMARY:
                hidden.append(item.text)
    texts = {text.strip() for text in hidden if text.strip()}
    texts = {text for text in texts if not any(text in seen for seen in readable)}
    return frozenset(texts | set(rules.guard.texts))

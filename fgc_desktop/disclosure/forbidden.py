"""The texts that must never appear in one recipient's documents.

Tests use this list to read documents back and prove nothing leaked. It holds
the text of every item withheld from the recipient with every summary written
of it, the full text of items they get only a summary of, every interpreter's
translation of those texts, and the confidential addresses, phones and emails
of everyone else. A text the recipient may read anyway (two items with the
same words, in English or in a translation) is left out, since seeing it
there is no leak.
"""

from __future__ import annotations

from collections import defaultdict

from fgc_desktop.disclosure.rules import RecipientRules, decision_for
from fgc_desktop.domain.enums import SharingChoice
from fgc_desktop.store.models import Conference, Participant
from fgc_desktop.store.models.base import Entity


class _Translations:
    """Every translation typed for the conference, found by the record and field it translates."""

    def __init__(self, conference: Conference) -> None:
        self._texts: dict[tuple[str, str], list[str]] = defaultdict(list)
        for translation in conference.translations:
            self._texts[(translation.owner_uid, translation.field)].append(translation.text)

    def of(self, owner: Entity | None, field: str) -> list[str]:
        if owner is None or not owner.uid:
            return []
        return self._texts.get((owner.uid, field), [])


def never_to_appear(conference: Conference, recipient: Participant | None) -> frozenset[str]:
    rules = RecipientRules(conference, recipient)
    translations = _Translations(conference)
    readable: list[str] = []
    hidden: list[str] = []
    for item in conference.information_items:
        sight = rules.sight(item)
        full_text = [item.text, *translations.of(item, "text")]
        if sight.choice is SharingChoice.WITHHOLD:
            hidden.extend(full_text)
            for decision in item.decisions:
                hidden.append(decision.summary)
                hidden.extend(translations.of(decision, "summary"))
        elif sight.choice is SharingChoice.SUMMARY:
            assert recipient is not None
            hidden.extend(full_text)
            readable.append(sight.text)
            readable.extend(translations.of(decision_for(item, recipient), "summary"))
        else:
            readable.extend(full_text)
    texts = {text.strip() for text in hidden if text.strip()}
    texts = {text for text in texts if not any(text in seen for seen in readable)}
    return frozenset(texts | set(rules.guard.texts))

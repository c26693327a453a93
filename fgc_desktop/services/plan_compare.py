"""Two versions of the plan side by side: what was added, taken out or changed.

Actions carry no link to the action they were copied from, so they are paired
by their words: the same words first, then the most words in common (helped by
keeping the same place in the list). Anything left unpaired was added or
taken out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.meeting_record import PLAN_TEXT, ActionLine
from fgc_desktop.services.plan import PlanView, plan_view
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference

ACTION_FIELDS: dict[str, str] = {
    "what": N_("What will be done"), "who": N_("Who does it"), "when": N_("By when"),
    "how_known": N_("How everyone will know"), "who_checks": N_("Who checks"),
}
SAME_PLACE_BONUS = 0.15
"""How much keeping its place in the list counts towards pairing two actions."""
LEAST_LIKENESS = 0.5
"""Below this, two actions are different actions, not one changed."""


class Change(StrEnum):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class TextChange:
    title: str
    """Marked for translation, not translated: the screen translates it with ``_()``."""
    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class ActionPair:
    change: Change
    before: ActionLine | None
    after: ActionLine | None
    fields: tuple[str, ...] = ()
    """The details that differ, for a changed action."""


@dataclass(frozen=True)
class Comparison:
    before: PlanView
    after: PlanView
    texts: tuple[TextChange, ...]
    actions: tuple[ActionPair, ...]

    def count(self, change: Change) -> int:
        return sum(1 for pair in self.actions if pair.change is change)


def compare_versions(db: Database, conference_id: int, first: int, second: int) -> Comparison:
    """Version ``first`` (on the left) beside version ``second`` (on the right)."""
    with db.session() as session:
        conference = load_conference(session, conference_id)
        found = {v.number: v for v in conference.plan_versions}
        if first not in found or second not in found:
            raise UserError(_("One of those versions is no longer there. Reopen the page."))
        people = {p.id: p.display_name for p in conference.participants}
        before = plan_view(found[first], conference)
        after = plan_view(found[second], conference)
    texts = [TextChange(title, before.text[field], after.text[field])
             for field, (title, _longest) in PLAN_TEXT.items()]
    texts.append(TextChange(N_("Review date"), _day(before), _day(after)))
    texts.append(TextChange(N_("Family lead"), people.get(before.family_lead_id or 0, ""),
                            people.get(after.family_lead_id or 0, "")))
    return Comparison(before, after, tuple(texts),
                      pair_actions([a.line for a in before.actions],
                                   [a.line for a in after.actions]))


def _day(plan: PlanView) -> str:
    return plan.review_date.isoformat() if plan.review_date else ""


def _key(line: ActionLine) -> str:
    return " ".join(_words(line))


def _words(line: ActionLine) -> list[str]:
    return re.findall(r"\w+", line.what.lower())


def _differences(before: ActionLine, after: ActionLine) -> tuple[str, ...]:
    return tuple(field for field in ACTION_FIELDS
                 if getattr(before, field) != getattr(after, field))


def _likeness(before: ActionLine, after: ActionLine) -> float:
    ratio = SequenceMatcher(None, _words(before), _words(after)).ratio()
    return ratio + (SAME_PLACE_BONUS if before.position == after.position else 0.0)


def pair_actions(before: list[ActionLine], after: list[ActionLine]) -> tuple[ActionPair, ...]:
    """Each action of the newer list paired with its older self, if it has one."""
    pairs: dict[int, ActionLine] = {}
    left = list(before)
    for new in after:
        same = next((old for old in left if _key(old) == _key(new)), None)
        if same is not None:
            pairs[new.id] = same
            left.remove(same)
    candidates = sorted(
        ((_likeness(old, new), index, old, new) for index, new in enumerate(after)
         if new.id not in pairs for old in left),
        key=lambda found: (-found[0], found[1]),
    )
    for likeness, _index, old, new in candidates:
        if likeness >= LEAST_LIKENESS and new.id not in pairs and old in left:
            pairs[new.id] = old
            left.remove(old)
    found = [_pair(pairs.get(new.id), new) for new in after]
    found += [ActionPair(Change.REMOVED, old, None) for old in left]
    return tuple(sorted(found, key=_place))


def _pair(old: ActionLine | None, new: ActionLine) -> ActionPair:
    if old is None:
        return ActionPair(Change.ADDED, None, new)
    fields = _differences(old, new)
    return ActionPair(Change.CHANGED if fields else Change.SAME, old, new, fields)


def _place(pair: ActionPair) -> tuple[int, int]:
    """Newer actions in their order; a removed one just before what now holds its place."""
    if pair.after is not None:
        return pair.after.position, 1
    assert pair.before is not None
    return pair.before.position, 0

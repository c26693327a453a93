"""Checks on each action of a family plan: what, who, by when, how known, who checks.

A family can only follow an action that says all five, in words that pin it
down. The checks warn; they never stop an edit, because the family's own
words matter more than a tidy form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _, ngettext

VAGUE_WORDS: tuple[str, ...] = (
    "asap", "as soon as possible", "soon", "ongoing", "as needed", "when needed",
    "if needed", "as required", "when possible", "if possible", "as and when", "tbc",
    "tbd", "to be confirmed", "to be decided", "at some point", "sometime", "whenever",
)
"""Words that sound like an answer but leave nobody knowing when or how."""

VAGUE_PEOPLE: tuple[str, ...] = (
    "everyone", "everybody", "all", "someone", "somebody", "anyone", "the family",
    "family", "professionals", "services", "the professionals", "tbc",
)
"""Answers to “who” that name nobody in particular, so nobody feels it is theirs."""

FIELD_TITLES: dict[str, str] = {
    "what": N_("What will be done"),
    "who": N_("Who does it"),
    "when": N_("By when"),
    "how_known": N_("How everyone will know it is done"),
    "who_checks": N_("Who checks"),
}
"""Each detail's name, marked for translation; translate with ``_()`` where shown."""
MISSING_HINTS: dict[str, str] = {
    "what": N_("Say what will be done."),
    "who": N_("Name the person who does it."),
    "when": N_("Give a date, or words like “every Friday”."),
    "how_known": N_("Say how everyone will know it is done."),
    "who_checks": N_("Name the person who checks it happens."),
}
PEOPLE_FIELDS = ("who", "who_checks")

_VAGUE = re.compile(
    r"(?<![\w])(" + "|".join(re.escape(word) for word in VAGUE_WORDS) + r")(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ActionWarning:
    """One missing or vague detail of an action, and what to write instead."""

    field: str
    problem: str
    """“missing”, “vague”, or “nobody” (a “who” that names nobody in particular)."""
    text: str


@dataclass(frozen=True)
class ActionDetails:
    """The five details of an action as typed; ``by_when`` is set when a date was given."""

    what: str
    who: str
    by_when: date | None
    by_when_text: str
    how_known: str
    who_checks: str


def vague_words(text: str) -> list[str]:
    """The vague words in ``text``, each once, as the coordinator typed them."""
    found: dict[str, str] = {}
    for match in _VAGUE.finditer(text):
        found.setdefault(match.group(1).lower(), match.group(1))
    return list(found.values())


def _is_vague_person(text: str) -> bool:
    return text.strip().lower().rstrip(".") in VAGUE_PEOPLE


def action_warnings(action: ActionDetails) -> list[ActionWarning]:
    """What is missing or vague in one action, in the order the details are asked."""
    texts = {
        "what": action.what, "who": action.who, "when": action.by_when_text,
        "how_known": action.how_known, "who_checks": action.who_checks,
    }
    if action.by_when is not None:
        del texts["when"]
    found = (_warning(field, text) for field, text in texts.items())
    return [warning for warning in found if warning is not None]


def _warning(field: str, text: str) -> ActionWarning | None:
    title, hint = _(FIELD_TITLES[field]), _(MISSING_HINTS[field])
    if not text.strip():
        return ActionWarning(field, "missing", _("{field}: not written yet. {hint}").format(
            field=title, hint=hint))
    if field in PEOPLE_FIELDS and _is_vague_person(text):
        return ActionWarning(field, "nobody", _(
            "{field}: “{text}” names nobody in particular. {hint}"
        ).format(field=title, text=text.strip(), hint=hint))
    vague = vague_words(text)
    if not vague:
        return None
    words = ", ".join(f"“{word}”" for word in vague)
    return ActionWarning(field, "vague", ngettext(
        "{field}: {words} is vague. {hint}", "{field}: {words} are vague. {hint}", len(vague),
    ).format(field=title, words=words, hint=_vague_hint(field)))


def _vague_hint(field: str) -> str:
    if field == "when":
        return _("Give a date, or words like “every Friday” or “by half term”.")
    return _("Say exactly what, or when, so everyone knows.")

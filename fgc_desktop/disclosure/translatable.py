"""Which free texts reach a family document, and so may carry an interpreter's translation.

A :class:`~fgc_desktop.store.models.TextTranslation` names its text by the
``uid`` of the record that holds it and the name of the field (a model column).
Both the view that prints translations and the screen where an interpreter
types them read this one list, so the two always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from fgc_desktop.domain.text import N_
from fgc_desktop.store.models import InformationItem, PlanAction, PlanVersion, SharingDecision
from fgc_desktop.store.models.base import Entity


@dataclass(frozen=True)
class TranslatableField:
    """One column of free text that a family may read; ``label`` is marked for the interface."""

    model: type[Entity]
    field: str
    label: str


TRANSLATABLE_FIELDS: tuple[TranslatableField, ...] = (
    TranslatableField(InformationItem, "text", N_("Information")),
    TranslatableField(SharingDecision, "summary", N_("Summary for one person")),
    TranslatableField(PlanAction, "what", N_("Action: what")),
    TranslatableField(PlanAction, "who", N_("Action: who")),
    TranslatableField(PlanAction, "by_when_text", N_("Action: by when")),
    TranslatableField(PlanAction, "how_known", N_("Action: how everyone will know")),
    TranslatableField(PlanAction, "who_checks", N_("Action: who checks")),
    TranslatableField(PlanVersion, "help_from_services", N_("Help from services")),
    TranslatableField(PlanVersion, "backup_plan", N_("Back-up plan")),
    TranslatableField(PlanVersion, "monitoring", N_("How the plan will be checked")),
    TranslatableField(PlanVersion, "referrer_reasons", N_("The referrer's reasons")),
)


def fields_of(model: type[Entity]) -> tuple[str, ...]:
    """The translatable field names of one kind of record."""
    return tuple(entry.field for entry in TRANSLATABLE_FIELDS if entry.model is model)

"""An interpreter's translations of the free text a family reads, one language at a time.

The texts offered are those in :data:`TRANSLATABLE_FIELDS` that have English
in them, so an interpreter is never asked to translate an empty box or a plan
that has been replaced. A translation is named by the ``uid`` of the record
holding the English and the field's name; clearing it removes the row, and the
document then prints the English with a note.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from fgc_desktop.disclosure.translatable import TRANSLATABLE_FIELDS, fields_of
from fgc_desktop.domain.enums import PlanStatus, SharingChoice
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import LANGUAGES, is_supported
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    InformationItem,
    Participant,
    PlanAction,
    PlanVersion,
    SharingDecision,
    TextTranslation,
)
from fgc_desktop.store.models.base import Entity

TRANSLATION_LENGTH = 40_000
TRANSLATOR_LENGTH = 120

_ACTION_LABELS: dict[str, str] = {
    "what": N_("Action {number}: what"),
    "who": N_("Action {number}: who"),
    "by_when_text": N_("Action {number}: by when"),
    "how_known": N_("Action {number}: how everyone will know"),
    "who_checks": N_("Action {number}: who checks"),
}


@dataclass(frozen=True)
class TranslatableText:
    """One piece of English a family may read, and its translation into one language."""

    owner_uid: str
    field: str
    label: str
    english: str
    translation: str
    translated_by: str


@dataclass(frozen=True)
class SavedTranslation:
    """A translation as stored; empty ``text`` means there is none."""

    text: str
    translated_by: str


def translation_languages(db: Database, conference_id: int) -> list[str]:
    """The languages, other than English, that this conference's people read.

    A language that already holds translations stays on the list after the
    person who reads it has changed language, so no one's work is hidden.
    """
    with db.session() as session:
        wanted = set(session.scalars(
            select(Participant.preferred_language)
            .where(Participant.conference_id == conference_id)
        ))
        wanted |= set(session.scalars(
            select(TextTranslation.language).where(TextTranslation.conference_id == conference_id)
        ))
    return [entry.code for entry in LANGUAGES if entry.code in wanted and entry.code != "en"]


def list_texts(db: Database, conference_id: int, language: str) -> list[TranslatableText]:
    """Every text with English in it, in the order a family reads it, and its translation."""
    language = _checked_language(language)
    with db.session() as session:
        conference = _conference(session, conference_id)
        stored = {
            (row.owner_uid, row.field): row
            for row in session.scalars(
                select(TextTranslation).where(TextTranslation.conference_id == conference_id,
                                              TextTranslation.language == language)
            )
        }
        texts = []
        for owner, field, label in _english_texts(conference):
            row = stored.get((owner.uid, field))
            texts.append(TranslatableText(
                owner_uid=owner.uid, field=field, label=label,
                english=str(getattr(owner, field)),
                translation=row.text if row else "",
                translated_by=row.translated_by if row else "",
            ))
        return texts


def save_translation(
    db: Database, conference_id: int, owner_uid: str, field: str, language: str,
    text: object, translated_by: object = "",
) -> SavedTranslation:
    """Keeps one translation, or removes it when ``text`` is empty; what was there before.

    The earlier value is returned so the screen can offer to put it back.
    """
    language = _checked_language(language)
    checked_text = check_text(_("The translation"), text, TRANSLATION_LENGTH)
    checked_by = check_text(_("Translated by"), translated_by, TRANSLATOR_LENGTH)
    with db.session() as session:
        conference = _conference(session, conference_id)
        if not any(
            owner.uid == owner_uid and name == field
            for owner, name, _label in _english_texts(conference)
        ):
            raise UserError(_("That English text has been changed or removed. Close this "
                              "window and open it again to see the texts as they are now."))
        row = session.scalars(
            select(TextTranslation).where(TextTranslation.owner_uid == owner_uid,
                                          TextTranslation.field == field,
                                          TextTranslation.language == language)
        ).one_or_none()
        before = SavedTranslation(row.text, row.translated_by) if row else SavedTranslation("", "")
        if not checked_text:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(TextTranslation(
                conference_id=conference_id, owner_uid=owner_uid, field=field,
                language=language, text=checked_text, translated_by=checked_by,
            ))
        elif (row.text, row.translated_by) != (checked_text, checked_by):
            row.text, row.translated_by = checked_text, checked_by
        return before


def latest_translator(db: Database, conference_id: int, language: str) -> str:
    """Who last translated into ``language`` here, to save them typing their name again."""
    with db.session() as session:
        name = session.scalars(
            select(TextTranslation.translated_by)
            .where(TextTranslation.conference_id == conference_id,
                   TextTranslation.language == language, TextTranslation.translated_by != "")
            .order_by(TextTranslation.updated_at.desc(), TextTranslation.id.desc())
            .limit(1)
        ).first()
    return name or ""


def _checked_language(code: str) -> str:
    if not is_supported(code) or code == "en":
        raise UserError(_("Choose the language the translation is in. English is the "
                          "original, so it needs no translation."))
    return code


def _conference(session: Session, conference_id: int) -> Conference:
    conference = session.get(Conference, conference_id)
    if conference is None:
        raise UserError(_("This conference is no longer in the database. Close this window."))
    return conference


def _english_texts(conference: Conference) -> Iterator[tuple[Entity, str, str]]:
    """Each record, field and label holding English a family may read."""
    for owner, field, label in _all_texts(conference):
        if str(getattr(owner, field) or "").strip():
            yield owner, field, label


def _all_texts(conference: Conference) -> Iterator[tuple[Entity, str, str]]:
    for item in conference.information_items:
        for field in fields_of(InformationItem):
            yield item, field, item.title or _label(InformationItem, field)
        for decision in item.decisions:
            if decision.choice is SharingChoice.SUMMARY:
                label = _("Summary for {name}: {title}").format(
                    name=decision.participant.display_name, title=item.title)
                for field in fields_of(SharingDecision):
                    yield decision, field, label
    plans = [plan for plan in conference.plan_versions if plan.status is not PlanStatus.SUPERSEDED]
    for plan in plans:
        several = len(plans) > 1
        for number, action in enumerate(plan.actions, start=1):
            for field in fields_of(PlanAction):
                yield action, field, _in_plan(_action_label(field, number), plan, several)
        for field in fields_of(PlanVersion):
            yield plan, field, _in_plan(_label(PlanVersion, field), plan, several)


def _in_plan(label: str, plan: PlanVersion, several: bool) -> str:
    """The label, naming the plan's version when there is more than one to translate."""
    if not several:
        return label
    return _("Plan version {number} – {label}").format(number=plan.number, label=label)


def _action_label(field: str, number: int) -> str:
    template = _ACTION_LABELS.get(field)
    if template is None:
        return _label(PlanAction, field)
    return _(template).format(number=number)


def _label(model: type[Entity], field: str) -> str:
    return next(_(entry.label) for entry in TRANSLATABLE_FIELDS
                if entry.model is model and entry.field == field)

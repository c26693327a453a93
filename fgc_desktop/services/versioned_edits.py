"""Saving a conference's field when another coordinator may be editing it too.

The screen remembers the version it loaded (``get_conference_fields(...)["version"]``)
and the value it showed for each field. A save then:

- lands when nothing changed since the screen's version;
- lands when others changed only other fields (this field still holds what the
  screen showed), but the screen keeps its old version, so that a later save of
  a field it shows out of date is still checked;
- raises :class:`~fgc_desktop.store.conflicts.ConflictError` when someone saved
  this field meanwhile, so nothing is overwritten silently.

The check and the write happen in one ``UPDATE ... WHERE version = ...``, so
two saves racing each other cannot both pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.conferences import FIELD_TITLES, check_conference_field
from fgc_desktop.store.conflicts import ConflictError, last_change
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference


class _NotShown:
    """The screen did not say what it showed: any change by others is a conflict."""


NOT_SHOWN: Final = _NotShown()
_RACES_RETRIED = 5


@dataclass(frozen=True)
class SavedField:
    """The value as stored, and the version the screen may now say it shows."""

    value: Any
    version: int


def save_conference_field(
    db: Database, conference_id: int, field: str, value: Any, expected_version: int,
    shown: Any = NOT_SHOWN,
) -> SavedField:
    """Saves one field unless someone else saved it after ``expected_version``.

    ``shown`` is the value the screen showed before the coordinator's edit. To
    keep your value after a conflict, call again with ``expected_version`` set to
    the conflict's ``current_version``.
    """
    checked = check_conference_field(field, value)
    for _attempt in range(_RACES_RETRIED):
        try:
            with db.session() as session:
                return _save(session, conference_id, field, checked, expected_version, shown)
        except StaleDataError:
            continue
    raise UserError(_(
        "Others are saving this conference so often that your change could not be saved. "
        "Wait a moment, then try again."
    ))


def _save(
    session: Session, conference_id: int, field: str, checked: Any, expected_version: int,
    shown: Any,
) -> SavedField:
    conference = session.get(Conference, conference_id)
    if conference is None:
        raise UserError(_("That conference no longer exists. Someone may have deleted it."))
    stored = getattr(conference, field)
    if conference.version == expected_version:
        if stored != checked:
            setattr(conference, field, checked)
            session.flush()
        return SavedField(checked, conference.version)
    if stored == checked:
        return SavedField(checked, expected_version)
    if isinstance(shown, _NotShown) or stored != shown:
        raise ConflictError(
            record_id=conference_id, field=field,
            title=_(FIELD_TITLES.get(field, field.replace("_", " ").capitalize())),
            theirs=stored, yours=checked, current_version=conference.version,
            changed_by=last_change(session, Conference.__tablename__, conference_id, field),
        )
    setattr(conference, field, checked)
    session.flush()
    return SavedField(checked, expected_version)

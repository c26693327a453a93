"""Reading and changing the settings stored with the data."""

from typing import Any

from sqlalchemy import select

from fgc_desktop.settings import SETTINGS, spec_for
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Setting


def load_settings(db: Database) -> dict[str, Any]:
    """Every setting: the stored value where there is one, else its default."""
    values = {spec.key: spec.default for spec in SETTINGS}
    with db.session() as session:
        for row in session.scalars(select(Setting)):
            if row.key in values:
                values[row.key] = row.value
    return values


def get_setting(db: Database, key: str) -> Any:
    spec = spec_for(key)
    with db.session() as session:
        row = session.get(Setting, key)
        return spec.default if row is None else row.value


def save_setting(db: Database, key: str, value: Any) -> None:
    checked = spec_for(key).check(value)
    with db.session() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=checked))
        else:
            row.value = checked

"""Every setting, declared once with its type and default.

Settings live in the database, so a team on a shared server shares them. The
one exception is which database to use, which must be known before any
database is open: it sits in ``connection.json`` in the data folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _

CONNECTION_FILE = "connection.json"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    title: str
    minimum: int | None = None
    maximum: int | None = None
    in_settings_dialog: bool = True

    @property
    def kind(self) -> type:
        return type(self.default)

    def check(self, value: Any) -> Any:
        """The value in this setting's type, or a :class:`UserError` saying what is wrong."""
        title = _(self.title)
        if self.kind is bool:
            if not isinstance(value, bool):
                raise UserError(_("{setting}: choose yes or no.").format(setting=title))
            return value
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise UserError(_("{setting}: enter a whole number.").format(setting=title))
            if self.minimum is not None and value < self.minimum:
                raise UserError(_("{setting}: enter {minimum} or more.").format(
                    setting=title, minimum=self.minimum))
            if self.maximum is not None and value > self.maximum:
                raise UserError(_("{setting}: enter {maximum} or less.").format(
                    setting=title, maximum=self.maximum))
            return value
        if not isinstance(value, str):
            raise UserError(_("{setting}: enter text.").format(setting=title))
        if len(value) > 2_000_000:
            raise UserError(_("{setting}: this is too long to keep.").format(setting=title))
        return value


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("service_name", "Family Group Conference Service", N_("Service name")),
    SettingSpec("service_address", "", N_("Service address")),
    SettingSpec("service_phone", "", N_("Service phone")),
    SettingSpec("service_email", "", N_("Service email")),
    SettingSpec("service_logo_png", "", N_("Service logo")),
    SettingSpec("coordinator_name", "", N_("Your name")),
    SettingSpec("coordinator_phone", "", N_("Your work phone")),
    SettingSpec("coordinator_email", "", N_("Your work email")),
    SettingSpec("print_coordinator_contact", False,
                N_("Print the coordinator's own phone and email on documents")),
    SettingSpec("target_days_to_meeting", 42, N_("Target days from referral to meeting"), 1, 365),
    SettingSpec("target_days_plan_sent", 10, N_("Target days from meeting to plan sent out"),
                1, 90),
    SettingSpec("target_days_to_review", 90, N_("Target days from meeting to review"), 1, 365),
    SettingSpec("retention_months", 84, N_("Keep closed records for (months)"), 1, 1200),
    SettingSpec("backup_keep", 14, N_("Daily backups to keep"), 1, 365),
    SettingSpec("backup_folder", "", N_("Folder for backups (empty: the app's own folder)")),
    SettingSpec("interface_language", "en", N_("Interface language")),
    SettingSpec("glossary_additions", "", N_("The service's own words for the glossary"),
                in_settings_dialog=False),
)

SETTING_SPECS = {spec.key: spec for spec in SETTINGS}


def spec_for(key: str) -> SettingSpec:
    try:
        return SETTING_SPECS[key]
    except KeyError:
        raise UserError(_("There is no setting called “{key}”.").format(key=key)) from None


def read_database_url(data_dir: Path) -> str:
    """The server URL a team chose, or an empty string for the local file."""
    path = data_dir / CONNECTION_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, ValueError) as error:
        raise UserError(_(
            "The connection settings in {path} could not be read ({reason}). "
            "Delete that file to go back to the local database."
        ).format(path=path, reason=error)) from error
    url = stored.get("database_url", "") if isinstance(stored, dict) else ""
    return url if isinstance(url, str) else ""


def write_database_url(data_dir: Path, url: str) -> None:
    path = data_dir / CONNECTION_FILE
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"database_url": url.strip()}, indent=2), encoding="utf-8")
    temporary.replace(path)

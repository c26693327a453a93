"""Settings have defaults, are checked, and are kept with the data."""

from pathlib import Path

import pytest

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.settings import get_setting, load_settings, save_setting
from fgc_desktop.settings import SETTINGS, read_database_url, write_database_url
from fgc_desktop.store.database import Database, sqlite_url


def test_every_setting_has_its_default_until_changed(db: Database) -> None:
    values = load_settings(db)
    assert values == {spec.key: spec.default for spec in SETTINGS}


def test_a_saved_setting_is_kept_with_the_data(db: Database, data_folder: Path) -> None:
    save_setting(db, "service_name", "Exampleshire Family Group Conferences")
    save_setting(db, "target_days_plan_sent", 7)
    db.close()
    reopened = Database(sqlite_url(data_folder))
    assert get_setting(reopened, "service_name") == "Exampleshire Family Group Conferences"
    assert load_settings(reopened)["target_days_plan_sent"] == 7
    reopened.close()


@pytest.mark.parametrize(("key", "value", "message"), [
    ("target_days_plan_sent", "ten", "whole number"),
    ("target_days_plan_sent", 0, "1 or more"),
    ("retention_months", 5000, "1200 or less"),
    ("print_coordinator_contact", "yes", "yes or no"),
    ("no_such_setting", 1, "no setting"),
])
def test_a_bad_value_is_refused_with_a_message(
    db: Database, key: str, value: object, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        save_setting(db, key, value)


def test_the_database_choice_lives_beside_the_data(data_folder: Path) -> None:
    assert read_database_url(data_folder) == ""
    write_database_url(data_folder, " postgresql+psycopg://fgc@server.example/fgc ")
    assert read_database_url(data_folder) == "postgresql+psycopg://fgc@server.example/fgc"
    (data_folder / "connection.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="Delete that file"):
        read_database_url(data_folder)

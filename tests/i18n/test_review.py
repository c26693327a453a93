"""A service's reviewer corrects and approves a language; documents print the corrections."""

from datetime import date
from pathlib import Path

import pytest

from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n import overrides
from fgc_desktop.i18n.catalogue import (
    DOCUMENTS_DOMAIN,
    catalogue,
    override_path,
    use_data_folder,
)
from fgc_desktop.i18n.exchange import export_catalogue, import_catalogue
from fgc_desktop.i18n.status import approve_language, draft_languages, language_status
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.sharing import view_for
from fgc_desktop.store.database import Database
from tests.documents.demo_cases import conference_id, pdf_text

WHO_COMES = ("Who comes", None)
HELLO = ("Hello %(name)s,", None)


def _message(code: str, key: tuple[str, str | None]) -> overrides.ReviewMessage:
    return next(m for m in overrides.review_messages(code) if m.key == key)


def test_a_correction_changes_the_words_a_welsh_leaflet_prints(db: Database) -> None:
    load_demo(db)
    view = view_for(db, conference_id(db, "DEMO-0004"), None)
    welsh = RenderOptions(language="cy")
    shipped = _message("cy", WHO_COMES).shipped[0]
    assert shipped in pdf_text(render_document("leaflet", view, welsh))

    overrides.save_corrections("cy", {WHO_COMES: ("Pwy fydd yno",)})

    text = pdf_text(render_document("leaflet", view, welsh))
    assert "Pwy fydd yno" in text and shipped not in text
    assert _message("cy", WHO_COMES).corrected


def test_putting_the_shipped_words_back_removes_the_correction() -> None:
    overrides.save_corrections("cy", {WHO_COMES: ("Pwy fydd yno",)})
    shipped = _message("cy", WHO_COMES).shipped
    overrides.save_corrections("cy", {WHO_COMES: shipped})
    assert catalogue(DOCUMENTS_DOMAIN, "cy").gettext("Who comes") == shipped[0]
    assert not _message("cy", WHO_COMES).corrected


def test_a_correction_that_loses_a_placeholder_is_refused_by_name() -> None:
    with pytest.raises(UserError, match=r"%\(name\)s is missing"):
        overrides.save_corrections("cy", {HELLO: ("Helo,",)})
    with pytest.raises(UserError, match=r"%\(nam\)s is not in the English"):
        overrides.save_corrections("cy", {HELLO: ("Helo %(nam)s,",)})
    assert not override_path(DOCUMENTS_DOMAIN, "cy").exists()


def test_a_plural_correction_needs_every_form_of_the_language() -> None:
    steps = next(m for m in overrides.review_messages("cy") if m.plural)
    with pytest.raises(UserError, match="needs 6 forms"):
        overrides.save_corrections("cy", {steps.key: steps.shipped[:2]})


def test_corrections_are_read_from_the_data_folder_the_app_was_given(
    tmp_path: Path, data_folder: Path,
) -> None:
    overrides.save_corrections("cy", {WHO_COMES: ("Pwy fydd yno",)})
    welsh = catalogue(DOCUMENTS_DOMAIN, "cy")
    use_data_folder(tmp_path / "another service")
    assert welsh.gettext("Who comes") != "Pwy fydd yno"
    use_data_folder(data_folder)
    assert welsh.gettext("Who comes") == "Pwy fydd yno"


def test_every_language_starts_as_a_draft_and_english_never_is() -> None:
    status = language_status("ur")
    assert status.is_draft and status.shipped_note.startswith("draft")
    assert draft_languages(["en", "ur", "cy", "ur"]) == ["ur", "cy"]


def test_an_approval_is_kept_in_the_data_folder_and_survives_a_restart(
    data_folder: Path,
) -> None:
    approve_language("pl", "Zofia Przykładowa-Test", date(2026, 12, 3))
    catalogue.cache_clear()

    status = language_status("pl")

    assert not status.is_draft
    assert (status.reviewed_by, status.reviewed_on) == ("Zofia Przykładowa-Test",
                                                        date(2026, 12, 3))
    assert (data_folder / "translations" / "pl" / "status.json").exists()


def test_a_change_after_approval_makes_the_language_a_draft_again() -> None:
    approve_language("cy", "Gwen Prawf")
    overrides.save_corrections("cy", {WHO_COMES: ("Pwy fydd yno",)})
    status = language_status("cy")
    assert status.is_draft and status.changed_since_review and status.reviewed_by


def test_an_approval_needs_the_reviewers_name() -> None:
    with pytest.raises(UserError, match="name"):
        approve_language("cy", "   ")
    assert language_status("cy").is_draft


def test_an_exported_catalogue_comes_back_in_with_its_changes(tmp_path: Path) -> None:
    overrides.save_corrections("cy", {WHO_COMES: ("Pwy fydd yno",)})
    exported = export_catalogue("cy", tmp_path / "cy.po")
    text = exported.read_text(encoding="utf-8")
    assert 'msgstr "Pwy fydd yno"' in text
    exported.write_text(text.replace('msgstr "Pwy fydd yno"', 'msgstr "Pwy sydd yno"'),
                        encoding="utf-8")

    assert import_catalogue("cy", exported) == 1

    assert catalogue(DOCUMENTS_DOMAIN, "cy").gettext("Who comes") == "Pwy sydd yno"


@pytest.mark.parametrize("damage", [
    lambda text: 'msgid "Who comes\nmsgstr ',
    lambda text: text.replace('msgstr "Pwy fydd yno"', 'msgstr ""'),
    lambda text: text.replace("Helo %(name)s,", "Helo,"),
    lambda text: text.replace("Language: cy", "Language: pl"),
    lambda text: text.replace("Who comes", "Who is coming"),
])
def test_a_malformed_or_mismatched_import_changes_nothing(
    tmp_path: Path, damage: object,
) -> None:
    overrides.save_corrections("cy", {WHO_COMES: ("Pwy fydd yno",)})
    before = override_path(DOCUMENTS_DOMAIN, "cy").read_bytes()
    exported = export_catalogue("cy", tmp_path / "cy.po")
    assert callable(damage)
    exported.write_text(damage(exported.read_text(encoding="utf-8")), encoding="utf-8")

    with pytest.raises(UserError, match="Nothing was changed"):
        import_catalogue("cy", exported)

    assert override_path(DOCUMENTS_DOMAIN, "cy").read_bytes() == before
    assert catalogue(DOCUMENTS_DOMAIN, "cy").gettext("Who comes") == "Pwy fydd yno"


def test_a_file_that_is_not_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "picture.po"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(UserError, match="Nothing was changed"):
        import_catalogue("cy", path)
    assert not override_path(DOCUMENTS_DOMAIN, "cy").exists()

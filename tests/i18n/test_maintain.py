"""The project's translation command reports every language's catalogue and its status."""

import pytest

from fgc_desktop.i18n.languages import LANGUAGES
from fgc_desktop.i18n.maintain import main


def test_check_reports_each_language_with_its_status(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check"])
    lines = capsys.readouterr().out.splitlines()
    documents = [line for line in lines if " fgc_documents " in line]
    assert {line.split()[0] for line in documents} == {
        language.code for language in LANGUAGES if language.code != "en"}
    assert all("draft" in line and "%" in line for line in documents)


def test_an_unknown_command_shows_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate"]) == 2
    assert "extract|update|compile|check" in capsys.readouterr().err

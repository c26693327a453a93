"""What a person types is checked, with messages that say what to do."""

from datetime import date

import pytest

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.validation import check_date, check_text


def test_text_is_trimmed() -> None:
    assert check_text("Worries", "  kind words \n", 100) == "kind words"


def test_a_huge_paste_is_refused_and_says_how_long() -> None:
    with pytest.raises(UserError, match=r"100,000 characters.*20,000"):
        check_text("Worries", "a" * 100_000, 20_000)


@pytest.mark.parametrize("value", ["2026-02-30", "30/02/2026", "soon", 42])
def test_an_impossible_date_is_refused(value: object) -> None:
    with pytest.raises(UserError, match="not a real date"):
        check_date("Meeting date", value)


def test_dates_from_text_or_empty() -> None:
    assert check_date("Meeting date", "2026-12-03") == date(2026, 12, 3)
    assert check_date("Meeting date", "") is None

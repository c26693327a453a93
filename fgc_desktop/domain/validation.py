"""Checks on what a person types, with messages that say what to do."""

from datetime import date
from typing import Any

from fgc_desktop.domain.errors import UserError


def check_text(title: str, value: Any, max_length: int, required: bool = False) -> str:
    """Trimmed text, or a :class:`UserError` naming the field and the fix."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise UserError(f"{title}: enter text.")
    text = value.strip()
    if required and not text:
        raise UserError(f"{title} cannot be empty. Type at least one letter.")
    if len(text) > max_length:
        raise UserError(
            f"{title} is too long: {len(text):,} characters, and it can hold {max_length:,}. "
            "Shorten it, or keep the long text in a document of its own."
        )
    if "\x00" in text:
        raise UserError(f"{title} contains a character that cannot be stored. Retype it.")
    return text


def check_date(title: str, value: Any) -> date | None:
    """A date from a ``date`` or ISO text; empty means no date."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise UserError(
        f"{title}: “{value}” is not a real date. Enter it as year-month-day, like 2026-12-03."
    )

"""Checks on what a person types, with messages that say what to do."""

from datetime import date
from typing import Any

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _, ngettext


def check_text(title: str, value: Any, max_length: int, required: bool = False) -> str:
    """Trimmed text, or a :class:`UserError` naming the field and the fix.

    ``title`` is the field's name as the coordinator sees it, already translated.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise UserError(_("{field}: enter text.").format(field=title))
    text = value.strip()
    if required and not text:
        raise UserError(_("{field} cannot be empty. Type at least one letter.").format(
            field=title))
    if len(text) > max_length:
        raise UserError(ngettext(
            "{field} is too long: {length:,} character, and it can hold {limit:,}. "
            "Shorten it, or keep the long text in a document of its own.",
            "{field} is too long: {length:,} characters, and it can hold {limit:,}. "
            "Shorten it, or keep the long text in a document of its own.",
            len(text),
        ).format(field=title, length=len(text), limit=max_length))
    if "\x00" in text:
        raise UserError(_("{field} contains a character that cannot be stored. "
                          "Retype it.").format(field=title))
    return text


def check_date(title: str, value: Any) -> date | None:
    """A date from a ``date`` or ISO text; empty means no date.

    ``title`` is the field's name as the coordinator sees it, already translated.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise UserError(_(
        "{field}: “{value}” is not a real date. Enter it as year-month-day, like 2026-12-03."
    ).format(field=title, value=value))

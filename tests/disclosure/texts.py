"""Every string a recipient's view holds, however deep, as a document could print it."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any


def strings_in(value: Any) -> list[str]:
    """The text fields of a view and of everything inside it (enum values are not text)."""
    if isinstance(value, Enum):
        return []
    if isinstance(value, str):
        return [value]
    if is_dataclass(value) and not isinstance(value, type):
        return [text for field in fields(value) for text in strings_in(getattr(value, field.name))]
    if isinstance(value, tuple | list):
        return [text for element in value for text in strings_in(element)]
    return []


def shows(view: Any, text: str) -> bool:
    return any(text in string for string in strings_in(view))

"""The case file's JSON Schema, and its errors told in plain words.

``jsonschema`` names the rule a value broke; a coordinator needs to hear which
field is wrong and what to put there instead.
"""

from __future__ import annotations

import json
from functools import cache, reduce
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from fgc_desktop.casefile.locations import child_location, location_of, shorten
from fgc_desktop.domain.errors import CaseFileError
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _, ngettext

_TYPE_WORDS = {
    "string": N_("text"),
    "integer": N_("a whole number"),
    "number": N_("a number"),
    "boolean": N_("true or false"),
    "array": N_("a list in [ ]"),
    "object": N_("a record in { }"),
    "null": "null",
}
"""JSON's types in words; ``null`` is the JSON word itself, so it is not translated."""
_PATTERN_PROBLEMS = {
    "uid": N_("{value} is not a uid: use 1 to 32 letters, digits, - or _."),
    "date": N_("{value} is not a date written as year-month-day, like 2026-12-03."),
    "datetime": N_("{value} is not a date and time with its offset from UTC, "
                   "like 2026-12-03T14:30:00+00:00."),
}


@cache
def load_schema() -> dict[str, Any]:
    """The schema installed with the package, in ``schema.json`` next to this module."""
    text = files("fgc_desktop.casefile").joinpath("schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> Any:
    return Draft202012Validator(load_schema())


def check_against_schema(document: Any) -> None:
    """Raises a :class:`CaseFileError` for the most telling way ``document`` breaks the schema."""
    error = best_match(_validator().iter_errors(document))
    if error is not None:
        location, problem = explain(error)
        raise CaseFileError(location, problem)


def explain(error: ValidationError) -> tuple[str, str]:
    """The place and the problem of one schema error, in words a coordinator can act on."""
    location = location_of(error.absolute_path)
    rule, expected, value = error.validator, error.validator_value, error.instance
    if rule == "required":
        missing = next(name for name in expected if name not in value)
        return child_location(location, missing), _(
            "is missing. Add it, or export the case again from FGC Desktop."
        )
    if rule == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))[0]
        return child_location(location, extra), _(
            "is not a field this version of the case file has. Remove it, or import the file "
            "with the newer FGC Desktop that wrote it."
        )
    return location, _value_problem(rule, expected, value)


def _value_problem(rule: str, expected: Any, value: Any) -> str:
    if rule == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        return _("should be {kinds}, not {value}.").format(
            kinds=_type_words(wanted), value=describe_value(value))
    if rule == "enum":
        allowed = ", ".join(str(choice) for choice in expected if choice is not None)
        if None in expected:
            return _("{value} is not one of the allowed values: {allowed}, or null.").format(
                value=_quote(value), allowed=allowed)
        return _("{value} is not one of the allowed values: {allowed}.").format(
            value=_quote(value), allowed=allowed)
    if rule == "const":
        return _("should be {expected}, not {value}.").format(
            expected=json.dumps(expected), value=_quote(value))
    if rule == "maxLength":
        return ngettext(
            "is too long: {length:,} character, and it can hold {limit:,}. Shorten it.",
            "is too long: {length:,} characters, and it can hold {limit:,}. Shorten it.",
            len(value),
        ).format(length=len(value), limit=expected)
    if rule == "minLength":
        return _("cannot be empty.")
    if rule == "pattern":
        return _pattern_problem(expected).format(value=_quote(value))
    if rule == "minimum":
        return _("should be {limit:,} or more, not {value}.").format(
            limit=expected, value=_quote(value))
    if rule == "maximum":
        return _("should be {limit:,} or less, not {value}.").format(
            limit=expected, value=_quote(value))
    return _("is not allowed here ({rule}).").format(rule=rule)


def _type_words(names: list[str]) -> str:
    """``text``, or ``text or null``: the kinds of value a field may hold."""
    words = [_(_TYPE_WORDS[name]) for name in names]
    return reduce(lambda first, second: _("{first} or {second}").format(
        first=first, second=second), words)


def _pattern_problem(pattern: str) -> str:
    """The problem of a value not written as the pattern needs, with a ``{value}`` to fill."""
    definitions = load_schema()["$defs"]
    for name, problem in _PATTERN_PROBLEMS.items():
        if definitions[name]["pattern"] == pattern:
            return _(problem)
    return _("{value} is not written the way this field needs.")


def describe_value(value: Any) -> str:
    """What kind of JSON value ``value`` is, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int | float):
        return _("the number {number}").format(number=shorten(json.dumps(value)))
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list):
        return _("a list")
    return _("a record")


def _quote(value: Any) -> str:
    if isinstance(value, str):
        return f"“{shorten(value)}”"
    return shorten(json.dumps(value, ensure_ascii=False))

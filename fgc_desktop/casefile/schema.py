"""The case file's JSON Schema, and its errors told in plain words.

``jsonschema`` names the rule a value broke; a coordinator needs to hear which
field is wrong and what to put there instead.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from fgc_desktop.casefile.locations import child_location, location_of, shorten
from fgc_desktop.domain.errors import CaseFileError

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list in [ ]",
    "object": "a record in { }",
    "null": "null",
}
_PATTERN_PROBLEMS = {
    "uid": "is not a uid: use 1 to 32 letters, digits, - or _.",
    "date": "is not a date written as year-month-day, like 2026-12-03.",
    "datetime": "is not a date and time with its offset from UTC, like 2026-12-03T14:30:00+00:00.",
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
        return child_location(location, missing), (
            "is missing. Add it, or export the case again from FGC Desktop."
        )
    if rule == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))[0]
        return child_location(location, extra), (
            "is not a field this version of the case file has. Remove it, or import the file "
            "with the newer FGC Desktop that wrote it."
        )
    return location, _value_problem(rule, expected, value)


def _value_problem(rule: str, expected: Any, value: Any) -> str:
    if rule == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        words = " or ".join(_TYPE_WORDS[name] for name in wanted)
        return f"should be {words}, not {describe_value(value)}."
    if rule == "enum":
        allowed = ", ".join(str(choice) for choice in expected if choice is not None)
        empty = ", or null" if None in expected else ""
        return f"{_quote(value)} is not one of the allowed values: {allowed}{empty}."
    if rule == "const":
        return f"should be {json.dumps(expected)}, not {_quote(value)}."
    if rule == "maxLength":
        return (f"is too long: {len(value):,} characters, and it can hold {expected:,}. "
                "Shorten it.")
    if rule == "minLength":
        return "cannot be empty."
    if rule == "pattern":
        return f"{_quote(value)} {_pattern_problem(expected)}"
    if rule == "minimum":
        return f"should be {expected:,} or more, not {_quote(value)}."
    if rule == "maximum":
        return f"should be {expected:,} or less, not {_quote(value)}."
    return f"is not allowed here ({rule})."


def _pattern_problem(pattern: str) -> str:
    definitions = load_schema()["$defs"]
    for name, problem in _PATTERN_PROBLEMS.items():
        if definitions[name]["pattern"] == pattern:
            return problem
    return "is not written the way this field needs."


def describe_value(value: Any) -> str:
    """What kind of JSON value ``value`` is, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int | float):
        return f"the number {shorten(json.dumps(value))}"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a record"


def _quote(value: Any) -> str:
    if isinstance(value, str):
        return f"“{shorten(value)}”"
    return shorten(json.dumps(value, ensure_ascii=False))

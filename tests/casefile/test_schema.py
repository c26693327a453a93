"""The JSON Schema in the package is valid, matches what export writes, and matches the tables."""

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from fgc_desktop.casefile.records import ALL_TYPES, Field, RecordType
from fgc_desktop.casefile.schema import load_schema


def test_the_schema_is_valid_draft_2020_12() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_an_exported_case_file_matches_the_schema(exported: dict[str, Any]) -> None:
    Draft202012Validator(load_schema()).validate(exported)


def _definition(record_type: RecordType) -> dict[str, Any]:
    definition: dict[str, Any] = load_schema()["$defs"][record_type.noun.replace(" ", "_")]
    return definition


@pytest.mark.parametrize("record_type", ALL_TYPES, ids=lambda record_type: record_type.key)
def test_the_schema_lists_every_field_of_every_table(record_type: RecordType) -> None:
    definition = _definition(record_type)
    names = [field.name for field in record_type.fields]
    names += [child.key for child in record_type.children]

    assert list(definition["properties"]) == names
    assert definition["required"] == names
    assert definition["additionalProperties"] is False
    for child in record_type.children:
        items = definition["properties"][child.key]["items"]
        assert items == {"$ref": f"#/$defs/{child.noun.replace(' ', '_')}"}


@pytest.mark.parametrize("record_type", ALL_TYPES, ids=lambda record_type: record_type.key)
def test_each_field_in_the_schema_holds_what_its_column_holds(record_type: RecordType) -> None:
    properties = _definition(record_type)["properties"]
    wrong = [field.name for field in record_type.fields
             if not _rule_fits(record_type, field, properties[field.name])]
    assert wrong == []


def _rule_fits(record_type: RecordType, field: Field, rule: dict[str, Any]) -> bool:
    optional = "optional_" if field.nullable else ""
    if field.link or field.name == "uid":
        return bool(rule["$ref"] == f"#/$defs/{optional}uid")
    if field.kind in ("date", "datetime"):
        return bool(rule["$ref"] == f"#/$defs/{optional}{field.kind}")
    if field.kind == "choice":
        assert field.choices is not None
        values: list[str | None] = [choice.value for choice in field.choices]
        return bool(rule["enum"] == ([*values, None] if field.nullable else values))
    json_type = {"text": "string", "number": "integer", "flag": "boolean", "json": "array"}
    if rule["type"] != ([json_type[field.kind], "null"] if field.nullable
                        else json_type[field.kind]):
        return False
    length = getattr(record_type.table.c[field.attribute].type, "length", None)
    return field.kind != "text" or rule.get("maxLength") == length

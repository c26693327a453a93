"""docs/case-file.md describes every record and every field the file holds."""

import re
from pathlib import Path

import pytest

from fgc_desktop.casefile.records import ALL_TYPES, RecordType

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "case-file.md"


def _sections() -> dict[str, str]:
    parts = re.split(r"^### `(\w+)`$", DOCUMENT.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@pytest.mark.parametrize("record_type", ALL_TYPES, ids=lambda record_type: record_type.key)
def test_the_documentation_lists_every_field(record_type: RecordType) -> None:
    section = _sections()[record_type.key]
    names = [field.name for field in record_type.fields]
    names += [child.key for child in record_type.children]
    assert [name for name in names if f"`{name}`" not in section] == []

"""Whatever is done to a case file, an import stores all of it or none of it."""

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from fgc_desktop.casefile.importer import import_case_file
from fgc_desktop.domain.errors import CaseFileError
from fgc_desktop.store.database import Database, sqlite_url
from tests.casefile.conftest import row_counts, write_case_file

JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12),
    st.sampled_from(["", "2026-02-30", "2099-03-10T10:00:00", "0" * 32, "family", "held"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _containers(node: Any) -> list[Any]:
    keys = node if isinstance(node, dict) else range(len(node))
    return [key for key in keys if isinstance(node[key], dict | list) and node[key]]


def _spoil(document: dict[str, Any], data: st.DataObject, uids: list[str]) -> None:
    """One change somewhere in the file: a key dropped, a value replaced, junk added."""
    node: Any = document
    while (inside := _containers(node)) and data.draw(st.integers(0, 3)) > 0:
        node = node[data.draw(st.sampled_from(inside))]
    value = data.draw(st.one_of(JUNK, st.sampled_from(uids)))
    keys = list(node) if isinstance(node, dict) else list(range(len(node)))
    change = data.draw(st.sampled_from(["drop", "replace", "add"] if keys else ["add"]))
    if change == "add" and isinstance(node, dict):
        node[data.draw(st.text(max_size=8))] = value
    elif change == "add":
        node.insert(data.draw(st.integers(0, len(node))), value)
    elif change == "drop":
        del node[data.draw(st.sampled_from(keys))]
    else:
        node[data.draw(st.sampled_from(keys))] = value


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_spoiled_case_file_is_imported_whole_or_refused_with_nothing_written(
    exported: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    document = copy.deepcopy(exported)
    uids = [p["uid"] for p in document["conference"]["participants"]]
    for _ in range(data.draw(st.integers(1, 3))):
        _spoil(document, data, uids)
    folder = tmp_path_factory.mktemp("spoiled")
    path = write_case_file(folder / "case.json", document)
    database = Database(sqlite_url(folder))
    try:
        try:
            reference = import_case_file(database, path)
        except CaseFileError as error:
            event(f"refused at {error.location.split('[')[0] or 'the file'}")
            assert set(row_counts(database).values()) == {0}
        else:
            event("imported")
            assert reference == json.loads(path.read_text(encoding="utf-8"))[
                "conference"]["reference"]
            assert row_counts(database)["conferences"] == 1
    finally:
        database.close()


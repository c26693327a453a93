"""Reading a case file from disk into plain JSON values, refusing anything that is not one.

Everything here happens before the shape of the file is checked, so the
checks after it can rely on text that is UTF-8, JSON that parses, and
strings a database can store.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fgc_desktop.casefile.locations import child_location, shorten
from fgc_desktop.domain.errors import CaseFileError, UserError

MAX_FILE_BYTES = 50 * 1024 * 1024
# A case file nests about eight deep; anything far deeper is not a case file,
# and refusing it early keeps every later step clear of Python's recursion limit.
MAX_DEPTH = 64


def read_document(path: Path) -> Any:
    """The parsed JSON of ``path``, or a :class:`UserError` saying what is wrong."""
    text = _decode(_read_bytes(path))
    try:
        document = json.loads(
            text, object_pairs_hook=_refuse_repeated_keys, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as error:
        raise CaseFileError("", (
            f"this is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno}). "
            "The file may be damaged or cut short; export the case again."
        )) from error
    except (ValueError, RecursionError) as error:
        raise CaseFileError("", (
            "this holds a number too long or values nested too deeply to be a case file."
        )) from error
    check_strings(document)
    return document


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise UserError(f"There is no file at {path}. Check the folder and the file name.")
    if path.is_dir():
        raise UserError(f"{path} is a folder. Choose the case file (a .json file) inside it.")
    too_big = UserError(
        f"{path.name} is too big to be a case file: the limit is "
        f"{MAX_FILE_BYTES // (1024 * 1024)} MB. Check that you chose the right file."
    )
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise too_big
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise UserError(
            f"{path} could not be read ({error.strerror or error}). "
            "Check that you are allowed to open it, then try again."
        ) from error
    if len(data) > MAX_FILE_BYTES:
        raise too_big
    return data


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CaseFileError("", (
            "this is not UTF-8 text, so it cannot be a case file. "
            "Choose the .json file that FGC Desktop exported."
        )) from error


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key, value in pairs:
        if key in record:
            raise CaseFileError("", (
                f"the field “{shorten(key)}” appears twice in one record. "
                "Keep one of them and remove the other."
            ))
        record[key] = value
    return record


def _refuse_constant(name: str) -> Any:
    raise CaseFileError("", f"{name} is not a value a case file can hold. "
                            "Replace it with a number.")


def check_strings(document: Any) -> None:
    """Refuses nesting deeper than a case file has, and text a database cannot store."""
    pending: list[tuple[Any, str, int]] = [(document, "", 0)]
    while pending:
        value, location, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise CaseFileError("", "its values are nested too deeply to be a case file.")
        inside: list[tuple[Any, str, int]] = []
        if isinstance(value, str):
            _check_text(location, value)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(location, key)
                inside.append((item, child_location(location, key), depth + 1))
        elif isinstance(value, list):
            inside = [(item, child_location(location, index), depth + 1)
                      for index, item in enumerate(value)]
        pending.extend(reversed(inside))

def _check_text(location: str, text: str) -> None:
    if "\x00" in text:
        raise CaseFileError(location, "contains a character that cannot be stored (a NUL). "
                                      "Remove it.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise CaseFileError(location, "contains a broken character (a lone surrogate). "
                                      "Retype the text.") from error


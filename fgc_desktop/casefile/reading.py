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
from fgc_desktop.i18n.catalogue import _

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
        raise CaseFileError("", _(
            "this is not valid JSON ({reason} at line {line}, column {column}). "
            "The file may be damaged or cut short; export the case again."
        ).format(reason=error.msg, line=error.lineno, column=error.colno)) from error
    except (ValueError, RecursionError) as error:
        raise CaseFileError("", _(
            "this holds a number too long or values nested too deeply to be a case file."
        )) from error
    check_strings(document)
    return document


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise UserError(_("There is no file at {path}. Check the folder and the file name.")
                        .format(path=path))
    if path.is_dir():
        raise UserError(_("{path} is a folder. Choose the case file (a .json file) inside it.")
                        .format(path=path))
    too_big = UserError(_(
        "{file} is too big to be a case file: the limit is {limit} MB. "
        "Check that you chose the right file."
    ).format(file=path.name, limit=MAX_FILE_BYTES // (1024 * 1024)))
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise too_big
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise UserError(_(
            "{path} could not be read ({reason}). "
            "Check that you are allowed to open it, then try again."
        ).format(path=path, reason=error.strerror or error)) from error
    if len(data) > MAX_FILE_BYTES:
        raise too_big
    return data


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CaseFileError("", _(
            "this is not UTF-8 text, so it cannot be a case file. "
            "Choose the .json file that FGC Desktop exported."
        )) from error


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key, value in pairs:
        if key in record:
            raise CaseFileError("", _(
                "the field “{field}” appears twice in one record. "
                "Keep one of them and remove the other."
            ).format(field=shorten(key)))
        record[key] = value
    return record


def _refuse_constant(name: str) -> Any:
    raise CaseFileError("", _("{value} is not a value a case file can hold. "
                              "Replace it with a number.").format(value=name))


def check_strings(document: Any) -> None:
    """Refuses nesting deeper than a case file has, and text a database cannot store."""
    pending: list[tuple[Any, str, int]] = [(document, "", 0)]
    while pending:
        value, location, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise CaseFileError("", _("its values are nested too deeply to be a case file."))
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
        raise CaseFileError(location, _("contains a character that cannot be stored (a NUL). "
                                        "Remove it."))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise CaseFileError(location, _("contains a broken character (a lone surrogate). "
                                        "Retype the text.")) from error


"""A language's catalogue out to an outside translator as a ``.po``, and back in.

The export is the words in use (shipped, with the service's corrections). An
import is checked whole before anything changes: the same messages as the
app's, every placeholder kept, the language's plural forms. The translations
that differ from the shipped words become the service's corrections.
"""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, write_po

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import DOCUMENTS_DOMAIN, _
from fgc_desktop.i18n.languages import language
from fgc_desktop.i18n.overrides import (
    corrections,
    merged_catalogue,
    shipped_catalogue,
    write_corrections,
)
from fgc_desktop.i18n.quality import english_messages, first_lines, forms, translation_faults

LARGEST_IMPORT = 5_000_000  # bytes; a catalogue is about 30 kB


def export_catalogue(code: str, path: Path, domain: str = DOCUMENTS_DOMAIN) -> Path:
    """Writes the words in use for ``code`` to ``path``, for a translator's own tools."""
    buffer = io.BytesIO()
    write_po(buffer, merged_catalogue(code, domain), width=76)
    path.write_bytes(buffer.getvalue())
    return path


def import_catalogue(code: str, path: Path, domain: str = DOCUMENTS_DOMAIN) -> int:
    """Takes a translator's ``.po`` for ``code``; how many messages now differ from the shipped.

    Raises :class:`UserError` saying what is wrong, and changes nothing, if the
    file cannot be read or does not match the app's messages.
    """
    nothing = _("Nothing was changed.")
    incoming = _read(path, nothing)
    shipped = shipped_catalogue(code, domain)
    problems = _mismatches(code, shipped, incoming)
    if problems:
        raise UserError(_("{file} cannot be used: {problems}\n{nothing}").format(
            file=path.name, problems=first_lines(problems), nothing=nothing))
    kept = corrections(code, domain)
    for message in list(english_messages(kept)):
        kept.delete(message.id, context=message.context)
    for english in english_messages(shipped):
        found = incoming.get(english.id, context=english.context)
        assert found is not None  # _mismatches refused a file without it
        if forms(found) != forms(english):
            kept.add(english.id, found.string, auto_comments=english.auto_comments,
                     context=english.context)
    write_corrections(code, kept, domain)
    return len(list(english_messages(kept)))


def _read(path: Path, nothing: str) -> Catalog:
    try:
        data = path.read_bytes()
        if len(data) > LARGEST_IMPORT:
            raise UserError(_("{file} is too large to be a translation catalogue. {nothing}")
                            .format(file=path.name, nothing=nothing))
        found = read_po(io.BytesIO(data), abort_invalid=True)
    except OSError as error:
        raise UserError(_("{file} could not be read ({reason}). {nothing}").format(
            file=path.name, reason=error.strerror or error, nothing=nothing)) from error
    except (PoFileError, UnicodeDecodeError, ValueError, TypeError, IndexError) as error:
        raise UserError(_("{file} is not a translation catalogue the app can read: it is "
                          "damaged or in another format. Ask for a .po file saved as UTF-8. "
                          "{nothing}").format(file=path.name, nothing=nothing)) from error
    if not any(english_messages(found)):
        raise UserError(_("{file} has no messages in it: it is damaged or in another "
                          "format. Ask for a .po file saved as UTF-8. {nothing}").format(
                              file=path.name, nothing=nothing))
    return found


def _mismatches(code: str, shipped: Catalog, incoming: Catalog) -> list[str]:
    problems: list[str] = []
    if incoming.locale is not None and str(incoming.locale) != str(shipped.locale):
        problems.append(_("it is for another language ({found}), not {wanted}.").format(
            found=incoming.locale, wanted=language(code).english_name))
        return problems
    if incoming.num_plurals != shipped.num_plurals:
        problems.append(_("it has {found} plural forms, and {wanted} needs {expected}.").format(
            found=incoming.num_plurals, wanted=language(code).english_name,
            expected=shipped.num_plurals))
    wanted = {(str(m.id), m.context) for m in english_messages(shipped)}
    for message in english_messages(incoming):
        if (str(message.id), message.context) not in wanted:
            problems.append(_("“{message}” is not one of the app's messages.").format(
                message=_singular(message.id)))
    for english in english_messages(shipped):
        found = incoming.get(english.id, context=english.context)
        if found is None or found.fuzzy or not all(forms(found)):
            problems.append(_("“{message}” is missing, marked fuzzy or not translated.").format(
                message=_singular(english.id)))
            continue
        problems.extend(
            f"“{_singular(english.id)}”: {fault}"
            for fault in translation_faults(english, forms(found), shipped.num_plurals))
    return problems


def _singular(message_id: object) -> str:
    return str(message_id[0]) if isinstance(message_id, tuple) else str(message_id)

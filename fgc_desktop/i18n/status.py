"""Whether a language's family documents are a draft or reviewed, and by whom.

The app ships every translation as a draft (its ``.po`` says ``# Status:
draft — …``). A service's reviewer approves a language on the Translations
screen; the approval is kept in ``<data>/translations/<code>/status.json`` so an
upgrade keeps it. The approval covers the words as they were then: if an
upgrade brings new or changed messages, or someone corrects a message later,
the language is a draft again until it is approved again.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.validation import check_text
from fgc_desktop.i18n.catalogue import DOCUMENTS_DOMAIN, _, service_folder, source_path
from fgc_desktop.i18n.languages import language
from fgc_desktop.i18n.overrides import merged_catalogue
from fgc_desktop.i18n.quality import english_messages, forms

ENGLISH = "en"
STATUS_FILE = "status.json"
REVIEWER_LENGTH = 120
_STATUS = re.compile(r"^#\s*Status:\s*(.+(?:\n#[ \t]+\S.*)*)", re.MULTILINE)


@dataclass(frozen=True)
class LanguageStatus:
    """One language's family-document words: reviewed by someone, or a draft.

    ``shipped_note`` is what the app's own catalogue says about its quality;
    ``changed_since_review`` is true when an approval no longer covers the words.
    """

    code: str
    shipped_note: str
    reviewed_by: str | None = None
    reviewed_on: date | None = None
    changed_since_review: bool = False

    @property
    def is_draft(self) -> bool:
        if self.code == ENGLISH:
            return False
        return self.reviewed_by is None or self.changed_since_review


def shipped_note(code: str) -> str:
    """The shipped catalogue's ``# Status:`` comment (which may wrap), without ``# Status:``."""
    path = source_path(DOCUMENTS_DOMAIN, code)
    if not path.exists():
        return ""
    found = _STATUS.search(path.read_text(encoding="utf-8")[:4000])
    return " ".join(line.lstrip("#").strip() for line in found[1].splitlines()) if found else ""


def fingerprint(code: str) -> str:
    """A digest of every message and its words in use, to tell when they change."""
    digest = hashlib.sha256()
    for message in english_messages(merged_catalogue(code)):
        digest.update(json.dumps([message.id, message.context, forms(message)],
                                 ensure_ascii=False).encode())
    return digest.hexdigest()


def language_status(code: str) -> LanguageStatus:
    """The status of one language's family documents; English, the master, is never a draft."""
    note = shipped_note(code)
    path = service_folder() / code / STATUS_FILE
    if code == ENGLISH or not path.exists():
        return LanguageStatus(code, note)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        reviewer, on = str(stored["reviewed_by"]), date.fromisoformat(stored["reviewed_on"])
        words = str(stored["fingerprint"])
    except (OSError, ValueError, KeyError, TypeError):
        return LanguageStatus(code, note)
    return LanguageStatus(code, note, reviewer, on, words != fingerprint(code))


def approve_language(code: str, reviewer: str, on: date | None = None) -> LanguageStatus:
    """Records that ``reviewer`` checked every message of ``code`` on ``on`` (today)."""
    if code == ENGLISH:
        raise UserError(_("English is the master text and needs no review."))
    name = check_text(_("The reviewer's name"), reviewer, REVIEWER_LENGTH, required=True)
    folder = service_folder() / code
    folder.mkdir(parents=True, exist_ok=True)
    stored = {"reviewed_by": name, "reviewed_on": (on or date.today()).isoformat(),
              "fingerprint": fingerprint(code), "language": language(code).english_name}
    (folder / STATUS_FILE).write_text(json.dumps(stored, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    return language_status(code)


def draft_languages(codes: Iterable[str]) -> list[str]:
    """The languages among ``codes`` that a qualified interpreter has not yet checked."""
    return [code for code in dict.fromkeys(codes) if language_status(code).is_draft]

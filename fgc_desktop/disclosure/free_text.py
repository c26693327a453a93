"""Free text on its way into a view: through the confidential guard, with its translations.

Every text a view carries passes the recipient's guard: a field that holds
another person's confidential address, phone or email is left empty, and its
name is noted so the coordinator can put it right. An interpreter's
translation passes the same guard; one that fails is dropped, so the document
prints the English with a note instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from fgc_desktop.disclosure.rules import ConfidentialGuard
from fgc_desktop.disclosure.translatable import fields_of
from fgc_desktop.disclosure.view import FreeText
from fgc_desktop.store.models import TextTranslation
from fgc_desktop.store.models.base import Entity


class Cleaner:
    """Passes text through the guard, noting each field it had to leave empty."""

    def __init__(
        self, guard: ConfidentialGuard, translations: Iterable[TextTranslation] = ()
    ) -> None:
        self._guard = guard
        self.left_out: list[str] = []
        self._translations: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for translation in translations:
            if translation.text.strip():
                self._translations[(translation.owner_uid, translation.field)].append(
                    (translation.language, translation.text))

    def __call__(self, text: str, where: str) -> str:
        if self._guard.hides(text):
            self.left_out.append(where)
            return ""
        return text

    def free(
        self, owner: Entity, field: str, where: str, english: str | None = None
    ) -> FreeText:
        """One translatable field of ``owner``, in English and every language it is in.

        ``english`` is given when the sharing rules have already chosen and
        checked the words (an item's text or a trimmed summary). Only the
        fields named in :mod:`fgc_desktop.disclosure.translatable` are asked
        for, so the view and the interpreters' screen agree.
        """
        if field not in fields_of(type(owner)):
            raise ValueError(f"{type(owner).__name__}.{field} is not a translatable field")
        if english is None:
            english = self(getattr(owner, field), where)
        if not english.strip():
            return FreeText(english)
        kept = []
        for language, text in self._translations.get((owner.uid or "", field), ()):
            if self._guard.hides(text):
                self.left_out.append(where)
            else:
                kept.append((language, text))
        return FreeText(english, tuple(kept))

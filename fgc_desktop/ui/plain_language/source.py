"""One glossary per database, shared by every checker, so a new word counts at once.

Signals:
    changed(): the glossary was read again and differs; checkers check again.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.plain_words import Glossary, builtin_glossary
from fgc_desktop.services.glossary import load_glossary
from fgc_desktop.store.database import Database


class GlossarySource(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.glossary: Glossary = builtin_glossary()
        self.problem = ""

    def reload(self, db: Database) -> None:
        """Reads the service's words again; if they are damaged, the app's words still count."""
        try:
            glossary, problem = load_glossary(db), ""
        except UserError as error:
            glossary, problem = builtin_glossary(), str(error)
        if (glossary, problem) != (self.glossary, self.problem):
            self.glossary = glossary
            self.problem = problem
            self.changed.emit()


_SOURCES: WeakKeyDictionary[Database, GlossarySource] = WeakKeyDictionary()


def glossary_source(db: Database) -> GlossarySource:
    """The shared glossary for ``db``, read from the database the first time it is asked for."""
    source = _SOURCES.get(db)
    if source is None:
        source = _SOURCES[db] = GlossarySource()
        source.reload(db)
    return source

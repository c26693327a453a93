"""Errors a person can act on, kept apart from defects.

A :class:`UserError` carries a message written for the coordinator: what went
wrong and what to do, in the interface's language. Anything else that escapes
is a bug.
"""

from fgc_desktop.i18n.catalogue import _


class UserError(Exception):
    """A problem the user can fix; ``str(error)`` is shown to them as it is."""


class CaseFileError(UserError):
    """A case file that cannot be imported; names the field and the problem."""

    def __init__(self, location: str, problem: str) -> None:
        self.location = location
        self.problem = problem
        if location:
            message = _("{location}: {problem}").format(location=location, problem=problem)
        else:
            message = _("the file: {problem}").format(problem=problem)
        super().__init__(message)

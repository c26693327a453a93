"""Errors a person can act on, kept apart from defects.

A :class:`UserError` carries a message written for the coordinator: what went
wrong and what to do. Anything else that escapes is a bug.
"""


class UserError(Exception):
    """A problem the user can fix; ``str(error)`` is shown to them as it is."""


class CaseFileError(UserError):
    """A case file that cannot be imported; names the field and the problem."""

    def __init__(self, location: str, problem: str) -> None:
        self.location = location
        self.problem = problem
        where = location or "the file"
        super().__init__(f"{where}: {problem}")

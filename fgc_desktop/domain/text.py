"""Marking of translatable text in modules that must not depend on i18n."""


def N_(message: str) -> str:
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message

"""Marking of translatable text in modules that must not depend on i18n."""


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message

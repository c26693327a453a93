"""Plain words as the coordinator types: the jargon checker, its glossary, and the editor.

Attach a :class:`~fgc_desktop.ui.plain_language.checker.PlainWordsChecker` under
any text box whose words reach a family; it suggests and never blocks.
"""

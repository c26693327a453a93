"""Printed documents for families: invitations, leaflets and the family plan.

Every document is set in the family's own language through
:mod:`fgc_desktop.documents.typesetting`, which shapes every script the app
supports and never prints a missing glyph.
"""

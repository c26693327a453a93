"""The documents page: family documents previewed, printed and saved, and the invitation pack.

To show the page in the workspace, register it in two places (the lead owns them):

* ``fgc_desktop/domain/stages.py``, in ``PAGES``:
  ``PageInfo("documents", N_("Documents"), Stage.PREPARATION, whole_conference=True)``
* ``fgc_desktop/ui/pages/__init__.py``: ``"documents": DocumentsPage`` in ``PAGE_TYPES``
  (imported from ``fgc_desktop.ui.documents``) and ``"documents": "file-type-pdf"`` in
  ``PAGE_ICONS``.
"""

from fgc_desktop.ui.documents.page import DocumentsPage

__all__ = ["DocumentsPage"]

"""The documents page: family documents previewed, printed and saved, and the invitation pack.

The page is listed in ``PAGES`` (``fgc_desktop/domain/stages.py``) and in ``PAGE_TYPES``
(``fgc_desktop/ui/pages/__init__.py``) as ``"fgc_desktop.ui.documents:DocumentsPage"``:
this package, and the documents engine behind it, is imported only the first time the
page is shown (see ``page_type`` there).
"""

from fgc_desktop.ui.documents.page import DocumentsPage

__all__ = ["DocumentsPage"]

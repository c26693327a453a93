"""Home: the dashboard across all conferences."""

from fgc_desktop.ui.home.view import HomeView

__all__ = ["HomeView"]

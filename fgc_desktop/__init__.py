"""FGC Desktop: a desktop app for Family Group Conference coordinators."""

__version__ = "0.1.0"

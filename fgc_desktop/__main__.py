"""Allows ``python -m fgc_desktop``."""

from fgc_desktop.cli import main

raise SystemExit(main())

"""The frozen programs' entry point: the same command line as the installed ``fgc-desktop``."""

from fgc_desktop.cli import main

raise SystemExit(main())

"""The information-sharing page's parts: the grid, its editors, the preview and the log."""

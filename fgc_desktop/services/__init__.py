"""The actions a coordinator takes. The window and the command line both call these."""

"""The good-practice steps on screen: the checklist beside each page and the pathway cards."""

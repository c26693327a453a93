"""Widgets for arranging the meeting and recording it: choices, lists of people, the plan."""

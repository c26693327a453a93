"""Good-practice guidance: the steps that make meetings work, and warnings.

Sits just above the store: its rules read the recorded conference (ORM
objects, loaded by a service) and never write.
"""

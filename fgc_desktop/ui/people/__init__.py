"""The family network's widgets: the people table and editor, contacts, separations, picture."""

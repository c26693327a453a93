"""The parts of the family plan page: versions, action cards, the rest of the plan, sending it."""

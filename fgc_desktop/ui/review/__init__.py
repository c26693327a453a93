"""The parts of the follow-up page: review meetings and where each child is living."""

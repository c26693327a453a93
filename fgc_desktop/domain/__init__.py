"""Plain-Python rules of the practice: no Qt, no database sessions."""

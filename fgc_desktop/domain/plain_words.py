"""Words that lose a family: professional jargon, with plainer words to use instead.

A small built-in list; the plain-language work extends it with a glossary the
service can add to.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class JargonHit:
    term: str
    instead: str


JARGON: dict[str, str] = {
    "section 47": "an investigation by children's services",
    "s.47": "an investigation by children's services",
    "s47": "an investigation by children's services",
    "section 20": "the child living away from home with the parents' agreement",
    "s.20": "the child living away from home with the parents' agreement",
    "lac": "a child in care",
    "looked after child": "a child in care",
    "plo": "the formal meeting before court",
    "public law outline": "the formal meeting before court",
    "cp plan": "child protection plan (a plan to keep the child safe)",
    "cin": "a child who needs extra help",
    "contingency": "back-up plan",
    "safeguarding": "keeping children safe",
    "icpc": "the first big meeting about a child's safety",
    "core group": "the group of workers who meet about the plan",
    "strategy discussion": "a meeting between workers about a worry",
    "threshold": "the level of worry",
}

_PATTERNS = {
    term: re.compile(r"(?<![\w.])" + re.escape(term) + r"(?![\w])", re.IGNORECASE)
    for term in JARGON
}


def find_jargon(text: str) -> list[JargonHit]:
    """Each jargon term found in ``text``, once, in the order of the list."""
    return [
        JargonHit(term, JARGON[term]) for term, pattern in _PATTERNS.items()
        if pattern.search(text)
    ]

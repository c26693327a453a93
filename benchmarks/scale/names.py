"""Invented names for the generated families: made of syllables, so none is a real family's."""

from __future__ import annotations

import random

_FAMILY_STARTS = (
    "Ash", "Bram", "Cob", "Dun", "Fern", "Glen", "Hol", "Kest", "Lark", "Mire", "Nettle",
    "Oak", "Pim", "Quill", "Rook", "Sedge", "Thorn", "Wil", "Yarrow", "Zell",
)
_FAMILY_ENDS = (
    "ford", "wick", "by", "ton", "more", "field", "ley", "stone", "well", "croft", "hurst",
    "mere",
)
_GIVEN = (
    "Ada", "Ben", "Cara", "Dev", "Ella", "Finn", "Gita", "Hal", "Iris", "Jay", "Kofi", "Lena",
    "Milo", "Nia", "Omar", "Pia", "Rory", "Sana", "Tom", "Uma", "Vic", "Wren", "Yusuf", "Zara",
    "Amir", "Bea", "Cal", "Dina", "Eli", "Faye", "Gus", "Hana", "Ivo", "Jo", "Kit", "Lulu",
)
_COORDINATORS = tuple(f"{given} Testcoord" for given in ("Asha", "Bill", "Cleo", "Dan",
                                                         "Edie", "Femi", "Gwen", "Hugo"))
_PROFESSIONALS = ("Social worker", "Class teacher", "Health visitor", "School nurse",
                  "Youth worker", "Family support worker")
_RELATIVES = ("Grandmother", "Grandfather", "Aunt", "Uncle", "Cousin", "Family friend",
              "Neighbour", "Godparent", "Step-parent", "Older sibling")
LANGUAGES = ("en", "en", "en", "en", "en", "cy", "ar", "ur", "bn", "pl", "so", "pa")


def family_name(rng: random.Random) -> str:
    return rng.choice(_FAMILY_STARTS) + rng.choice(_FAMILY_ENDS)


def given_name(rng: random.Random) -> str:
    return rng.choice(_GIVEN)


def coordinator(rng: random.Random) -> str:
    return rng.choice(_COORDINATORS)


def professional(rng: random.Random) -> str:
    return rng.choice(_PROFESSIONALS)


def relative(rng: random.Random) -> str:
    return rng.choice(_RELATIVES)

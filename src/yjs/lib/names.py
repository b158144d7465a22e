"""Names as they are compared: the same child's name is written in more than one way."""

from __future__ import annotations

import unicodedata

# Characters a name is written with or without ("O'Brien", "Smith-Jones"): they never tell two children apart.
_IGNORED_IN_NAMES = str.maketrans("", "", "-'’‘`‐‑–")


def normalise_name(name: str) -> str:
    """A name as compared: no accents, case, hyphens, apostrophes or extra spaces ("Zoë O'Neil" → "zoe oneil")."""
    plain = name
    if not name.isascii():  # plain ASCII has no accents to take off: most names, skipped quickly
        decomposed = unicodedata.normalize("NFKD", name)
        plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.translate(_IGNORED_IN_NAMES).casefold().split())

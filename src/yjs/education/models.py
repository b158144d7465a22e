"""Each child's school or provider, hours offered and attended, exclusions, EHCP and NEET."""

from __future__ import annotations

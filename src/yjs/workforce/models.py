"""Staff supervision, training and the staff survey: what inspectors rate standard 1.2 on."""

from __future__ import annotations

"""Parenting work, and feedback from children and parents, recorded and analysed."""

from __future__ import annotations

"""Victims of children's offences, their consent, restorative justice and their feedback."""

from __future__ import annotations

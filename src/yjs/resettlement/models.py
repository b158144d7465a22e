"""Custody episodes, release planning, accommodation, and transition to adult probation."""

from __future__ import annotations
